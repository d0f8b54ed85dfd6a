import { DEFAULT_SORT, RULES } from '@djt/shared';
import { graphql } from '../../generated';
import type { ComplianceRowsInput } from '../../generated/graphql';
import { comparisonRowsInput, DASHBOARD_PAGE_SIZE } from '../../lib/comparison-rows';

export const complianceRuleFields = graphql(`
  fragment ComplianceRuleFields on ComplianceRule {
    id
    title
    description
    section
    period
    weight
    measure
  }
`);

/** The registry's rules, titled in the user's language: the rule picker's options. */
export const complianceRulesQuery = graphql(`
  query ComplianceRules {
    complianceRules {
      ...ComplianceRuleFields
    }
  }
`);

/**
 * One rule's comparison of the schools under a district or the bureau: the figures of the whole
 * scope (by district, by school type, per period) and one server-side page of the rows that pass
 * `rows` (filter, sort, offset/limit; by default the 50 worst schools).
 */
export const complianceQuery = graphql(`
  query Compliance($scopeId: ID!, $ruleIds: [ID!], $rows: ComplianceRowsInput) {
    compliance(scopeId: $scopeId, ruleIds: $ruleIds, rows: $rows) {
      scope {
        id
        name
        level
        bureauId
        districtId
        schoolId
      }
      from
      to
      today
      rules {
        rule {
          ...ComplianceRuleFields
        }
        periods
        schools
        completionRate
        behindCount
        byDistrict {
          key
          name
          schools
          met
          missed
          completionRate
        }
        bySchoolType {
          key
          name
          schools
          met
          missed
          completionRate
        }
        periodCounts {
          period
          met
          missed
          pending
          notApplicable
        }
        page {
          total
          offset
          limit
          met
          missed
          completionRate
          items {
            schoolId
            schoolName
            districtId
            districtName
            schoolType
            statuses
            values
            met
            missed
            pending
            completionRate
          }
        }
      }
    }
  }
`);

/** 创先争优: every school's rate under each rule and its weighted annual score, best first. */
export const schoolRankingQuery = graphql(`
  query SchoolRanking($scopeId: ID!, $year: Int) {
    schoolRanking(scopeId: $scopeId, year: $year) {
      year
      rules {
        ...ComplianceRuleFields
      }
      rows {
        schoolId
        schoolName
        districtId
        districtName
        schoolType
        rates
        score
        rank
        districtRank
        met
        missed
      }
    }
  }
`);

/**
 * The rule a dashboard opens on: the registry's first. The registry lives in @djt/shared, so
 * this needs no round trip and the session can prefetch the dashboard before the page asks.
 */
export const DEFAULT_RULE_ID: string = RULES[0]?.id ?? '';

/** The variables of the `compliance` query for one rule and one page of rows. */
export function comparisonVariables(
  scopeId: string,
  ruleId: string,
  rows: ComplianceRowsInput,
): { scopeId: string; ruleIds: string[]; rows: ComplianceRowsInput } {
  return { scopeId, ruleIds: [ruleId], rows };
}

/**
 * What a district or bureau dashboard asks for when it opens: the default rule, no filter, worst
 * first, the first page. The session prefetches exactly this right after login and the page's
 * first query is built by the same function, so the page's first answer is a cache hit.
 */
export function dashboardVariables(scopeId: string, ruleId: string = DEFAULT_RULE_ID) {
  return comparisonVariables(
    scopeId,
    ruleId,
    comparisonRowsInput({}, DEFAULT_SORT, { offset: 0, limit: DASHBOARD_PAGE_SIZE }),
  );
}

/**
 * The dashboards are prefetched right after login (session.provider.tsx). A page that mounts
 * within a few seconds of that uses the prefetched answer as it is; later visits show the cached
 * answer and refresh it in the background.
 */
const prefetchedAt = new Map<string, number>();
const FRESH_MS = 10_000;

export function markComparisonPrefetched(scopeId: string): void {
  prefetchedAt.set(scopeId, Date.now());
}

export function comparisonRequestPolicy(scopeId: string): 'cache-first' | 'cache-and-network' {
  const at = prefetchedAt.get(scopeId);
  return at !== undefined && Date.now() - at < FRESH_MS ? 'cache-first' : 'cache-and-network';
}
