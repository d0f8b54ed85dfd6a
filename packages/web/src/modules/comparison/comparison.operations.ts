import { RULES } from '@djt/shared';
import { graphql } from '../../generated';

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

/** Every school of a district or the bureau × the periods of one rule, worst first. */
export const complianceQuery = graphql(`
  query Compliance($scopeId: ID!, $ruleIds: [ID!]) {
    compliance(scopeId: $scopeId, ruleIds: $ruleIds) {
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
        completionRate
        behindCount
        rows {
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
