import { currentPeriod, formatMeasure, formatPeriod, formatPeriodShort, previousPeriod } from './periods';

describe('periods of a rule', () => {
  test('current and previous period of each kind', () => {
    expect(currentPeriod('MONTH', '2026-03-10')).toBe('2026-03');
    expect(previousPeriod('MONTH', '2026-01')).toBe('2025-12');
    expect(currentPeriod('TERM', '2026-03-10')).toBe('2026-1');
    expect(currentPeriod('TERM', '2026-01-10')).toBe('2025-2');
    expect(previousPeriod('TERM', '2026-1')).toBe('2025-2');
    expect(previousPeriod('TERM', '2026-2')).toBe('2026-1');
    expect(currentPeriod('QUARTER', '2026-03-10')).toBe('2026-Q1');
    expect(previousPeriod('QUARTER', '2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('QUARTER', '2026-Q3')).toBe('2026-Q2');
    expect(currentPeriod('YEAR', '2026-03-10')).toBe('2026');
    expect(previousPeriod('YEAR', '2026')).toBe('2025');
  });

  test('names in both languages', () => {
    expect(formatPeriod('MONTH', '2026-03', 'zh')).toBe('2026年3月');
    expect(formatPeriod('MONTH', '2026-03', 'en')).toBe('Mar 2026');
    expect(formatPeriod('TERM', '2026-2', 'zh')).toBe('2026年秋季学期');
    expect(formatPeriod('TERM', '2026-1', 'en')).toBe('Spring term 2026');
    expect(formatPeriod('QUARTER', '2026-Q2', 'zh')).toBe('2026年第2季度');
    expect(formatPeriod('QUARTER', '2026-Q2', 'en')).toBe('Q2 2026');
    expect(formatPeriodShort('QUARTER', '2026-Q4', 'zh')).toBe('26Q4');
    expect(formatPeriodShort('QUARTER', '2026-Q4', 'en')).toBe('Q4 26');
    expect(formatPeriod('YEAR', '2026', 'zh')).toBe('2026年');
    expect(formatPeriodShort('MONTH', '2026-01', 'zh', true)).toBe('26年1月');
    expect(formatPeriodShort('TERM', '2026-1', 'zh')).toBe('26春');
    expect(formatPeriodShort('TERM', '2026-2', 'en')).toBe('Aut 26');
    expect(formatPeriodShort('EVENT', '2026', 'en')).toBe('2026');
  });

  test('a measure with its unit', () => {
    expect(formatMeasure(1, '课时')).toBe('1 课时');
    expect(formatMeasure(1.5, 'class-hours')).toBe('1.5 class-hours');
    expect(formatMeasure(2, '')).toBe('2');
  });
});
