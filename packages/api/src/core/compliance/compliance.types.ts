import {
  LIMITS,
  SORT_FIELDS,
  SORT_LABELS,
  SORT_ORDERS,
  type ComplianceStatus,
  type PeriodKind,
  type SchoolType,
  type SortField,
  type SortOrder,
} from '@djt/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ComplianceStatusEnum, graphqlEnum, PeriodKindEnum, SchoolTypeEnum } from '../graphql-enums';
import { Organisation } from '../organisation/organisation.entity';

@ObjectType('ComplianceRule', {
  simpleResolvers: true,
  description: 'A compliance rule of the registry (SPEC §4), with its texts in the request’s language',
})
export class ComplianceRuleType {
  @Field(() => ID, { description: "Stable id '<module>.<rule>' (see complianceRules)" }) id!: string;
  @Field({ description: 'Short title' }) title!: string;
  @Field({ description: 'What the rule asks for' }) description!: string;
  @Field({ description: 'Section of the seed document, e.g. §二.1' }) section!: string;
  @Field(() => PeriodKindEnum, { description: 'How often the rule is due' }) period!: PeriodKind;
  @Field(() => Float, { description: "Weight in a school's score" }) weight!: number;
  @Field({ description: 'What the figures (`values`) measure, e.g. 课时 / class-hours' }) measure!: string;
}

@ObjectType('ComplianceRow', {
  simpleResolvers: true,
  description: 'One school under one rule over the periods asked for',
})
export class ComplianceRowType {
  @Field(() => ID, { description: 'The school' }) schoolId!: string;
  @Field({ description: "The school's name" }) schoolName!: string;
  @Field(() => ID, { description: "The school's district" }) districtId!: string;
  @Field({ description: "The district's name" }) districtName!: string;
  @Field(() => SchoolTypeEnum, { description: 'Type of school' }) schoolType!: SchoolType;
  @Field(() => [ComplianceStatusEnum], { description: "Today's status of each period, in the order of `periods`" })
  statuses!: ComplianceStatus[];
  @Field(() => [Float], { description: "The rule's measure in each period (e.g. class-hours held), same order" })
  values!: number[];
  @Field(() => Int, { description: 'Periods met' }) met!: number;
  @Field(() => Int, { description: 'Periods missed (due and not met)' }) missed!: number;
  @Field(() => Int, { description: 'Periods still open' }) pending!: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + missed); null when nothing is due yet' })
  completionRate!: number | null;
}

@ObjectType('GroupAggregate', {
  simpleResolvers: true,
  description: 'Schools of one district or one school type, summed',
})
export class GroupAggregateType {
  @Field({ description: 'District id or school type' }) key!: string;
  @Field({ description: 'Its name, in the request’s language' }) name!: string;
  @Field(() => Int, { description: 'Number of schools' }) schools!: number;
  @Field(() => Int, { description: 'Periods met, summed over the schools' }) met!: number;
  @Field(() => Int, { description: 'Periods missed, summed over the schools' }) missed!: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + missed); null when nothing is due yet' })
  completionRate!: number | null;
}

export const ComplianceSortFieldEnum = graphqlEnum(
  'ComplianceSortField',
  SORT_FIELDS,
  'What the rows of a comparison are sorted by; ties are broken worst first (lowest rate, most missed, name)',
  SORT_LABELS.field,
);
export const SortOrderEnum = graphqlEnum('SortOrder', SORT_ORDERS, 'Direction of a sort', SORT_LABELS.order);

@InputType('ComplianceRowsInput', {
  description:
    'Which rows of each rule comparison to return: a filter (criteria combine with AND), a sort and a page. ' +
    'The figures of the whole scope (by district, by type, per period) do not depend on it.',
})
export class ComplianceRowsInput {
  @Field(() => [ID], {
    nullable: true,
    description: `Only schools of these districts (at most ${LIMITS.filterIdsMax})`,
  })
  districtIds?: string[] | null;
  @Field(() => [SchoolTypeEnum], { nullable: true, description: 'Only schools of these types' })
  schoolTypes?: SchoolType[] | null;
  @Field(() => String, {
    nullable: true,
    description: `Only schools whose name contains this text, ignoring case (at most ${LIMITS.searchMax} characters)`,
  })
  search?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Completion rate at least this (0–1); excludes schools with nothing due',
  })
  minRate?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Completion rate at most this (0–1); excludes schools with nothing due',
  })
  maxRate?: number | null;
  @Field(() => Int, { nullable: true, description: 'At least this many periods missed' })
  minMissed?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Only schools that missed this period (a key of `periods`, e.g. last month '2026-10')",
  })
  missedIn?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only schools needing attention: missed the last period or still owe the current one',
  })
  attention?: boolean | null;
  @Field(() => ComplianceSortFieldEnum, {
    nullable: true,
    description: 'Sort by (default: completionRate, i.e. worst first)',
  })
  sort?: SortField | null;
  @Field(() => SortOrderEnum, { nullable: true, description: 'Direction (default: ascend)' })
  order?: SortOrder | null;
  @Field(() => Int, { nullable: true, description: 'Rows to skip (default 0)' })
  offset?: number | null;
  @Field(() => Int, { nullable: true, description: `Rows to return (default 50, at most ${LIMITS.pageMax})` })
  limit?: number | null;
}

@ObjectType('ComplianceRowPage', {
  simpleResolvers: true,
  description: 'One page of the schools that pass the filter, in the order asked for, with their totals',
})
export class ComplianceRowPageType {
  @Field(() => [ComplianceRowType], { description: 'The rows of this page' }) items!: ComplianceRowType[];
  @Field(() => Int, { description: 'Schools that pass the filter, in all pages' }) total!: number;
  @Field(() => Int, { description: 'Rows skipped before this page' }) offset!: number;
  @Field(() => Int, { description: 'Page size asked for' }) limit!: number;
  @Field(() => Int, { description: 'Periods met by the schools that pass the filter' }) met!: number;
  @Field(() => Int, { description: 'Periods missed by the schools that pass the filter' }) missed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Completion rate of the schools that pass the filter; null when nothing is due',
  })
  completionRate!: number | null;
}

@ObjectType('PeriodCount', { simpleResolvers: true, description: 'How many schools stand where in one period' })
export class PeriodCountType {
  @Field({ description: 'The period key' }) period!: string;
  @Field(() => Int, { description: 'Schools that met the rule in the period' }) met!: number;
  @Field(() => Int, { description: 'Schools that missed it (due and not met)' }) missed!: number;
  @Field(() => Int, { description: 'Schools for which it is still open' }) pending!: number;
  @Field(() => Int, { description: 'Schools exempt (e.g. a holiday month)' }) notApplicable!: number;
}

@ObjectType('RuleComparison', { simpleResolvers: true, description: 'Every school under a scope for one rule' })
export class RuleComparisonType {
  @Field(() => ComplianceRuleType, { description: 'The rule' }) rule!: ComplianceRuleType;
  @Field(() => [String], { description: "The rule's periods in the window: 'YYYY-MM', 'YYYY-1|2' (term) or 'YYYY'" })
  periods!: string[];
  @Field(() => Int, { description: 'Schools compared (all of the scope)' }) schools!: number;
  @Field(() => ComplianceRowPageType, {
    description: 'The rows asked for (`rows` argument of `compliance`): by default the 50 worst schools',
  })
  page!: ComplianceRowPageType;
  @Field(() => [PeriodCountType], { description: 'Per period, how many schools met, missed, are pending or exempt' })
  periodCounts!: PeriodCountType[];
  @Field(() => [GroupAggregateType], { description: 'By district' }) byDistrict!: GroupAggregateType[];
  @Field(() => [GroupAggregateType], { description: 'By type of school' }) bySchoolType!: GroupAggregateType[];
  @Field(() => Float, { nullable: true, description: 'Over all schools and periods; null when nothing is due' })
  completionRate!: number | null;
  @Field(() => Int, { description: 'Schools that missed at least one period' }) behindCount!: number;
}

@ObjectType('ComplianceReport', { simpleResolvers: true, description: 'Schools × periods for the rules asked for' })
export class ComplianceReportType {
  @Field(() => Organisation, { description: 'The district or bureau (or school) compared' }) scope!: Organisation;
  @Field({ description: 'First month of the window (YYYY-MM)' }) from!: string;
  @Field({ description: 'Last month of the window (YYYY-MM)' }) to!: string;
  @Field(() => GraphQLLocalDate, { description: "Today in the bureau's time zone: decides what is still pending" })
  today!: string;
  @Field(() => [RuleComparisonType], { description: 'One per rule, in the order asked for' })
  rules!: RuleComparisonType[];
}

@ObjectType('PeriodResult', { simpleResolvers: true, description: 'One rule for one school and period' })
export class PeriodResultType {
  @Field({ description: 'The period key' }) period!: string;
  @Field(() => ComplianceStatusEnum, { description: "Today's status" }) status!: ComplianceStatus;
  @Field(() => Float, { description: "The rule's measure (e.g. class-hours held)" }) value!: number;
  @Field(() => Int, { description: 'Records counted (e.g. classes held)' }) records!: number;
  @Field({ description: "The rule's explanation, e.g. what is still due and by when" }) reason!: string;
  @Field(() => GraphQLLocalDate, { description: 'Last day the period can be met' }) dueOn!: string;
}

@ObjectType('ScorecardRule', { simpleResolvers: true, description: 'One rule on a school scorecard' })
export class ScorecardRuleType {
  @Field(() => ComplianceRuleType, { description: 'The rule' }) rule!: ComplianceRuleType;
  @Field(() => [PeriodResultType], { description: "The rule's periods of the year" }) periods!: PeriodResultType[];
  @Field(() => Int, { description: 'Periods met' }) met!: number;
  @Field(() => Int, { description: 'Periods missed' }) missed!: number;
  @Field(() => Int, { description: 'Periods still open' }) pending!: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + missed); null when nothing is due' })
  completionRate!: number | null;
  @Field(() => PeriodResultType, { nullable: true, description: 'The period that contains today, if in this year' })
  current!: PeriodResultType | null;
}

@ObjectType('SchoolScorecard', { simpleResolvers: true, description: 'Every rule for one school over one year' })
export class SchoolScorecardType {
  @Field(() => Organisation, { description: 'The school' }) school!: Organisation;
  @Field(() => Int, { description: 'The year' }) year!: number;
  @Field(() => GraphQLLocalDate, { description: "Today in the bureau's time zone" }) today!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Weighted share of rules met (SPEC §4), 0–1; null when nothing is due yet',
  })
  score!: number | null;
  @Field(() => [ScorecardRuleType], { description: 'Every rule of the registry' }) rules!: ScorecardRuleType[];
}

@ObjectType('RankedSchool', { simpleResolvers: true, description: 'A school’s annual score and rank (创先争优)' })
export class RankedSchoolType {
  @Field(() => Int, { nullable: true, description: 'Rank within the scope (ties share a rank); null if unscored' })
  rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank within its district' }) districtRank!: number | null;
  @Field(() => ID, { description: 'The school' }) schoolId!: string;
  @Field({ description: "The school's name" }) schoolName!: string;
  @Field(() => ID, { description: "The school's district" }) districtId!: string;
  @Field({ description: "The district's name" }) districtName!: string;
  @Field(() => SchoolTypeEnum, { description: 'Type of school' }) schoolType!: SchoolType;
  @Field(() => Float, { nullable: true, description: 'Weighted share of rules met, 0–1' }) score!: number | null;
  @Field(() => Int, { description: 'Periods met over all rules' }) met!: number;
  @Field(() => Int, { description: 'Periods missed over all rules' }) missed!: number;
  @Field(() => [Float], {
    nullable: 'items',
    description: 'Completion rate of each rule, in the order of `rules`; null when nothing is due',
  })
  rates!: (number | null)[];
}

@ObjectType('SchoolRanking', { simpleResolvers: true, description: '创先争优: schools ranked by annual score' })
export class SchoolRankingType {
  @Field(() => Organisation, { description: 'The district or bureau' }) scope!: Organisation;
  @Field(() => Int, { description: 'The year' }) year!: number;
  @Field(() => [ComplianceRuleType], { description: 'The rules, in the order of each row’s `rates`' })
  rules!: ComplianceRuleType[];
  @Field(() => [RankedSchoolType], { description: 'Best first' }) rows!: RankedSchoolType[];
}
