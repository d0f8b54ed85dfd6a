import {
  buildMonthGrid,
  countStatuses,
  defaultClassDate,
  defaultSelectedMonth,
  yearMonths,
  type MonthStatusLike,
} from './month-grid';

const ms = (month: string, status: MonthStatusLike['status'], value = 0): MonthStatusLike => ({
  month,
  status,
  value,
  records: value > 0 ? 1 : 0,
  reason: '',
});

describe('month grid', () => {
  test('the workspace shows the months of a calendar year', () => {
    expect(yearMonths(2026)).toEqual({ fromMonth: '2026-01', toMonth: '2026-12' });
  });

  test('joins classes to their month, newest first, and flags current/future months', () => {
    const grid = buildMonthGrid(
      [ms('2026-01', 'MET', 2), ms('2026-02', 'PENDING'), ms('2026-03', 'PENDING')],
      [
        { id: 'a', date: '2026-01-05' },
        { id: 'b', date: '2026-01-20' },
        { id: 'x', date: '2025-06-01' },
      ],
      '2026-02-10',
    );
    // January holds both classes, newest first; the class outside the window is dropped
    expect(grid[0].classes.map((c) => c.id)).toEqual(['b', 'a']);
    expect(grid.flatMap((g) => g.classes)).toHaveLength(2);
    expect(grid[1]).toMatchObject({ isCurrent: true, isFuture: false });
    expect(grid[2]).toMatchObject({ isCurrent: false, isFuture: true });
  });

  test('default month: current if pending, else most recent missed, else current', () => {
    const today = '2026-03-10';
    expect(defaultSelectedMonth([ms('2026-02', 'MISSED'), ms('2026-03', 'PENDING')], today)).toBe('2026-03');
    expect(defaultSelectedMonth([ms('2026-01', 'MISSED'), ms('2026-02', 'MISSED'), ms('2026-03', 'MET')], today)).toBe(
      '2026-02',
    );
    expect(defaultSelectedMonth([ms('2026-02', 'MET'), ms('2026-03', 'MET')], today)).toBe('2026-03');
    expect(defaultSelectedMonth([], today)).toBeUndefined();
  });

  test('default class date', () => {
    expect(defaultClassDate('2026-03', '2026-03-10')).toBe('2026-03-10');
    expect(defaultClassDate('2026-01', '2026-03-10')).toBe('2026-01-15');
    expect(defaultClassDate('2026-05', '2026-03-10')).toBe('2026-05-01');
  });

  test('counts', () => {
    expect(countStatuses([ms('a', 'MET'), ms('b', 'MET'), ms('c', 'MISSED')])).toEqual({
      MET: 2,
      MISSED: 1,
      PENDING: 0,
      NOT_APPLICABLE: 0,
    });
  });
});
