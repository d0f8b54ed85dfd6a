import { monthOf, addMonths, type ComplianceStatus, type SchoolType } from '@djt/shared';

/** The parts of a ComparisonRow (API) that filtering and sorting need. */
export interface ComparisonRowLike {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: SchoolType;
  statuses: readonly ComplianceStatus[];
  classHours: readonly number[];
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
  /** At least this many months missed. */
  minMissed?: number | null;
}

export type SortField = 'schoolName' | 'districtName' | 'schoolType' | 'completionRate' | 'met' | 'missed';
export type SortOrder = 'ascend' | 'descend';
export interface ComparisonSort {
  field: SortField;
  order: SortOrder;
}

export function isFilterActive(f: ComparisonFilter): boolean {
  return !!(
    f.districtIds?.length ||
    f.schoolTypes?.length ||
    f.search?.trim() ||
    f.minRate != null ||
    f.maxRate != null ||
    (f.minMissed != null && f.minMissed > 0)
  );
}

export function filterRows<R extends ComparisonRowLike>(rows: readonly R[], f: ComparisonFilter): R[] {
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
    return true;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

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
  }
}

/**
 * Stable sort by one field; ties fall back to district then school name so the order (and an
 * export of it) is reproducible. Rows without a rate (nothing due) go last in either direction:
 * "no data" is neither the best nor the worst school.
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
    return collator.compare(a.districtName, b.districtName) || collator.compare(a.schoolName, b.schoolName);
  });
  return out;
}

export function filterAndSort<R extends ComparisonRowLike>(
  rows: readonly R[],
  filter: ComparisonFilter,
  sort: ComparisonSort | null,
): R[] {
  return sortRows(filterRows(rows, filter), sort);
}

export interface Attention {
  /** Last month is over and was missed. */
  missedLastMonth: boolean;
  /** The current month is under way and nothing (enough) has been held yet. */
  pendingThisMonth: boolean;
}

/** Index of a month in the comparison's month list, or -1. */
function indexOfMonth(months: readonly string[], month: string): number {
  return months.indexOf(month);
}

export function attentionOf(row: ComparisonRowLike, months: readonly string[], today: string): Attention {
  const current = monthOf(today);
  const ci = indexOfMonth(months, current);
  const li = indexOfMonth(months, addMonths(current, -1));
  return {
    missedLastMonth: li >= 0 && row.statuses[li] === 'MISSED',
    pendingThisMonth: ci >= 0 && row.statuses[ci] === 'PENDING',
  };
}

/**
 * The district's reading order: schools that missed last month first, then those still owing
 * this month's class, then by completion rate ascending, so what needs a phone call is on top.
 */
export function attentionOrder<R extends ComparisonRowLike>(
  rows: readonly R[],
  months: readonly string[],
  today: string,
): R[] {
  const score = (r: R) => {
    const a = attentionOf(r, months, today);
    return (a.missedLastMonth ? 2 : 0) + (a.pendingThisMonth ? 1 : 0);
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
