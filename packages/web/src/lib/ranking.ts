import type { SchoolType } from '@djt/shared';

/** The parts of a RankedSchool (API, 创先争优) that the school × rule table sorts and exports. */
export interface RankedRowLike {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: SchoolType;
  /** Completion rate under each rule, in the order of the ranking's rules; null when nothing is due. */
  rates: readonly (number | null)[];
  /** Weighted share of rules met, 0–1; null when nothing is due yet. */
  score: number | null;
  rank: number | null;
  districtRank: number | null;
}

/** A column of the school × rule table: a fixed one, or the rate under the rule at that index. */
export type RankingSortField = 'rank' | 'schoolName' | 'districtName' | 'districtRank' | 'score' | `rule:${number}`;
export interface RankingSort {
  field: RankingSortField;
  order: 'ascend' | 'descend';
}

/** A ranking opens in rank order, best first. */
export const DEFAULT_RANKING_SORT: RankingSort = { field: 'rank', order: 'ascend' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

function numeric(row: RankedRowLike, field: RankingSortField): number | null {
  if (field === 'rank') return row.rank;
  if (field === 'districtRank') return row.districtRank;
  if (field === 'score') return row.score;
  if (field.startsWith('rule:')) return row.rates[Number(field.slice(5))] ?? null;
  return null;
}

/**
 * Sorts by one column; a missing number (no rank, nothing due) goes last in either direction,
 * ties fall back to rank then school name, so the order and its export are reproducible.
 */
export function sortRanking<R extends RankedRowLike>(rows: readonly R[], sort: RankingSort | null): R[] {
  const s = sort ?? DEFAULT_RANKING_SORT;
  const sign = s.order === 'ascend' ? 1 : -1;
  const tieBreak = (a: R, b: R) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.schoolName, b.schoolName);
  return [...rows].sort((a, b) => {
    if (s.field === 'schoolName') return sign * collator.compare(a.schoolName, b.schoolName) || tieBreak(a, b);
    if (s.field === 'districtName') return sign * collator.compare(a.districtName, b.districtName) || tieBreak(a, b);
    const x = numeric(a, s.field);
    const y = numeric(b, s.field);
    if (x == null || y == null) return x == null && y == null ? tieBreak(a, b) : x == null ? 1 : -1;
    return sign * (x - y) || tieBreak(a, b);
  });
}

/** Rows whose school name contains the text (case-insensitive). */
export function searchRanking<R extends RankedRowLike>(rows: readonly R[], search: string): R[] {
  const q = search.trim().toLowerCase();
  return q ? rows.filter((r) => r.schoolName.toLowerCase().includes(q)) : [...rows];
}
