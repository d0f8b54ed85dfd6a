import {
  ATTENDANCE_STATUSES,
  AUDIENCES,
  LABELS,
  THEORY_CLASS_KINDS,
  type AttendanceStatus,
  type Audience,
  type TheoryClassKind,
} from '@djt/shared';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

export const TheoryClassKindEnum = graphqlEnum(
  'TheoryClassKind',
  THEORY_CLASS_KINDS,
  'Kind of political-theory class',
  LABELS.theoryClassKind,
);
export const AudienceEnum = graphqlEnum('Audience', AUDIENCES, 'Who a class is for', LABELS.audience);
export const AttendanceStatusEnum = graphqlEnum(
  'AttendanceStatus',
  ATTENDANCE_STATUSES,
  "One person's attendance",
  LABELS.attendance,
);

@ObjectType('Attendance', { simpleResolvers: true, description: "One person's attendance at a class" })
export class AttendanceType {
  @Field(() => ID, { description: 'The person' }) personId!: string;
  @Field({ description: "The person's name" }) personName!: string;
  @Field(() => AttendanceStatusEnum, { description: 'Present or on leave' }) status!: AttendanceStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Why on leave: shown to the school itself and the person only, null for everyone else',
  })
  leaveReason!: string | null;
}

@ObjectType('TheoryClass', { simpleResolvers: true, description: '思想政治课: a political-theory class' })
export class TheoryClassType {
  @Field(() => ID, { description: 'The class' }) id!: string;
  @Field(() => ID, { description: 'The school that held it' }) schoolId!: string;
  @Field(() => GraphQLLocalDate, { description: 'When it was (or will be) held' }) date!: string;
  @Field(() => Float, { description: 'Class-hours, in steps of 0.5' }) classHours!: number;
  @Field({ description: 'Topic' }) topic!: string;
  @Field(() => TheoryClassKindEnum, { description: 'Kind of class' }) kind!: TheoryClassKind;
  @Field({ description: 'Who taught it' }) lecturer!: string;
  @Field(() => AudienceEnum, { description: 'Members only or all staff' }) audience!: Audience;
  @Field(() => Int, { description: '应到: people expected' }) expectedCount!: number;
  @Field(() => Int, { description: '实到: people present' }) presentCount!: number;
  @Field(() => Int, { description: '请假: people on leave' }) leaveCount!: number;
  @Field(() => [AttendanceType], { description: 'Who was present or on leave' }) attendance!: AttendanceType[];
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update' }) version!: number;
  @Field(() => GraphQLDateTimeISO, { description: 'Last change' }) updatedAt!: Date;
}

export const TheoryClassPage = PageOf(TheoryClassType, 'TheoryClassPage');

@InputType({ description: "One person's attendance" })
export class AttendanceInput {
  @Field(() => ID, { description: 'A person of the school' }) personId!: string;
  @Field(() => AttendanceStatusEnum, { description: 'Present or on leave' }) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Required when on leave' }) leaveReason?: string | null;
}

/** Fields shared by create and update (type-graphql 2 registers the base input too). */
@InputType('TheoryClassFields', { description: 'The fields of a class, for create and update' })
class TheoryClassFields {
  @Field(() => GraphQLLocalDate, { description: 'When it was (or will be) held' }) date!: string;
  @Field(() => Float, { description: 'Class-hours, 0.5–8 in steps of 0.5' }) classHours!: number;
  @Field({ description: 'Topic, at most 100 characters' }) topic!: string;
  @Field(() => TheoryClassKindEnum, { description: 'Kind of class' }) kind!: TheoryClassKind;
  @Field({ description: 'Who taught it, at most 50 characters' }) lecturer!: string;
  @Field(() => AudienceEnum, { description: 'Members only or all staff' }) audience!: Audience;
  @Field(() => Int, { nullable: true, description: 'Defaults to the number of people in the audience at the school' })
  expectedCount?: number | null;
  @Field(() => [AttendanceInput], {
    defaultValue: [],
    description: 'Who was present or on leave (not for a future class); the rest were absent',
  })
  attendance!: AttendanceInput[];
}

@InputType({ description: 'A new class' })
export class TheoryClassInput extends TheoryClassFields {
  @Field(() => ID, { description: 'The school recording it' }) schoolId!: string;
}

@InputType({ description: 'A changed class' })
export class TheoryClassUpdateInput extends TheoryClassFields {
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}
