import { graphql } from '../../generated';

export const theoryClassComparisonQuery = graphql(`
  query TheoryClassComparison($scopeId: ID!, $fromMonth: String, $months: Int) {
    theoryClassComparison(scopeId: $scopeId, fromMonth: $fromMonth, months: $months) {
      scope {
        id
        name
        level
        bureauId
        districtId
        schoolId
      }
      months
      completionRate
      rows {
        schoolId
        schoolName
        districtId
        districtName
        schoolType
        statuses
        classHours
        met
        missed
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
`);
