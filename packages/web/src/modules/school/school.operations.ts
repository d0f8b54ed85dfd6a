import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

export const theoryClassFields = graphql(`
  fragment TheoryClassFields on TheoryClass {
    id
    schoolId
    date
    classHours
    topic
    kind
    lecturer
    audience
    expectedCount
    presentCount
    leaveCount
    attendance {
      personId
      personName
      status
      leaveReason
    }
    version
  }
`);

/** One class with its attendance, as the list shows it and the form edits it. */
export type TheoryClassItem = ResultOf<typeof theoryClassFields>;

/** Every rule of the registry for one school and year: the checklist, and the month strip's statuses. */
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

export const schoolWorkspaceQuery = graphql(`
  query SchoolWorkspace($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {
    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {
      total
      items {
        ...TheoryClassFields
      }
    }
  }
`);

export const peopleQuery = graphql(`
  query People($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {
    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {
      total
      items {
        id
        name
        partyStatus
        partyPost
      }
    }
  }
`);

export const createTheoryClassMutation = graphql(`
  mutation CreateTheoryClass($input: TheoryClassInput!) {
    createTheoryClass(input: $input) {
      ...TheoryClassFields
    }
  }
`);

export const updateTheoryClassMutation = graphql(`
  mutation UpdateTheoryClass($id: ID!, $input: TheoryClassUpdateInput!) {
    updateTheoryClass(id: $id, input: $input) {
      ...TheoryClassFields
    }
  }
`);

export const deleteTheoryClassMutation = graphql(`
  mutation DeleteTheoryClass($id: ID!) {
    deleteTheoryClass(id: $id)
  }
`);
