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

/** The classes of a school in a range of months (the workspace shows a calendar year). */
export const theoryClassesQuery = graphql(`
  query TheoryClasses($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {
    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {
      total
      items {
        ...TheoryClassFields
      }
    }
  }
`);

/** The school's people by name, Party members only for a members' class: the attendance picker. */
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
