import { hasProblems, isFutureDate, validateTheoryClass, type TheoryClassDraft } from './theory-class-validation';

const today = '2026-03-10';
const ok: TheoryClassDraft = {
  date: '2026-03-05',
  classHours: 1.5,
  topic: '学习党的二十届四中全会精神',
  lecturer: '王书记',
  expectedCount: 10,
  attendance: [
    { personId: 'p1', status: 'PRESENT' },
    { personId: 'p2', status: 'LEAVE', leaveReason: '出差' },
  ],
};

describe('theory class validation (same limits as the API)', () => {
  test('a complete class passes', () => {
    expect(hasProblems(validateTheoryClass(ok, today))).toBe(false);
  });

  test('topic required and at most 100 characters', () => {
    expect(validateTheoryClass({ ...ok, topic: '  ' }, today).topic?.reason).toBe('TOPIC_REQUIRED');
    expect(validateTheoryClass({ ...ok, topic: '学'.repeat(101) }, today).topic).toEqual({
      reason: 'TOPIC_TOO_LONG',
      params: { max: 100 },
    });
    expect(validateTheoryClass({ ...ok, topic: '学'.repeat(100) }, today).topic).toBeUndefined();
  });

  test('lecturer required', () => {
    expect(validateTheoryClass({ ...ok, lecturer: '' }, today).lecturer?.reason).toBe('LECTURER_REQUIRED');
  });

  test('class-hours 0.5 to 8 in steps of 0.5', () => {
    for (const h of [0, 0.25, 0.75, 8.5, null]) {
      expect(validateTheoryClass({ ...ok, classHours: h }, today).classHours?.reason).toBe('CLASS_HOURS_RANGE');
    }
    for (const h of [0.5, 1, 7.5, 8])
      expect(validateTheoryClass({ ...ok, classHours: h }, today).classHours).toBeUndefined();
  });

  test('no attendance for a future date, but a future class without attendance is fine', () => {
    expect(validateTheoryClass({ ...ok, date: '2026-03-11' }, today).attendance?.reason).toBe(
      'ATTENDANCE_BEFORE_CLASS',
    );
    expect(hasProblems(validateTheoryClass({ ...ok, date: '2026-03-11', attendance: [] }, today))).toBe(false);
    expect(isFutureDate('2026-03-11', today)).toBe(true);
    expect(isFutureDate(today, today)).toBe(false);
  });

  test('date range', () => {
    expect(validateTheoryClass({ ...ok, date: '2028-03-10', attendance: [] }, today).date?.reason).toBe('DATE_TOO_FAR');
    expect(validateTheoryClass({ ...ok, date: '' }, today).date?.reason).toBe('INVALID_INPUT');
  });

  test('present + leave must not exceed expected (or the audience size when expected is empty)', () => {
    expect(validateTheoryClass({ ...ok, expectedCount: 1 }, today).expectedCount).toEqual({
      reason: 'PRESENT_EXCEEDS_EXPECTED',
      params: { present: 1, expected: 1 },
    });
    expect(validateTheoryClass({ ...ok, expectedCount: null, audienceSize: 1 }, today).expectedCount?.reason).toBe(
      'PRESENT_EXCEEDS_EXPECTED',
    );
    expect(validateTheoryClass({ ...ok, expectedCount: -1 }, today).expectedCount?.reason).toBe('EXPECTED_RANGE');
  });

  test('a leave needs a reason; duplicates are refused', () => {
    const p = validateTheoryClass(
      {
        ...ok,
        attendance: [
          { personId: 'p2', status: 'LEAVE', leaveReason: ' ' },
          { personId: 'p2', status: 'PRESENT' },
        ],
      },
      today,
    );
    expect(p.leaveReasons?.p2?.reason).toBe('LEAVE_REASON_REQUIRED');
    expect(p.attendance?.reason).toBe('DUPLICATE_ATTENDEE');
  });
});
