import {
  isPeriodKey,
  periodEnd,
  periodMonths,
  periodOf,
  periodsBetween,
  periodStart,
  statusAt,
  weightedScore,
} from '..';

test('period keys and their last days', () => {
  expect(periodOf('TERM', '2026-01-15')).toBe('2025-2');
  expect(periodOf('TERM', '2026-03-01')).toBe('2026-1');
  expect(periodOf('TERM', '2026-09')).toBe('2026-2');
  expect(periodEnd('TERM', '2025-2')).toBe('2026-01-31');
  expect(periodEnd('YEAR', '2024')).toBe('2024-12-31');
  expect(periodEnd('MONTH', '2024-02')).toBe('2024-02-29');
  expect(periodsBetween('TERM', '2025-12', '2026-09')).toEqual(['2025-2', '2026-1', '2026-2']);
  expect(periodsBetween('MONTH', '2025-12', '2026-02')).toEqual(['2025-12', '2026-01', '2026-02']);
});

test('quarter keys: calendar quarters, their months and last days', () => {
  expect(periodOf('QUARTER', '2026-01-01')).toBe('2026-Q1');
  expect(periodOf('QUARTER', '2026-03-31')).toBe('2026-Q1');
  expect(periodOf('QUARTER', '2026-04')).toBe('2026-Q2');
  expect(periodOf('QUARTER', '2026-12-31')).toBe('2026-Q4');
  expect(periodMonths('QUARTER', '2026-Q3')).toEqual(['2026-07', '2026-09']);
  expect(periodStart('QUARTER', '2026-Q4')).toBe('2026-10-01');
  expect(periodEnd('QUARTER', '2024-Q1')).toBe('2024-03-31');
  expect(periodEnd('QUARTER', '2026-Q2')).toBe('2026-06-30');
  expect(periodsBetween('QUARTER', '2025-11', '2026-07')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
  expect(
    ['2026-Q1', '2026-Q4', '2026-Q0', '2026-Q5', '2026-1', '2026-Q12'].map((k) => isPeriodKey('QUARTER', k)),
  ).toEqual([true, true, false, false, false, false]);
  // every month falls in the quarter whose months contain it
  for (let m = 1; m <= 12; m++) {
    const month = `2026-${String(m).padStart(2, '0')}`;
    const [first, last] = periodMonths('QUARTER', periodOf('QUARTER', month));
    expect(first <= month && month <= last).toBe(true);
  }
});

test('a missed period is pending until its due date has passed (local midnight, no cron)', () => {
  expect(statusAt('MISSED', '2026-11-30', '2026-11-30')).toBe('PENDING');
  expect(statusAt('MISSED', '2026-11-30', '2026-12-01')).toBe('MISSED');
  expect(statusAt('MET', '2026-11-30', '2026-11-01')).toBe('MET');
});

test('the score is the weighted share of rules met, over rules with something due', () => {
  expect(
    weightedScore([
      { weight: 1, rate: 1 },
      { weight: 3, rate: 0.5 },
      { weight: 5, rate: null },
    ]),
  ).toBe(0.625);
  expect(weightedScore([{ weight: 1, rate: null }])).toBeNull();
});
