import {
  COMPLIANCE_STATUSES,
  GENDERS,
  LABELS,
  ORG_LEVELS,
  PARTY_POSTS,
  PARTY_STATUSES,
  PERIOD_KINDS,
  ROLE_LABELS,
  ROLES,
  SCHOOL_TYPES,
  type Localized,
} from '@djt/shared';
import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum built from a shared string-literal union, so the API, the database checks and
 * the web client share one vocabulary; each value is described by its shared label ("中文 / English").
 * Record modules declare their own enums with this too.
 */
export function graphqlEnum<T extends string>(
  name: string,
  values: readonly T[],
  description: string,
  labels: Record<T, Localized>,
): Record<T, T> {
  const e = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  const valuesConfig = Object.fromEntries(
    values.map((v) => [v, { description: `${labels[v].zh} / ${labels[v].en}` }]),
  ) as Record<T, { description: string }>;
  registerEnumType(e, { name, description, valuesConfig });
  return e;
}

export const OrgLevelEnum = graphqlEnum('OrgLevel', ORG_LEVELS, 'Level of an organisation', LABELS.level);
export const SchoolTypeEnum = graphqlEnum('SchoolType', SCHOOL_TYPES, 'Type of school', LABELS.schoolType);
export const RoleEnum = graphqlEnum('Role', ROLES, 'A role, held at one organisation', ROLE_LABELS);
export const GenderEnum = graphqlEnum('Gender', GENDERS, 'Gender', LABELS.gender);
export const PartyStatusEnum = graphqlEnum('PartyStatus', PARTY_STATUSES, 'Party membership', LABELS.partyStatus);
export const PartyPostEnum = graphqlEnum('PartyPost', PARTY_POSTS, 'Party post held part-time', LABELS.partyPost);
export const ComplianceStatusEnum = graphqlEnum(
  'ComplianceStatus',
  COMPLIANCE_STATUSES,
  'Status of a rule for one period',
  LABELS.complianceStatus,
);
export const PeriodKindEnum = graphqlEnum('PeriodKind', PERIOD_KINDS, 'How often a rule is due', LABELS.periodKind);
