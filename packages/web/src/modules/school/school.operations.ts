import { graphql } from '../../generated';

/** Every rule of the registry for one school and year: the checklist, and each record section's statuses. */
export const schoolScorecardQuery = graphql(`
  query SchoolScorecard($schoolId: ID!, $year: Int) {
    schoolScorecard(schoolId: $schoolId, year: $year) {
      year
      today
      score
      rules {
        rule {
          id
          title
          description
          section
          period
          weight
          measure
        }
        completionRate
        met
        missed
        pending
        current {
          period
          status
          value
          records
          reason
          dueOn
        }
        periods {
          period
          status
          value
          records
          reason
          dueOn
        }
      }
    }
  }
`);
