import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LIMITS, MEETING_LIMITS, monthKeyProblem, type MeetingKind, type OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, recordOwner, type FieldRules } from '../../core/authz/rules';
import { badInput, notFound } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { idempotentCreate } from '../../core/records/idempotency';
import {
  addAttachment,
  createMeeting,
  deleteAttachment,
  deleteMeeting,
  getMeeting,
  lastMeetingAttendance,
  listMeetings,
  readAttachment,
  updateMeeting,
} from './meetings.service';
import {
  MeetingAttachmentFileType,
  MeetingAttachmentInput,
  MeetingAttachmentType,
  MeetingAttendanceType,
  MeetingInput,
  MeetingKindEnum,
  MeetingPage,
  MeetingType,
  MeetingUpdateInput,
} from './meetings.types';

/** Targets of the rules on one meeting, or one attached file: the school that owns it. */
const meetingSchool = (arg: string) => recordOwner('meeting', arg);
const attachmentSchool = recordOwner('meeting_attachment', 'id');

/** The rule already resolved the target; resolvers read it from the same per-request loaders. */
async function org(ctx: RequestContext, id: string): Promise<OrgRef> {
  const ref = await ctx.loaders.orgRef.load(id);
  if (!ref) throw notFound();
  return ref;
}
async function schoolOf(ctx: RequestContext, table: 'meeting' | 'meeting_attachment', id: string): Promise<OrgRef> {
  const schoolId = await ctx.loaders.recordSchool.load(`${table}:${id}`);
  if (!schoolId) throw notFound();
  return org(ctx, schoolId);
}

@Resolver()
export class MeetingsResolver {
  @Query(() => MeetingPage, {
    description: "A school's Party meetings (三会一课), newest first (by the date held, or planned while not held)",
  })
  async meetings(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('kind', () => MeetingKindEnum, { nullable: true, description: 'Only meetings of this kind' })
    kind: MeetingKind | null,
    @Arg('fromMonth', () => String, { nullable: true, description: 'Meetings from this month on (YYYY-MM)' })
    fromMonth: string | null,
    @Arg('toMonth', () => String, { nullable: true, description: 'Meetings up to this month (YYYY-MM)' })
    toMonth: string | null,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof MeetingPage>> {
    const page = checkPage(offset, limit);
    for (const [name, m] of [
      ['fromMonth', fromMonth],
      ['toMonth', toMonth],
    ] as const)
      if (m != null && monthKeyProblem(m))
        throw badInput(monthKeyProblem(m)!, { min: LIMITS.yearMin, max: LIMITS.yearMax }, name);
    const school = await org(ctx, schoolId);
    const viewer = { actor: ctx.actor!, school };
    return { ...(await ctx.db((em) => listMeetings(em, viewer, { kind, fromMonth, toMonth, ...page }))), ...page };
  }

  @Query(() => MeetingType, { description: 'One meeting with its attendance and attached files' })
  async meeting(
    @Arg('id', () => ID, { description: 'The meeting' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingType> {
    const school = await schoolOf(ctx, 'meeting', id);
    return ctx.db((em) => getMeeting(em, { actor: ctx.actor!, school }, id));
  }

  @Query(() => [MeetingAttendanceType], {
    description:
      "Attendance reuse: the people of the school's last held meeting of this kind (of this Party group, for a Party group meeting), to start a new meeting's attendance from; empty when there is none",
  })
  async lastMeetingAttendance(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('kind', () => MeetingKindEnum, { description: 'Kind of meeting' }) kind: MeetingKind,
    @Arg('partyGroup', () => String, { nullable: true, description: 'The Party group, for a Party group meeting' })
    partyGroup: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingAttendanceType[]> {
    const group = partyGroup?.trim() || null;
    if (group && [...group].length > MEETING_LIMITS.partyGroupMax)
      throw badInput('MEETING_PARTY_GROUP_TOO_LONG', { max: MEETING_LIMITS.partyGroupMax }, 'partyGroup');
    const school = await org(ctx, schoolId);
    return ctx.db((em) => lastMeetingAttendance(em, { actor: ctx.actor!, school }, kind, group));
  }

  @Query(() => MeetingAttachmentFileType, { description: 'A file attached to a meeting, with its content' })
  async meetingAttachment(
    @Arg('id', () => ID, { description: 'The file' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingAttachmentFileType> {
    await schoolOf(ctx, 'meeting_attachment', id);
    return ctx.db((em) => readAttachment(em, id));
  }

  @Mutation(() => MeetingType, {
    description:
      'Record a meeting, planned or held, with its attendance (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result.',
  })
  async createMeeting(
    @Arg('input', { description: 'The meeting and its attendance' }) input: MeetingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingType> {
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) =>
      idempotentCreate(
        em,
        ctx,
        'createMeeting',
        () => createMeeting(em, ctx, school, input),
        (id) => getMeeting(em, { actor: ctx.actor!, school }, id),
      ),
    );
  }

  @Mutation(() => MeetingType, {
    description:
      'Change a meeting and replace its attendance (school secretary or clerk; optimistic lock by version: a stale version is CONFLICT)',
  })
  async updateMeeting(
    @Arg('id', () => ID, { description: 'The meeting' }) id: string,
    @Arg('input', { description: 'The new values and the version read' }) input: MeetingUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingType> {
    const school = await schoolOf(ctx, 'meeting', id);
    return ctx.db((em) => updateMeeting(em, ctx, school, id, input));
  }

  @Mutation(() => ID, { description: 'Delete a meeting with its attendance and attached files; returns its id' })
  async deleteMeeting(
    @Arg('id', () => ID, { description: 'The meeting' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const school = await schoolOf(ctx, 'meeting', id);
    return ctx.db((em) => deleteMeeting(em, ctx, school, id));
  }

  @Mutation(() => MeetingAttachmentType, {
    description:
      'Attach a file to a meeting: a PDF, JPEG or PNG judged by its content, of at most 720 KB, at most 10 a meeting (school secretary or clerk). Send an Idempotency-Key header to retry safely.',
  })
  async addMeetingAttachment(
    @Arg('meetingId', () => ID, { description: 'The meeting' }) meetingId: string,
    @Arg('input', { description: 'The file' }) input: MeetingAttachmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeetingAttachmentType> {
    const school = await schoolOf(ctx, 'meeting', meetingId);
    return ctx.db((em) =>
      idempotentCreate(
        em,
        ctx,
        'addMeetingAttachment',
        () => addAttachment(em, ctx, school, meetingId, input),
        async (id) => {
          const { contentBase64: _c, ...meta } = await readAttachment(em, id);
          return meta;
        },
      ),
    );
  }

  @Mutation(() => ID, { description: 'Remove a file from a meeting; returns its id' })
  async deleteMeetingAttachment(
    @Arg('id', () => ID, { description: 'The file' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const school = await schoolOf(ctx, 'meeting_attachment', id);
    return ctx.db((em) => deleteAttachment(em, ctx, school, id));
  }
}

export const meetingsRules: FieldRules = {
  Query: {
    meetings: allowIf('meetings.read', orgFromArg('schoolId')),
    meeting: allowIf('meetings.read', meetingSchool('id')),
    lastMeetingAttendance: allowIf('meetings.read', orgFromArg('schoolId')),
    meetingAttachment: allowIf('meetings.read', attachmentSchool),
  },
  Mutation: {
    createMeeting: allowIf('meetings.write', orgFromArg('schoolId', true)),
    updateMeeting: allowIf('meetings.write', meetingSchool('id')),
    deleteMeeting: allowIf('meetings.write', meetingSchool('id')),
    addMeetingAttachment: allowIf('meetings.write', meetingSchool('meetingId')),
    deleteMeetingAttachment: allowIf('meetings.write', attachmentSchool),
  },
};
