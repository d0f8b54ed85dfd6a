import {
  completionRate,
  evaluateRule,
  finalResult,
  periodEnd,
  ruleSettings,
  settingKey,
  statusAt,
  theoryClassMonthlyRule as rule,
  type StoredSettings,
} from '../..';

const settingsOf = (stored: StoredSettings = {}) => ruleSettings(rule, stored);
const evaluate = (month: string, hours: number, today = '2026-11-24', stored: StoredSettings = {}) =>
  evaluateRule(
    rule,
    { value: hours, detail: {} },
    { period: month, today, settings: settingsOf(stored), schoolType: 'PRIMARY' },
  );

describe('思想政治课 monthly rule', () => {
  test('a past month with enough class-hours is met', () => {
    expect(evaluate('2026-10', 1).status).toBe('MET');
    expect(evaluate('2026-10', 2).reason.en).toContain('2 class-hour');
  });
  test('a past month below the minimum is missed, with the figures in the reason', () => {
    const r = evaluate('2026-10', 0.5);
    expect(r.status).toBe('MISSED');
    expect(r.reason.zh).toContain('0.5');
  });
  test('the current month is pending until met, and says what is due and by when', () => {
    const r = evaluate('2026-11', 0, '2026-11-26');
    expect(r.status).toBe('PENDING');
    // expected: 1 class-hour still due, the 26th to the 30th is 5 days
    expect(r.reason.zh).toBe('本月还需 1 课时，剩 5 天（截止 2026-11-30）');
    expect(evaluate('2026-11', 1).status).toBe('MET');
    expect(evaluate('2026-12', 0).status).toBe('PENDING');
  });
  test('exempt months are not applicable, even if a class was held', () => {
    expect(evaluate('2026-08', 0).status).toBe('NOT_APPLICABLE');
    expect(evaluate('2026-07', 3).status).toBe('NOT_APPLICABLE');
  });
  test('the bureau setting changes the minimum and the exempt months', () => {
    const stored = { [settingKey(rule.id, 'minClassHours')]: 2, [settingKey(rule.id, 'exemptMonths')]: [] };
    expect(evaluate('2026-10', 1, undefined, stored).status).toBe('MISSED');
    expect(evaluate('2026-08', 0, undefined, stored).status).toBe('MISSED');
  });
  test('an out-of-range stored setting falls back to the default', () => {
    expect(settingsOf({ [settingKey(rule.id, 'minClassHours')]: 99 }).minClassHours).toBe(1);
  });
  test('the stored final status gives the same answer as evaluating on the day, for every day around month end', () => {
    for (const hours of [0, 0.5, 1, 2])
      for (const month of ['2026-06', '2026-07', '2026-10', '2026-11', '2026-12']) {
        const final = finalResult(
          rule,
          { value: hours, detail: {} },
          { period: month, settings: settingsOf(), schoolType: 'PRIMARY' },
        );
        for (const today of [
          '2026-10-15',
          '2026-10-31',
          '2026-11-01',
          '2026-11-29',
          '2026-11-30',
          '2026-12-01',
          '2027-01-02',
        ])
          expect([month, hours, today, statusAt(final.status, final.dueOn, today)]).toEqual([
            month,
            hours,
            today,
            evaluate(month, hours, today).status,
          ]);
      }
    expect(periodEnd('MONTH', '2026-02')).toBe('2026-02-28');
  });
  test('completion rate counts only months that are due', () => {
    expect(completionRate(['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'])).toBe(0.5);
    expect(completionRate(['PENDING', 'NOT_APPLICABLE'])).toBeNull();
  });
});
