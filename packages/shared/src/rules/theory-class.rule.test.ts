import { completionRate, DEFAULT_SETTINGS, resolveSettings, theoryClassMonthlyRule } from '..';

const evaluate = (month: string, classHours: number, today = '2026-11-24', settings = DEFAULT_SETTINGS) =>
  theoryClassMonthlyRule.evaluate({ month, classHours, today }, settings);

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
  test('the current month is pending until met; a future month is pending', () => {
    expect(evaluate('2026-11', 0).status).toBe('PENDING');
    expect(evaluate('2026-11', 1).status).toBe('MET');
    expect(evaluate('2026-12', 0).status).toBe('PENDING');
  });
  test('exempt months are not applicable, even if a class was held', () => {
    expect(evaluate('2026-08', 0).status).toBe('NOT_APPLICABLE');
    expect(evaluate('2026-07', 3).status).toBe('NOT_APPLICABLE');
  });
  test('the bureau setting changes the minimum and the exempt months', () => {
    const s = resolveSettings({ theoryClass: { minClassHoursPerMonth: 2, exemptMonths: [] } });
    expect(evaluate('2026-10', 1, undefined, s).status).toBe('MISSED');
    expect(evaluate('2026-08', 0, undefined, s).status).toBe('MISSED');
    expect(s.partyBuildingMonth).toBe(7);
  });
  test('completion rate counts only months that are due', () => {
    expect(completionRate(['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'])).toBe(0.5);
    expect(completionRate(['PENDING', 'NOT_APPLICABLE'])).toBeNull();
  });
});
