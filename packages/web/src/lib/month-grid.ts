import { monthOf, type ComplianceStatus, type MonthKey } from '@djt/shared';

/** One month of a monthly rule, as the school scorecard gives it (PeriodResult). */
export interface MonthStatusLike {
  month: string;
  status: ComplianceStatus;
  /** The rule's measure in the month (e.g. class-hours held). */
  value: number;
  /** Records counted (classes held). */
  records: number;
  /** The rule's explanation, translated by the API: what is due and by when. */
  reason: string;
}

export interface ClassLike {
  id: string;
  date: string;
}

export interface MonthEntry<C extends ClassLike> extends MonthStatusLike {
  isCurrent: boolean;
  isFuture: boolean;
  /** The month's classes, newest first. */
  classes: C[];
}

/** The months of a calendar year: the school workspace shows the scorecard's year. */
export function yearMonths(year: number): { fromMonth: MonthKey; toMonth: MonthKey } {
  return { fromMonth: `${year}-01`, toMonth: `${year}-12` };
}

/**
 * Joins the API's month statuses with the classes held, one entry per month in the order the
 * API gave (oldest first). Classes dated outside the listed months are dropped: the status row is
 * the authority on which months are shown.
 */
export function buildMonthGrid<C extends ClassLike>(
  statuses: readonly MonthStatusLike[],
  classes: readonly C[],
  today: string,
): MonthEntry<C>[] {
  const current = monthOf(today);
  const byMonth = new Map<string, C[]>();
  for (const c of classes) {
    const m = monthOf(c.date);
    const list = byMonth.get(m);
    if (list) list.push(c);
    else byMonth.set(m, [c]);
  }
  return statuses.map((s) => ({
    ...s,
    isCurrent: s.month === current,
    isFuture: s.month > current,
    classes: [...(byMonth.get(s.month) ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  }));
}

/**
 * The month to open first: the current month if it still needs a class, otherwise the most recent
 * missed month (the thing the secretary most likely came to fix), otherwise the current month.
 */
export function defaultSelectedMonth(grid: readonly MonthStatusLike[], today: string): string | undefined {
  if (grid.length === 0) return undefined;
  const current = monthOf(today);
  const cur = grid.find((g) => g.month === current);
  if (cur && cur.status === 'PENDING') return current;
  const missed = [...grid].reverse().find((g) => g.status === 'MISSED' && g.month <= current);
  if (missed) return missed.month;
  return cur ? current : grid[grid.length - 1].month;
}

/**
 * A sensible default date for a new class recorded into `month`: today when it is the current
 * month, the 15th of a past month (mid-month, editable), the 1st of a future month.
 */
export function defaultClassDate(month: string, today: string): string {
  const current = monthOf(today);
  if (month === current) return today;
  if (month < current) return `${month}-15`;
  return `${month}-01`;
}

/** Summary counts for a window of months. */
export function countStatuses(statuses: readonly { status: ComplianceStatus }[]): Record<ComplianceStatus, number> {
  const out: Record<ComplianceStatus, number> = { MET: 0, MISSED: 0, PENDING: 0, NOT_APPLICABLE: 0 };
  for (const s of statuses) out[s.status]++;
  return out;
}
