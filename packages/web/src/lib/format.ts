import type { Lang } from '@djt/shared';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03' → '2026年3月' / 'Mar 2026'. */
export function formatMonth(month: string, lang: Lang): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === 'en' ? `${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/** '2026-03' → '3月' / 'Mar'; with the year when it is January (a new year starts in the strip). */
export function formatMonthShort(month: string, lang: Lang, withYear = false): string {
  const m = Number(month.slice(5, 7));
  if (withYear) return lang === 'en' ? `${EN_MONTHS[m - 1]} ${month.slice(2, 4)}` : `${month.slice(2, 4)}年${m}月`;
  return lang === 'en' ? EN_MONTHS[m - 1] : `${m}月`;
}

/** A month of any year, 1–12: 7 → '7月' / 'Jul'. */
export function formatMonthNumber(month: number, lang: Lang): string {
  return lang === 'en' ? (EN_MONTHS[month - 1] ?? String(month)) : `${month}月`;
}

/** '2026-03-05' → '2026年3月5日' / '5 Mar 2026'. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** A measure's amount (class-hours, counts): 1 → '1', 1.5 → '1.5'. */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Text for ECharts' HTML tooltips: names come from the database, so they are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
