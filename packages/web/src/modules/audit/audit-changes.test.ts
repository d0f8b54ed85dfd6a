import { changeLines, changesText } from './audit-changes';

describe('audit changes', () => {
  it('lists only the fields that differ on an update', () => {
    expect(changesText({ before: { topic: 'A', hours: 1 }, after: { topic: 'B', hours: 1 } })).toBe('topic: A → B');
  });
  it('lists the written fields on a create or delete', () => {
    expect(changeLines({ after: { topic: 'A' } })).toEqual([{ field: 'topic', after: 'A' }]);
    expect(changeLines({ before: { topic: 'A' } })).toEqual([{ field: 'topic', before: 'A' }]);
  });
  it('copes with anything else', () => {
    expect(changeLines(null)).toEqual([]);
    expect(changesText({ values: [1, 2] })).toBe('values: [2]');
  });
});
