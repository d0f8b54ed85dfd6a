import { useQuery } from 'urql';
import { comparisonRequestPolicy, complianceQuery } from './comparison.operations';

/** One rule's comparison of every school under a district or the bureau (the `compliance` query). */
export function useRuleComparison(scopeId: string, ruleId: string) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: complianceQuery,
    variables: { scopeId, ruleIds: [ruleId] },
    requestPolicy: comparisonRequestPolicy(scopeId),
  });
  const report = data?.compliance;
  // The answer may still be the previous rule's while the new one loads: only use a match.
  const cmp = report?.rules.find((r) => r.rule.id === ruleId) ?? null;
  return {
    report,
    cmp,
    fetching,
    error,
    retry: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export type RuleComparison = NonNullable<ReturnType<typeof useRuleComparison>['cmp']>;
