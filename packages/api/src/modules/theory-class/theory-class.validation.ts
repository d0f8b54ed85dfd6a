import { LIMITS, type PartyStatus } from '@djt/shared';
import { badInput } from '../../core/errors';
import type { AttendanceInput } from './theory-class.types';

export interface ClassFieldsInput {
  date: string;
  classHours: number;
  topic: string;
  lecturer: string;
  audience: 'MEMBERS' | 'ALL_STAFF';
  expectedCount?: number | null;
  attendance: AttendanceInput[];
}

export interface SchoolPerson {
  id: string;
  schoolId: string;
  partyStatus: PartyStatus;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Checks a class and its attendance before anything is written; the first problem found is
 * reported with its field. `people` holds every person named in the attendance who exists
 * (in any school: the caller loads them by id without the scope filter's help).
 */
export function validateClass(
  input: ClassFieldsInput,
  ctx: { today: string; schoolId: string; people: Map<string, SchoolPerson>; audienceSize: number },
): { topic: string; lecturer: string; expectedCount: number; present: number; leave: number } {
  const topic = input.topic.trim();
  if (!topic) throw badInput('TOPIC_REQUIRED', {}, 'topic');
  if (topic.length > LIMITS.topicMax) throw badInput('TOPIC_TOO_LONG', { max: LIMITS.topicMax }, 'topic');
  const lecturer = input.lecturer.trim();
  if (!lecturer || lecturer.length > LIMITS.lecturerMax) throw badInput('LECTURER_REQUIRED', {}, 'lecturer');
  const h = input.classHours;
  if (!(h >= LIMITS.classHoursMin && h <= LIMITS.classHoursMax && Number.isInteger(h * 2)))
    throw badInput('CLASS_HOURS_RANGE', { min: LIMITS.classHoursMin, max: LIMITS.classHoursMax }, 'classHours');
  const ahead = daysBetween(ctx.today, input.date);
  if (ahead > LIMITS.planAheadDays || -ahead > LIMITS.recordBackDays) throw badInput('DATE_TOO_FAR', {}, 'date');
  if (ahead > 0 && input.attendance.length > 0) throw badInput('ATTENDANCE_BEFORE_CLASS', {}, 'attendance');

  const expectedCount = input.expectedCount ?? ctx.audienceSize;
  if (!Number.isInteger(expectedCount) || expectedCount < 0 || expectedCount > LIMITS.expectedMax)
    throw badInput('EXPECTED_RANGE', { max: LIMITS.expectedMax }, 'expectedCount');

  const seen = new Set<string>();
  let present = 0;
  let leave = 0;
  for (const a of input.attendance) {
    if (seen.has(a.personId)) throw badInput('DUPLICATE_ATTENDEE', {}, 'attendance');
    seen.add(a.personId);
    const person = ctx.people.get(a.personId);
    if (!person || person.schoolId !== ctx.schoolId) throw badInput('PERSON_NOT_IN_SCHOOL', {}, 'attendance');
    if (input.audience === 'MEMBERS' && person.partyStatus === 'NONE')
      throw badInput('PERSON_NOT_IN_AUDIENCE', {}, 'attendance');
    if (a.status === 'LEAVE') {
      const reason = a.leaveReason?.trim() ?? '';
      if (!reason || reason.length > LIMITS.leaveReasonMax) throw badInput('LEAVE_REASON_REQUIRED', {}, 'attendance');
      leave++;
    } else present++;
  }
  if (present + leave > expectedCount)
    throw badInput('PRESENT_EXCEEDS_EXPECTED', { present, expected: expectedCount }, 'attendance');
  return { topic, lecturer, expectedCount, present, leave };
}
