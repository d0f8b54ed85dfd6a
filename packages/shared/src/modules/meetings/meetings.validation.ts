import { z } from 'zod';
import type { PartyStatus } from '../../vocabulary';
import { daysBetween } from '../../rules/periods';
import { MEETINGS_REASONS } from './meetings.reasons';
import {
  MEETING_ATTENDANCE_STATUSES,
  MEETING_KINDS,
  MEETING_LIMITS as L,
  THEORY_CLASS_MEETING_KINDS,
  type MeetingAttendanceStatus,
  type MeetingKind,
} from './meetings.vocabulary';

/**
 * The one check of a 三会一课 meeting and its attendance, run by the API before it writes and by
 * the web form as the user types: the same limits, the same trimming, the same character count,
 * the same reasons on the same fields. The API refuses with the first problem; the form shows
 * them all.
 */

/** The fields of a meeting in the order the form shows them; problems are listed in this order. */
export const MEETING_FIELDS = [
  'kind',
  'topic',
  'partyGroup',
  'plannedOn',
  'heldOn',
  'place',
  'hostId',
  'recorderId',
  'content',
  'ideologicalWork',
  'resolutions',
  'countsAsTheoryClass',
  'classHours',
  'attendance',
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

type Params = Record<string, string | number>;
type Reason = keyof typeof MEETINGS_REASONS;

export interface MeetingProblem {
  field: MeetingField;
  /** One of the module's reasons, or the core's INVALID_INPUT (a value of the wrong type). */
  reason: Reason | 'INVALID_INPUT';
  params?: Params;
  /** The attendance row at fault, when the problem is one attendee's. */
  personId?: string;
}

export interface MeetingAttendanceDraft {
  personId: string;
  status: MeetingAttendanceStatus;
  leaveReason?: string | null;
}

/** A meeting as the user gave it: nothing trimmed or defaulted yet. */
export interface MeetingDraft {
  kind: MeetingKind;
  topic: string;
  /** The Party group (党小组) whose meeting it is; for a 党小组会 only. */
  partyGroup?: string | null;
  /** 计划日期: empty when the meeting is recorded after the fact (then the date it was held). */
  plannedOn?: string | null;
  /** 实际召开日期: empty while the meeting has not been held. */
  heldOn?: string | null;
  place?: string | null;
  /** 主持人 and 记录人: people of the school. */
  hostId?: string | null;
  recorderId?: string | null;
  content?: string | null;
  /** The ideological-work agenda item (思想政治工作内容) of a concentrated-education meeting. */
  ideologicalWork?: string | null;
  /** 会议决议 */
  resolutions?: string | null;
  /** A 党课 or 主题党日 that is also the month's political-theory class (enter once). */
  countsAsTheoryClass?: boolean | null;
  /** Its class-hours, when it counts as the class. */
  classHours?: number | null;
  /** Everyone expected (应到): present, on leave with a reason, or absent. */
  attendance: readonly MeetingAttendanceDraft[];
}

export interface MeetingPerson {
  schoolId: string;
  /** Null when not known (the web, for a row it has no status for): then counted as a non-member. */
  partyStatus: PartyStatus | null;
}

/** What the check needs besides the input; the API and the web client both know it. */
export interface MeetingContext {
  /** 'YYYY-MM-DD' in the bureau's time zone. */
  today: string;
  /** The school the meeting belongs to. */
  schoolId: string;
  /** The people named (attendees, host, recorder) that exist, in any school; anyone missing is not in this school. */
  people: ReadonlyMap<string, MeetingPerson>;
}

/** 应到 / 实到 / 请假 / 缺席, and the same among Party members (who alone count for a quorum). */
export interface MeetingCounts {
  expected: number;
  present: number;
  leave: number;
  absent: number;
  /** Full and probationary members expected, and present. */
  memberExpected: number;
  memberPresent: number;
  /** Full members present: probationary members attend but do not vote. */
  votingPresent: number;
}

/** A meeting as it is stored: text trimmed (empty text is null), dates defaulted, attendance counted. */
export interface MeetingValue {
  kind: MeetingKind;
  topic: string;
  partyGroup: string | null;
  plannedOn: string;
  heldOn: string | null;
  place: string | null;
  hostId: string | null;
  recorderId: string | null;
  content: string | null;
  ideologicalWork: string | null;
  resolutions: string | null;
  countsAsTheoryClass: boolean;
  classHours: number | null;
  attendance: { personId: string; status: MeetingAttendanceStatus; leaveReason: string | null }[];
  counts: MeetingCounts;
}

/** Text length as people count it: in characters (code points). */
const chars = (text: string): number => [...text].length;

/** Options of a failed zod check: a shared reason (and its parameters) in place of zod's own text. */
const fail = (reason: Reason, params?: Params) => ({ error: reason, params });

/** Optional text: trimmed, empty is null, at most `max` characters. */
const optionalText = (max: number, tooLong: Reason) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((s) => (s ? s : null))
    .refine((s) => s === null || chars(s) <= max, fail(tooLong, { max }));

/** An optional date: '' (an empty form field) is none. */
const optionalDate = z.preprocess(
  (x) => (x === '' ? null : x),
  z.iso.date({ error: 'MEETING_DATE_INVALID' }).nullish(),
);

const attendee = z
  .object({
    personId: z.string(),
    status: z.enum(MEETING_ATTENDANCE_STATUSES),
    leaveReason: z.string().trim().nullish(),
  })
  .refine((a) => a.status !== 'LEAVE' || !!a.leaveReason, {
    ...fail('MEETING_LEAVE_REASON_REQUIRED'),
    path: ['leaveReason'],
  })
  .refine((a) => a.status !== 'LEAVE' || chars(a.leaveReason ?? '') <= L.leaveReasonMax, {
    ...fail('MEETING_LEAVE_REASON_TOO_LONG', { max: L.leaveReasonMax }),
    path: ['leaveReason'],
  });

const inHalfHours = (h: number) =>
  h >= L.classHoursMin && h <= L.classHoursMax && Number.isInteger(h / L.classHoursStep);

/**
 * What a meeting says by itself, built once. Every check here fails as a continuable zod issue,
 * so one parse reports them all and the checks against the context still run on what was given.
 */
const draftSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  topic: z
    .string()
    .trim()
    .min(1, { error: 'MEETING_TOPIC_REQUIRED' })
    .refine((s) => chars(s) <= L.topicMax, fail('MEETING_TOPIC_TOO_LONG', { max: L.topicMax })),
  partyGroup: optionalText(L.partyGroupMax, 'MEETING_PARTY_GROUP_TOO_LONG'),
  plannedOn: optionalDate,
  heldOn: optionalDate,
  place: optionalText(L.placeMax, 'MEETING_PLACE_TOO_LONG'),
  hostId: z.string().nullish(),
  recorderId: z.string().nullish(),
  content: optionalText(L.contentMax, 'MEETING_CONTENT_TOO_LONG'),
  ideologicalWork: optionalText(L.ideologicalWorkMax, 'MEETING_IDEOLOGICAL_WORK_TOO_LONG'),
  resolutions: optionalText(L.resolutionsMax, 'MEETING_RESOLUTIONS_TOO_LONG'),
  countsAsTheoryClass: z.boolean().nullish(),
  classHours: z.number().nullish(),
  attendance: z.array(attendee),
});
type Draft = z.output<typeof draftSchema>;

/** Whether a meeting on `date` is further ahead or back than a meeting may be recorded. */
function isFarFrom(today: string, date: string): boolean {
  const ahead = daysBetween(today, date);
  return ahead > L.planAheadDays || -ahead > L.recordBackDays;
}

/** The checks that need several fields, or what the API and the web know: today, the school, its people. */
const againstContext = (ctx: MeetingContext) => (v: Draft, c: z.core.$RefinementCtx<Draft>) => {
  const problem = (path: (string | number)[], reason: Reason, params?: Params) =>
    c.addIssue({ code: 'custom', path, message: reason, params });
  const failed = (field: MeetingField) => c.issues.some((i) => i.path?.[0] === field);
  const inSchool = (id: string) => ctx.people.get(id)?.schoolId === ctx.schoolId;

  if (v.kind === 'PARTY_GROUP' && !v.partyGroup && !failed('partyGroup'))
    problem(['partyGroup'], 'MEETING_PARTY_GROUP_REQUIRED');

  // A date that is malformed is its own problem; these compare only well-formed dates.
  const datesOk = !failed('plannedOn') && !failed('heldOn');
  const plannedOn = failed('plannedOn') ? null : v.plannedOn;
  const heldOn = failed('heldOn') ? null : v.heldOn;
  if (datesOk && !plannedOn && !heldOn) problem(['plannedOn'], 'MEETING_DATE_REQUIRED');
  if (plannedOn && isFarFrom(ctx.today, plannedOn)) problem(['plannedOn'], 'MEETING_DATE_TOO_FAR');
  if (heldOn && heldOn > ctx.today) problem(['heldOn'], 'MEETING_HELD_IN_FUTURE');
  else if (heldOn && isFarFrom(ctx.today, heldOn)) problem(['heldOn'], 'MEETING_DATE_TOO_FAR');

  if (v.hostId && !inSchool(v.hostId)) problem(['hostId'], 'MEETING_PERSON_NOT_IN_SCHOOL');
  if (v.recorderId && !inSchool(v.recorderId)) problem(['recorderId'], 'MEETING_PERSON_NOT_IN_SCHOOL');

  if (v.countsAsTheoryClass) {
    if (!THEORY_CLASS_MEETING_KINDS.includes(v.kind)) problem(['countsAsTheoryClass'], 'MEETING_THEORY_CLASS_KIND');
    if (v.classHours == null || !inHalfHours(v.classHours))
      problem(['classHours'], 'MEETING_CLASS_HOURS_RANGE', { min: L.classHoursMin, max: L.classHoursMax });
  }

  const rows = v.attendance;
  // A meeting that has not been held has no attendance (a held date in the future is its own problem).
  if (rows.length > 0 && !failed('heldOn') && !heldOn) problem(['attendance'], 'MEETING_ATTENDANCE_BEFORE_HELD');
  if (rows.length > L.attendeesMax) problem(['attendance'], 'MEETING_TOO_MANY_ATTENDEES', { max: L.attendeesMax });
  const seen = new Set<string>();
  rows.forEach((a, i) => {
    if (seen.has(a.personId)) problem(['attendance', i], 'MEETING_DUPLICATE_ATTENDEE');
    seen.add(a.personId);
    if (!inSchool(a.personId)) problem(['attendance', i], 'MEETING_PERSON_NOT_IN_SCHOOL');
  });
};

/** Whether a zod issue carries one of this module's reasons (rather than zod's own message). */
const isReason = (message: string): message is Reason => Object.hasOwn(MEETINGS_REASONS, message);

/** A zod issue as a problem; the attendance row it is about gives its personId. */
function toProblem(issue: z.core.$ZodIssue, input: MeetingDraft): MeetingProblem {
  const [first, row] = issue.path;
  const field = MEETING_FIELDS.find((f) => f === first) ?? MEETING_FIELDS[0];
  const personId = first === 'attendance' && typeof row === 'number' ? input.attendance?.[row]?.personId : undefined;
  const message = issue.message;
  const problem: MeetingProblem = isReason(message)
    ? { field, reason: message, ...(issue.code === 'custom' && issue.params ? { params: issue.params } : {}) }
    : { field, reason: 'INVALID_INPUT', params: { detail: issue.path.join('.') } };
  return personId === undefined ? problem : { ...problem, personId };
}

/** Sort key: the field's place in the form, then the attendance row (the attendance's own problems first). */
const place = (path: readonly PropertyKey[]) =>
  MEETING_FIELDS.indexOf(path[0] as MeetingField) * 1e6 + (typeof path[1] === 'number' ? path[1] + 1 : 0);

/** The counts of an attendance, with the Party status of each person as the context knows it. */
export function meetingCounts(
  attendance: readonly { personId: string; status: MeetingAttendanceStatus }[],
  people: ReadonlyMap<string, MeetingPerson>,
): MeetingCounts {
  const counts: MeetingCounts = {
    expected: attendance.length,
    present: 0,
    leave: 0,
    absent: 0,
    memberExpected: 0,
    memberPresent: 0,
    votingPresent: 0,
  };
  for (const a of attendance) {
    const status = people.get(a.personId)?.partyStatus;
    const member = status === 'FULL' || status === 'PROBATIONARY';
    if (a.status === 'PRESENT') counts.present++;
    else if (a.status === 'LEAVE') counts.leave++;
    else counts.absent++;
    if (member) counts.memberExpected++;
    if (member && a.status === 'PRESENT') counts.memberPresent++;
    if (status === 'FULL' && a.status === 'PRESENT') counts.votingPresent++;
  }
  return counts;
}

/**
 * Whether a members' meeting had its quorum: more than half of the Party members expected were
 * present (SPEC §3.3; full and probationary members count, non-members who sat in do not). Null
 * when there is nothing to judge: not a members' meeting, not held, or no member listed.
 */
export function quorumMet(kind: MeetingKind, heldOn: string | null, counts: MeetingCounts): boolean | null {
  if (kind !== 'MEMBERS_MEETING' || !heldOn || counts.memberExpected === 0) return null;
  return counts.memberPresent * 2 > counts.memberExpected;
}

/**
 * Checks a meeting against its context and returns every problem, in the order of the form's
 * fields (an attendance row's problems after the attendance's own), and the value to store when
 * there is none. A zod issue becomes a shared reason; one that has none (a value of the wrong
 * type) becomes INVALID_INPUT naming the field, as the GraphQL layer reports such input.
 */
export function validateMeeting(
  input: MeetingDraft,
  ctx: MeetingContext,
): { value?: MeetingValue; problems: MeetingProblem[] } {
  const result = draftSchema.superRefine(againstContext(ctx)).safeParse(input);
  if (!result.success) {
    const issues = [...result.error.issues].sort((a, b) => place(a.path) - place(b.path));
    return { problems: issues.map((issue) => toProblem(issue, input)) };
  }
  const v = result.data;
  const attendance = v.attendance.map((a) => ({
    personId: a.personId,
    status: a.status,
    leaveReason: a.status === 'LEAVE' ? (a.leaveReason ?? null) : null,
  }));
  const countsAsTheoryClass = !!v.countsAsTheoryClass;
  return {
    problems: [],
    value: {
      kind: v.kind,
      topic: v.topic,
      partyGroup: v.kind === 'PARTY_GROUP' ? v.partyGroup : null,
      plannedOn: (v.plannedOn ?? v.heldOn)!,
      heldOn: v.heldOn ?? null,
      place: v.place,
      hostId: v.hostId || null,
      recorderId: v.recorderId || null,
      content: v.content,
      ideologicalWork: v.ideologicalWork,
      resolutions: v.resolutions,
      countsAsTheoryClass,
      classHours: countsAsTheoryClass ? v.classHours! : null,
      attendance,
      counts: meetingCounts(attendance, ctx.people),
    },
  };
}
