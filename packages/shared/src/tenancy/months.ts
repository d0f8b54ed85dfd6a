/** Calendar months as 'YYYY-MM' strings; the period unit of monthly compliance rules. */
export type MonthKey = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The years the product deals in: months outside are refused as input. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export function isMonthKey(value: string): value is MonthKey {
  return MONTH_RE.test(value);
}

/** Why a month given as input is refused, or null: the format, then the year's range. */
export function monthKeyProblem(value: string): 'INVALID_MONTH' | 'INVALID_YEAR' | null {
  if (!isMonthKey(value)) return 'INVALID_MONTH';
  const y = Number(value.slice(0, 4));
  return y < YEAR_MIN || y > YEAR_MAX ? 'INVALID_YEAR' : null;
}

export function monthOf(date: string | Date): MonthKey {
  if (typeof date === 'string') return date.slice(0, 7);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function addMonths(month: MonthKey, delta: number): MonthKey {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `count` consecutive months starting at `from`. */
export function monthRange(from: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** 1-12 */
export function monthNumber(month: MonthKey): number {
  return Number(month.slice(5, 7));
}

/** Local date as 'YYYY-MM-DD'. */
export function isoDate(date: Date): string {
  return `${monthOf(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The default window of monthly dashboards: the 12 months ending with the current month. */
export function defaultWindowStart(today: string, count = 12): MonthKey {
  return addMonths(monthOf(today), -(count - 1));
}
