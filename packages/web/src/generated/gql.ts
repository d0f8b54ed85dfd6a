/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      userId\n      username\n      displayName\n      personId\n      today\n      settings {\n        key\n        ruleId\n        title\n        kind\n        unit\n        value\n        default\n        min\n        max\n      }\n      roles {\n        role\n        organisation {\n          id\n          name\n          level\n          schoolType\n          bureauId\n          districtId\n          schoolId\n          parentId\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        userId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      schoolType\n      bureauId\n      districtId\n      schoolId\n      parentId\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query AuditTrail(\n    $scopeId: ID!\n    $entity: String\n    $actorUserId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $offset: Int!\n    $limit: Int!\n  ) {\n    audit(\n      scopeId: $scopeId\n      entity: $entity\n      actorUserId: $actorUserId\n      from: $from\n      to: $to\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        actorUserId\n        actorName\n        orgId\n        orgName\n        entity\n        entityId\n        changes\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      bureauId\n      districtId\n      schoolId\n    }\n  }\n": typeof types.AuditOrganisationDocument,
    "\n  fragment ComplianceRuleFields on ComplianceRule {\n    id\n    title\n    description\n    section\n    period\n    weight\n    measure\n  }\n": typeof types.ComplianceRuleFieldsFragmentDoc,
    "\n  query ComplianceRules {\n    complianceRules {\n      ...ComplianceRuleFields\n    }\n  }\n": typeof types.ComplianceRulesDocument,
    "\n  query Compliance($scopeId: ID!, $ruleIds: [ID!], $rows: ComplianceRowsInput) {\n    compliance(scopeId: $scopeId, ruleIds: $ruleIds, rows: $rows) {\n      scope {\n        id\n        name\n        level\n        bureauId\n        districtId\n        schoolId\n      }\n      from\n      to\n      today\n      rules {\n        rule {\n          ...ComplianceRuleFields\n        }\n        periods\n        schools\n        completionRate\n        behindCount\n        byDistrict {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        bySchoolType {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        periodCounts {\n          period\n          met\n          missed\n          pending\n          notApplicable\n        }\n        page {\n          total\n          offset\n          limit\n          met\n          missed\n          completionRate\n          items {\n            schoolId\n            schoolName\n            districtId\n            districtName\n            schoolType\n            statuses\n            values\n            met\n            missed\n            pending\n            completionRate\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComplianceDocument,
    "\n  query SchoolRanking($scopeId: ID!, $year: Int) {\n    schoolRanking(scopeId: $scopeId, year: $year) {\n      year\n      rules {\n        ...ComplianceRuleFields\n      }\n      rows {\n        schoolId\n        schoolName\n        districtId\n        districtName\n        schoolType\n        rates\n        score\n        rank\n        districtRank\n        met\n        missed\n      }\n    }\n  }\n": typeof types.SchoolRankingDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    schoolId\n    kind\n    state\n    topic\n    partyGroup\n    plannedOn\n    heldOn\n    place\n    hostId\n    hostName\n    recorderId\n    recorderName\n    content\n    ideologicalWork\n    concentratedEducation\n    resolutions\n    countsAsTheoryClass\n    classHours\n    expectedCount\n    presentCount\n    leaveCount\n    absentCount\n    memberExpectedCount\n    memberPresentCount\n    votingPresentCount\n    quorumMet\n    attendance {\n      personId\n      personName\n      partyStatus\n      status\n      leaveReason\n    }\n    attachments {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n    }\n    version\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($schoolId: ID!, $kind: MeetingKind, $fromMonth: String!, $toMonth: String!) {\n    meetings(schoolId: $schoolId, kind: $kind, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query MeetingPeople($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n": typeof types.MeetingPeopleDocument,
    "\n  query LastMeetingAttendance($schoolId: ID!, $kind: MeetingKind!, $partyGroup: String) {\n    lastMeetingAttendance(schoolId: $schoolId, kind: $kind, partyGroup: $partyGroup) {\n      personId\n      personName\n      partyStatus\n      status\n    }\n  }\n": typeof types.LastMeetingAttendanceDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n": typeof types.DeleteMeetingDocument,
    "\n  mutation AddMeetingAttachment($meetingId: ID!, $input: MeetingAttachmentInput!) {\n    addMeetingAttachment(meetingId: $meetingId, input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n": typeof types.AddMeetingAttachmentDocument,
    "\n  mutation DeleteMeetingAttachment($id: ID!) {\n    deleteMeetingAttachment(id: $id)\n  }\n": typeof types.DeleteMeetingAttachmentDocument,
    "\n  query MeetingAttachmentFile($id: ID!) {\n    meetingAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MeetingAttachmentFileDocument,
    "\n  fragment PersonFields on Person {\n    id\n    schoolId\n    staffNo\n    name\n    gender\n    category\n    partyStatus\n    joinedOn\n    fullMemberOn\n    partyPost\n    partyGroup\n    phone\n    idNumber\n    leftOn\n    leaveReason\n    version\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query Roster($schoolId: ID!, $search: String, $includeLeft: Boolean!, $offset: Int!, $limit: Int!) {\n    people(schoolId: $schoolId, search: $search, includeLeft: $includeLeft, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  query PersonTransfers($schoolId: ID!) {\n    personTransfers(schoolId: $schoolId, offset: 0, limit: 50) {\n      total\n      items {\n        id\n        personName\n        direction\n        otherSchoolName\n        onDate\n        note\n      }\n    }\n  }\n": typeof types.PersonTransfersDocument,
    "\n  query PersonTransferTargets($schoolId: ID!, $search: String) {\n    personTransferTargets(schoolId: $schoolId, search: $search) {\n      id\n      name\n      districtName\n    }\n  }\n": typeof types.PersonTransferTargetsDocument,
    "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation LeavePerson($id: ID!, $version: Int!, $leftOn: LocalDate!, $reason: String!) {\n    leavePerson(id: $id, version: $version, leftOn: $leftOn, reason: $reason) {\n      ...PersonFields\n    }\n  }\n": typeof types.LeavePersonDocument,
    "\n  mutation TransferPerson($id: ID!, $toSchoolId: ID!, $version: Int!, $onDate: LocalDate!, $note: String) {\n    transferPerson(id: $id, toSchoolId: $toSchoolId, version: $version, onDate: $onDate, note: $note)\n  }\n": typeof types.TransferPersonDocument,
    "\n  mutation StagePeopleImport($input: PersonImportChunkInput!) {\n    stagePeopleImport(input: $input)\n  }\n": typeof types.StagePeopleImportDocument,
    "\n  mutation CommitPeopleImport($schoolId: ID!, $importId: ID!) {\n    commitPeopleImport(schoolId: $schoolId, importId: $importId) {\n      committed\n      rows\n      created\n      updated\n      unchanged\n      problemCount\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n": typeof types.CommitPeopleImportDocument,
    "\n  query SchoolScorecard($schoolId: ID!, $year: Int) {\n    schoolScorecard(schoolId: $schoolId, year: $year) {\n      year\n      today\n      score\n      rules {\n        rule {\n          id\n          title\n          description\n          section\n          period\n          weight\n          measure\n        }\n        completionRate\n        met\n        missed\n        pending\n        current {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n        periods {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n      }\n    }\n  }\n": typeof types.SchoolScorecardDocument,
    "\n  fragment SettingFields on Setting {\n    key\n    ruleId\n    title\n    kind\n    unit\n    value\n    default\n    min\n    max\n    step\n    maxCount\n  }\n": typeof types.SettingFieldsFragmentDoc,
    "\n  query BureauSettings {\n    me {\n      settings {\n        ...SettingFields\n      }\n    }\n    complianceRules {\n      id\n      title\n      description\n      section\n    }\n  }\n": typeof types.BureauSettingsDocument,
    "\n  mutation UpdateBureauSettings($values: [SettingInput!]!) {\n    updateBureauSettings(values: $values) {\n      ...SettingFields\n    }\n  }\n": typeof types.UpdateBureauSettingsDocument,
    "\n  fragment TheoryClassFields on TheoryClass {\n    id\n    schoolId\n    date\n    classHours\n    topic\n    kind\n    lecturer\n    audience\n    expectedCount\n    presentCount\n    leaveCount\n    attendance {\n      personId\n      personName\n      status\n      leaveReason\n    }\n    version\n  }\n": typeof types.TheoryClassFieldsFragmentDoc,
    "\n  query TheoryClasses($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {\n    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...TheoryClassFields\n      }\n    }\n  }\n": typeof types.TheoryClassesDocument,
    "\n  query People($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation CreateTheoryClass($input: TheoryClassInput!) {\n    createTheoryClass(input: $input) {\n      ...TheoryClassFields\n    }\n  }\n": typeof types.CreateTheoryClassDocument,
    "\n  mutation UpdateTheoryClass($id: ID!, $input: TheoryClassUpdateInput!) {\n    updateTheoryClass(id: $id, input: $input) {\n      ...TheoryClassFields\n    }\n  }\n": typeof types.UpdateTheoryClassDocument,
    "\n  mutation DeleteTheoryClass($id: ID!) {\n    deleteTheoryClass(id: $id)\n  }\n": typeof types.DeleteTheoryClassDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      userId\n      username\n      displayName\n      personId\n      today\n      settings {\n        key\n        ruleId\n        title\n        kind\n        unit\n        value\n        default\n        min\n        max\n      }\n      roles {\n        role\n        organisation {\n          id\n          name\n          level\n          schoolType\n          bureauId\n          districtId\n          schoolId\n          parentId\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        userId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      schoolType\n      bureauId\n      districtId\n      schoolId\n      parentId\n    }\n  }\n": types.OrganisationDocument,
    "\n  query AuditTrail(\n    $scopeId: ID!\n    $entity: String\n    $actorUserId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $offset: Int!\n    $limit: Int!\n  ) {\n    audit(\n      scopeId: $scopeId\n      entity: $entity\n      actorUserId: $actorUserId\n      from: $from\n      to: $to\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        actorUserId\n        actorName\n        orgId\n        orgName\n        entity\n        entityId\n        changes\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      bureauId\n      districtId\n      schoolId\n    }\n  }\n": types.AuditOrganisationDocument,
    "\n  fragment ComplianceRuleFields on ComplianceRule {\n    id\n    title\n    description\n    section\n    period\n    weight\n    measure\n  }\n": types.ComplianceRuleFieldsFragmentDoc,
    "\n  query ComplianceRules {\n    complianceRules {\n      ...ComplianceRuleFields\n    }\n  }\n": types.ComplianceRulesDocument,
    "\n  query Compliance($scopeId: ID!, $ruleIds: [ID!], $rows: ComplianceRowsInput) {\n    compliance(scopeId: $scopeId, ruleIds: $ruleIds, rows: $rows) {\n      scope {\n        id\n        name\n        level\n        bureauId\n        districtId\n        schoolId\n      }\n      from\n      to\n      today\n      rules {\n        rule {\n          ...ComplianceRuleFields\n        }\n        periods\n        schools\n        completionRate\n        behindCount\n        byDistrict {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        bySchoolType {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        periodCounts {\n          period\n          met\n          missed\n          pending\n          notApplicable\n        }\n        page {\n          total\n          offset\n          limit\n          met\n          missed\n          completionRate\n          items {\n            schoolId\n            schoolName\n            districtId\n            districtName\n            schoolType\n            statuses\n            values\n            met\n            missed\n            pending\n            completionRate\n          }\n        }\n      }\n    }\n  }\n": types.ComplianceDocument,
    "\n  query SchoolRanking($scopeId: ID!, $year: Int) {\n    schoolRanking(scopeId: $scopeId, year: $year) {\n      year\n      rules {\n        ...ComplianceRuleFields\n      }\n      rows {\n        schoolId\n        schoolName\n        districtId\n        districtName\n        schoolType\n        rates\n        score\n        rank\n        districtRank\n        met\n        missed\n      }\n    }\n  }\n": types.SchoolRankingDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    schoolId\n    kind\n    state\n    topic\n    partyGroup\n    plannedOn\n    heldOn\n    place\n    hostId\n    hostName\n    recorderId\n    recorderName\n    content\n    ideologicalWork\n    concentratedEducation\n    resolutions\n    countsAsTheoryClass\n    classHours\n    expectedCount\n    presentCount\n    leaveCount\n    absentCount\n    memberExpectedCount\n    memberPresentCount\n    votingPresentCount\n    quorumMet\n    attendance {\n      personId\n      personName\n      partyStatus\n      status\n      leaveReason\n    }\n    attachments {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n    }\n    version\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($schoolId: ID!, $kind: MeetingKind, $fromMonth: String!, $toMonth: String!) {\n    meetings(schoolId: $schoolId, kind: $kind, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...MeetingFields\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query MeetingPeople($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n": types.MeetingPeopleDocument,
    "\n  query LastMeetingAttendance($schoolId: ID!, $kind: MeetingKind!, $partyGroup: String) {\n    lastMeetingAttendance(schoolId: $schoolId, kind: $kind, partyGroup: $partyGroup) {\n      personId\n      personName\n      partyStatus\n      status\n    }\n  }\n": types.LastMeetingAttendanceDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n": types.DeleteMeetingDocument,
    "\n  mutation AddMeetingAttachment($meetingId: ID!, $input: MeetingAttachmentInput!) {\n    addMeetingAttachment(meetingId: $meetingId, input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n": types.AddMeetingAttachmentDocument,
    "\n  mutation DeleteMeetingAttachment($id: ID!) {\n    deleteMeetingAttachment(id: $id)\n  }\n": types.DeleteMeetingAttachmentDocument,
    "\n  query MeetingAttachmentFile($id: ID!) {\n    meetingAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.MeetingAttachmentFileDocument,
    "\n  fragment PersonFields on Person {\n    id\n    schoolId\n    staffNo\n    name\n    gender\n    category\n    partyStatus\n    joinedOn\n    fullMemberOn\n    partyPost\n    partyGroup\n    phone\n    idNumber\n    leftOn\n    leaveReason\n    version\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query Roster($schoolId: ID!, $search: String, $includeLeft: Boolean!, $offset: Int!, $limit: Int!) {\n    people(schoolId: $schoolId, search: $search, includeLeft: $includeLeft, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  query PersonTransfers($schoolId: ID!) {\n    personTransfers(schoolId: $schoolId, offset: 0, limit: 50) {\n      total\n      items {\n        id\n        personName\n        direction\n        otherSchoolName\n        onDate\n        note\n      }\n    }\n  }\n": types.PersonTransfersDocument,
    "\n  query PersonTransferTargets($schoolId: ID!, $search: String) {\n    personTransferTargets(schoolId: $schoolId, search: $search) {\n      id\n      name\n      districtName\n    }\n  }\n": types.PersonTransferTargetsDocument,
    "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation LeavePerson($id: ID!, $version: Int!, $leftOn: LocalDate!, $reason: String!) {\n    leavePerson(id: $id, version: $version, leftOn: $leftOn, reason: $reason) {\n      ...PersonFields\n    }\n  }\n": types.LeavePersonDocument,
    "\n  mutation TransferPerson($id: ID!, $toSchoolId: ID!, $version: Int!, $onDate: LocalDate!, $note: String) {\n    transferPerson(id: $id, toSchoolId: $toSchoolId, version: $version, onDate: $onDate, note: $note)\n  }\n": types.TransferPersonDocument,
    "\n  mutation StagePeopleImport($input: PersonImportChunkInput!) {\n    stagePeopleImport(input: $input)\n  }\n": types.StagePeopleImportDocument,
    "\n  mutation CommitPeopleImport($schoolId: ID!, $importId: ID!) {\n    commitPeopleImport(schoolId: $schoolId, importId: $importId) {\n      committed\n      rows\n      created\n      updated\n      unchanged\n      problemCount\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n": types.CommitPeopleImportDocument,
    "\n  query SchoolScorecard($schoolId: ID!, $year: Int) {\n    schoolScorecard(schoolId: $schoolId, year: $year) {\n      year\n      today\n      score\n      rules {\n        rule {\n          id\n          title\n          description\n          section\n          period\n          weight\n          measure\n        }\n        completionRate\n        met\n        missed\n        pending\n        current {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n        periods {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n      }\n    }\n  }\n": types.SchoolScorecardDocument,
    "\n  fragment SettingFields on Setting {\n    key\n    ruleId\n    title\n    kind\n    unit\n    value\n    default\n    min\n    max\n    step\n    maxCount\n  }\n": types.SettingFieldsFragmentDoc,
    "\n  query BureauSettings {\n    me {\n      settings {\n        ...SettingFields\n      }\n    }\n    complianceRules {\n      id\n      title\n      description\n      section\n    }\n  }\n": types.BureauSettingsDocument,
    "\n  mutation UpdateBureauSettings($values: [SettingInput!]!) {\n    updateBureauSettings(values: $values) {\n      ...SettingFields\n    }\n  }\n": types.UpdateBureauSettingsDocument,
    "\n  fragment TheoryClassFields on TheoryClass {\n    id\n    schoolId\n    date\n    classHours\n    topic\n    kind\n    lecturer\n    audience\n    expectedCount\n    presentCount\n    leaveCount\n    attendance {\n      personId\n      personName\n      status\n      leaveReason\n    }\n    version\n  }\n": types.TheoryClassFieldsFragmentDoc,
    "\n  query TheoryClasses($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {\n    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...TheoryClassFields\n      }\n    }\n  }\n": types.TheoryClassesDocument,
    "\n  query People($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation CreateTheoryClass($input: TheoryClassInput!) {\n    createTheoryClass(input: $input) {\n      ...TheoryClassFields\n    }\n  }\n": types.CreateTheoryClassDocument,
    "\n  mutation UpdateTheoryClass($id: ID!, $input: TheoryClassUpdateInput!) {\n    updateTheoryClass(id: $id, input: $input) {\n      ...TheoryClassFields\n    }\n  }\n": types.UpdateTheoryClassDocument,
    "\n  mutation DeleteTheoryClass($id: ID!) {\n    deleteTheoryClass(id: $id)\n  }\n": types.DeleteTheoryClassDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      userId\n      username\n      displayName\n      personId\n      today\n      settings {\n        key\n        ruleId\n        title\n        kind\n        unit\n        value\n        default\n        min\n        max\n      }\n      roles {\n        role\n        organisation {\n          id\n          name\n          level\n          schoolType\n          bureauId\n          districtId\n          schoolId\n          parentId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      userId\n      username\n      displayName\n      personId\n      today\n      settings {\n        key\n        ruleId\n        title\n        kind\n        unit\n        value\n        default\n        min\n        max\n      }\n      roles {\n        role\n        organisation {\n          id\n          name\n          level\n          schoolType\n          bureauId\n          districtId\n          schoolId\n          parentId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      schoolType\n      bureauId\n      districtId\n      schoolId\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      schoolType\n      bureauId\n      districtId\n      schoolId\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail(\n    $scopeId: ID!\n    $entity: String\n    $actorUserId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $offset: Int!\n    $limit: Int!\n  ) {\n    audit(\n      scopeId: $scopeId\n      entity: $entity\n      actorUserId: $actorUserId\n      from: $from\n      to: $to\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        actorUserId\n        actorName\n        orgId\n        orgName\n        entity\n        entityId\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail(\n    $scopeId: ID!\n    $entity: String\n    $actorUserId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $offset: Int!\n    $limit: Int!\n  ) {\n    audit(\n      scopeId: $scopeId\n      entity: $entity\n      actorUserId: $actorUserId\n      from: $from\n      to: $to\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        actorUserId\n        actorName\n        orgId\n        orgName\n        entity\n        entityId\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      bureauId\n      districtId\n      schoolId\n    }\n  }\n"): (typeof documents)["\n  query AuditOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      level\n      bureauId\n      districtId\n      schoolId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplianceRuleFields on ComplianceRule {\n    id\n    title\n    description\n    section\n    period\n    weight\n    measure\n  }\n"): (typeof documents)["\n  fragment ComplianceRuleFields on ComplianceRule {\n    id\n    title\n    description\n    section\n    period\n    weight\n    measure\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceRules {\n    complianceRules {\n      ...ComplianceRuleFields\n    }\n  }\n"): (typeof documents)["\n  query ComplianceRules {\n    complianceRules {\n      ...ComplianceRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Compliance($scopeId: ID!, $ruleIds: [ID!], $rows: ComplianceRowsInput) {\n    compliance(scopeId: $scopeId, ruleIds: $ruleIds, rows: $rows) {\n      scope {\n        id\n        name\n        level\n        bureauId\n        districtId\n        schoolId\n      }\n      from\n      to\n      today\n      rules {\n        rule {\n          ...ComplianceRuleFields\n        }\n        periods\n        schools\n        completionRate\n        behindCount\n        byDistrict {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        bySchoolType {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        periodCounts {\n          period\n          met\n          missed\n          pending\n          notApplicable\n        }\n        page {\n          total\n          offset\n          limit\n          met\n          missed\n          completionRate\n          items {\n            schoolId\n            schoolName\n            districtId\n            districtName\n            schoolType\n            statuses\n            values\n            met\n            missed\n            pending\n            completionRate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Compliance($scopeId: ID!, $ruleIds: [ID!], $rows: ComplianceRowsInput) {\n    compliance(scopeId: $scopeId, ruleIds: $ruleIds, rows: $rows) {\n      scope {\n        id\n        name\n        level\n        bureauId\n        districtId\n        schoolId\n      }\n      from\n      to\n      today\n      rules {\n        rule {\n          ...ComplianceRuleFields\n        }\n        periods\n        schools\n        completionRate\n        behindCount\n        byDistrict {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        bySchoolType {\n          key\n          name\n          schools\n          met\n          missed\n          completionRate\n        }\n        periodCounts {\n          period\n          met\n          missed\n          pending\n          notApplicable\n        }\n        page {\n          total\n          offset\n          limit\n          met\n          missed\n          completionRate\n          items {\n            schoolId\n            schoolName\n            districtId\n            districtName\n            schoolType\n            statuses\n            values\n            met\n            missed\n            pending\n            completionRate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolRanking($scopeId: ID!, $year: Int) {\n    schoolRanking(scopeId: $scopeId, year: $year) {\n      year\n      rules {\n        ...ComplianceRuleFields\n      }\n      rows {\n        schoolId\n        schoolName\n        districtId\n        districtName\n        schoolType\n        rates\n        score\n        rank\n        districtRank\n        met\n        missed\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolRanking($scopeId: ID!, $year: Int) {\n    schoolRanking(scopeId: $scopeId, year: $year) {\n      year\n      rules {\n        ...ComplianceRuleFields\n      }\n      rows {\n        schoolId\n        schoolName\n        districtId\n        districtName\n        schoolType\n        rates\n        score\n        rank\n        districtRank\n        met\n        missed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    schoolId\n    kind\n    state\n    topic\n    partyGroup\n    plannedOn\n    heldOn\n    place\n    hostId\n    hostName\n    recorderId\n    recorderName\n    content\n    ideologicalWork\n    concentratedEducation\n    resolutions\n    countsAsTheoryClass\n    classHours\n    expectedCount\n    presentCount\n    leaveCount\n    absentCount\n    memberExpectedCount\n    memberPresentCount\n    votingPresentCount\n    quorumMet\n    attendance {\n      personId\n      personName\n      partyStatus\n      status\n      leaveReason\n    }\n    attachments {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    schoolId\n    kind\n    state\n    topic\n    partyGroup\n    plannedOn\n    heldOn\n    place\n    hostId\n    hostName\n    recorderId\n    recorderName\n    content\n    ideologicalWork\n    concentratedEducation\n    resolutions\n    countsAsTheoryClass\n    classHours\n    expectedCount\n    presentCount\n    leaveCount\n    absentCount\n    memberExpectedCount\n    memberPresentCount\n    votingPresentCount\n    quorumMet\n    attendance {\n      personId\n      personName\n      partyStatus\n      status\n      leaveReason\n    }\n    attachments {\n      id\n      kind\n      fileName\n      contentType\n      sizeBytes\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($schoolId: ID!, $kind: MeetingKind, $fromMonth: String!, $toMonth: String!) {\n    meetings(schoolId: $schoolId, kind: $kind, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($schoolId: ID!, $kind: MeetingKind, $fromMonth: String!, $toMonth: String!) {\n    meetings(schoolId: $schoolId, kind: $kind, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPeople($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPeople($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastMeetingAttendance($schoolId: ID!, $kind: MeetingKind!, $partyGroup: String) {\n    lastMeetingAttendance(schoolId: $schoolId, kind: $kind, partyGroup: $partyGroup) {\n      personId\n      personName\n      partyStatus\n      status\n    }\n  }\n"): (typeof documents)["\n  query LastMeetingAttendance($schoolId: ID!, $kind: MeetingKind!, $partyGroup: String) {\n    lastMeetingAttendance(schoolId: $schoolId, kind: $kind, partyGroup: $partyGroup) {\n      personId\n      personName\n      partyStatus\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeeting($id: ID!) {\n    deleteMeeting(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingAttachment($meetingId: ID!, $input: MeetingAttachmentInput!) {\n    addMeetingAttachment(meetingId: $meetingId, input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingAttachment($meetingId: ID!, $input: MeetingAttachmentInput!) {\n    addMeetingAttachment(meetingId: $meetingId, input: $input) {\n      id\n      fileName\n      contentType\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeetingAttachment($id: ID!) {\n    deleteMeetingAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeetingAttachment($id: ID!) {\n    deleteMeetingAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAttachmentFile($id: ID!) {\n    meetingAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MeetingAttachmentFile($id: ID!) {\n    meetingAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    schoolId\n    staffNo\n    name\n    gender\n    category\n    partyStatus\n    joinedOn\n    fullMemberOn\n    partyPost\n    partyGroup\n    phone\n    idNumber\n    leftOn\n    leaveReason\n    version\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    schoolId\n    staffNo\n    name\n    gender\n    category\n    partyStatus\n    joinedOn\n    fullMemberOn\n    partyPost\n    partyGroup\n    phone\n    idNumber\n    leftOn\n    leaveReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($schoolId: ID!, $search: String, $includeLeft: Boolean!, $offset: Int!, $limit: Int!) {\n    people(schoolId: $schoolId, search: $search, includeLeft: $includeLeft, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($schoolId: ID!, $search: String, $includeLeft: Boolean!, $offset: Int!, $limit: Int!) {\n    people(schoolId: $schoolId, search: $search, includeLeft: $includeLeft, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PersonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTransfers($schoolId: ID!) {\n    personTransfers(schoolId: $schoolId, offset: 0, limit: 50) {\n      total\n      items {\n        id\n        personName\n        direction\n        otherSchoolName\n        onDate\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTransfers($schoolId: ID!) {\n    personTransfers(schoolId: $schoolId, offset: 0, limit: 50) {\n      total\n      items {\n        id\n        personName\n        direction\n        otherSchoolName\n        onDate\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTransferTargets($schoolId: ID!, $search: String) {\n    personTransferTargets(schoolId: $schoolId, search: $search) {\n      id\n      name\n      districtName\n    }\n  }\n"): (typeof documents)["\n  query PersonTransferTargets($schoolId: ID!, $search: String) {\n    personTransferTargets(schoolId: $schoolId, search: $search) {\n      id\n      name\n      districtName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: PersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePerson($id: ID!, $version: Int!, $leftOn: LocalDate!, $reason: String!) {\n    leavePerson(id: $id, version: $version, leftOn: $leftOn, reason: $reason) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeavePerson($id: ID!, $version: Int!, $leftOn: LocalDate!, $reason: String!) {\n    leavePerson(id: $id, version: $version, leftOn: $leftOn, reason: $reason) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferPerson($id: ID!, $toSchoolId: ID!, $version: Int!, $onDate: LocalDate!, $note: String) {\n    transferPerson(id: $id, toSchoolId: $toSchoolId, version: $version, onDate: $onDate, note: $note)\n  }\n"): (typeof documents)["\n  mutation TransferPerson($id: ID!, $toSchoolId: ID!, $version: Int!, $onDate: LocalDate!, $note: String) {\n    transferPerson(id: $id, toSchoolId: $toSchoolId, version: $version, onDate: $onDate, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagePeopleImport($input: PersonImportChunkInput!) {\n    stagePeopleImport(input: $input)\n  }\n"): (typeof documents)["\n  mutation StagePeopleImport($input: PersonImportChunkInput!) {\n    stagePeopleImport(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitPeopleImport($schoolId: ID!, $importId: ID!) {\n    commitPeopleImport(schoolId: $schoolId, importId: $importId) {\n      committed\n      rows\n      created\n      updated\n      unchanged\n      problemCount\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitPeopleImport($schoolId: ID!, $importId: ID!) {\n    commitPeopleImport(schoolId: $schoolId, importId: $importId) {\n      committed\n      rows\n      created\n      updated\n      unchanged\n      problemCount\n      problems {\n        row\n        field\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolScorecard($schoolId: ID!, $year: Int) {\n    schoolScorecard(schoolId: $schoolId, year: $year) {\n      year\n      today\n      score\n      rules {\n        rule {\n          id\n          title\n          description\n          section\n          period\n          weight\n          measure\n        }\n        completionRate\n        met\n        missed\n        pending\n        current {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n        periods {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolScorecard($schoolId: ID!, $year: Int) {\n    schoolScorecard(schoolId: $schoolId, year: $year) {\n      year\n      today\n      score\n      rules {\n        rule {\n          id\n          title\n          description\n          section\n          period\n          weight\n          measure\n        }\n        completionRate\n        met\n        missed\n        pending\n        current {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n        periods {\n          period\n          status\n          value\n          records\n          reason\n          dueOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingFields on Setting {\n    key\n    ruleId\n    title\n    kind\n    unit\n    value\n    default\n    min\n    max\n    step\n    maxCount\n  }\n"): (typeof documents)["\n  fragment SettingFields on Setting {\n    key\n    ruleId\n    title\n    kind\n    unit\n    value\n    default\n    min\n    max\n    step\n    maxCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BureauSettings {\n    me {\n      settings {\n        ...SettingFields\n      }\n    }\n    complianceRules {\n      id\n      title\n      description\n      section\n    }\n  }\n"): (typeof documents)["\n  query BureauSettings {\n    me {\n      settings {\n        ...SettingFields\n      }\n    }\n    complianceRules {\n      id\n      title\n      description\n      section\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBureauSettings($values: [SettingInput!]!) {\n    updateBureauSettings(values: $values) {\n      ...SettingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBureauSettings($values: [SettingInput!]!) {\n    updateBureauSettings(values: $values) {\n      ...SettingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TheoryClassFields on TheoryClass {\n    id\n    schoolId\n    date\n    classHours\n    topic\n    kind\n    lecturer\n    audience\n    expectedCount\n    presentCount\n    leaveCount\n    attendance {\n      personId\n      personName\n      status\n      leaveReason\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment TheoryClassFields on TheoryClass {\n    id\n    schoolId\n    date\n    classHours\n    topic\n    kind\n    lecturer\n    audience\n    expectedCount\n    presentCount\n    leaveCount\n    attendance {\n      personId\n      personName\n      status\n      leaveReason\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TheoryClasses($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {\n    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...TheoryClassFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TheoryClasses($schoolId: ID!, $fromMonth: String!, $toMonth: String!) {\n    theoryClasses(schoolId: $schoolId, fromMonth: $fromMonth, toMonth: $toMonth, offset: 0, limit: 200) {\n      total\n      items {\n        ...TheoryClassFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($schoolId: ID!, $search: String, $partyMembersOnly: Boolean, $limit: Int) {\n    people(schoolId: $schoolId, search: $search, partyMembersOnly: $partyMembersOnly, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        name\n        partyStatus\n        partyPost\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheoryClass($input: TheoryClassInput!) {\n    createTheoryClass(input: $input) {\n      ...TheoryClassFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheoryClass($input: TheoryClassInput!) {\n    createTheoryClass(input: $input) {\n      ...TheoryClassFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheoryClass($id: ID!, $input: TheoryClassUpdateInput!) {\n    updateTheoryClass(id: $id, input: $input) {\n      ...TheoryClassFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheoryClass($id: ID!, $input: TheoryClassUpdateInput!) {\n    updateTheoryClass(id: $id, input: $input) {\n      ...TheoryClassFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTheoryClass($id: ID!) {\n    deleteTheoryClass(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTheoryClass($id: ID!) {\n    deleteTheoryClass(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;