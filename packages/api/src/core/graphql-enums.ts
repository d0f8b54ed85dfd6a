import {
  ATTENDANCE_STATUSES,
  AUDIENCES,
  COMPLIANCE_STATUSES,
  GENDERS,
  ORG_LEVELS,
  PARTY_POSTS,
  PARTY_STATUSES,
  ROLES,
  SCHOOL_TYPES,
  THEORY_CLASS_KINDS,
} from '@djt/shared';
import { registerEnumType } from 'type-graphql';

/**
 * GraphQL enums built from the shared string-literal unions, so the API, the database checks
 * and the web client share one vocabulary.
 */
function graphqlEnum<T extends string>(name: string, values: readonly T[], description?: string): Record<T, T> {
  const e = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(e, { name, description });
  return e;
}

export const OrgLevelEnum = graphqlEnum('OrgLevel', ORG_LEVELS);
export const SchoolTypeEnum = graphqlEnum('SchoolType', SCHOOL_TYPES, '小学/初中/高中/九年一贯制/职业学校');
export const RoleEnum = graphqlEnum('Role', ROLES);
export const GenderEnum = graphqlEnum('Gender', GENDERS);
export const PartyStatusEnum = graphqlEnum('PartyStatus', PARTY_STATUSES, '正式党员/预备党员/非党员');
export const PartyPostEnum = graphqlEnum('PartyPost', PARTY_POSTS);
export const TheoryClassKindEnum = graphqlEnum('TheoryClassKind', THEORY_CLASS_KINDS, '理想信念/形势政策/实践活动');
export const AudienceEnum = graphqlEnum('Audience', AUDIENCES);
export const AttendanceStatusEnum = graphqlEnum('AttendanceStatus', ATTENDANCE_STATUSES);
export const ComplianceStatusEnum = graphqlEnum('ComplianceStatus', COMPLIANCE_STATUSES);
