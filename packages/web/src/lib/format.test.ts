import { escapeHtml, formatDate, formatAmount, formatMonth, formatMonthNumber, formatMonthShort } from './format';

test('formats months and dates in both languages', () => {
  expect(formatMonth('2026-03', 'zh')).toBe('2026年3月');
  expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
  expect(formatMonthShort('2026-01', 'zh', true)).toBe('26年1月');
  expect(formatMonthShort('2026-11', 'en')).toBe('Nov');
  expect(formatDate('2026-03-05', 'zh')).toBe('2026年3月5日');
  expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
  expect(formatAmount(1.5)).toBe('1.5');
  expect(formatAmount(2)).toBe('2');
  expect(formatMonthNumber(7, 'zh')).toBe('7月');
  expect(formatMonthNumber(12, 'en')).toBe('Dec');
});

test('escapeHtml neutralises markup in names shown in chart tooltips', () => {
  expect(escapeHtml('<img src=x onerror=alert(1)>区')).toBe('&#60;img src=x onerror=alert(1)&#62;区');
  expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;');
});
