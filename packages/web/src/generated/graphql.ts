/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** One person's attendance at a class */
export type Attendance = {
  __typename?: 'Attendance';
  /** Why on leave: shown to the school itself and the person only, null for everyone else */
  leaveReason: Maybe<Scalars['String']['output']>;
  /** The person */
  personId: Scalars['ID']['output'];
  /** The person's name */
  personName: Scalars['String']['output'];
  /** Present or on leave */
  status: AttendanceStatus;
};

/** One person's attendance */
export type AttendanceInput = {
  /** Required when on leave */
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  /** A person of the school */
  personId: Scalars['ID']['input'];
  /** Present or on leave */
  status: AttendanceStatus;
};

/** One person's attendance */
export type AttendanceStatus =
  /** 请假 / On leave */
  | 'LEAVE'
  /** 实到 / Present */
  | 'PRESENT';

/** Who a class is for */
export type Audience =
  /** 全体教职工 / All staff */
  | 'ALL_STAFF'
  /** 仅党员 / Party members only */
  | 'MEMBERS';

/** What happened to the record */
export type AuditAction =
  /** 新增 / Created */
  | 'CREATE'
  /** 删除 / Deleted */
  | 'DELETE'
  /** 修改 / Changed */
  | 'UPDATE';

/** One entry of the append-only audit trail: who changed which record, when, and how */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Created, changed or deleted */
  action: AuditAction;
  /** That user's display name */
  actorName: Maybe<Scalars['String']['output']>;
  /** Who made the change (null when the system did) */
  actorUserId: Maybe<Scalars['ID']['output']>;
  /** When the change was made */
  at: Scalars['DateTimeISO']['output'];
  /** What changed: the values before and/or after (never passwords, nor reasons for leave) */
  changes: Scalars['JSON']['output'];
  /** Its district (null for a bureau-level record) */
  districtId: Maybe<Scalars['ID']['output']>;
  /** The kind of record: its table's name, e.g. bureau_settings */
  entity: Scalars['String']['output'];
  /** The record */
  entityId: Scalars['ID']['output'];
  /** SHA-256 (hex) of the previous entry's hash and this entry's fields; `pnpm audit:verify` recomputes every chain */
  hash: Scalars['String']['output'];
  /** The entry (increases across the whole trail) */
  id: Scalars['ID']['output'];
  /** The organisation the record belongs to (a school, or the bureau for its settings) */
  orgId: Scalars['ID']['output'];
  /** That organisation's name */
  orgName: Scalars['String']['output'];
  /** The API request that made the change (the same id as in the server log) */
  requestId: Maybe<Scalars['String']['output']>;
  /** Its school (null for a district- or bureau-level record) */
  schoolId: Maybe<Scalars['ID']['output']>;
  /** Position in its bureau's hash chain: 1, 2, 3, … without gaps, in the order the changes were written */
  seq: Scalars['Int']['output'];
};

/** One page of AuditEntry rows */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  /** The rows of this page */
  items: Array<AuditEntry>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** Schools × periods for the rules asked for */
export type ComplianceReport = {
  __typename?: 'ComplianceReport';
  /** First month of the window (YYYY-MM) */
  from: Scalars['String']['output'];
  /** One per rule, in the order asked for */
  rules: Array<RuleComparison>;
  /** The district or bureau (or school) compared */
  scope: Organisation;
  /** Last month of the window (YYYY-MM) */
  to: Scalars['String']['output'];
  /** Today in the bureau's time zone: decides what is still pending */
  today: Scalars['LocalDate']['output'];
};

/** One school under one rule over the periods asked for */
export type ComplianceRow = {
  __typename?: 'ComplianceRow';
  /** met / (met + missed); null when nothing is due yet */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** The school's district */
  districtId: Scalars['ID']['output'];
  /** The district's name */
  districtName: Scalars['String']['output'];
  /** Periods met */
  met: Scalars['Int']['output'];
  /** Periods missed (due and not met) */
  missed: Scalars['Int']['output'];
  /** Periods still open */
  pending: Scalars['Int']['output'];
  /** The school */
  schoolId: Scalars['ID']['output'];
  /** The school's name */
  schoolName: Scalars['String']['output'];
  /** Type of school */
  schoolType: SchoolType;
  /** Today's status of each period, in the order of `periods` */
  statuses: Array<ComplianceStatus>;
  /** The rule's measure in each period (e.g. class-hours held), same order */
  values: Array<Scalars['Float']['output']>;
};

/** One page of the schools that pass the filter, in the order asked for, with their totals */
export type ComplianceRowPage = {
  __typename?: 'ComplianceRowPage';
  /** Completion rate of the schools that pass the filter; null when nothing is due */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** The rows of this page */
  items: Array<ComplianceRow>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Periods met by the schools that pass the filter */
  met: Scalars['Int']['output'];
  /** Periods missed by the schools that pass the filter */
  missed: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Schools that pass the filter, in all pages */
  total: Scalars['Int']['output'];
};

/** Which rows of each rule comparison to return: a filter (criteria combine with AND), a sort and a page. The figures of the whole scope (by district, by type, per period) do not depend on it. */
export type ComplianceRowsInput = {
  /** Only schools needing attention: missed the last period or still owe the current one */
  attention?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only schools of these districts (at most 100) */
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Rows to return (default 50, at most 200) */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Completion rate at most this (0–1); excludes schools with nothing due */
  maxRate?: InputMaybe<Scalars['Float']['input']>;
  /** At least this many periods missed */
  minMissed?: InputMaybe<Scalars['Int']['input']>;
  /** Completion rate at least this (0–1); excludes schools with nothing due */
  minRate?: InputMaybe<Scalars['Float']['input']>;
  /** Only schools that missed this period (a key of `periods`, e.g. last month '2026-10') */
  missedIn?: InputMaybe<Scalars['String']['input']>;
  /** Rows to skip (default 0) */
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Direction (default: ascend) */
  order?: InputMaybe<SortOrder>;
  /** Only schools of these types */
  schoolTypes?: InputMaybe<Array<SchoolType>>;
  /** Only schools whose name contains this text, ignoring case (at most 50 characters) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Sort by (default: completionRate, i.e. worst first) */
  sort?: InputMaybe<ComplianceSortField>;
};

/** A compliance rule of the registry (SPEC §4), with its texts in the request’s language */
export type ComplianceRule = {
  __typename?: 'ComplianceRule';
  /** What the rule asks for */
  description: Scalars['String']['output'];
  /** Stable id '<module>.<rule>' (see complianceRules) */
  id: Scalars['ID']['output'];
  /** What the figures (`values`) measure, e.g. 课时 / class-hours */
  measure: Scalars['String']['output'];
  /** How often the rule is due */
  period: PeriodKind;
  /** Section of the seed document, e.g. §二.1 */
  section: Scalars['String']['output'];
  /** Short title */
  title: Scalars['String']['output'];
  /** Weight in a school's score */
  weight: Scalars['Float']['output'];
};

/** What the rows of a comparison are sorted by; ties are broken worst first (lowest rate, most missed, name) */
export type ComplianceSortField =
  /** 需关注（上期未完成、本期进行中优先） / Needs attention (missed last period, then owing this one) */
  | 'attention'
  /** 完成率 / Completion rate */
  | 'completionRate'
  /** 所属区县 / District name */
  | 'districtName'
  /** 已完成期数 / Periods met */
  | 'met'
  /** 未完成期数 / Periods missed */
  | 'missed'
  /** 最近各期状态（最近一期优先） / Recent statuses, latest period first */
  | 'recent'
  /** 学校名称 / School name */
  | 'schoolName'
  /** 学校类型 / School type */
  | 'schoolType';

/** Status of a rule for one period */
export type ComplianceStatus =
  /** 已完成 / Met */
  | 'MET'
  /** 未完成 / Missed */
  | 'MISSED'
  /** 免排 / Exempt */
  | 'NOT_APPLICABLE'
  /** 进行中 / Pending */
  | 'PENDING';

/** Gender */
export type Gender =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** Schools of one district or one school type, summed */
export type GroupAggregate = {
  __typename?: 'GroupAggregate';
  /** met / (met + missed); null when nothing is due yet */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** District id or school type */
  key: Scalars['String']['output'];
  /** Periods met, summed over the schools */
  met: Scalars['Int']['output'];
  /** Periods missed, summed over the schools */
  missed: Scalars['Int']['output'];
  /** Its name, in the request’s language */
  name: Scalars['String']['output'];
  /** Number of schools */
  schools: Scalars['Int']['output'];
};

/** A new session */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The user */
  me: Me;
  /** Bearer token for API clients; browsers use the HttpOnly cookie instead */
  token: Scalars['String']['output'];
};

/** 重大事项 (三重一大): a major matter of a school */
export type MajorMatter = {
  __typename?: 'MajorMatter';
  /** Amount in yuan (a large expenditure) */
  amount: Maybe<Scalars['Float']['output']>;
  /** Category */
  category: MatterCategory;
  /** Guidance comments of the district and the bureau */
  comments: Array<MajorMatterComment>;
  /** The prior communication is dated after the meeting that decided the matter */
  communicatedLate: Scalars['Boolean']['output'];
  /** 会前沟通: when the secretary and the principal communicated; null while not recorded */
  communicatedOn: Maybe<Scalars['LocalDate']['output']>;
  /** What the secretary and the principal agreed */
  communication: Maybe<Scalars['String']['output']>;
  /** The date of the meeting that decided it */
  decidedOn: Maybe<Scalars['LocalDate']['output']>;
  /** The vote that decided it */
  decisionVoteId: Maybe<Scalars['ID']['output']>;
  /** What the matter is */
  description: Maybe<Scalars['String']['output']>;
  /** A violation: recorded as executed before the date it was decided (shown on the dashboards) */
  executedBeforeDecision: Scalars['Boolean']['output'];
  /** When it was executed */
  executedOn: Maybe<Scalars['LocalDate']['output']>;
  /** How it was executed */
  executionNote: Maybe<Scalars['String']['output']>;
  /** The matter */
  id: Scalars['ID']['output'];
  /** The decision, once decided */
  outcome: Maybe<MatterOutcome>;
  /** When it was put on the agenda */
  proposedOn: Maybe<Scalars['LocalDate']['output']>;
  /** The school it belongs to */
  schoolId: Scalars['ID']['output'];
  /** Draft, proposed, decided or executed */
  state: MatterState;
  /** Title */
  title: Scalars['String']['output'];
  /** Last change */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with every change */
  version: Scalars['Int']['output'];
  /** Every vote on it, oldest first (no-quorum votes included) */
  votes: Array<MajorMatterVote>;
};

/** A guidance comment (指导意见) of the district or the bureau on a matter */
export type MajorMatterComment = {
  __typename?: 'MajorMatterComment';
  /** Who wrote it */
  authorName: Scalars['String']['output'];
  /** The organisation that wrote it (district or bureau) */
  authorOrgId: Scalars['ID']['output'];
  /** That organisation's name */
  authorOrgName: Scalars['String']['output'];
  /** The guidance */
  body: Scalars['String']['output'];
  /** When it was written */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The comment */
  id: Scalars['ID']['output'];
};

/** The execution of an approved matter */
export type MajorMatterExecutionInput = {
  /** When it was executed (not after today); before the decision it is flagged as a violation */
  executedOn: Scalars['LocalDate']['input'];
  /** How it was executed, at most 1000 characters */
  executionNote?: InputMaybe<Scalars['String']['input']>;
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

/** A new major matter (a draft) */
export type MajorMatterInput = {
  /** Amount in yuan; required for a large expenditure, at least the bureau's threshold */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Category */
  category: MatterCategory;
  /** 会前沟通: when the secretary and the principal communicated (not after today) */
  communicatedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the secretary and the principal agreed, at most 1000 characters; given with its date */
  communication?: InputMaybe<Scalars['String']['input']>;
  /** What the matter is, at most 2000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The school recording it */
  schoolId: Scalars['ID']['input'];
  /** Title, at most 100 characters */
  title: Scalars['String']['input'];
};

/** One page of MajorMatter rows */
export type MajorMatterPage = {
  __typename?: 'MajorMatterPage';
  /** The rows of this page */
  items: Array<MajorMatter>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** A changed major matter (while a draft or proposed) */
export type MajorMatterUpdateInput = {
  /** Amount in yuan; required for a large expenditure, at least the bureau's threshold */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Category */
  category: MatterCategory;
  /** 会前沟通: when the secretary and the principal communicated (not after today) */
  communicatedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the secretary and the principal agreed, at most 1000 characters; given with its date */
  communication?: InputMaybe<Scalars['String']['input']>;
  /** What the matter is, at most 2000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Title, at most 100 characters */
  title: Scalars['String']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

/** One vote on a major matter at a Party meeting */
export type MajorMatterVote = {
  __typename?: 'MajorMatterVote';
  /** Abstentions */
  abstentions: Scalars['Int']['output'];
  /** When it was recorded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The meeting deferred the matter */
  deferred: Scalars['Boolean']['output'];
  /** The date the meeting was held */
  heldOn: Scalars['LocalDate']['output'];
  /** The vote */
  id: Scalars['ID']['output'];
  /** The meeting (支委会 or 支部党员大会) it was taken at */
  meetingId: Scalars['ID']['output'];
  /** The meeting's topic */
  meetingTopic: Scalars['String']['output'];
  /** 应到会: Party members expected, from the meeting's attendance */
  memberExpected: Scalars['Int']['output'];
  /** Party members present */
  memberPresent: Scalars['Int']['output'];
  /** Whether enough members were present for the matter */
  quorumMet: Scalars['Boolean']['output'];
  /** Approved, rejected, deferred, or no quorum */
  result: MatterVoteResult;
  /** Votes against */
  votesAgainst: Scalars['Int']['output'];
  /** Votes in favour */
  votesFor: Scalars['Int']['output'];
  /** Full members present: the most ballots there can be */
  votingPresent: Scalars['Int']['output'];
};

/** A vote on a proposed (or deferred) matter at a Party meeting */
export type MajorMatterVoteInput = {
  /** Abstentions */
  abstentions: Scalars['Int']['input'];
  /** The meeting deferred the matter (暂缓) */
  deferred?: Scalars['Boolean']['input'];
  /** A held 支委会 or 支部党员大会 of the same school */
  meetingId: Scalars['ID']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
  /** Votes against */
  votesAgainst: Scalars['Int']['input'];
  /** Votes in favour */
  votesFor: Scalars['Int']['input'];
};

/** Category of major matter (三重一大) */
export type MatterCategory =
  /** 评优评先 / Awards and selections */
  | 'AWARDS_SELECTION'
  /** 干部任免 / Cadre appointment and removal */
  | 'CADRE_APPOINTMENT'
  /** 基建项目 / Construction project */
  | 'CONSTRUCTION_PROJECT'
  /** 发展规划 / Development plan */
  | 'DEVELOPMENT_PLAN'
  /** 大额经费支出 / Large expenditure */
  | 'LARGE_EXPENDITURE'
  /** 人事及职称 / Personnel and professional titles */
  | 'PERSONNEL_TITLES'
  /** 奖惩 / Rewards and penalties */
  | 'REWARDS_PENALTIES';

/** What the meeting decided on a major matter */
export type MatterOutcome =
  /** 通过 / Approved */
  | 'APPROVED'
  /** 暂缓 / Deferred */
  | 'DEFERRED'
  /** 未通过 / Rejected */
  | 'REJECTED';

/** Where a major matter is: draft, on the agenda, decided, executed */
export type MatterState =
  /** 已决策 / Decided */
  | 'DECIDED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 已执行 / Executed */
  | 'EXECUTED'
  /** 已提交会议 / Proposed */
  | 'PROPOSED';

/** The result of one vote: a decision, or no quorum (the matter stays proposed) */
export type MatterVoteResult =
  /** 通过 / Approved */
  | 'APPROVED'
  /** 暂缓 / Deferred */
  | 'DEFERRED'
  /** 未达到法定人数 / No quorum */
  | 'NO_QUORUM'
  /** 未通过 / Rejected */
  | 'REJECTED';

/** The logged-in user */
export type Me = {
  __typename?: 'Me';
  /** Name shown in the header */
  displayName: Scalars['String']['output'];
  /** The person record of the user, if any */
  personId: Maybe<Scalars['ID']['output']>;
  /** Roles, each at one organisation */
  roles: Array<RoleAssignmentType>;
  /** The bureau's rule settings (the bureau's own values over the defaults) */
  settings: Array<Setting>;
  /** Today's date in the bureau's time zone, which decides whether a month is over */
  today: Scalars['LocalDate']['output'];
  /** The user */
  userId: Scalars['ID']['output'];
  /** Login name */
  username: Scalars['String']['output'];
};

/** 三会一课: a Party meeting of a school, planned or held */
export type Meeting = {
  __typename?: 'Meeting';
  /** 缺席: people absent */
  absentCount: Scalars['Int']['output'];
  /** Attached files (minutes, sign-in sheet, photos) */
  attachments: Array<MeetingAttachment>;
  /** Everyone expected, present, on leave or absent */
  attendance: Array<MeetingAttendance>;
  /** Class-hours, when it counts as the political-theory class */
  classHours: Maybe<Scalars['Float']['output']>;
  /** Whether the kind is concentrated education (members' meeting, Party lecture, themed Party day) */
  concentratedEducation: Scalars['Boolean']['output'];
  /** What was discussed */
  content: Maybe<Scalars['String']['output']>;
  /** Also the month's political-theory class (enter once): it counts for the monthly class rule */
  countsAsTheoryClass: Scalars['Boolean']['output'];
  /** 应到: people expected */
  expectedCount: Scalars['Int']['output'];
  /** 实际召开日期: when it was held; null while not held */
  heldOn: Maybe<Scalars['LocalDate']['output']>;
  /** 主持人: the person who chaired it */
  hostId: Maybe<Scalars['ID']['output']>;
  /** The chair's name */
  hostName: Maybe<Scalars['String']['output']>;
  /** The meeting */
  id: Scalars['ID']['output'];
  /** 思想政治工作内容: the ideological-work agenda item (every concentrated-education meeting has one) */
  ideologicalWork: Maybe<Scalars['String']['output']>;
  /** Kind of meeting */
  kind: MeetingKind;
  /** 请假: people on leave */
  leaveCount: Scalars['Int']['output'];
  /** Party members (full and probationary) expected: the base of the quorum */
  memberExpectedCount: Scalars['Int']['output'];
  /** Party members present */
  memberPresentCount: Scalars['Int']['output'];
  /** The Party group (党小组) of a Party group meeting */
  partyGroup: Maybe<Scalars['String']['output']>;
  /** Where */
  place: Maybe<Scalars['String']['output']>;
  /** 计划日期: when it was planned */
  plannedOn: Scalars['LocalDate']['output'];
  /** 实到: people present */
  presentCount: Scalars['Int']['output'];
  /** For a held members' meeting: whether more than half of the members expected were present; null otherwise */
  quorumMet: Maybe<Scalars['Boolean']['output']>;
  /** 记录人: the person who took the minutes */
  recorderId: Maybe<Scalars['ID']['output']>;
  /** The recorder's name */
  recorderName: Maybe<Scalars['String']['output']>;
  /** 会议决议: what was resolved */
  resolutions: Maybe<Scalars['String']['output']>;
  /** The school that holds it */
  schoolId: Scalars['ID']['output'];
  /** Planned, or held (once it has a date it was held on) */
  state: MeetingState;
  /** Topic */
  topic: Scalars['String']['output'];
  /** Last change */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with an update */
  version: Scalars['Int']['output'];
  /** Full members present: those who vote (probationary members do not) */
  votingPresentCount: Scalars['Int']['output'];
};

/** A file attached to a meeting (its content is read with meetingAttachment) */
export type MeetingAttachment = {
  __typename?: 'MeetingAttachment';
  /** application/pdf, image/jpeg or image/png, from the content */
  contentType: Scalars['String']['output'];
  /** When it was uploaded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The name it was uploaded with (shown only; the type comes from the content) */
  fileName: Scalars['String']['output'];
  /** The file */
  id: Scalars['ID']['output'];
  /** Minutes, sign-in sheet, photo or other */
  kind: MeetingAttachmentKind;
  /** The meeting it is attached to */
  meetingId: Scalars['ID']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  /** Size in bytes */
  sizeBytes: Scalars['Int']['output'];
};

/** A file attached to a meeting, with its content */
export type MeetingAttachmentFile = {
  __typename?: 'MeetingAttachmentFile';
  /** The content, base64-encoded */
  contentBase64: Scalars['String']['output'];
  /** application/pdf, image/jpeg or image/png, from the content */
  contentType: Scalars['String']['output'];
  /** When it was uploaded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The name it was uploaded with (shown only; the type comes from the content) */
  fileName: Scalars['String']['output'];
  /** The file */
  id: Scalars['ID']['output'];
  /** Minutes, sign-in sheet, photo or other */
  kind: MeetingAttachmentKind;
  /** The meeting it is attached to */
  meetingId: Scalars['ID']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  /** Size in bytes */
  sizeBytes: Scalars['Int']['output'];
};

/** A file to attach to a meeting */
export type MeetingAttachmentInput = {
  /** The content, base64-encoded: a PDF, JPEG or PNG (judged by the content) of at most 720 KB */
  contentBase64: Scalars['String']['input'];
  /** The file name, at most 100 characters (shown only) */
  fileName: Scalars['String']['input'];
  /** Minutes, sign-in sheet, photo or other */
  kind: MeetingAttachmentKind;
};

/** What a file attached to a meeting is */
export type MeetingAttachmentKind =
  /** 会议记录 / Minutes */
  | 'MINUTES'
  /** 其他材料 / Other */
  | 'OTHER'
  /** 现场照片 / Photo */
  | 'PHOTO'
  /** 签到表 / Sign-in sheet */
  | 'SIGN_IN_SHEET';

/** One expected person's attendance at a meeting (the same shape as a class's attendance) */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** Why on leave: shown to the school itself and the person only, null for everyone else */
  leaveReason: Maybe<Scalars['String']['output']>;
  /** Party status when the attendance was recorded: full members vote, probationary members do not */
  partyStatus: PartyStatus;
  /** The person */
  personId: Scalars['ID']['output'];
  /** The person's name */
  personName: Scalars['String']['output'];
  /** Present, on leave or absent */
  status: MeetingAttendanceStatus;
};

/** One expected person's attendance (the same shape as a class's, with absent) */
export type MeetingAttendanceInput = {
  /** Required when on leave, at most 200 characters */
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  /** A person of the school */
  personId: Scalars['ID']['input'];
  /** Present, on leave or absent */
  status: MeetingAttendanceStatus;
};

/** One expected person's attendance at a meeting */
export type MeetingAttendanceStatus =
  /** 缺席 / Absent */
  | 'ABSENT'
  /** 请假 / On leave */
  | 'LEAVE'
  /** 实到 / Present */
  | 'PRESENT';

/** A new meeting */
export type MeetingInput = {
  /** Everyone expected (not before the meeting is held): present, on leave or absent */
  attendance?: Array<MeetingAttendanceInput>;
  /** Its class-hours (0.5–8 in steps of 0.5), when it counts as the class */
  classHours?: InputMaybe<Scalars['Float']['input']>;
  /** What was discussed, at most 2000 characters */
  content?: InputMaybe<Scalars['String']['input']>;
  /** A Party lecture or themed Party day that is also the month's political-theory class */
  countsAsTheoryClass?: Scalars['Boolean']['input'];
  /** When it was held (not after today); empty while not held */
  heldOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who chaired it: a person of the school */
  hostId?: InputMaybe<Scalars['ID']['input']>;
  /** The ideological-work agenda item, at most 500 characters */
  ideologicalWork?: InputMaybe<Scalars['String']['input']>;
  /** Kind of meeting */
  kind: MeetingKind;
  /** The Party group, required for a Party group meeting */
  partyGroup?: InputMaybe<Scalars['String']['input']>;
  /** Where, at most 100 characters */
  place?: InputMaybe<Scalars['String']['input']>;
  /** When it is planned; defaults to the date it was held */
  plannedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who took the minutes: a person of the school */
  recorderId?: InputMaybe<Scalars['ID']['input']>;
  /** What was resolved, at most 2000 characters */
  resolutions?: InputMaybe<Scalars['String']['input']>;
  /** The school recording it */
  schoolId: Scalars['ID']['input'];
  /** Topic, at most 100 characters */
  topic: Scalars['String']['input'];
};

/** Kind of Party meeting (三会一课) */
export type MeetingKind =
  /** 支委会 / Branch committee meeting */
  | 'BRANCH_COMMITTEE'
  /** 支部党员大会 / Members' meeting */
  | 'MEMBERS_MEETING'
  /** 党小组会 / Party group meeting */
  | 'PARTY_GROUP'
  /** 党课 / Party lecture */
  | 'PARTY_LECTURE'
  /** 主题党日 / Themed Party day */
  | 'THEMED_PARTY_DAY';

/** One page of Meeting rows */
export type MeetingPage = {
  __typename?: 'MeetingPage';
  /** The rows of this page */
  items: Array<Meeting>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** Whether a meeting has been held */
export type MeetingState =
  /** 已召开 / Held */
  | 'HELD'
  /** 计划中 / Planned */
  | 'PLANNED';

/** A changed meeting */
export type MeetingUpdateInput = {
  /** Everyone expected (not before the meeting is held): present, on leave or absent */
  attendance?: Array<MeetingAttendanceInput>;
  /** Its class-hours (0.5–8 in steps of 0.5), when it counts as the class */
  classHours?: InputMaybe<Scalars['Float']['input']>;
  /** What was discussed, at most 2000 characters */
  content?: InputMaybe<Scalars['String']['input']>;
  /** A Party lecture or themed Party day that is also the month's political-theory class */
  countsAsTheoryClass?: Scalars['Boolean']['input'];
  /** When it was held (not after today); empty while not held */
  heldOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who chaired it: a person of the school */
  hostId?: InputMaybe<Scalars['ID']['input']>;
  /** The ideological-work agenda item, at most 500 characters */
  ideologicalWork?: InputMaybe<Scalars['String']['input']>;
  /** Kind of meeting */
  kind: MeetingKind;
  /** The Party group, required for a Party group meeting */
  partyGroup?: InputMaybe<Scalars['String']['input']>;
  /** Where, at most 100 characters */
  place?: InputMaybe<Scalars['String']['input']>;
  /** When it is planned; defaults to the date it was held */
  plannedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who took the minutes: a person of the school */
  recorderId?: InputMaybe<Scalars['ID']['input']>;
  /** What was resolved, at most 2000 characters */
  resolutions?: InputMaybe<Scalars['String']['input']>;
  /** Topic, at most 100 characters */
  topic: Scalars['String']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 指导意见: the district or the bureau adds a guidance comment to a school's matter (a service object: the matter itself is not changed) */
  addMajorMatterComment: MajorMatterComment;
  /** Attach a file to a meeting: a PDF, JPEG or PNG judged by its content, of at most 720 KB, at most 10 a meeting (school secretary or clerk). Send an Idempotency-Key header to retry safely. */
  addMeetingAttachment: MeetingAttachment;
  /** Commit a staged import, all or nothing: with any problem nothing is saved and every problem is listed by row; otherwise people are added or updated by staff number (re-importing the same file changes nothing). */
  commitPeopleImport: PersonImportResult;
  /** Record a major matter as a draft (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result. */
  createMajorMatter: MajorMatter;
  /** Record a meeting, planned or held, with its attendance (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result. */
  createMeeting: Meeting;
  /** Add a person to the school (school secretary or clerk). Send an Idempotency-Key header to retry safely. */
  createPerson: Person;
  /** Record a class and its attendance (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result. */
  createTheoryClass: TheoryClass;
  /** Delete a draft matter (only a draft); returns its id */
  deleteMajorMatter: Scalars['ID']['output'];
  /** Delete a meeting with its attendance and attached files; returns its id */
  deleteMeeting: Scalars['ID']['output'];
  /** Remove a file from a meeting; returns its id */
  deleteMeetingAttachment: Scalars['ID']['output'];
  /** Delete a class and its attendance; returns its id */
  deleteTheoryClass: Scalars['ID']['output'];
  /** 执行: record the execution of an approved matter (DECIDED → EXECUTED); an undecided or rejected matter is CONFLICT; executed before its decision date it is flagged as a violation */
  executeMajorMatter: MajorMatter;
  /** Record that a person left the school; the record and its history stay */
  leavePerson: Person;
  /** Password login; also sets the HttpOnly session cookie */
  login: LoginResult;
  /** Ends the current session */
  logout: Scalars['Boolean']['output'];
  /** 提交会议: put a draft on the agenda (DRAFT → PROPOSED); refused (CONFLICT) until the prior communication is recorded */
  proposeMajorMatter: MajorMatter;
  /** Stage one chunk (at most 500 rows) of an Excel import; nothing is saved until commitPeopleImport. Returns the rows staged. */
  stagePeopleImport: Scalars['Int']['output'];
  /** Transfer a person to another school of the same bureau (refused for any other target); both schools keep a history row. Returns the person id. */
  transferPerson: Scalars['ID']['output'];
  /** Change some of the bureau's rule settings (bureau admins); its dashboards are recomputed at once */
  updateBureauSettings: Array<Setting>;
  /** Change a draft or proposed matter, including its prior communication (optimistic lock by version: a stale version is CONFLICT) */
  updateMajorMatter: MajorMatter;
  /** Change a meeting and replace its attendance (school secretary or clerk; optimistic lock by version: a stale version is CONFLICT) */
  updateMeeting: Meeting;
  /** Change a person (optimistic lock by version) */
  updatePerson: Person;
  /** Change a class and replace its attendance (school secretary or clerk; optimistic lock by version) */
  updateTheoryClass: TheoryClass;
  /** 表决: record the vote at a held branch committee or members' meeting of the school. Counts come from the meeting's attendance; without quorum the vote is recorded as such and the matter stays PROPOSED */
  voteOnMajorMatter: MajorMatter;
};


export type MutationAddMajorMatterCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAddMeetingAttachmentArgs = {
  input: MeetingAttachmentInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationCommitPeopleImportArgs = {
  importId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
};


export type MutationCreateMajorMatterArgs = {
  input: MajorMatterInput;
};


export type MutationCreateMeetingArgs = {
  input: MeetingInput;
};


export type MutationCreatePersonArgs = {
  input: PersonInput;
};


export type MutationCreateTheoryClassArgs = {
  input: TheoryClassInput;
};


export type MutationDeleteMajorMatterArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMeetingAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTheoryClassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExecuteMajorMatterArgs = {
  id: Scalars['ID']['input'];
  input: MajorMatterExecutionInput;
};


export type MutationLeavePersonArgs = {
  id: Scalars['ID']['input'];
  leftOn: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationProposeMajorMatterArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStagePeopleImportArgs = {
  input: PersonImportChunkInput;
};


export type MutationTransferPersonArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  onDate: Scalars['LocalDate']['input'];
  toSchoolId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateBureauSettingsArgs = {
  values: Array<SettingInput>;
};


export type MutationUpdateMajorMatterArgs = {
  id: Scalars['ID']['input'];
  input: MajorMatterUpdateInput;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: MeetingUpdateInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: PersonUpdateInput;
};


export type MutationUpdateTheoryClassArgs = {
  id: Scalars['ID']['input'];
  input: TheoryClassUpdateInput;
};


export type MutationVoteOnMajorMatterArgs = {
  id: Scalars['ID']['input'];
  input: MajorMatterVoteInput;
};

/** Level of an organisation */
export type OrgLevel =
  /** 教育局党委 / Bureau */
  | 'BUREAU'
  /** 区县教育党工委 / District */
  | 'DISTRICT'
  /** 学校党组织 / School */
  | 'SCHOOL';

/** 教育局党委 / 区县教育党工委 / 学校党组织: an organisation of the three levels, with its ancestry */
export type Organisation = {
  __typename?: 'Organisation';
  /** Its bureau (itself for a bureau) */
  bureauId: Scalars['ID']['output'];
  /** Its district (itself for a district); null for a bureau */
  districtId: Maybe<Scalars['ID']['output']>;
  /** The organisation */
  id: Scalars['ID']['output'];
  /** Bureau, district or school */
  level: OrgLevel;
  /** Its name */
  name: Scalars['String']['output'];
  /** The organisation directly above; null for a bureau */
  parentId: Maybe<Scalars['ID']['output']>;
  /** Itself for a school; null above */
  schoolId: Maybe<Scalars['ID']['output']>;
  /** Type of school; null above the school */
  schoolType: Maybe<SchoolType>;
};

/** Party post held part-time */
export type PartyPost =
  /** 支委 / Committee member */
  | 'COMMITTEE_MEMBER'
  /** 副书记 / Deputy secretary */
  | 'DEPUTY_SECRETARY'
  /** 纪检委员 / Discipline committee member */
  | 'DISCIPLINE_COMMITTEE'
  /** 党小组长 / Party group leader */
  | 'GROUP_LEADER'
  /** 组织委员 / Organisation committee member */
  | 'ORGANISATION_COMMITTEE'
  /** 党务干事 / Party affairs officer */
  | 'PARTY_AFFAIRS_OFFICER'
  /** 宣传委员 / Propaganda committee member */
  | 'PROPAGANDA_COMMITTEE'
  /** 书记 / Secretary */
  | 'SECRETARY';

/** Party membership */
export type PartyStatus =
  /** 正式党员 / Full member */
  | 'FULL'
  /** 非党员 / Non-member */
  | 'NONE'
  /** 预备党员 / Probationary member */
  | 'PROBATIONARY';

/** How many schools stand where in one period */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** Schools that met the rule in the period */
  met: Scalars['Int']['output'];
  /** Schools that missed it (due and not met) */
  missed: Scalars['Int']['output'];
  /** Schools exempt (e.g. a holiday month) */
  notApplicable: Scalars['Int']['output'];
  /** Schools for which it is still open */
  pending: Scalars['Int']['output'];
  /** The period key */
  period: Scalars['String']['output'];
};

/** How often a rule is due */
export type PeriodKind =
  /** 每项 / Each event */
  | 'EVENT'
  /** 每月 / Monthly */
  | 'MONTH'
  /** 每季度 / Quarterly */
  | 'QUARTER'
  /** 每学期 / Each term */
  | 'TERM'
  /** 每年 / Yearly */
  | 'YEAR';

/** One rule for one school and period */
export type PeriodResult = {
  __typename?: 'PeriodResult';
  /** Last day the period can be met */
  dueOn: Scalars['LocalDate']['output'];
  /** The period key */
  period: Scalars['String']['output'];
  /** The rule's explanation, e.g. what is still due and by when */
  reason: Scalars['String']['output'];
  /** Records counted (e.g. classes held) */
  records: Scalars['Int']['output'];
  /** Today's status */
  status: ComplianceStatus;
  /** The rule's measure (e.g. class-hours held) */
  value: Scalars['Float']['output'];
};

/** 党员/教职工: a member or staff of a school */
export type Person = {
  __typename?: 'Person';
  /** Teacher, staff or retired */
  category: StaffCategory;
  /** Expected full-membership date (probationary members) */
  fullMemberOn: Maybe<Scalars['LocalDate']['output']>;
  /** Gender */
  gender: Gender;
  /** The person */
  id: Scalars['ID']['output'];
  /** ID number: masked (1101**********1234) unless the viewer is the school itself or the person */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Date of joining the Party (members) */
  joinedOn: Maybe<Scalars['LocalDate']['output']>;
  /** Why the person left */
  leaveReason: Maybe<Scalars['String']['output']>;
  /** When the person left the school; null while there */
  leftOn: Maybe<Scalars['LocalDate']['output']>;
  /** Name (visible at every level) */
  name: Scalars['String']['output'];
  /** 党小组: the Party group (members) */
  partyGroup: Maybe<Scalars['String']['output']>;
  /** Party post held, if any */
  partyPost: Maybe<PartyPost>;
  /** Full, probationary or not a member */
  partyStatus: PartyStatus;
  /** Masked (138****1234) unless the viewer is the school itself or the person */
  phone: Maybe<Scalars['String']['output']>;
  /** Their school */
  schoolId: Scalars['ID']['output'];
  /** 工号: staff number, unique at the school (the key of an Excel import) */
  staffNo: Scalars['String']['output'];
  /** Last change */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with an update */
  version: Scalars['Int']['output'];
};

/** A field of a person (a column of the roster sheet) */
export type PersonField =
  /** 人员类别 / Category */
  | 'category'
  /** 预计转正日期 / Full member on */
  | 'fullMemberOn'
  /** 性别 / Gender */
  | 'gender'
  /** 身份证号 / ID number */
  | 'idNumber'
  /** 入党日期 / Joined on */
  | 'joinedOn'
  /** 姓名 / Name */
  | 'name'
  /** 党小组 / Party group */
  | 'partyGroup'
  /** 党内职务 / Party post */
  | 'partyPost'
  /** 政治面貌 / Party status */
  | 'partyStatus'
  /** 联系电话 / Phone */
  | 'phone'
  /** 工号 / Staff no. */
  | 'staffNo';

/** One chunk of an import being staged (at most 500 rows) */
export type PersonImportChunkInput = {
  /** The chunk number, from 0; sending a chunk again replaces it */
  chunk: Scalars['Int']['input'];
  /** The import: a new UUID chosen by the client, the same for every chunk */
  importId: Scalars['ID']['input'];
  /** The rows of this chunk */
  rows: Array<PersonImportRowInput>;
  /** The school importing */
  schoolId: Scalars['ID']['input'];
};

/** A problem in one row of an import */
export type PersonImportProblem = {
  __typename?: 'PersonImportProblem';
  /** The column, if the problem is one cell */
  field: Maybe<PersonField>;
  /** The reason in the request's language */
  message: Scalars['String']['output'];
  /** Stable reason code (translated by the client with the shared catalogue) */
  reason: Scalars['String']['output'];
  /** Row number in the sheet (1 is the header) */
  row: Scalars['Int']['output'];
};

/** What an import did */
export type PersonImportResult = {
  __typename?: 'PersonImportResult';
  /** Whether the rows were saved; false when any row has a problem (nothing saved) */
  committed: Scalars['Boolean']['output'];
  /** People added */
  created: Scalars['Int']['output'];
  /** Problems found in all (at most 1,000 are listed) */
  problemCount: Scalars['Int']['output'];
  /** The problems, by row */
  problems: Array<PersonImportProblem>;
  /** Rows in the import */
  rows: Scalars['Int']['output'];
  /** People already exactly as in the file */
  unchanged: Scalars['Int']['output'];
  /** People changed (matched by staff number) */
  updated: Scalars['Int']['output'];
};

/** One row of an import: the sheet row number and the person */
export type PersonImportRowInput = {
  /** Teacher, staff or retired */
  category: StaffCategory;
  /** Expected full-membership date (required for probationary members) */
  fullMemberOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Gender */
  gender: Gender;
  /** ID number (18 characters, with check digit) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Date of joining (required for probationary members) */
  joinedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Name, at most 50 characters */
  name: Scalars['String']['input'];
  /** Party group, at most 30 characters (members only) */
  partyGroup?: InputMaybe<Scalars['String']['input']>;
  /** Party post (members only) */
  partyPost?: InputMaybe<PartyPost>;
  /** Full, probationary or not a member */
  partyStatus: PartyStatus;
  /** Phone number, 7 to 20 digits */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Row number in the sheet (for the error report) */
  row: Scalars['Int']['input'];
  /** Staff number: letters, digits, - and _, at most 32 */
  staffNo: Scalars['String']['input'];
};

/** A new person */
export type PersonInput = {
  /** Teacher, staff or retired */
  category: StaffCategory;
  /** Expected full-membership date (required for probationary members) */
  fullMemberOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Gender */
  gender: Gender;
  /** ID number (18 characters, with check digit) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Date of joining (required for probationary members) */
  joinedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Name, at most 50 characters */
  name: Scalars['String']['input'];
  /** Party group, at most 30 characters (members only) */
  partyGroup?: InputMaybe<Scalars['String']['input']>;
  /** Party post (members only) */
  partyPost?: InputMaybe<PartyPost>;
  /** Full, probationary or not a member */
  partyStatus: PartyStatus;
  /** Phone number, 7 to 20 digits */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The school */
  schoolId: Scalars['ID']['input'];
  /** Staff number: letters, digits, - and _, at most 32 */
  staffNo: Scalars['String']['input'];
};

/** One page of Person rows */
export type PersonPage = {
  __typename?: 'PersonPage';
  /** The rows of this page */
  items: Array<Person>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** A transfer in a school's history */
export type PersonTransfer = {
  __typename?: 'PersonTransfer';
  /** Out of this school or into it */
  direction: TransferDirection;
  /** The history row */
  id: Scalars['ID']['output'];
  /** Note */
  note: Maybe<Scalars['String']['output']>;
  /** Date of the transfer */
  onDate: Scalars['LocalDate']['output'];
  /** The other school's name, as recorded at the transfer */
  otherSchoolName: Scalars['String']['output'];
  /** The person's name, as recorded at the transfer */
  personName: Scalars['String']['output'];
};

/** One page of PersonTransfer rows */
export type PersonTransferPage = {
  __typename?: 'PersonTransferPage';
  /** The rows of this page */
  items: Array<PersonTransfer>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** A changed person */
export type PersonUpdateInput = {
  /** Teacher, staff or retired */
  category: StaffCategory;
  /** Expected full-membership date (required for probationary members) */
  fullMemberOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Gender */
  gender: Gender;
  /** ID number (18 characters, with check digit) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Date of joining (required for probationary members) */
  joinedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Name, at most 50 characters */
  name: Scalars['String']['input'];
  /** Party group, at most 30 characters (members only) */
  partyGroup?: InputMaybe<Scalars['String']['input']>;
  /** Party post (members only) */
  partyPost?: InputMaybe<PartyPost>;
  /** Full, probationary or not a member */
  partyStatus: PartyStatus;
  /** Phone number, 7 to 20 digits */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Staff number: letters, digits, - and _, at most 32 */
  staffNo: Scalars['String']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The audit trail of an organisation and everything below it, newest first (bureau admin, district admin, school secretary) */
  audit: AuditEntryPage;
  /** Every school under a district or bureau × the periods of each rule (default: all rules, 12 months) */
  compliance: ComplianceReport;
  /** Every compliance rule, in the order of the registry */
  complianceRules: Array<ComplianceRule>;
  /** Attendance reuse: the people of the school's last held meeting of this kind (of this Party group, for a Party group meeting), to start a new meeting's attendance from; empty when there is none */
  lastMeetingAttendance: Array<MeetingAttendance>;
  /** One major matter with its votes and guidance comments */
  majorMatter: MajorMatter;
  /** A school's major matters (重大事项), newest first (by execution, decision or proposal date) */
  majorMatters: MajorMatterPage;
  /** The logged-in user, or null */
  me: Maybe<Me>;
  /** One meeting with its attendance and attached files */
  meeting: Meeting;
  /** A file attached to a meeting, with its content */
  meetingAttachment: MeetingAttachmentFile;
  /** A school's Party meetings (三会一课), newest first (by the date held, or planned while not held) */
  meetings: MeetingPage;
  /** One organisation the caller can see */
  organisation: Organisation;
  /** Children of an organisation (districts of a bureau, schools of a district) */
  organisations: Array<Organisation>;
  /** A school's members and staff, by name */
  people: PersonPage;
  /** One person */
  person: Person;
  /** The other schools of the school's bureau, by name: where its people can be transferred (at most 50) */
  personTransferTargets: Array<TransferTarget>;
  /** A school's transfers in and out, newest first */
  personTransfers: PersonTransferPage;
  /** 创先争优: the schools under a district or bureau ranked by their annual score (institutions only) */
  schoolRanking: SchoolRanking;
  /** Every rule for one school over one year, with the score */
  schoolScorecard: SchoolScorecard;
  /** One class with its attendance */
  theoryClass: TheoryClass;
  /** A school's political-theory classes, newest first */
  theoryClasses: TheoryClassPage;
};


export type QueryAuditArgs = {
  actorUserId: InputMaybe<Scalars['ID']['input']>;
  entity: InputMaybe<Scalars['String']['input']>;
  entityId: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['LocalDate']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  scopeId: Scalars['ID']['input'];
  to: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryComplianceArgs = {
  from: InputMaybe<Scalars['String']['input']>;
  rows: InputMaybe<ComplianceRowsInput>;
  ruleIds: InputMaybe<Array<Scalars['ID']['input']>>;
  scopeId: Scalars['ID']['input'];
  to: InputMaybe<Scalars['String']['input']>;
};


export type QueryLastMeetingAttendanceArgs = {
  kind: MeetingKind;
  partyGroup: InputMaybe<Scalars['String']['input']>;
  schoolId: Scalars['ID']['input'];
};


export type QueryMajorMatterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMajorMattersArgs = {
  category: InputMaybe<MatterCategory>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
  state: InputMaybe<MatterState>;
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  fromMonth: InputMaybe<Scalars['String']['input']>;
  kind: InputMaybe<MeetingKind>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
  toMonth: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  parentId: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  includeLeft?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  partyMembersOnly?: Scalars['Boolean']['input'];
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonTransferTargetsArgs = {
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonTransfersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
};


export type QuerySchoolRankingArgs = {
  scopeId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySchoolScorecardArgs = {
  schoolId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTheoryClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTheoryClassesArgs = {
  fromMonth: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
  toMonth: InputMaybe<Scalars['String']['input']>;
};

/** A school’s annual score and rank (创先争优) */
export type RankedSchool = {
  __typename?: 'RankedSchool';
  /** The school's district */
  districtId: Scalars['ID']['output'];
  /** The district's name */
  districtName: Scalars['String']['output'];
  /** Rank within its district */
  districtRank: Maybe<Scalars['Int']['output']>;
  /** Periods met over all rules */
  met: Scalars['Int']['output'];
  /** Periods missed over all rules */
  missed: Scalars['Int']['output'];
  /** Rank within the scope (ties share a rank); null if unscored */
  rank: Maybe<Scalars['Int']['output']>;
  /** Completion rate of each rule, in the order of `rules`; null when nothing is due */
  rates: Array<Maybe<Scalars['Float']['output']>>;
  /** The school */
  schoolId: Scalars['ID']['output'];
  /** The school's name */
  schoolName: Scalars['String']['output'];
  /** Type of school */
  schoolType: SchoolType;
  /** Weighted share of rules met, 0–1 */
  score: Maybe<Scalars['Float']['output']>;
};

/** A role, held at one organisation */
export type Role =
  /** 教育局党委管理员 / Bureau administrator */
  | 'BUREAU_ADMIN'
  /** 教育局党委查看员 / Bureau viewer */
  | 'BUREAU_VIEWER'
  /** 区县教育党工委管理员 / District administrator */
  | 'DISTRICT_ADMIN'
  /** 区县教育党工委查看员 / District viewer */
  | 'DISTRICT_VIEWER'
  /** 党员/教职工 / Member / staff */
  | 'MEMBER'
  /** 组织委员/党务干事 / School Party clerk */
  | 'SCHOOL_CLERK'
  /** 学校党组织书记 / School Party secretary */
  | 'SCHOOL_SECRETARY';

/** A role held at one organisation */
export type RoleAssignmentType = {
  __typename?: 'RoleAssignmentType';
  /** Where it is held */
  organisation: Organisation;
  /** The role */
  role: Role;
};

/** Every school under a scope for one rule */
export type RuleComparison = {
  __typename?: 'RuleComparison';
  /** Schools that missed at least one period */
  behindCount: Scalars['Int']['output'];
  /** By district */
  byDistrict: Array<GroupAggregate>;
  /** By type of school */
  bySchoolType: Array<GroupAggregate>;
  /** Over all schools and periods; null when nothing is due */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** The rows asked for (`rows` argument of `compliance`): by default the 50 worst schools */
  page: ComplianceRowPage;
  /** Per period, how many schools met, missed, are pending or exempt */
  periodCounts: Array<PeriodCount>;
  /** The rule's periods in the window: 'YYYY-MM', 'YYYY-1|2' (term) or 'YYYY' */
  periods: Array<Scalars['String']['output']>;
  /** The rule */
  rule: ComplianceRule;
  /** Schools compared (all of the scope) */
  schools: Scalars['Int']['output'];
};

/** 创先争优: schools ranked by annual score */
export type SchoolRanking = {
  __typename?: 'SchoolRanking';
  /** Best first */
  rows: Array<RankedSchool>;
  /** The rules, in the order of each row’s `rates` */
  rules: Array<ComplianceRule>;
  /** The district or bureau */
  scope: Organisation;
  /** The year */
  year: Scalars['Int']['output'];
};

/** Every rule for one school over one year */
export type SchoolScorecard = {
  __typename?: 'SchoolScorecard';
  /** Every rule of the registry */
  rules: Array<ScorecardRule>;
  /** The school */
  school: Organisation;
  /** Weighted share of rules met (SPEC §4), 0–1; null when nothing is due yet */
  score: Maybe<Scalars['Float']['output']>;
  /** Today in the bureau's time zone */
  today: Scalars['LocalDate']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};

/** Type of school */
export type SchoolType =
  /** 初中 / Junior secondary */
  | 'JUNIOR'
  /** 九年一贯制 / Nine-year */
  | 'NINE_YEAR'
  /** 小学 / Primary */
  | 'PRIMARY'
  /** 高中 / Senior secondary */
  | 'SENIOR'
  /** 职业学校 / Vocational */
  | 'VOCATIONAL';

/** One rule on a school scorecard */
export type ScorecardRule = {
  __typename?: 'ScorecardRule';
  /** met / (met + missed); null when nothing is due */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** The period that contains today, if in this year */
  current: Maybe<PeriodResult>;
  /** Periods met */
  met: Scalars['Int']['output'];
  /** Periods missed */
  missed: Scalars['Int']['output'];
  /** Periods still open */
  pending: Scalars['Int']['output'];
  /** The rule's periods of the year */
  periods: Array<PeriodResult>;
  /** The rule */
  rule: ComplianceRule;
};

/** One of the bureau's rule settings (SPEC §3: every numeric rule is a bureau setting with a default) */
export type Setting = {
  __typename?: 'Setting';
  /** The default value */
  default: Scalars['JSON']['output'];
  /** Key '<rule id>.<name>', e.g. '<rule id>.minClassHours' */
  key: Scalars['ID']['output'];
  /** Number or months */
  kind: SettingKind;
  /** Largest number allowed */
  max: Maybe<Scalars['Float']['output']>;
  /** At most this many months */
  maxCount: Maybe<Scalars['Int']['output']>;
  /** Smallest number allowed */
  min: Maybe<Scalars['Float']['output']>;
  /** The rule the setting belongs to */
  ruleId: Scalars['ID']['output'];
  /** Numbers are whole multiples of this */
  step: Maybe<Scalars['Float']['output']>;
  /** Title, in the request’s language */
  title: Scalars['String']['output'];
  /** Unit of a number, in the request’s language */
  unit: Maybe<Scalars['String']['output']>;
  /** The bureau's value (a number, or a list of months) */
  value: Scalars['JSON']['output'];
};

/** A new value for one setting */
export type SettingInput = {
  /** The setting key */
  key: Scalars['ID']['input'];
  /** A number, or a list of months 1–12; null removes the bureau’s own value (back to the default) */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** The shape of a setting value */
export type SettingKind =
  /** 月份 / A list of months 1–12, at most `maxCount` */
  | 'MONTHS'
  /** 数值 / A number within min–max, in steps of `step` */
  | 'NUMBER';

/** Direction of a sort */
export type SortOrder =
  /** 升序 / Ascending */
  | 'ascend'
  /** 降序 / Descending */
  | 'descend';

/** Teacher, staff or retired */
export type StaffCategory =
  /** 退休 / Retired */
  | 'RETIRED'
  /** 职工 / Staff */
  | 'STAFF'
  /** 教师 / Teacher */
  | 'TEACHER';

/** 思想政治课: a political-theory class */
export type TheoryClass = {
  __typename?: 'TheoryClass';
  /** Who was present or on leave */
  attendance: Array<Attendance>;
  /** Members only or all staff */
  audience: Audience;
  /** Class-hours, in steps of 0.5 */
  classHours: Scalars['Float']['output'];
  /** When it was (or will be) held */
  date: Scalars['LocalDate']['output'];
  /** 应到: people expected */
  expectedCount: Scalars['Int']['output'];
  /** The class */
  id: Scalars['ID']['output'];
  /** Kind of class */
  kind: TheoryClassKind;
  /** 请假: people on leave */
  leaveCount: Scalars['Int']['output'];
  /** Who taught it */
  lecturer: Scalars['String']['output'];
  /** 实到: people present */
  presentCount: Scalars['Int']['output'];
  /** The school that held it */
  schoolId: Scalars['ID']['output'];
  /** Topic */
  topic: Scalars['String']['output'];
  /** Last change */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with an update */
  version: Scalars['Int']['output'];
};

/** A new class */
export type TheoryClassInput = {
  /** Who was present or on leave (not for a future class); the rest were absent */
  attendance?: Array<AttendanceInput>;
  /** Members only or all staff */
  audience: Audience;
  /** Class-hours, 0.5–8 in steps of 0.5 */
  classHours: Scalars['Float']['input'];
  /** When it was (or will be) held */
  date: Scalars['LocalDate']['input'];
  /** Defaults to the number of people in the audience at the school */
  expectedCount?: InputMaybe<Scalars['Int']['input']>;
  /** Kind of class */
  kind: TheoryClassKind;
  /** Who taught it, at most 50 characters */
  lecturer: Scalars['String']['input'];
  /** The school recording it */
  schoolId: Scalars['ID']['input'];
  /** Topic, at most 100 characters */
  topic: Scalars['String']['input'];
};

/** Kind of political-theory class */
export type TheoryClassKind =
  /** 形势政策 / Current affairs and policy */
  | 'CURRENT_AFFAIRS'
  /** 理想信念 / Ideals and beliefs */
  | 'IDEALS'
  /** 实践活动 / Practical activity */
  | 'PRACTICE';

/** One page of TheoryClass rows */
export type TheoryClassPage = {
  __typename?: 'TheoryClassPage';
  /** The rows of this page */
  items: Array<TheoryClass>;
  /** Page size asked for */
  limit: Scalars['Int']['output'];
  /** Rows skipped before this page */
  offset: Scalars['Int']['output'];
  /** Rows in all pages */
  total: Scalars['Int']['output'];
};

/** A changed class */
export type TheoryClassUpdateInput = {
  /** Who was present or on leave (not for a future class); the rest were absent */
  attendance?: Array<AttendanceInput>;
  /** Members only or all staff */
  audience: Audience;
  /** Class-hours, 0.5–8 in steps of 0.5 */
  classHours: Scalars['Float']['input'];
  /** When it was (or will be) held */
  date: Scalars['LocalDate']['input'];
  /** Defaults to the number of people in the audience at the school */
  expectedCount?: InputMaybe<Scalars['Int']['input']>;
  /** Kind of class */
  kind: TheoryClassKind;
  /** Who taught it, at most 50 characters */
  lecturer: Scalars['String']['input'];
  /** Topic, at most 100 characters */
  topic: Scalars['String']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

/** Which way a transfer went, seen from the school */
export type TransferDirection =
  /** 调入 / Transferred in */
  | 'IN'
  /** 调出 / Transferred out */
  | 'OUT';

/** A school a person can be transferred to */
export type TransferTarget = {
  __typename?: 'TransferTarget';
  /** Its district's name */
  districtName: Scalars['String']['output'];
  /** The school */
  id: Scalars['ID']['output'];
  /** The school's name */
  name: Scalars['String']['output'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', userId: string, username: string, displayName: string, personId: string | null, today: string, settings: Array<{ __typename?: 'Setting', key: string, ruleId: string, title: string, kind: SettingKind, unit: string | null, value: any, default: any, min: number | null, max: number | null }>, roles: Array<{ __typename?: 'RoleAssignmentType', role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, schoolType: SchoolType | null, bureauId: string, districtId: string | null, schoolId: string | null, parentId: string | null } }> } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', expiresAt: string, me: { __typename?: 'Me', userId: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type OrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, schoolType: SchoolType | null, bureauId: string, districtId: string | null, schoolId: string | null, parentId: string | null } };

export type AuditTrailQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  entity: InputMaybe<Scalars['String']['input']>;
  actorUserId: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['LocalDate']['input']>;
  to: InputMaybe<Scalars['LocalDate']['input']>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type AuditTrailQuery = { __typename?: 'Query', audit: { __typename?: 'AuditEntryPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: AuditAction, actorUserId: string | null, actorName: string | null, orgId: string, orgName: string, entity: string, entityId: string, changes: any }> } };

export type AuditOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditOrganisationQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, bureauId: string, districtId: string | null, schoolId: string | null } };

export type ComplianceRuleFieldsFragment = { __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string, period: PeriodKind, weight: number, measure: string };

export type ComplianceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceRulesQuery = { __typename?: 'Query', complianceRules: Array<{ __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string, period: PeriodKind, weight: number, measure: string }> };

export type ComplianceQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  ruleIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  rows: InputMaybe<ComplianceRowsInput>;
}>;


export type ComplianceQuery = { __typename?: 'Query', compliance: { __typename?: 'ComplianceReport', from: string, to: string, today: string, scope: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, bureauId: string, districtId: string | null, schoolId: string | null }, rules: Array<{ __typename?: 'RuleComparison', periods: Array<string>, schools: number, completionRate: number | null, behindCount: number, rule: { __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string, period: PeriodKind, weight: number, measure: string }, byDistrict: Array<{ __typename?: 'GroupAggregate', key: string, name: string, schools: number, met: number, missed: number, completionRate: number | null }>, bySchoolType: Array<{ __typename?: 'GroupAggregate', key: string, name: string, schools: number, met: number, missed: number, completionRate: number | null }>, periodCounts: Array<{ __typename?: 'PeriodCount', period: string, met: number, missed: number, pending: number, notApplicable: number }>, page: { __typename?: 'ComplianceRowPage', total: number, offset: number, limit: number, met: number, missed: number, completionRate: number | null, items: Array<{ __typename?: 'ComplianceRow', schoolId: string, schoolName: string, districtId: string, districtName: string, schoolType: SchoolType, statuses: Array<ComplianceStatus>, values: Array<number>, met: number, missed: number, pending: number, completionRate: number | null }> } }> } };

export type SchoolRankingQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
}>;


export type SchoolRankingQuery = { __typename?: 'Query', schoolRanking: { __typename?: 'SchoolRanking', year: number, rules: Array<{ __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string, period: PeriodKind, weight: number, measure: string }>, rows: Array<{ __typename?: 'RankedSchool', schoolId: string, schoolName: string, districtId: string, districtName: string, schoolType: SchoolType, rates: Array<number | null>, score: number | null, rank: number | null, districtRank: number | null, met: number, missed: number }> } };

export type MajorMatterFieldsFragment = { __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> };

export type MajorMattersQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
}>;


export type MajorMattersQuery = { __typename?: 'Query', majorMatters: { __typename?: 'MajorMatterPage', total: number, items: Array<{ __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> }> } };

export type DecisionMeetingsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
}>;


export type DecisionMeetingsQuery = { __typename?: 'Query', committee: { __typename?: 'MeetingPage', items: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, topic: string, heldOn: string | null, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number }> }, members: { __typename?: 'MeetingPage', items: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, topic: string, heldOn: string | null, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number }> } };

export type CreateMajorMatterMutationVariables = Exact<{
  input: MajorMatterInput;
}>;


export type CreateMajorMatterMutation = { __typename?: 'Mutation', createMajorMatter: { __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> } };

export type ProposeMajorMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ProposeMajorMatterMutation = { __typename?: 'Mutation', proposeMajorMatter: { __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> } };

export type VoteOnMajorMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MajorMatterVoteInput;
}>;


export type VoteOnMajorMatterMutation = { __typename?: 'Mutation', voteOnMajorMatter: { __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> } };

export type ExecuteMajorMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MajorMatterExecutionInput;
}>;


export type ExecuteMajorMatterMutation = { __typename?: 'Mutation', executeMajorMatter: { __typename?: 'MajorMatter', id: string, schoolId: string, category: MatterCategory, title: string, description: string | null, amount: number | null, communicatedOn: string | null, communication: string | null, state: MatterState, proposedOn: string | null, outcome: MatterOutcome | null, decidedOn: string | null, executedOn: string | null, executionNote: string | null, executedBeforeDecision: boolean, communicatedLate: boolean, version: number, votes: Array<{ __typename?: 'MajorMatterVote', id: string, meetingId: string, meetingTopic: string, heldOn: string, memberExpected: number, memberPresent: number, votingPresent: number, votesFor: number, votesAgainst: number, abstentions: number, quorumMet: boolean, result: MatterVoteResult }>, comments: Array<{ __typename?: 'MajorMatterComment', id: string, authorOrgName: string, body: string, createdAt: string }> } };

export type DeleteMajorMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteMajorMatterMutation = { __typename?: 'Mutation', deleteMajorMatter: string };

export type MeetingFieldsFragment = { __typename?: 'Meeting', id: string, schoolId: string, kind: MeetingKind, state: MeetingState, topic: string, partyGroup: string | null, plannedOn: string, heldOn: string | null, place: string | null, hostId: string | null, hostName: string | null, recorderId: string | null, recorderName: string | null, content: string | null, ideologicalWork: string | null, concentratedEducation: boolean, resolutions: string | null, countsAsTheoryClass: boolean, classHours: number | null, expectedCount: number, presentCount: number, leaveCount: number, absentCount: number, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number, quorumMet: boolean | null, version: number, attendance: Array<{ __typename?: 'MeetingAttendance', personId: string, personName: string, partyStatus: PartyStatus, status: MeetingAttendanceStatus, leaveReason: string | null }>, attachments: Array<{ __typename?: 'MeetingAttachment', id: string, kind: MeetingAttachmentKind, fileName: string, contentType: string, sizeBytes: number }> };

export type MeetingsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  kind: InputMaybe<MeetingKind>;
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
}>;


export type MeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingPage', total: number, items: Array<{ __typename?: 'Meeting', id: string, schoolId: string, kind: MeetingKind, state: MeetingState, topic: string, partyGroup: string | null, plannedOn: string, heldOn: string | null, place: string | null, hostId: string | null, hostName: string | null, recorderId: string | null, recorderName: string | null, content: string | null, ideologicalWork: string | null, concentratedEducation: boolean, resolutions: string | null, countsAsTheoryClass: boolean, classHours: number | null, expectedCount: number, presentCount: number, leaveCount: number, absentCount: number, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number, quorumMet: boolean | null, version: number, attendance: Array<{ __typename?: 'MeetingAttendance', personId: string, personName: string, partyStatus: PartyStatus, status: MeetingAttendanceStatus, leaveReason: string | null }>, attachments: Array<{ __typename?: 'MeetingAttachment', id: string, kind: MeetingAttachmentKind, fileName: string, contentType: string, sizeBytes: number }> }> } };

export type MeetingPeopleQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  partyMembersOnly: InputMaybe<Scalars['Boolean']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeetingPeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonPage', total: number, items: Array<{ __typename?: 'Person', id: string, name: string, partyStatus: PartyStatus, partyPost: PartyPost | null }> } };

export type LastMeetingAttendanceQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  kind: MeetingKind;
  partyGroup: InputMaybe<Scalars['String']['input']>;
}>;


export type LastMeetingAttendanceQuery = { __typename?: 'Query', lastMeetingAttendance: Array<{ __typename?: 'MeetingAttendance', personId: string, personName: string, partyStatus: PartyStatus, status: MeetingAttendanceStatus }> };

export type CreateMeetingMutationVariables = Exact<{
  input: MeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string, schoolId: string, kind: MeetingKind, state: MeetingState, topic: string, partyGroup: string | null, plannedOn: string, heldOn: string | null, place: string | null, hostId: string | null, hostName: string | null, recorderId: string | null, recorderName: string | null, content: string | null, ideologicalWork: string | null, concentratedEducation: boolean, resolutions: string | null, countsAsTheoryClass: boolean, classHours: number | null, expectedCount: number, presentCount: number, leaveCount: number, absentCount: number, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number, quorumMet: boolean | null, version: number, attendance: Array<{ __typename?: 'MeetingAttendance', personId: string, personName: string, partyStatus: PartyStatus, status: MeetingAttendanceStatus, leaveReason: string | null }>, attachments: Array<{ __typename?: 'MeetingAttachment', id: string, kind: MeetingAttachmentKind, fileName: string, contentType: string, sizeBytes: number }> } };

export type UpdateMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MeetingUpdateInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', id: string, schoolId: string, kind: MeetingKind, state: MeetingState, topic: string, partyGroup: string | null, plannedOn: string, heldOn: string | null, place: string | null, hostId: string | null, hostName: string | null, recorderId: string | null, recorderName: string | null, content: string | null, ideologicalWork: string | null, concentratedEducation: boolean, resolutions: string | null, countsAsTheoryClass: boolean, classHours: number | null, expectedCount: number, presentCount: number, leaveCount: number, absentCount: number, memberExpectedCount: number, memberPresentCount: number, votingPresentCount: number, quorumMet: boolean | null, version: number, attendance: Array<{ __typename?: 'MeetingAttendance', personId: string, personName: string, partyStatus: PartyStatus, status: MeetingAttendanceStatus, leaveReason: string | null }>, attachments: Array<{ __typename?: 'MeetingAttachment', id: string, kind: MeetingAttachmentKind, fileName: string, contentType: string, sizeBytes: number }> } };

export type DeleteMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMeetingMutation = { __typename?: 'Mutation', deleteMeeting: string };

export type AddMeetingAttachmentMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: MeetingAttachmentInput;
}>;


export type AddMeetingAttachmentMutation = { __typename?: 'Mutation', addMeetingAttachment: { __typename?: 'MeetingAttachment', id: string, fileName: string, contentType: string, sizeBytes: number } };

export type DeleteMeetingAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMeetingAttachmentMutation = { __typename?: 'Mutation', deleteMeetingAttachment: string };

export type MeetingAttachmentFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingAttachmentFileQuery = { __typename?: 'Query', meetingAttachment: { __typename?: 'MeetingAttachmentFile', id: string, fileName: string, contentType: string, contentBase64: string } };

export type PersonFieldsFragment = { __typename?: 'Person', id: string, schoolId: string, staffNo: string, name: string, gender: Gender, category: StaffCategory, partyStatus: PartyStatus, joinedOn: string | null, fullMemberOn: string | null, partyPost: PartyPost | null, partyGroup: string | null, phone: string | null, idNumber: string | null, leftOn: string | null, leaveReason: string | null, version: number };

export type RosterQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  includeLeft: Scalars['Boolean']['input'];
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type RosterQuery = { __typename?: 'Query', people: { __typename?: 'PersonPage', total: number, items: Array<{ __typename?: 'Person', id: string, schoolId: string, staffNo: string, name: string, gender: Gender, category: StaffCategory, partyStatus: PartyStatus, joinedOn: string | null, fullMemberOn: string | null, partyPost: PartyPost | null, partyGroup: string | null, phone: string | null, idNumber: string | null, leftOn: string | null, leaveReason: string | null, version: number }> } };

export type PersonTransfersQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
}>;


export type PersonTransfersQuery = { __typename?: 'Query', personTransfers: { __typename?: 'PersonTransferPage', total: number, items: Array<{ __typename?: 'PersonTransfer', id: string, personName: string, direction: TransferDirection, otherSchoolName: string, onDate: string, note: string | null }> } };

export type PersonTransferTargetsQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonTransferTargetsQuery = { __typename?: 'Query', personTransferTargets: Array<{ __typename?: 'TransferTarget', id: string, name: string, districtName: string }> };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'Person', id: string, schoolId: string, staffNo: string, name: string, gender: Gender, category: StaffCategory, partyStatus: PartyStatus, joinedOn: string | null, fullMemberOn: string | null, partyPost: PartyPost | null, partyGroup: string | null, phone: string | null, idNumber: string | null, leftOn: string | null, leaveReason: string | null, version: number } };

export type UpdatePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PersonUpdateInput;
}>;


export type UpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Person', id: string, schoolId: string, staffNo: string, name: string, gender: Gender, category: StaffCategory, partyStatus: PartyStatus, joinedOn: string | null, fullMemberOn: string | null, partyPost: PartyPost | null, partyGroup: string | null, phone: string | null, idNumber: string | null, leftOn: string | null, leaveReason: string | null, version: number } };

export type LeavePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  leftOn: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
}>;


export type LeavePersonMutation = { __typename?: 'Mutation', leavePerson: { __typename?: 'Person', id: string, schoolId: string, staffNo: string, name: string, gender: Gender, category: StaffCategory, partyStatus: PartyStatus, joinedOn: string | null, fullMemberOn: string | null, partyPost: PartyPost | null, partyGroup: string | null, phone: string | null, idNumber: string | null, leftOn: string | null, leaveReason: string | null, version: number } };

export type TransferPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  toSchoolId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  onDate: Scalars['LocalDate']['input'];
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type TransferPersonMutation = { __typename?: 'Mutation', transferPerson: string };

export type StagePeopleImportMutationVariables = Exact<{
  input: PersonImportChunkInput;
}>;


export type StagePeopleImportMutation = { __typename?: 'Mutation', stagePeopleImport: number };

export type CommitPeopleImportMutationVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  importId: Scalars['ID']['input'];
}>;


export type CommitPeopleImportMutation = { __typename?: 'Mutation', commitPeopleImport: { __typename?: 'PersonImportResult', committed: boolean, rows: number, created: number, updated: number, unchanged: number, problemCount: number, problems: Array<{ __typename?: 'PersonImportProblem', row: number, field: PersonField | null, reason: string, message: string }> } };

export type SchoolScorecardQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  year: InputMaybe<Scalars['Int']['input']>;
}>;


export type SchoolScorecardQuery = { __typename?: 'Query', schoolScorecard: { __typename?: 'SchoolScorecard', year: number, today: string, score: number | null, rules: Array<{ __typename?: 'ScorecardRule', completionRate: number | null, met: number, missed: number, pending: number, rule: { __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string, period: PeriodKind, weight: number, measure: string }, current: { __typename?: 'PeriodResult', period: string, status: ComplianceStatus, value: number, records: number, reason: string, dueOn: string } | null, periods: Array<{ __typename?: 'PeriodResult', period: string, status: ComplianceStatus, value: number, records: number, reason: string, dueOn: string }> }> } };

export type SettingFieldsFragment = { __typename?: 'Setting', key: string, ruleId: string, title: string, kind: SettingKind, unit: string | null, value: any, default: any, min: number | null, max: number | null, step: number | null, maxCount: number | null };

export type BureauSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BureauSettingsQuery = { __typename?: 'Query', me: { __typename?: 'Me', settings: Array<{ __typename?: 'Setting', key: string, ruleId: string, title: string, kind: SettingKind, unit: string | null, value: any, default: any, min: number | null, max: number | null, step: number | null, maxCount: number | null }> } | null, complianceRules: Array<{ __typename?: 'ComplianceRule', id: string, title: string, description: string, section: string }> };

export type UpdateBureauSettingsMutationVariables = Exact<{
  values: Array<SettingInput> | SettingInput;
}>;


export type UpdateBureauSettingsMutation = { __typename?: 'Mutation', updateBureauSettings: Array<{ __typename?: 'Setting', key: string, ruleId: string, title: string, kind: SettingKind, unit: string | null, value: any, default: any, min: number | null, max: number | null, step: number | null, maxCount: number | null }> };

export type TheoryClassFieldsFragment = { __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> };

export type TheoryClassesQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
}>;


export type TheoryClassesQuery = { __typename?: 'Query', theoryClasses: { __typename?: 'TheoryClassPage', total: number, items: Array<{ __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> }> } };

export type PeopleQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
  partyMembersOnly: InputMaybe<Scalars['Boolean']['input']>;
  limit: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonPage', total: number, items: Array<{ __typename?: 'Person', id: string, name: string, partyStatus: PartyStatus, partyPost: PartyPost | null }> } };

export type CreateTheoryClassMutationVariables = Exact<{
  input: TheoryClassInput;
}>;


export type CreateTheoryClassMutation = { __typename?: 'Mutation', createTheoryClass: { __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> } };

export type UpdateTheoryClassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TheoryClassUpdateInput;
}>;


export type UpdateTheoryClassMutation = { __typename?: 'Mutation', updateTheoryClass: { __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> } };

export type DeleteTheoryClassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTheoryClassMutation = { __typename?: 'Mutation', deleteTheoryClass: string };

export const ComplianceRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<ComplianceRuleFieldsFragment, unknown>;
export const MajorMatterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MajorMatterFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"recorderId"}},{"kind":"Field","name":{"kind":"Name","value":"recorderName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"ideologicalWork"}},{"kind":"Field","name":{"kind":"Name","value":"concentratedEducation"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsTheoryClass"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"absentCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const SettingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Setting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}}]}}]} as unknown as DocumentNode<SettingFieldsFragment, unknown>;
export const TheoryClassFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TheoryClassFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}}]}}]}}]} as unknown as DocumentNode<AuditOrganisationQuery, AuditOrganisationQueryVariables>;
export const ComplianceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<ComplianceRulesQuery, ComplianceRulesQueryVariables>;
export const ComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Compliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRowsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ruleIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"behindCount"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySchoolType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<ComplianceQuery, ComplianceQueryVariables>;
export const SchoolRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"rates"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"districtRank"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]} as unknown as DocumentNode<SchoolRankingQuery, SchoolRankingQueryVariables>;
export const MajorMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MajorMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorMatterFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MajorMattersQuery, MajorMattersQueryVariables>;
export const DecisionMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"committee"},"name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"BRANCH_COMMITTEE"}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"members"},"name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MEMBERS_MEETING"}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionMeetingsQuery, DecisionMeetingsQueryVariables>;
export const CreateMajorMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMajorMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMajorMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorMatterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateMajorMatterMutation, CreateMajorMatterMutationVariables>;
export const ProposeMajorMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMajorMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMajorMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorMatterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProposeMajorMatterMutation, ProposeMajorMatterMutationVariables>;
export const VoteOnMajorMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteOnMajorMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatterVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteOnMajorMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorMatterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VoteOnMajorMatterMutation, VoteOnMajorMatterMutationVariables>;
export const ExecuteMajorMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExecuteMajorMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatterExecutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executeMajorMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorMatterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorMatterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executedOn"}},{"kind":"Field","name":{"kind":"Name","value":"executionNote"}},{"kind":"Field","name":{"kind":"Name","value":"executedBeforeDecision"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedLate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTopic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpected"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExecuteMajorMatterMutation, ExecuteMajorMatterMutationVariables>;
export const DeleteMajorMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMajorMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMajorMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteMajorMatterMutation, DeleteMajorMatterMutationVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"recorderId"}},{"kind":"Field","name":{"kind":"Name","value":"recorderName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"ideologicalWork"}},{"kind":"Field","name":{"kind":"Name","value":"concentratedEducation"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsTheoryClass"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"absentCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyMembersOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPeopleQuery, MeetingPeopleQueryVariables>;
export const LastMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LastMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LastMeetingAttendanceQuery, LastMeetingAttendanceQueryVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"recorderId"}},{"kind":"Field","name":{"kind":"Name","value":"recorderName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"ideologicalWork"}},{"kind":"Field","name":{"kind":"Name","value":"concentratedEducation"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsTheoryClass"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"absentCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"recorderId"}},{"kind":"Field","name":{"kind":"Name","value":"recorderName"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"ideologicalWork"}},{"kind":"Field","name":{"kind":"Name","value":"concentratedEducation"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsTheoryClass"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"absentCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberExpectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"votingPresentCount"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const AddMeetingAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeetingAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeetingAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]} as unknown as DocumentNode<AddMeetingAttachmentMutation, AddMeetingAttachmentMutationVariables>;
export const DeleteMeetingAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeetingAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeetingAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMeetingAttachmentMutation, DeleteMeetingAttachmentMutationVariables>;
export const MeetingAttachmentFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttachmentFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentFileQuery, MeetingAttachmentFileQueryVariables>;
export const RosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeLeft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeLeft"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const PersonTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"otherSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"onDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PersonTransfersQuery, PersonTransfersQueryVariables>;
export const PersonTransferTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTransferTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personTransferTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}}]}}]}}]} as unknown as DocumentNode<PersonTransferTargetsQuery, PersonTransferTargetsQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const LeavePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeavePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"leftOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberOn"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}},{"kind":"Field","name":{"kind":"Name","value":"partyGroup"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LeavePersonMutation, LeavePersonMutationVariables>;
export const TransferPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toSchoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toSchoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toSchoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}]}}]} as unknown as DocumentNode<TransferPersonMutation, TransferPersonMutationVariables>;
export const StagePeopleImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StagePeopleImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonImportChunkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagePeopleImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<StagePeopleImportMutation, StagePeopleImportMutationVariables>;
export const CommitPeopleImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitPeopleImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitPeopleImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CommitPeopleImportMutation, CommitPeopleImportMutationVariables>;
export const SchoolScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolScorecardQuery, SchoolScorecardQueryVariables>;
export const BureauSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Setting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}}]}}]} as unknown as DocumentNode<BureauSettingsQuery, BureauSettingsQueryVariables>;
export const UpdateBureauSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBureauSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBureauSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Setting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"maxCount"}}]}}]} as unknown as DocumentNode<UpdateBureauSettingsMutation, UpdateBureauSettingsMutationVariables>;
export const TheoryClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheoryClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theoryClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TheoryClassesQuery, TheoryClassesQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyMembersOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const CreateTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateTheoryClassMutation, CreateTheoryClassMutationVariables>;
export const UpdateTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClassUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateTheoryClassMutation, UpdateTheoryClassMutationVariables>;
export const DeleteTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTheoryClassMutation, DeleteTheoryClassMutationVariables>;