import { z } from 'zod';
import type { PartyStatus } from '../../vocabulary';
import { daysBetween } from '../../rules/periods';
import { THEORY_CLASS_REASONS } from './theory-class.reasons';
import {
  ATTENDANCE_STATUSES,
  AUDIENCES,
  THEORY_CLASS_KINDS,
  THEORY_CLASS_LIMITS as L,
  type AttendanceStatus,
  type Audience,
  type TheoryClassKind,
} from './theory-class.vocabulary';

/**
 * The one check of a 思想政治课 and its attendance, run by the API before it writes and by the web
 * form as the user types: the same limits, the same trimming, the same character count, the same
 * reasons on the same fields. The API refuses with the first problem; the form shows them all.
 */

/** The fields of a class in the order the form shows them; problems are listed in this order. */
export const THEORY_CLASS_FIELDS = [
  'topic',
  'date',
  'classHours',
  'kind',
  'lecturer',
  'audience',
  'expectedCount',
  'attendance',
] as const;
export type TheoryClassField = (typeof THEORY_CLASS_FIELDS)[number];

type Params = Record<string, string | number>;

export interface TheoryClassProblem {
  field: TheoryClassField;
  /** One of the module's reasons, or the core's INVALID_INPUT (a value of the wrong type). */
  reason: keyof typeof THEORY_CLASS_REASONS | 'INVALID_INPUT';
  params?: Params;
  /** The attendance row at fault, when the problem is one attendee's. */
  personId?: string;
}

export interface AttendanceDraft {
  personId: string;
  status: AttendanceStatus;
  leaveReason?: string | null;
}

/** A class as the user gave it: nothing trimmed or defaulted yet. */
export interface TheoryClassDraft {
  date: string;
  /** Null while the form's field is empty. */
  classHours: number | null;
  topic: string;
  kind: TheoryClassKind;
  lecturer: string;
  audience: Audience;
  /** Empty: the size of the audience at the school. */
  expectedCount?: number | null;
  attendance: readonly AttendanceDraft[];
}

export interface TheoryClassPerson {
  schoolId: string;
  /** Null when not known (the web, for a row it has no status for): the audience is then not checked. */
  partyStatus: PartyStatus | null;
}

/** What the check needs besides the input; the API and the web client both know it. */
export interface TheoryClassContext {
  /** 'YYYY-MM-DD' in the bureau's time zone. */
  today: string;
  /** The school the class belongs to. */
  schoolId: string;
  /** The people named in the attendance that exist, in any school; anyone missing is not in this school. */
  people: ReadonlyMap<string, TheoryClassPerson>;
  /** People in the class's audience at the school, the default of expectedCount; null while unknown. */
  audienceSize: number | null;
}

/** A class as it is stored: text trimmed, expectedCount defaulted, attendance counted. */
export interface TheoryClassValue {
  date: string;
  classHours: number;
  topic: string;
  kind: TheoryClassKind;
  lecturer: string;
  audience: Audience;
  expectedCount: number;
  attendance: { personId: string; status: AttendanceStatus; leaveReason: string | null }[];
  presentCount: number;
  leaveCount: number;
}

/** Text length as people count it: in characters (code points), so '𠮷' is one, not two UTF-16 units. */
export const charCount = (text: string): number => [...text].length;

type Reason = keyof typeof THEORY_CLASS_REASONS;
/** Options of a failed zod check: a shared reason (and its parameters) in place of zod's own text. */
const fail = (reason: Reason, params?: Params) => ({ error: reason, params });

/** Required text, trimmed, at most `max` characters. */
const text = (max: number, required: Reason, tooLong: Reason) =>
  z
    .string()
    .trim()
    .min(1, { error: required })
    .refine((s) => charCount(s) <= max, fail(tooLong, { max }));

const inHalfHours = (h: number) =>
  h >= L.classHoursMin && h <= L.classHoursMax && Number.isInteger(h / L.classHoursStep);

const attendee = z
  .object({
    personId: z.string(),
    status: z.enum(ATTENDANCE_STATUSES),
    leaveReason: z.string().trim().nullish(),
  })
  .refine((a) => a.status !== 'LEAVE' || !!a.leaveReason, {
    ...fail('LEAVE_REASON_REQUIRED'),
    path: ['leaveReason'],
  })
  .refine((a) => a.status !== 'LEAVE' || charCount(a.leaveReason ?? '') <= L.leaveReasonMax, {
    ...fail('LEAVE_REASON_TOO_LONG', { max: L.leaveReasonMax }),
    path: ['leaveReason'],
  });

const inExpectedRange = (e: number) => Number.isInteger(e) && e >= 0 && e <= L.expectedMax;

/**
 * What a class says by itself, built once. Every check here fails as a continuable zod issue, so
 * one parse reports them all and the checks against the context still run on what was given;
 * only a value of the wrong type (which neither the GraphQL schema nor the form lets through)
 * stops those.
 */
const draftSchema = z.object({
  topic: text(L.topicMax, 'TOPIC_REQUIRED', 'TOPIC_TOO_LONG'),
  date: z.iso.date({ error: 'DATE_INVALID' }),
  classHours: z
    .number()
    .nullable()
    .refine(
      (h) => h !== null && inHalfHours(h),
      fail('CLASS_HOURS_RANGE', { min: L.classHoursMin, max: L.classHoursMax }),
    ),
  kind: z.enum(THEORY_CLASS_KINDS),
  lecturer: text(L.lecturerMax, 'LECTURER_REQUIRED', 'LECTURER_TOO_LONG'),
  audience: z.enum(AUDIENCES),
  expectedCount: z
    .number()
    .nullish()
    .refine((e) => e == null || inExpectedRange(e), fail('EXPECTED_RANGE', { max: L.expectedMax })),
  attendance: z.array(attendee),
});
type Draft = z.output<typeof draftSchema>;

/** The checks against what the API and the web know: today, the school, its people, the audience. */
const againstContext = (ctx: TheoryClassContext) => (v: Draft, c: z.core.$RefinementCtx<Draft>) => {
  const problem = (path: (string | number)[], reason: Reason, params?: Params) =>
    c.addIssue({ code: 'custom', path, message: reason, params });
  const failed = (field: TheoryClassField) => c.issues.some((i) => i.path?.[0] === field);

  if (!failed('date') && isFarFrom(ctx.today, v.date)) problem(['date'], 'DATE_TOO_FAR');
  const rows = v.attendance;
  if (rows.length > 0 && !failed('date') && v.date > ctx.today) problem(['attendance'], 'ATTENDANCE_BEFORE_CLASS');
  const seen = new Set<string>();
  rows.forEach((a, i) => {
    if (seen.has(a.personId)) problem(['attendance', i], 'DUPLICATE_ATTENDEE');
    seen.add(a.personId);
    const person = ctx.people.get(a.personId);
    if (!person || person.schoolId !== ctx.schoolId) problem(['attendance', i], 'PERSON_NOT_IN_SCHOOL');
    else if (v.audience === 'MEMBERS' && person.partyStatus === 'NONE')
      problem(['attendance', i], 'PERSON_NOT_IN_AUDIENCE');
  });

  if (failed('expectedCount')) return;
  const expected = v.expectedCount ?? ctx.audienceSize;
  const present = rows.filter((a) => a.status === 'PRESENT').length;
  if (expected === null) return;
  if (!inExpectedRange(expected)) problem(['expectedCount'], 'EXPECTED_RANGE', { max: L.expectedMax });
  else if (rows.length > expected) problem(['expectedCount'], 'PRESENT_EXCEEDS_EXPECTED', { present, expected });
};

/** Whether a class on `date` is further ahead or back than a class may be recorded. */
function isFarFrom(today: string, date: string): boolean {
  const ahead = daysBetween(today, date);
  return ahead > L.planAheadDays || -ahead > L.recordBackDays;
}

/** Whether a zod issue carries one of this module's reasons (rather than zod's own message). */
const isReason = (message: string): message is Reason => Object.hasOwn(THEORY_CLASS_REASONS, message);

/** A zod issue as a problem; `row` is the index of the attendance row it is about, if any. */
function toProblem(issue: z.core.$ZodIssue, input: TheoryClassDraft): TheoryClassProblem {
  const [first, row] = issue.path;
  const field = THEORY_CLASS_FIELDS.find((f) => f === first) ?? THEORY_CLASS_FIELDS[0];
  const personId = first === 'attendance' && typeof row === 'number' ? input.attendance?.[row]?.personId : undefined;
  const problem: TheoryClassProblem = isReason(issue.message)
    ? { field, reason: issue.message, ...(issue.code === 'custom' && issue.params ? { params: issue.params } : {}) }
    : { field, reason: 'INVALID_INPUT', params: { detail: issue.path.join('.') } };
  return personId === undefined ? problem : { ...problem, personId };
}

/** Sort key: the field's place in the form, then the attendance row (the attendance's own problems first). */
const place = (path: readonly PropertyKey[]) =>
  THEORY_CLASS_FIELDS.indexOf(path[0] as TheoryClassField) * 1e6 + (typeof path[1] === 'number' ? path[1] + 1 : 0);

/**
 * Checks a class against its context and returns every problem, in the order of the form's
 * fields (an attendance row's problems after the attendance's own), and the value to store when
 * there is none. A zod issue becomes a shared reason; one that has none (a value of the wrong type)
 * becomes INVALID_INPUT naming the field, as the GraphQL layer reports such input.
 */
export function validateTheoryClass(
  input: TheoryClassDraft,
  ctx: TheoryClassContext,
): { value?: TheoryClassValue; problems: TheoryClassProblem[] } {
  const result = draftSchema.superRefine(againstContext(ctx)).safeParse(input);
  if (result.success) {
    const v = result.data;
    const expectedCount = v.expectedCount ?? ctx.audienceSize;
    // (classHours is never null here; expectedCount is when neither the input nor the context gives it)
    if (v.classHours === null || expectedCount === null) return { problems: [] };
    const attendance = v.attendance.map((a) => ({
      personId: a.personId,
      status: a.status,
      leaveReason: a.status === 'LEAVE' ? (a.leaveReason ?? null) : null,
    }));
    const leaveCount = attendance.filter((a) => a.status === 'LEAVE').length;
    const value = { ...v, classHours: v.classHours, expectedCount, attendance };
    return { value: { ...value, presentCount: attendance.length - leaveCount, leaveCount }, problems: [] };
  }
  const issues = [...result.error.issues].sort((a, b) => place(a.path) - place(b.path));
  return { problems: issues.map((issue) => toProblem(issue, input)) };
}
