import {
  COMPARISON_PAGE_DEFAULT,
  compareNames,
  DEFAULT_SORT,
  LIMITS,
  type ComparisonFilter,
  type ComparisonSort,
} from '@djt/shared';
import type { ComplianceRowsInput } from '../generated/graphql';

/**
 * How the district and bureau dashboards describe the rows they want to the API (the
 * `compliance(rows:)` argument): the filter and sort of the page, one page at a time.
 */

/** Page sizes the comparison tables offer (the API's maximum is LIMITS.pageMax). */
export const COMPARISON_PAGE_SIZES = [50, 100, 200] as const;

/** Rows of the first page of a dashboard: the API's default, so the two always agree. */
export const DASHBOARD_PAGE_SIZE: number = COMPARISON_PAGE_DEFAULT;

export interface RowsPage {
  offset: number;
  limit: number;
}

/**
 * The `rows` argument for a filter, sort and page, in one canonical form: only the criteria that
 * are set, a trimmed search, a limit within the API's bounds. The same view always gives the same
 * variables, so urql's cache answers it (e.g. the session's prefetch of the dashboard) and a
 * cleared criterion does not count as a different query. No sort is worst first, sent explicitly.
 */
export function comparisonRowsInput(
  filter: ComparisonFilter,
  sort: ComparisonSort | null,
  page: RowsPage,
): ComplianceRowsInput {
  const out: ComplianceRowsInput = {};
  if (filter.districtIds?.length) out.districtIds = [...filter.districtIds];
  if (filter.schoolTypes?.length) out.schoolTypes = [...filter.schoolTypes];
  const search = [...(filter.search?.trim() ?? '')].slice(0, LIMITS.searchMax).join('');
  if (search) out.search = search;
  if (filter.minRate != null) out.minRate = filter.minRate;
  if (filter.maxRate != null) out.maxRate = filter.maxRate;
  if (filter.minMissed != null && filter.minMissed > 0) out.minMissed = filter.minMissed;
  if (filter.missedIn) out.missedIn = filter.missedIn;
  if (filter.attention) out.attention = true;
  const s = sort ?? DEFAULT_SORT;
  out.sort = s.field;
  out.order = s.order;
  const offset = Math.max(0, Math.floor(page.offset));
  if (offset > 0) out.offset = offset;
  out.limit = Math.min(LIMITS.pageMax, Math.max(1, Math.floor(page.limit)));
  return out;
}

export interface PeriodCountLike {
  period: string;
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
}

/** How many schools met, missed, are pending or exempt in one period (zeros if it is outside the window). */
export function periodCountOf(counts: readonly PeriodCountLike[], period: string): PeriodCountLike {
  return counts.find((c) => c.period === period) ?? { period, met: 0, missed: 0, pending: 0, notApplicable: 0 };
}

/** The district filter's choices from the comparison's per-district figures, in name order. */
export function districtChoices(byDistrict: readonly { key: string; name: string }[]): { id: string; name: string }[] {
  return byDistrict.map((d) => ({ id: d.key, name: d.name })).sort((a, b) => compareNames(a.name, b.name));
}

/**
 * Every row of a paged list, fetched one page after another (pages of the API's maximum), with
 * progress after each page. Stops at the total the API last reported, or at an empty page.
 */
export async function fetchAllPages<R>(
  fetchPage: (page: RowsPage) => Promise<{ items: readonly R[]; total: number }>,
  onProgress?: (done: number, total: number) => void,
  pageSize: number = LIMITS.pageMax,
): Promise<R[]> {
  const rows: R[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const res = await fetchPage({ offset: rows.length, limit: pageSize });
    total = res.total;
    rows.push(...res.items);
    onProgress?.(Math.min(rows.length, total), total);
    if (res.items.length === 0) break;
  }
  return rows.length > total ? rows.slice(0, total) : rows;
}

/** The 1-based page of a table for an offset (antd's `current`). */
export function pageNumberOf(page: RowsPage): number {
  return Math.floor(page.offset / page.limit) + 1;
}
