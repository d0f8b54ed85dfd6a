import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

export const personFields = graphql(`
  fragment PersonFields on Person {
    id
    schoolId
    staffNo
    name
    gender
    category
    partyStatus
    joinedOn
    fullMemberOn
    partyPost
    partyGroup
    phone
    idNumber
    leftOn
    leaveReason
    version
  }
`);

/** One person, as the roster shows them and the form edits them. */
export type PersonItem = ResultOf<typeof personFields>;

export const rosterQuery = graphql(`
  query Roster($schoolId: ID!, $search: String, $includeLeft: Boolean!, $offset: Int!, $limit: Int!) {
    people(schoolId: $schoolId, search: $search, includeLeft: $includeLeft, offset: $offset, limit: $limit) {
      total
      items {
        ...PersonFields
      }
    }
  }
`);

export const personTransfersQuery = graphql(`
  query PersonTransfers($schoolId: ID!) {
    personTransfers(schoolId: $schoolId, offset: 0, limit: 50) {
      total
      items {
        id
        personName
        direction
        otherSchoolName
        onDate
        note
      }
    }
  }
`);

export const transferTargetsQuery = graphql(`
  query PersonTransferTargets($schoolId: ID!, $search: String) {
    personTransferTargets(schoolId: $schoolId, search: $search) {
      id
      name
      districtName
    }
  }
`);

export const createPersonMutation = graphql(`
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
      ...PersonFields
    }
  }
`);

export const updatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonFields
    }
  }
`);

export const leavePersonMutation = graphql(`
  mutation LeavePerson($id: ID!, $version: Int!, $leftOn: LocalDate!, $reason: String!) {
    leavePerson(id: $id, version: $version, leftOn: $leftOn, reason: $reason) {
      ...PersonFields
    }
  }
`);

export const transferPersonMutation = graphql(`
  mutation TransferPerson($id: ID!, $toSchoolId: ID!, $version: Int!, $onDate: LocalDate!, $note: String) {
    transferPerson(id: $id, toSchoolId: $toSchoolId, version: $version, onDate: $onDate, note: $note)
  }
`);

export const stagePeopleImportMutation = graphql(`
  mutation StagePeopleImport($input: PersonImportChunkInput!) {
    stagePeopleImport(input: $input)
  }
`);

export const commitPeopleImportMutation = graphql(`
  mutation CommitPeopleImport($schoolId: ID!, $importId: ID!) {
    commitPeopleImport(schoolId: $schoolId, importId: $importId) {
      committed
      rows
      created
      updated
      unchanged
      problemCount
      problems {
        row
        field
        reason
        message
      }
    }
  }
`);
