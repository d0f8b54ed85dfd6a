import { LIMITS, type AttendanceStatus, type ErrorReason } from '@djt/shared';

/** The form's values as the validator sees them (strings/numbers as typed, nothing coerced). */
export interface TheoryClassDraft {
  date?: string | null;
  classHours?: number | null;
  topic?: string | null;
  lecturer?: string | null;
  expectedCount?: number | null;
  /** The number of people in the audience at the school: the API's default for expectedCount. */
  audienceSize?: number | null;
  attendance?: readonly { personId: string; status: AttendanceStatus; leaveReason?: string | null }[];
}

export interface FieldProblem {
  reason: ErrorReason;
  params?: Record<string, string | number>;
}

export type DraftField = 'date' | 'classHours' | 'topic' | 'lecturer' | 'expectedCount' | 'attendance';
export type DraftProblems = Partial<Record<DraftField, FieldProblem>> & {
  /** Attendance rows (by personId) whose leave has no reason. */
  leaveReasons?: Record<string, FieldProblem>;
};

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The same checks the API applies to TheoryClassInput, with the same limits and reason codes, so
 * the form says what is wrong next to the field before anything is sent. The API stays the
 * authority; this only saves a round trip and a lost edit.
 */
export function validateTheoryClass(draft: TheoryClassDraft, today: string): DraftProblems {
  const out: DraftProblems = {};

  const topic = draft.topic?.trim() ?? '';
  if (!topic) out.topic = { reason: 'TOPIC_REQUIRED' };
  else if ([...topic].length > LIMITS.topicMax)
    out.topic = { reason: 'TOPIC_TOO_LONG', params: { max: LIMITS.topicMax } };

  const lecturer = draft.lecturer?.trim() ?? '';
  if (!lecturer) out.lecturer = { reason: 'LECTURER_REQUIRED' };
  else if ([...lecturer].length > LIMITS.lecturerMax)
    out.lecturer = { reason: 'INVALID_INPUT', params: { detail: `≤ ${LIMITS.lecturerMax}` } };

  const h = draft.classHours;
  if (
    h == null ||
    !Number.isFinite(h) ||
    h < LIMITS.classHoursMin ||
    h > LIMITS.classHoursMax ||
    Math.round(h * 2) !== h * 2
  ) {
    out.classHours = { reason: 'CLASS_HOURS_RANGE', params: { min: LIMITS.classHoursMin, max: LIMITS.classHoursMax } };
  }

  const attendance = draft.attendance ?? [];
  const date = draft.date ?? '';
  if (!ISO_DATE.test(date)) {
    out.date = { reason: 'INVALID_INPUT', params: { detail: 'YYYY-MM-DD' } };
  } else {
    const delta = dayNumber(date) - dayNumber(today);
    if (delta > LIMITS.planAheadDays || -delta > LIMITS.recordBackDays) out.date = { reason: 'DATE_TOO_FAR' };
    else if (delta > 0 && attendance.length > 0) out.attendance = { reason: 'ATTENDANCE_BEFORE_CLASS' };
  }

  const expected = draft.expectedCount ?? draft.audienceSize ?? null;
  if (draft.expectedCount != null) {
    const e = draft.expectedCount;
    if (!Number.isInteger(e) || e < 0 || e > LIMITS.expectedMax) {
      out.expectedCount = { reason: 'EXPECTED_RANGE', params: { max: LIMITS.expectedMax } };
    }
  }

  const seen = new Set<string>();
  let present = 0;
  let leave = 0;
  for (const a of attendance) {
    if (seen.has(a.personId) && !out.attendance) out.attendance = { reason: 'DUPLICATE_ATTENDEE' };
    seen.add(a.personId);
    if (a.status === 'PRESENT') present++;
    else {
      leave++;
      if (!a.leaveReason?.trim()) {
        out.leaveReasons ??= {};
        out.leaveReasons[a.personId] = { reason: 'LEAVE_REASON_REQUIRED' };
      } else if ([...a.leaveReason.trim()].length > LIMITS.leaveReasonMax) {
        out.leaveReasons ??= {};
        out.leaveReasons[a.personId] = { reason: 'INVALID_INPUT', params: { detail: `≤ ${LIMITS.leaveReasonMax}` } };
      }
    }
  }
  if (expected != null && !out.expectedCount && present + leave > expected) {
    out.expectedCount = { reason: 'PRESENT_EXCEEDS_EXPECTED', params: { present, expected } };
  }
  return out;
}

export function hasProblems(p: DraftProblems): boolean {
  return Object.keys(p).some((k) => k !== 'leaveReasons') || Object.keys(p.leaveReasons ?? {}).length > 0;
}

/** Whether a date is after today (no attendance may be recorded yet). */
export function isFutureDate(date: string | null | undefined, today: string): boolean {
  return !!date && ISO_DATE.test(date) && date > today;
}
