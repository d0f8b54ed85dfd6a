import { DEFAULT_VOTE_THRESHOLDS, judgeVote, validateMatter, type MatterDraft } from '../..';

const ctx = { today: '2026-11-26', expenditureThreshold: 30_000 };
const draft = (patch: Partial<MatterDraft> = {}): MatterDraft => ({
  category: 'LARGE_EXPENDITURE',
  title: '采购设备',
  amount: 50_000,
  communicatedOn: '2026-11-20',
  communication: '意见一致',
  ...patch,
});
const reasons = (patch: Partial<MatterDraft>) => validateMatter(draft(patch), ctx).problems.map((p) => p.reason);

describe('validateMatter', () => {
  test('a complete matter is trimmed and accepted', () => {
    const { value, problems } = validateMatter(draft({ title: '  采购设备 ', description: '  ' }), ctx);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ title: '采购设备', description: null, amount: 50_000 });
  });
  test('an expenditure below the threshold is not a major matter, with both figures', () => {
    const [p] = validateMatter(draft({ amount: 29_999 }), ctx).problems;
    expect(p).toEqual({
      field: 'amount',
      reason: 'MATTER_BELOW_THRESHOLD',
      params: { amount: 29_999, threshold: 30_000 },
    });
    expect(reasons({ amount: 30_000 })).toEqual([]);
    // Other categories need no amount.
    expect(reasons({ category: 'DEVELOPMENT_PLAN', amount: null })).toEqual([]);
  });
  test('every problem at once, in the order of the form', () => {
    expect(reasons({ title: '', amount: null, communicatedOn: '2026-13-01' })).toEqual([
      'MATTER_TITLE_REQUIRED',
      'MATTER_AMOUNT_REQUIRED',
      'MATTER_DATE_INVALID',
    ]);
    expect(reasons({ title: '字'.repeat(101), communication: null })).toEqual([
      'MATTER_TITLE_TOO_LONG',
      'MATTER_COMMUNICATION_REQUIRED',
    ]);
    expect(reasons({ amount: 1.005 })).toEqual(['MATTER_AMOUNT_INVALID']);
    expect(reasons({ communicatedOn: '2026-11-27' })).toEqual(['MATTER_DATE_IN_FUTURE']);
  });
});

describe('judgeVote', () => {
  const counts = (memberExpected: number, memberPresent: number, votingPresent = memberPresent) => ({
    memberExpected,
    memberPresent,
    votingPresent,
  });
  const vote = (votesFor: number, votesAgainst = 0, abstentions = 0, deferred = false) => ({
    votesFor,
    votesAgainst,
    abstentions,
    deferred,
  });
  const t = DEFAULT_VOTE_THRESHOLDS;
  test('quorum is more than half present; exactly half is no quorum', () => {
    expect(judgeVote('DEVELOPMENT_PLAN', vote(3), counts(6, 3), t).result).toBe('NO_QUORUM');
    expect(judgeVote('DEVELOPMENT_PLAN', vote(4), counts(6, 4), t).result).toBe('APPROVED');
  });
  test('a cadre matter needs at least ⅔ present: 6 of 9 is enough, 5 of 8 is not', () => {
    expect(judgeVote('CADRE_APPOINTMENT', vote(6), counts(9, 6), t).result).toBe('APPROVED');
    expect(judgeVote('CADRE_APPOINTMENT', vote(5), counts(8, 5), t).result).toBe('NO_QUORUM');
  });
  test('passes when votes in favour exceed half of those expected, not of those present', () => {
    expect(judgeVote('DEVELOPMENT_PLAN', vote(3, 0, 1), counts(7, 4), t).result).toBe('REJECTED');
    expect(judgeVote('DEVELOPMENT_PLAN', vote(4), counts(7, 4), t).result).toBe('APPROVED');
    expect(judgeVote('DEVELOPMENT_PLAN', vote(4, 0, 0, true), counts(7, 4), t).result).toBe('DEFERRED');
  });
  test('more ballots than voting members present, or bad counts, are problems', () => {
    expect(judgeVote('DEVELOPMENT_PLAN', vote(3, 1), counts(5, 4, 3), t).problems).toEqual([
      { field: 'votesFor', reason: 'MATTER_BALLOTS_EXCEED_PRESENT', params: { ballots: 4, present: 3 } },
    ]);
    expect(judgeVote('DEVELOPMENT_PLAN', vote(-1, 0.5), counts(5, 4), t).problems.map((p) => p.field)).toEqual([
      'votesFor',
      'votesAgainst',
    ]);
    expect(judgeVote('DEVELOPMENT_PLAN', vote(0), counts(0, 0), t).problems[0].reason).toBe(
      'MATTER_MEETING_NO_ATTENDANCE',
    );
  });
});
