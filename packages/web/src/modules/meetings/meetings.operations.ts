import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

export const meetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    schoolId
    kind
    state
    topic
    partyGroup
    plannedOn
    heldOn
    place
    hostId
    hostName
    recorderId
    recorderName
    content
    ideologicalWork
    concentratedEducation
    resolutions
    countsAsTheoryClass
    classHours
    expectedCount
    presentCount
    leaveCount
    absentCount
    memberExpectedCount
    memberPresentCount
    votingPresentCount
    quorumMet
    attendance {
      personId
      personName
      partyStatus
      status
      leaveReason
    }
    attachments {
      id
      kind
      fileName
      contentType
      sizeBytes
    }
    version
  }
`);

/** One meeting with its attendance and files, as the list shows it and the form edits it. */
export type MeetingItem = ResultOf<typeof meetingFields>;

/** The meetings of a school in a range of months (the workspace shows a calendar year). */
export const meetingsQuery = graphql(`
  query Meetings($schoolId: ID!, $kind: MeetingKind, $fromMonth: String!, $toMonth: String!) {
    meetings(schoolId: $schoolId, kind: $kind, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {
      total
      items {
        ...MeetingFields
      }
    }
  }
`);

/** The school's people by name (Party members only, or everyone): hosts, recorders and attendees. */
export const meetingPeopleQuery = graphql(`
  query MeetingPeople($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {
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

/** Attendance reuse: the people of the last meeting of this kind (and Party group). */
export const lastMeetingAttendanceQuery = graphql(`
  query LastMeetingAttendance($schoolId: ID!, $kind: MeetingKind!, $partyGroup: String) {
    lastMeetingAttendance(schoolId: $schoolId, kind: $kind, partyGroup: $partyGroup) {
      personId
      personName
      partyStatus
      status
    }
  }
`);

export const createMeetingMutation = graphql(`
  mutation CreateMeeting($input: MeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const updateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!) {
    updateMeeting(id: $id, input: $input) {
      ...MeetingFields
    }
  }
`);

export const deleteMeetingMutation = graphql(`
  mutation DeleteMeeting($id: ID!) {
    deleteMeeting(id: $id)
  }
`);

export const addMeetingAttachmentMutation = graphql(`
  mutation AddMeetingAttachment($meetingId: ID!, $input: MeetingAttachmentInput!) {
    addMeetingAttachment(meetingId: $meetingId, input: $input) {
      id
      fileName
      contentType
      sizeBytes
    }
  }
`);

export const deleteMeetingAttachmentMutation = graphql(`
  mutation DeleteMeetingAttachment($id: ID!) {
    deleteMeetingAttachment(id: $id)
  }
`);

export const meetingAttachmentQuery = graphql(`
  query MeetingAttachmentFile($id: ID!) {
    meetingAttachment(id: $id) {
      id
      fileName
      contentType
      contentBase64
    }
  }
`);
