import type { SchoolType } from '../tenancy';
import { periodOf, previousPeriod } from './periods';
import { LIMITS } from '../limits';
import { rateOf } from './status';
import type { ComplianceStatus, Localized, PeriodKind } from './types';

/**
 * The rows of a rule comparison (one school under one rule over a window of periods): how they
 * are filtered, sorted and paged. The API pages the comparison with these functions and the web
 * client describes the same filter and sort to it, so both agree on what "worst first" and
 * "missed last month" mean.
 */

/** The parts of a comparison row (API: ComplianceRow) that filtering and sorting need. */
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
  districtIds?: readonly string[] | null;
  /** Empty: all school types. */
  schoolTypes?: readonly SchoolType[] | null;
  /** Case-insensitive substring of the school name. */
  search?: string | null;
  /** Inclusive completion-rate bounds in 0..1; rows with no due periods (null rate) only pass an unbounded filter. */
  minRate?: number | null;
  maxRate?: number | null;
  /** At least this many periods missed. */
  minMissed?: number | null;
  /**
   * Only schools that missed this period, e.g. last month ('2026-10'): the headline "missed last
   * month: N" applies it. A period outside the comparison's list matches nothing.
   */
  missedIn?: string | null;
  /** Only schools that need attention: missed the last period or still owe the current one (attentionOf). */
  attention?: boolean | null;
}

export const SORT_FIELDS = [
  'schoolName',
  'districtName',
  'schoolType',
  'completionRate',
  'met',
  'missed',
  /** The status strip, most recent period first (a school that missed the latest period is worst). */
  'recent',
  /** Missed the last period first, then owing the current one, then lowest rate (the district's order). */
  'attention',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const SORT_ORDERS = ['ascend', 'descend'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SORT_LABELS = {
  field: {
    schoolName: { zh: '学校名称', en: 'School name' },
    districtName: { zh: '所属区县', en: 'District name' },
    schoolType: { zh: '学校类型', en: 'School type' },
    completionRate: { zh: '完成率', en: 'Completion rate' },
    met: { zh: '已完成期数', en: 'Periods met' },
    missed: { zh: '未完成期数', en: 'Periods missed' },
    recent: { zh: '最近各期状态（最近一期优先）', en: 'Recent statuses, latest period first' },
    attention: {
      zh: '需关注（上期未完成、本期进行中优先）',
      en: 'Needs attention (missed last period, then owing this one)',
    },
  },
  order: {
    ascend: { zh: '升序', en: 'Ascending' },
    descend: { zh: '降序', en: 'Descending' },
  },
} satisfies { field: Record<SortField, Localized>; order: Record<SortOrder, Localized> };
export interface ComparisonSort {
  field: SortField;
  order: SortOrder;
}

/** What filtering and sorting need to know of the comparison itself. */
export interface ComparisonContext {
  /** The comparison's period keys, aligned with each row's statuses. */
  periods: readonly string[];
  /** Today ('YYYY-MM-DD'), for attention (last and current period). */
  today?: string;
  /** The rule's period kind, for attention. */
  kind?: PeriodKind;
}

/** A comparison filter, sort and page as the API takes them (ComplianceRowsInput). */
export interface ComparisonRowsInput extends ComparisonFilter {
  sort?: SortField | null;
  order?: SortOrder | null;
  offset?: number | null;
  limit?: number | null;
}

/** Rows of a comparison page when none is asked for. */
export const COMPARISON_PAGE_DEFAULT = 50;

/**
 * The first problem of a comparison filter/page, or null: the API refuses with it, the web client
 * never builds such a filter. Every field is optional.
 */
export function comparisonRowsProblem(f: ComparisonRowsInput): {
  field: string;
  reason: 'PAGE_LIMIT' | 'INVALID_INPUT' | 'SEARCH_TOO_LONG' | 'RATE_RANGE' | 'FILTER_TOO_MANY';
  params: Record<string, string | number>;
} | null {
  const limit = f.limit ?? COMPARISON_PAGE_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageMax)
    return { field: 'limit', reason: 'PAGE_LIMIT', params: { max: LIMITS.pageMax } };
  const offset = f.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0)
    return { field: 'offset', reason: 'INVALID_INPUT', params: { detail: 'offset' } };
  if (f.search && [...f.search].length > LIMITS.searchMax)
    return { field: 'search', reason: 'SEARCH_TOO_LONG', params: { max: LIMITS.searchMax } };
  for (const field of ['districtIds', 'schoolTypes'] as const)
    if ((f[field]?.length ?? 0) > LIMITS.filterIdsMax)
      return { field, reason: 'FILTER_TOO_MANY', params: { max: LIMITS.filterIdsMax } };
  const inRange = (r: number | null | undefined) => r == null || (Number.isFinite(r) && r >= 0 && r <= 1);
  if (!inRange(f.minRate)) return { field: 'minRate', reason: 'RATE_RANGE', params: {} };
  if (!inRange(f.maxRate) || (f.minRate != null && f.maxRate != null && f.minRate > f.maxRate))
    return { field: 'maxRate', reason: 'RATE_RANGE', params: {} };
  if (f.minMissed != null && (!Number.isInteger(f.minMissed) || f.minMissed < 0))
    return { field: 'minMissed', reason: 'INVALID_INPUT', params: { detail: 'minMissed' } };
  if (f.missedIn != null && [...f.missedIn].length > 10)
    return { field: 'missedIn', reason: 'INVALID_INPUT', params: { detail: 'missedIn is a period key' } };
  return null;
}

/** One page of the filtered and sorted rows, with the totals of all that passed the filter. */
export function comparisonPage<R extends ComparisonRowLike>(
  rows: readonly R[],
  input: ComparisonRowsInput,
  ctx: ComparisonContext,
): {
  items: R[];
  total: number;
  offset: number;
  limit: number;
  met: number;
  missed: number;
  completionRate: number | null;
} {
  const offset = input.offset ?? 0;
  const limit = input.limit ?? COMPARISON_PAGE_DEFAULT;
  const sort: ComparisonSort | null = input.sort ? { field: input.sort, order: input.order ?? 'ascend' } : null;
  const passed = filterRows(rows, input, ctx);
  // Rows arrive worst first: that order needs no sort.
  const ordered =
    sort && !(sort.field === 'completionRate' && sort.order === 'ascend') ? sortRows(passed, sort, ctx) : passed;
  let met = 0;
  let missed = 0;
  for (const r of passed) {
    met += r.met;
    missed += r.missed;
  }
  return {
    items: ordered.slice(offset, offset + limit),
    total: passed.length,
    offset,
    limit,
    met,
    missed,
    completionRate: rateOf(met, missed),
  };
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
    !!f.missedIn ||
    !!f.attention
  );
}

export interface Attention {
  /** The previous period (last month, term or year) is over and was missed. */
  missedLast: boolean;
  /** The current period is under way and not met yet. */
  pendingNow: boolean;
}

/** The previous and the current period of a rule, e.g. last month and this month. */
export function attentionPeriods(kind: PeriodKind, today: string): { last: string; current: string } {
  const current = periodOf(kind, today);
  return { last: previousPeriod(kind, current), current };
}

export function attentionOf(
  row: ComparisonRowLike,
  periods: readonly string[],
  today: string,
  kind: PeriodKind = 'MONTH',
): Attention {
  const { last, current } = attentionPeriods(kind, today);
  return attentionAt(row, periods.indexOf(last), periods.indexOf(current));
}

function attentionAt(row: ComparisonRowLike, li: number, ci: number): Attention {
  return {
    missedLast: li >= 0 && row.statuses[li] === 'MISSED',
    pendingNow: ci >= 0 && row.statuses[ci] === 'PENDING',
  };
}

/** Where last and current period sit in the comparison's periods (-1 if outside). */
function attentionIndexes(ctx: ComparisonContext): { li: number; ci: number } {
  if (!ctx.today) return { li: -1, ci: -1 };
  const { last, current } = attentionPeriods(ctx.kind ?? 'MONTH', ctx.today);
  return { li: ctx.periods.indexOf(last), ci: ctx.periods.indexOf(current) };
}

/** The rows that pass every set criterion. */
export function filterRows<R extends ComparisonRowLike>(
  rows: readonly R[],
  f: ComparisonFilter,
  ctx: ComparisonContext = { periods: [] },
): R[] {
  if (!isFilterActive(f)) return [...rows];
  const missedAt = f.missedIn ? ctx.periods.indexOf(f.missedIn) : null;
  const { li, ci } = attentionIndexes(ctx);
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
    if (f.attention) {
      const a = attentionAt(r, li, ci);
      if (!a.missedLast && !a.pendingNow) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Names in the order of a Chinese reader (pinyin), numbers by value: the one collation of lists. */
export const compareNames = collator.compare;

/** Badness of a status for the 'recent' sort: a missed period is the worst, a met one the best. */
const STATUS_RANK: Record<ComplianceStatus, number> = { MISSED: 0, PENDING: 1, NOT_APPLICABLE: 2, MET: 3 };

function compareRecent(a: ComparisonRowLike, b: ComparisonRowLike): number {
  for (let i = Math.max(a.statuses.length, b.statuses.length) - 1; i >= 0; i--) {
    const d = (STATUS_RANK[a.statuses[i]] ?? 2) - (STATUS_RANK[b.statuses[i]] ?? 2);
    if (d !== 0) return d;
  }
  return 0;
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
    collator.compare(a.districtName, b.districtName) ||
    (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : 0)
  );
}

/**
 * Stable sort by one field; ties fall back to worst first, so the order (and an export or a page
 * of it) is reproducible. No sort at all is worst first too. Rows without a rate (nothing due)
 * go last in either direction when sorting by rate. 'attention' ascending puts the schools that
 * need a phone call on top (missed last period, then owing the current one, then lowest rate).
 */
export function sortRows<R extends ComparisonRowLike>(
  rows: readonly R[],
  sort: ComparisonSort | null,
  ctx: ComparisonContext = { periods: [] },
): R[] {
  let attention: Map<R, number> | null = null;
  if (sort?.field === 'attention') {
    const { li, ci } = attentionIndexes(ctx);
    attention = new Map(
      rows.map((r) => {
        const a = attentionAt(r, li, ci);
        return [r, (a.missedLast ? 2 : 0) + (a.pendingNow ? 1 : 0)];
      }),
    );
  }
  const compareField = (a: R, b: R, field: SortField): number => {
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
      case 'attention':
        return attention!.get(b)! - attention!.get(a)!;
    }
  };
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
  ctx: ComparisonContext = { periods: [] },
): R[] {
  return sortRows(filterRows(rows, filter, ctx), sort, ctx);
}

/**
 * The schools that missed the last period first, then those still owing the current one, then
 * by completion rate ascending, so what needs a phone call is on top.
 */
export function attentionOrder<R extends ComparisonRowLike>(
  rows: readonly R[],
  periods: readonly string[],
  today: string,
  kind: PeriodKind = 'MONTH',
): R[] {
  return sortRows(rows, { field: 'attention', order: 'ascend' }, { periods, today, kind });
}

/** Distinct districts present in the rows, for the filter's options, in name order. */
export function districtOptions(rows: readonly ComparisonRowLike[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.districtId)) seen.set(r.districtId, r.districtName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Completion over a set of rows (met / (met + missed), as everywhere). */
export function aggregateRate(rows: readonly ComparisonRowLike[]): number | null {
  let met = 0;
  let missed = 0;
  for (const r of rows) {
    met += r.met;
    missed += r.missed;
  }
  return rateOf(met, missed);
}
