import type { AttendanceStatus, Audience, ComplianceStatus, SchoolType, TheoryClassKind } from '@djt/shared';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  AttendanceStatusEnum,
  AudienceEnum,
  ComplianceStatusEnum,
  SchoolTypeEnum,
  TheoryClassKindEnum,
} from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';
import { Organisation } from '../organisation/organisation.entity';

@ObjectType('Attendance', { simpleResolvers: true })
export class AttendanceType {
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field(() => AttendanceStatusEnum) status!: AttendanceStatus;
  @Field(() => String, { nullable: true }) leaveReason!: string | null;
}

@ObjectType('TheoryClass', { simpleResolvers: true, description: '思想政治课: a political-theory class' })
export class TheoryClassType {
  @Field(() => ID) id!: string;
  @Field(() => ID) schoolId!: string;
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => Float) classHours!: number;
  @Field() topic!: string;
  @Field(() => TheoryClassKindEnum) kind!: TheoryClassKind;
  @Field() lecturer!: string;
  @Field(() => AudienceEnum) audience!: Audience;
  @Field(() => Int, { description: '应到' }) expectedCount!: number;
  @Field(() => Int, { description: '实到' }) presentCount!: number;
  @Field(() => Int, { description: '请假' }) leaveCount!: number;
  @Field(() => [AttendanceType]) attendance!: AttendanceType[];
  @Field(() => Int) version!: number;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

export const TheoryClassPage = PageOf(TheoryClassType, 'TheoryClassPage');

@InputType()
export class AttendanceInput {
  @Field(() => ID) personId!: string;
  @Field(() => AttendanceStatusEnum) status!: AttendanceStatus;
  @Field(() => String, { nullable: true }) leaveReason?: string | null;
}

/** Fields shared by create and update (type-graphql 2 registers the base input too). */
@InputType('TheoryClassFields')
class TheoryClassFields {
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => Float) classHours!: number;
  @Field() topic!: string;
  @Field(() => TheoryClassKindEnum) kind!: TheoryClassKind;
  @Field() lecturer!: string;
  @Field(() => AudienceEnum) audience!: Audience;
  @Field(() => Int, { nullable: true, description: 'Defaults to the number of people in the audience at the school' })
  expectedCount?: number | null;
  @Field(() => [AttendanceInput], { defaultValue: [] }) attendance!: AttendanceInput[];
}

@InputType()
export class TheoryClassInput extends TheoryClassFields {
  @Field(() => ID) schoolId!: string;
}

@InputType()
export class TheoryClassUpdateInput extends TheoryClassFields {
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}

@ObjectType('MonthStatus', { simpleResolvers: true })
export class MonthStatusType {
  @Field() month!: string;
  @Field(() => ComplianceStatusEnum) status!: ComplianceStatus;
  @Field(() => Float) classHours!: number;
  @Field(() => Int) classCount!: number;
  @Field({ description: "The rule's explanation, in the request's language" }) reason!: string;
}

@ObjectType('ComparisonRow', { simpleResolvers: true })
export class ComparisonRowType {
  @Field(() => ID) schoolId!: string;
  @Field() schoolName!: string;
  @Field(() => ID) districtId!: string;
  @Field() districtName!: string;
  @Field(() => SchoolTypeEnum) schoolType!: SchoolType;
  @Field(() => [ComplianceStatusEnum], { description: 'One per month of `months`, same order' })
  statuses!: ComplianceStatus[];
  @Field(() => [Float]) classHours!: number[];
  @Field(() => Int) met!: number;
  @Field(() => Int) missed!: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + missed), null when nothing is due yet' })
  completionRate!: number | null;
}

@ObjectType('GroupAggregate', { simpleResolvers: true })
export class GroupAggregateType {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => Int) schools!: number;
  @Field(() => Int) met!: number;
  @Field(() => Int) missed!: number;
  @Field(() => Float, { nullable: true }) completionRate!: number | null;
}

@ObjectType('TheoryClassComparison', { simpleResolvers: true })
export class TheoryClassComparisonType {
  @Field(() => Organisation) scope!: Organisation;
  @Field(() => [String]) months!: string[];
  @Field(() => [ComparisonRowType]) rows!: ComparisonRowType[];
  @Field(() => [GroupAggregateType]) byDistrict!: GroupAggregateType[];
  @Field(() => [GroupAggregateType]) bySchoolType!: GroupAggregateType[];
  @Field(() => Float, { nullable: true }) completionRate!: number | null;
}
