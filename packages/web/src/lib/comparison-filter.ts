import type { ComplianceStatus, PeriodKind, SchoolType } from '@djt/shared';
import { currentPeriod, previousPeriod } from './periods';

/** The parts of a ComplianceRow (API: one school under one rule) that filtering and sorting need. */
export interface ComparisonRowLike {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: SchoolType;
  /** Today's status of each period of the rule, in the order of the comparison's periods. */
  statuses: readonly ComplianceStatus[];
  /** The rule's measure in each period (e.g. class-hours held), same order. */
  values: readonly number[];
  met: number;
  missed: number;
  completionRate: number | null;
}

export interface ComparisonFilter {
  /** Empty: all districts. */
  districtIds?: readonly string[];
  /** Empty: all school types. */
  schoolTypes?: readonly SchoolType[];
  /** Case-insensitive substring of the school name. */
  search?: string;
  /** Inclusive completion-rate bounds in 0..1; rows with no due months (null rate) only pass an unbounded filter. */
  minRate?: number | null;
  maxRate?: number | null;
  /** At least this many periods missed. */
  minMissed?: number | null;
  /**
   * Only schools that missed this period, e.g. last month ('2026-10'): the headline "missed last
   * month: N" applies it. Needs the comparison's period list (see filterRows).
   */
  missedIn?: string | null;
}

export type SortField =
  | 'schoolName'
  | 'districtName'
  | 'schoolType'
  | 'completionRate'
  | 'met'
  | 'missed'
  /** The status strip, most recent period first (a school that missed the latest month is worst). */
  | 'recent';
export type SortOrder = 'ascend' | 'descend';
export interface ComparisonSort {
  field: SortField;
  order: SortOrder;
}

/** How the district and bureau tables open: worst first (see worstFirst). */
export const DEFAULT_SORT: ComparisonSort = { field: 'completionRate', order: 'ascend' };

export function isFilterActive(f: ComparisonFilter): boolean {
  return !!(
    f.districtIds?.length ||
    f.schoolTypes?.length ||
    f.search?.trim() ||
    f.minRate != null ||
    f.maxRate != null ||
    (f.minMissed != null && f.minMissed > 0) ||
    !!f.missedIn
  );
}

/**
 * The rows that pass every set criterion. `periods` are the comparison's period keys, aligned
 * with each row's statuses; `missedIn` needs them (a period outside the list matches nothing).
 */
export function filterRows<R extends ComparisonRowLike>(
  rows: readonly R[],
  f: ComparisonFilter,
  periods: readonly string[] = [],
): R[] {
  const missedAt = f.missedIn ? periods.indexOf(f.missedIn) : null;
  const districts = f.districtIds?.length ? new Set(f.districtIds) : null;
  const types = f.schoolTypes?.length ? new Set<string>(f.schoolTypes) : null;
  const q = f.search?.trim().toLowerCase() ?? '';
  return rows.filter((r) => {
    if (districts && !districts.has(r.districtId)) return false;
    if (types && !types.has(r.schoolType)) return false;
    if (q && !r.schoolName.toLowerCase().includes(q)) return false;
    if (f.minRate != null && (r.completionRate == null || r.completionRate < f.minRate)) return false;
    if (f.maxRate != null && (r.completionRate == null || r.completionRate > f.maxRate)) return false;
    if (f.minMissed != null && r.missed < f.minMissed) return false;
    if (missedAt != null && (missedAt < 0 || r.statuses[missedAt] !== 'MISSED')) return false;
    return true;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Badness of a status for the 'recent' sort: a missed period is the worst, a met one the best. */
const STATUS_RANK: Record<ComplianceStatus, number> = { MISSED: 0, PENDING: 1, NOT_APPLICABLE: 2, MET: 3 };

function compareRecent(a: ComparisonRowLike, b: ComparisonRowLike): number {
  for (let i = Math.max(a.statuses.length, b.statuses.length) - 1; i >= 0; i--) {
    const d = (STATUS_RANK[a.statuses[i]] ?? 2) - (STATUS_RANK[b.statuses[i]] ?? 2);
    if (d !== 0) return d;
  }
  return 0;
}

function compareField(a: ComparisonRowLike, b: ComparisonRowLike, field: SortField): number {
  switch (field) {
    case 'schoolName':
      return collator.compare(a.schoolName, b.schoolName);
    case 'districtName':
      return collator.compare(a.districtName, b.districtName);
    case 'schoolType':
      return a.schoolType.localeCompare(b.schoolType);
    case 'completionRate':
      return (a.completionRate ?? -1) - (b.completionRate ?? -1);
    case 'met':
      return a.met - b.met;
    case 'missed':
      return a.missed - b.missed;
    case 'recent':
      return compareRecent(a, b);
  }
}

/**
 * Worst first: lowest completion rate, then most periods missed, then school and district name.
 * Schools with nothing due yet (no rate) come last: "no data" is neither best nor worst.
 */
export function worstFirst(a: ComparisonRowLike, b: ComparisonRowLike): number {
  const an = a.completionRate == null;
  const bn = b.completionRate == null;
  if (an !== bn) return an ? 1 : -1;
  return (
    (a.completionRate ?? 0) - (b.completionRate ?? 0) ||
    b.missed - a.missed ||
    collator.compare(a.schoolName, b.schoolName) ||
    collator.compare(a.districtName, b.districtName)
  );
}

/**
 * Stable sort by one field; ties fall back to worst first, so the order (and an export of it) is
 * reproducible. No sort at all is worst first too. Rows without a rate (nothing due) go last
 * in either direction when sorting by rate.
 */
export function sortRows<R extends ComparisonRowLike>(rows: readonly R[], sort: ComparisonSort | null): R[] {
  const out = [...rows];
  out.sort((a, b) => {
    if (sort) {
      if (sort.field === 'completionRate') {
        const an = a.completionRate == null;
        const bn = b.completionRate == null;
        if (an !== bn) return an ? 1 : -1;
      }
      const c = compareField(a, b, sort.field);
      if (c !== 0) return sort.order === 'ascend' ? c : -c;
    }
    return worstFirst(a, b);
  });
  return out;
}

export function filterAndSort<R extends ComparisonRowLike>(
  rows: readonly R[],
  filter: ComparisonFilter,
  sort: ComparisonSort | null,
  periods: readonly string[] = [],
): R[] {
  return sortRows(filterRows(rows, filter, periods), sort);
}

export interface Attention {
  /** The previous period (last month, term or year) is over and was missed. */
  missedLast: boolean;
  /** The current period is under way and not met yet. */
  pendingNow: boolean;
}

/** The previous and the current period of a rule, e.g. last month and this month. */
export function attentionPeriods(kind: PeriodKind, today: string): { last: string; current: string } {
  const current = currentPeriod(kind, today);
  return { last: previousPeriod(kind, current), current };
}

export function attentionOf(
  row: ComparisonRowLike,
  periods: readonly string[],
  today: string,
  kind: PeriodKind = 'MONTH',
): Attention {
  const { last, current } = attentionPeriods(kind, today);
  const ci = periods.indexOf(current);
  const li = periods.indexOf(last);
  return {
    missedLast: li >= 0 && row.statuses[li] === 'MISSED',
    pendingNow: ci >= 0 && row.statuses[ci] === 'PENDING',
  };
}

/**
 * The district's reading order: schools that missed the last period first, then those still
 * owing the current one, then by completion rate ascending, so what needs a phone call is on top.
 */
export function attentionOrder<R extends ComparisonRowLike>(
  rows: readonly R[],
  periods: readonly string[],
  today: string,
  kind: PeriodKind = 'MONTH',
): R[] {
  const score = (r: R) => {
    const a = attentionOf(r, periods, today, kind);
    return (a.missedLast ? 2 : 0) + (a.pendingNow ? 1 : 0);
  };
  return [...rows].sort((a, b) => {
    const d = score(b) - score(a);
    if (d !== 0) return d;
    const ra = a.completionRate ?? 2;
    const rb = b.completionRate ?? 2;
    if (ra !== rb) return ra - rb;
    return collator.compare(a.schoolName, b.schoolName);
  });
}

/** Distinct districts present in the rows, for the filter's options, in name order. */
export function districtOptions(rows: readonly ComparisonRowLike[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.districtId)) seen.set(r.districtId, r.districtName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Completion over a set of rows (same formula as the API's: met / (met + missed)). */
export function aggregateRate(rows: readonly ComparisonRowLike[]): number | null {
  let met = 0;
  let missed = 0;
  for (const r of rows) {
    met += r.met;
    missed += r.missed;
  }
  return met + missed === 0 ? null : met / (met + missed);
}
