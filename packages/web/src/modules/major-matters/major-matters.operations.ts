import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

export const majorMatterFields = graphql(`
  fragment MajorMatterFields on MajorMatter {
    id
    schoolId
    category
    title
    description
    amount
    communicatedOn
    communication
    state
    proposedOn
    outcome
    decidedOn
    executedOn
    executionNote
    executedBeforeDecision
    communicatedLate
    votes {
      id
      meetingId
      meetingTopic
      heldOn
      memberExpected
      memberPresent
      votingPresent
      votesFor
      votesAgainst
      abstentions
      quorumMet
      result
    }
    comments {
      id
      authorOrgName
      body
      createdAt
    }
    version
  }
`);

/** One matter with its votes and guidance comments. */
export type MajorMatterItem = ResultOf<typeof majorMatterFields>;

/** The matters of a school in one year (executed, decided or proposed in it). */
export const majorMattersQuery = graphql(`
  query MajorMatters($schoolId: ID!, $year: Int) {
    majorMatters(schoolId: $schoolId, year: $year, offset: 0, limit: 200) {
      total
      items {
        ...MajorMatterFields
      }
    }
  }
`);

/** Held branch committee and members' meetings of the school: where a matter can be decided. */
export const decisionMeetingsQuery = graphql(`
  query DecisionMeetings($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {
    committee: meetings(
      schoolId: $schoolId
      kind: BRANCH_COMMITTEE
      fromMonth: $fromMonth
      toMonth: $toMonth
      offset: 0
      limit: 200
    ) {
      items {
        id
        kind
        topic
        heldOn
        memberExpectedCount
        memberPresentCount
        votingPresentCount
      }
    }
    members: meetings(
      schoolId: $schoolId
      kind: MEMBERS_MEETING
      fromMonth: $fromMonth
      toMonth: $toMonth
      offset: 0
      limit: 200
    ) {
      items {
        id
        kind
        topic
        heldOn
        memberExpectedCount
        memberPresentCount
        votingPresentCount
      }
    }
  }
`);

export const createMajorMatterMutation = graphql(`
  mutation CreateMajorMatter($input: MajorMatterInput!) {
    createMajorMatter(input: $input) {
      ...MajorMatterFields
    }
  }
`);

export const proposeMajorMatterMutation = graphql(`
  mutation ProposeMajorMatter($id: ID!, $version: Int!) {
    proposeMajorMatter(id: $id, version: $version) {
      ...MajorMatterFields
    }
  }
`);

export const voteOnMajorMatterMutation = graphql(`
  mutation VoteOnMajorMatter($id: ID!, $input: MajorMatterVoteInput!) {
    voteOnMajorMatter(id: $id, input: $input) {
      ...MajorMatterFields
    }
  }
`);

export const executeMajorMatterMutation = graphql(`
  mutation ExecuteMajorMatter($id: ID!, $input: MajorMatterExecutionInput!) {
    executeMajorMatter(id: $id, input: $input) {
      ...MajorMatterFields
    }
  }
`);

export const deleteMajorMatterMutation = graphql(`
  mutation DeleteMajorMatter($id: ID!, $version: Int!) {
    deleteMajorMatter(id: $id, version: $version)
  }
`);
