import { addMonths, defaultWindowStart, isMonthKey, monthRange } from '..';

test('month arithmetic crosses years', () => {
  expect(addMonths('2026-01', -1)).toBe('2025-12');
  expect(addMonths('2025-12', 13)).toBe('2027-01');
  expect(monthRange('2025-11', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  expect(defaultWindowStart('2026-11-24')).toBe('2025-12');
});
test('month keys are validated', () => {
  expect(isMonthKey('2026-13')).toBe(false);
  expect(isMonthKey('2026-1')).toBe(false);
  expect(isMonthKey('2026-09')).toBe(true);
});
