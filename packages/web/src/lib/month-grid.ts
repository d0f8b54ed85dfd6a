import { addMonths, monthOf, type ComplianceStatus, type MonthKey } from '@djt/shared';

/** The parts of a MonthStatus (API) the grid needs. */
export interface MonthStatusLike {
  month: string;
  status: ComplianceStatus;
  classHours: number;
  classCount: number;
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

/** The 12-month window ending with today's month: the school workspace's default range. */
export function monthWindow(today: string, count = 12): { fromMonth: MonthKey; toMonth: MonthKey; months: number } {
  const toMonth = monthOf(today);
  return { fromMonth: addMonths(toMonth, -(count - 1)), toMonth, months: count };
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
