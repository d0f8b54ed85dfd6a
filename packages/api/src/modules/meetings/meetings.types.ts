import {
  LABELS,
  MEETING_ATTACHMENT_KINDS,
  MEETING_ATTENDANCE_STATUSES,
  MEETING_KINDS,
  MEETING_STATES,
  type MeetingAttachmentKind,
  type MeetingAttendanceStatus,
  type MeetingKind,
  type MeetingState,
  type PartyStatus,
} from '@djt/shared';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, PartyStatusEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

export const MeetingKindEnum = graphqlEnum(
  'MeetingKind',
  MEETING_KINDS,
  'Kind of Party meeting (三会一课)',
  LABELS.meetingKind,
);
export const MeetingAttendanceStatusEnum = graphqlEnum(
  'MeetingAttendanceStatus',
  MEETING_ATTENDANCE_STATUSES,
  "One expected person's attendance at a meeting",
  LABELS.meetingAttendance,
);
export const MeetingAttachmentKindEnum = graphqlEnum(
  'MeetingAttachmentKind',
  MEETING_ATTACHMENT_KINDS,
  'What a file attached to a meeting is',
  LABELS.meetingAttachmentKind,
);
export const MeetingStateEnum = graphqlEnum(
  'MeetingState',
  MEETING_STATES,
  'Whether a meeting has been held',
  LABELS.meetingState,
);

@ObjectType('MeetingAttendance', {
  simpleResolvers: true,
  description: "One expected person's attendance at a meeting (the same shape as a class's attendance)",
})
export class MeetingAttendanceType {
  @Field(() => ID, { description: 'The person' }) personId!: string;
  @Field({ description: "The person's name" }) personName!: string;
  @Field(() => PartyStatusEnum, {
    description: 'Party status when the attendance was recorded: full members vote, probationary members do not',
  })
  partyStatus!: PartyStatus;
  @Field(() => MeetingAttendanceStatusEnum, { description: 'Present, on leave or absent' })
  status!: MeetingAttendanceStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Why on leave: shown to the school itself and the person only, null for everyone else',
  })
  leaveReason!: string | null;
}

@ObjectType('MeetingAttachment', {
  simpleResolvers: true,
  description: 'A file attached to a meeting (its content is read with meetingAttachment)',
})
export class MeetingAttachmentType {
  @Field(() => ID, { description: 'The file' }) id!: string;
  @Field(() => ID, { description: 'The meeting it is attached to' }) meetingId!: string;
  @Field(() => MeetingAttachmentKindEnum, { description: 'Minutes, sign-in sheet, photo or other' })
  kind!: MeetingAttachmentKind;
  @Field({ description: 'The name it was uploaded with (shown only; the type comes from the content)' })
  fileName!: string;
  @Field({ description: 'application/pdf, image/jpeg or image/png, from the content' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes' }) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When it was uploaded' }) createdAt!: Date;
}

@ObjectType('MeetingAttachmentFile', {
  simpleResolvers: true,
  description: 'A file attached to a meeting, with its content',
})
export class MeetingAttachmentFileType extends MeetingAttachmentType {
  @Field({ description: 'The content, base64-encoded' }) contentBase64!: string;
}

@ObjectType('Meeting', { simpleResolvers: true, description: '三会一课: a Party meeting of a school, planned or held' })
export class MeetingType {
  @Field(() => ID, { description: 'The meeting' }) id!: string;
  @Field(() => ID, { description: 'The school that holds it' }) schoolId!: string;
  @Field(() => MeetingKindEnum, { description: 'Kind of meeting' }) kind!: MeetingKind;
  @Field(() => MeetingStateEnum, { description: 'Planned, or held (once it has a date it was held on)' })
  state!: MeetingState;
  @Field({ description: 'Topic' }) topic!: string;
  @Field(() => String, { nullable: true, description: 'The Party group (党小组) of a Party group meeting' })
  partyGroup!: string | null;
  @Field(() => GraphQLLocalDate, { description: '计划日期: when it was planned' }) plannedOn!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: '实际召开日期: when it was held; null while not held' })
  heldOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Where' }) place!: string | null;
  @Field(() => ID, { nullable: true, description: '主持人: the person who chaired it' }) hostId!: string | null;
  @Field(() => String, { nullable: true, description: "The chair's name" }) hostName!: string | null;
  @Field(() => ID, { nullable: true, description: '记录人: the person who took the minutes' }) recorderId!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: "The recorder's name" }) recorderName!: string | null;
  @Field(() => String, { nullable: true, description: 'What was discussed' }) content!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '思想政治工作内容: the ideological-work agenda item (every concentrated-education meeting has one)',
  })
  ideologicalWork!: string | null;
  @Field(() => Boolean, {
    description: "Whether the kind is concentrated education (members' meeting, Party lecture, themed Party day)",
  })
  concentratedEducation!: boolean;
  @Field(() => String, { nullable: true, description: '会议决议: what was resolved' }) resolutions!: string | null;
  @Field(() => Boolean, {
    description: "Also the month's political-theory class (enter once): it counts for the monthly class rule",
  })
  countsAsTheoryClass!: boolean;
  @Field(() => Float, { nullable: true, description: 'Class-hours, when it counts as the political-theory class' })
  classHours!: number | null;
  @Field(() => Int, { description: '应到: people expected' }) expectedCount!: number;
  @Field(() => Int, { description: '实到: people present' }) presentCount!: number;
  @Field(() => Int, { description: '请假: people on leave' }) leaveCount!: number;
  @Field(() => Int, { description: '缺席: people absent' }) absentCount!: number;
  @Field(() => Int, { description: 'Party members (full and probationary) expected: the base of the quorum' })
  memberExpectedCount!: number;
  @Field(() => Int, { description: 'Party members present' }) memberPresentCount!: number;
  @Field(() => Int, { description: 'Full members present: those who vote (probationary members do not)' })
  votingPresentCount!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "For a held members' meeting: whether more than half of the members expected were present; null otherwise",
  })
  quorumMet!: boolean | null;
  @Field(() => [MeetingAttendanceType], { description: 'Everyone expected, present, on leave or absent' })
  attendance!: MeetingAttendanceType[];
  @Field(() => [MeetingAttachmentType], { description: 'Attached files (minutes, sign-in sheet, photos)' })
  attachments!: MeetingAttachmentType[];
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update' }) version!: number;
  @Field(() => GraphQLDateTimeISO, { description: 'Last change' }) updatedAt!: Date;
}

export const MeetingPage = PageOf(MeetingType, 'MeetingPage');

@InputType({ description: "One expected person's attendance (the same shape as a class's, with absent)" })
export class MeetingAttendanceInput {
  @Field(() => ID, { description: 'A person of the school' }) personId!: string;
  @Field(() => MeetingAttendanceStatusEnum, { description: 'Present, on leave or absent' })
  status!: MeetingAttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Required when on leave, at most 200 characters' })
  leaveReason?: string | null;
}

/** Fields shared by create and update (type-graphql 2 registers the base input too). */
@InputType('MeetingFields', { description: 'The fields of a meeting, for create and update' })
class MeetingFields {
  @Field(() => MeetingKindEnum, { description: 'Kind of meeting' }) kind!: MeetingKind;
  @Field({ description: 'Topic, at most 100 characters' }) topic!: string;
  @Field(() => String, { nullable: true, description: 'The Party group, required for a Party group meeting' })
  partyGroup?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When it is planned; defaults to the date it was held',
  })
  plannedOn?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When it was held (not after today); empty while not held',
  })
  heldOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where, at most 100 characters' }) place?: string | null;
  @Field(() => ID, { nullable: true, description: 'Who chaired it: a person of the school' }) hostId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Who took the minutes: a person of the school' })
  recorderId?: string | null;
  @Field(() => String, { nullable: true, description: 'What was discussed, at most 2000 characters' })
  content?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The ideological-work agenda item, at most 500 characters',
  })
  ideologicalWork?: string | null;
  @Field(() => String, { nullable: true, description: 'What was resolved, at most 2000 characters' })
  resolutions?: string | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: "A Party lecture or themed Party day that is also the month's political-theory class",
  })
  countsAsTheoryClass!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Its class-hours (0.5–8 in steps of 0.5), when it counts as the class',
  })
  classHours?: number | null;
  @Field(() => [MeetingAttendanceInput], {
    defaultValue: [],
    description: 'Everyone expected (not before the meeting is held): present, on leave or absent',
  })
  attendance!: MeetingAttendanceInput[];
}

@InputType({ description: 'A new meeting' })
export class MeetingInput extends MeetingFields {
  @Field(() => ID, { description: 'The school recording it' }) schoolId!: string;
}

@InputType({ description: 'A changed meeting' })
export class MeetingUpdateInput extends MeetingFields {
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}

@InputType({ description: 'A file to attach to a meeting' })
export class MeetingAttachmentInput {
  @Field(() => MeetingAttachmentKindEnum, { description: 'Minutes, sign-in sheet, photo or other' })
  kind!: MeetingAttachmentKind;
  @Field({ description: 'The file name, at most 100 characters (shown only)' }) fileName!: string;
  @Field({
    description: 'The content, base64-encoded: a PDF, JPEG or PNG (judged by the content) of at most 720 KB',
  })
  contentBase64!: string;
}
