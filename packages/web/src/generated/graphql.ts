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
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type Attendance = {
  __typename?: 'Attendance';
  leaveReason: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  status: AttendanceStatus;
};

export type AttendanceInput = {
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'LEAVE'
  | 'PRESENT';

export type Audience =
  | 'ALL_STAFF'
  | 'MEMBERS';

/** The bureau's rule settings (defaults merged with its own) */
export type BureauSettings = {
  __typename?: 'BureauSettings';
  /** Yuan */
  largeExpenditureThreshold: Scalars['Int']['output'];
  opinionAnswerDays: Scalars['Int']['output'];
  /** 党建月 (1-12) */
  partyBuildingMonth: Scalars['Int']['output'];
  serviceRequestAnswerDays: Scalars['Int']['output'];
  theoryClass: TheoryClassSettings;
};

export type BureauSettingsInput = {
  partyBuildingMonth?: InputMaybe<Scalars['Int']['input']>;
  theoryClass?: InputMaybe<TheoryClassSettingsInput>;
};

export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  classHours: Array<Scalars['Float']['output']>;
  /** met / (met + missed), null when nothing is due yet */
  completionRate: Maybe<Scalars['Float']['output']>;
  districtId: Scalars['ID']['output'];
  districtName: Scalars['String']['output'];
  met: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  schoolId: Scalars['ID']['output'];
  schoolName: Scalars['String']['output'];
  schoolType: SchoolType;
  /** One per month of `months`, same order */
  statuses: Array<ComplianceStatus>;
};

export type ComplianceStatus =
  | 'MET'
  | 'MISSED'
  | 'NOT_APPLICABLE'
  | 'PENDING';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GroupAggregate = {
  __typename?: 'GroupAggregate';
  completionRate: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  met: Scalars['Int']['output'];
  missed: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  schools: Scalars['Int']['output'];
};

export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['DateTimeISO']['output'];
  me: Me;
  /** Bearer token for API clients; browsers use the HttpOnly cookie instead */
  token: Scalars['String']['output'];
};

export type Me = {
  __typename?: 'Me';
  displayName: Scalars['String']['output'];
  personId: Maybe<Scalars['ID']['output']>;
  roles: Array<RoleAssignmentType>;
  /** The bureau's rule settings (defaults merged with the bureau's own) */
  settings: BureauSettings;
  /** Today's date in the bureau's time zone, which decides whether a month is over */
  today: Scalars['LocalDate']['output'];
  userId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type MonthStatus = {
  __typename?: 'MonthStatus';
  classCount: Scalars['Int']['output'];
  classHours: Scalars['Float']['output'];
  month: Scalars['String']['output'];
  /** The rule's explanation, in the request's language */
  reason: Scalars['String']['output'];
  status: ComplianceStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Record a class and its attendance (school secretary or clerk) */
  createTheoryClass: TheoryClass;
  deleteTheoryClass: Scalars['ID']['output'];
  /** Password login; also sets the HttpOnly session cookie */
  login: LoginResult;
  /** Ends the current session */
  logout: Scalars['Boolean']['output'];
  /** Change the bureau's rule settings (bureau admins) */
  updateBureauSettings: BureauSettings;
  updateTheoryClass: TheoryClass;
};


export type MutationCreateTheoryClassArgs = {
  input: TheoryClassInput;
};


export type MutationDeleteTheoryClassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUpdateBureauSettingsArgs = {
  input: BureauSettingsInput;
};


export type MutationUpdateTheoryClassArgs = {
  id: Scalars['ID']['input'];
  input: TheoryClassUpdateInput;
};

export type OrgLevel =
  | 'BUREAU'
  | 'DISTRICT'
  | 'SCHOOL';

export type Organisation = {
  __typename?: 'Organisation';
  bureauId: Scalars['ID']['output'];
  districtId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  level: OrgLevel;
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  schoolId: Maybe<Scalars['ID']['output']>;
  schoolType: Maybe<SchoolType>;
};

export type PartyPost =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'DISCIPLINE_COMMITTEE'
  | 'GROUP_LEADER'
  | 'ORGANISATION_COMMITTEE'
  | 'PARTY_AFFAIRS_OFFICER'
  | 'PROPAGANDA_COMMITTEE'
  | 'SECRETARY';

/** 正式党员/预备党员/非党员 */
export type PartyStatus =
  | 'FULL'
  | 'NONE'
  | 'PROBATIONARY';

export type Person = {
  __typename?: 'Person';
  gender: Gender;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partyPost: Maybe<PartyPost>;
  partyStatus: PartyStatus;
  /** Masked (138****1234) unless the viewer is the school itself or the person */
  phone: Maybe<Scalars['String']['output']>;
  schoolId: Scalars['ID']['output'];
};

export type PersonPage = {
  __typename?: 'PersonPage';
  items: Array<Person>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The logged-in user, or null */
  me: Maybe<Me>;
  organisation: Organisation;
  /** Children of an organisation (districts of a bureau, schools of a district) */
  organisations: Array<Organisation>;
  /** A school's members and staff, by name */
  people: PersonPage;
  /** Month-by-month status of one school (default: the 12 months ending this month) */
  schoolTheoryClassMonths: Array<MonthStatus>;
  theoryClass: TheoryClass;
  /** Schools × months for a district or a bureau, with aggregates */
  theoryClassComparison: TheoryClassComparison;
  /** A school's classes, newest first */
  theoryClasses: TheoryClassPage;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  parentId: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  partyMembersOnly?: Scalars['Boolean']['input'];
  schoolId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolTheoryClassMonthsArgs = {
  fromMonth: InputMaybe<Scalars['String']['input']>;
  months?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
};


export type QueryTheoryClassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTheoryClassComparisonArgs = {
  fromMonth: InputMaybe<Scalars['String']['input']>;
  months?: Scalars['Int']['input'];
  scopeId: Scalars['ID']['input'];
};


export type QueryTheoryClassesArgs = {
  fromMonth: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
  toMonth: InputMaybe<Scalars['String']['input']>;
};

export type Role =
  | 'BUREAU_ADMIN'
  | 'BUREAU_VIEWER'
  | 'DISTRICT_ADMIN'
  | 'DISTRICT_VIEWER'
  | 'MEMBER'
  | 'SCHOOL_CLERK'
  | 'SCHOOL_SECRETARY';

export type RoleAssignmentType = {
  __typename?: 'RoleAssignmentType';
  organisation: Organisation;
  role: Role;
};

/** 小学/初中/高中/九年一贯制/职业学校 */
export type SchoolType =
  | 'JUNIOR'
  | 'NINE_YEAR'
  | 'PRIMARY'
  | 'SENIOR'
  | 'VOCATIONAL';

/** 思想政治课: a political-theory class */
export type TheoryClass = {
  __typename?: 'TheoryClass';
  attendance: Array<Attendance>;
  audience: Audience;
  classHours: Scalars['Float']['output'];
  date: Scalars['LocalDate']['output'];
  /** 应到 */
  expectedCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: TheoryClassKind;
  /** 请假 */
  leaveCount: Scalars['Int']['output'];
  lecturer: Scalars['String']['output'];
  /** 实到 */
  presentCount: Scalars['Int']['output'];
  schoolId: Scalars['ID']['output'];
  topic: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type TheoryClassComparison = {
  __typename?: 'TheoryClassComparison';
  byDistrict: Array<GroupAggregate>;
  bySchoolType: Array<GroupAggregate>;
  completionRate: Maybe<Scalars['Float']['output']>;
  months: Array<Scalars['String']['output']>;
  rows: Array<ComparisonRow>;
  scope: Organisation;
};

export type TheoryClassInput = {
  attendance?: Array<AttendanceInput>;
  audience: Audience;
  classHours: Scalars['Float']['input'];
  date: Scalars['LocalDate']['input'];
  /** Defaults to the number of people in the audience at the school */
  expectedCount?: InputMaybe<Scalars['Int']['input']>;
  kind: TheoryClassKind;
  lecturer: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
  topic: Scalars['String']['input'];
};

/** 理想信念/形势政策/实践活动 */
export type TheoryClassKind =
  | 'CURRENT_AFFAIRS'
  | 'IDEALS'
  | 'PRACTICE';

export type TheoryClassPage = {
  __typename?: 'TheoryClassPage';
  items: Array<TheoryClass>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type TheoryClassSettings = {
  __typename?: 'TheoryClassSettings';
  /** Months (1-12) exempt from the rule */
  exemptMonths: Array<Scalars['Int']['output']>;
  /** Minimum class-hours each month */
  minClassHoursPerMonth: Scalars['Float']['output'];
};

export type TheoryClassSettingsInput = {
  exemptMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
  minClassHoursPerMonth?: InputMaybe<Scalars['Float']['input']>;
};

export type TheoryClassUpdateInput = {
  attendance?: Array<AttendanceInput>;
  audience: Audience;
  classHours: Scalars['Float']['input'];
  date: Scalars['LocalDate']['input'];
  /** Defaults to the number of people in the audience at the school */
  expectedCount?: InputMaybe<Scalars['Int']['input']>;
  kind: TheoryClassKind;
  lecturer: Scalars['String']['input'];
  topic: Scalars['String']['input'];
  /** The version read; a stale version is refused with CONFLICT */
  version: Scalars['Int']['input'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', userId: string, username: string, displayName: string, personId: string | null, today: string, settings: { __typename?: 'BureauSettings', theoryClass: { __typename?: 'TheoryClassSettings', minClassHoursPerMonth: number, exemptMonths: Array<number> } }, roles: Array<{ __typename?: 'RoleAssignmentType', role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, schoolType: SchoolType | null, bureauId: string, districtId: string | null, schoolId: string | null, parentId: string | null } }> } | null };

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

export type TheoryClassComparisonQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  fromMonth: InputMaybe<Scalars['String']['input']>;
  months: InputMaybe<Scalars['Int']['input']>;
}>;


export type TheoryClassComparisonQuery = { __typename?: 'Query', theoryClassComparison: { __typename?: 'TheoryClassComparison', months: Array<string>, completionRate: number | null, scope: { __typename?: 'Organisation', id: string, name: string, level: OrgLevel, bureauId: string, districtId: string | null, schoolId: string | null }, rows: Array<{ __typename?: 'ComparisonRow', schoolId: string, schoolName: string, districtId: string, districtName: string, schoolType: SchoolType, statuses: Array<ComplianceStatus>, classHours: Array<number>, met: number, missed: number, completionRate: number | null }>, byDistrict: Array<{ __typename?: 'GroupAggregate', key: string, name: string, schools: number, met: number, missed: number, completionRate: number | null }>, bySchoolType: Array<{ __typename?: 'GroupAggregate', key: string, name: string, schools: number, met: number, missed: number, completionRate: number | null }> } };

export type TheoryClassFieldsFragment = { __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> };

export type SchoolWorkspaceQueryVariables = Exact<{
  schoolId: Scalars['ID']['input'];
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
  months: Scalars['Int']['input'];
}>;


export type SchoolWorkspaceQuery = { __typename?: 'Query', schoolTheoryClassMonths: Array<{ __typename?: 'MonthStatus', month: string, status: ComplianceStatus, classHours: number, classCount: number, reason: string }>, theoryClasses: { __typename?: 'TheoryClassPage', total: number, items: Array<{ __typename?: 'TheoryClass', id: string, schoolId: string, date: string, classHours: number, topic: string, kind: TheoryClassKind, lecturer: string, audience: Audience, expectedCount: number, presentCount: number, leaveCount: number, version: number, attendance: Array<{ __typename?: 'Attendance', personId: string, personName: string, status: AttendanceStatus, leaveReason: string | null }> }> } };

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

export const TheoryClassFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TheoryClassFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theoryClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minClassHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"exemptMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const TheoryClassComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheoryClassComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theoryClassComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySchoolType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]}}]} as unknown as DocumentNode<TheoryClassComparisonQuery, TheoryClassComparisonQueryVariables>;
export const SchoolWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolTheoryClassMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"classCount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theoryClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SchoolWorkspaceQuery, SchoolWorkspaceQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"partyMembersOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyMembersOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"partyPost"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const CreateTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateTheoryClassMutation, CreateTheoryClassMutationVariables>;
export const UpdateTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClassUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TheoryClassFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TheoryClassFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TheoryClass"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"classHours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lecturer"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateTheoryClassMutation, UpdateTheoryClassMutationVariables>;
export const DeleteTheoryClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTheoryClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTheoryClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTheoryClassMutation, DeleteTheoryClassMutationVariables>;