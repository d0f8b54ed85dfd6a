import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { ComplianceQuery, ComplianceRowsInput } from '../../generated/graphql';
import { DASHBOARD_PAGE_SIZE, type RowsPage } from '../../lib/comparison-rows';
import { comparisonRequestPolicy, comparisonVariables, complianceQuery } from './comparison.operations';

type Report = NonNullable<ComplianceQuery['compliance']>;
export type RuleComparison = Report['rules'][number];
export type ComparisonRow = RuleComparison['page']['items'][number];

/**
 * One rule's comparison of the schools under a district or the bureau (the `compliance` query),
 * with one server-side page of rows (`rows`: filter, sort, offset/limit).
 *
 * While the next page, filter or sort loads, the previous answer of the same scope and rule stays
 * (`stale` is true): the table shows a loading state instead of the page flashing to a skeleton.
 * If that request fails, the previous answer stays too, with the error beside it.
 */
export function useRuleComparison(scopeId: string, ruleId: string, rows: ComplianceRowsInput) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: complianceQuery,
    variables: comparisonVariables(scopeId, ruleId, rows),
    requestPolicy: comparisonRequestPolicy(scopeId),
  });
  // urql keeps the previous data while new variables load, but not after an error; and the
  // answer may still be the previous rule's while the new one loads: only use a match.
  const report = data?.compliance ?? null;
  const fresh = report?.scope.id === scopeId ? (report.rules.find((r) => r.rule.id === ruleId) ?? null) : null;
  const last = useRef<{ scopeId: string; ruleId: string; report: Report; cmp: RuleComparison } | null>(null);
  if (report && fresh) last.current = { scopeId, ruleId, report, cmp: fresh };
  const kept = last.current && last.current.scopeId === scopeId && last.current.ruleId === ruleId ? last.current : null;
  return {
    report: fresh ? report : (kept?.report ?? null),
    cmp: fresh ?? kept?.cmp ?? null,
    fetching,
    /** The rows shown are not (yet) those asked for. */
    stale: fetching || (!fresh && !!kept),
    error,
    retry: () => refetch({ requestPolicy: 'network-only' }),
  };
}

/**
 * Server-side paging of a table: page and size, back to the first page whenever `resetKey` (the
 * filter and sort) changes, without an extra render or request for the page it leaves.
 */
export function useRowsPaging(resetKey: string, initialSize: number = DASHBOARD_PAGE_SIZE) {
  const [state, setState] = useState({ key: resetKey, current: 1, size: initialSize });
  const current = state.key === resetKey ? state.current : 1;
  const page: RowsPage = { offset: (current - 1) * state.size, limit: state.size };
  return {
    page,
    current,
    pageSize: state.size,
    onChange: (nextCurrent: number, nextSize: number) =>
      setState({ key: resetKey, current: nextSize !== state.size ? 1 : nextCurrent, size: nextSize }),
  };
}
