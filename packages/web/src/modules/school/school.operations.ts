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

export const schoolWorkspaceQuery = graphql(`
  query SchoolWorkspace($schoolId: ID!, $fromMonth: String!, $toMonth: String!, $months: Int!) {
    schoolTheoryClassMonths(schoolId: $schoolId, fromMonth: $fromMonth, months: $months) {
      month
      status
      classHours
      classCount
      reason
    }
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
