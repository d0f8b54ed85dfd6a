import {
  canTransition,
  evaluateRule,
  finalResult,
  MATTER_STATES,
  matterCommunicationRule,
  matterDecidedFirstRule,
  matterQuorumRule,
  ruleSettings,
  settingKey,
  statusAt,
  type Fact,
  type RuleDef,
  type StoredSettings,
} from '../..';

const run = (rule: RuleDef<any>, detail: Record<string, number>, today = '2026-11-26', stored: StoredSettings = {}) =>
  evaluateRule(
    rule,
    { value: 0, detail },
    { period: '2026', today, settings: ruleSettings(rule, stored), schoolType: 'PRIMARY' },
  );

describe('重大事项 rules', () => {
  test('decided first: a year with an execution before its decision is MISSED at once, with the figures', () => {
    const r = run(matterDecidedFirstRule, { records: 4, violations: 1 });
    expect(r.status).toBe('MISSED');
    expect(r.reason.zh).toBe('4 项已执行事项中有 1 项在决策之前执行，属违规');
    expect(run(matterDecidedFirstRule, { records: 4, violations: 0 }).status).toBe('MET');
    expect(run(matterDecidedFirstRule, {}).status).toBe('NOT_APPLICABLE');
  });

  test('quorum: the lowest share present against the bureau settings, cadre matters at ⅔', () => {
    expect(run(matterQuorumRule, { records: 2, minRatio: 0.6 }).status).toBe('MET');
    expect(run(matterQuorumRule, { records: 2, minRatio: 0.5 }).status).toBe('MISSED');
    expect(run(matterQuorumRule, { records: 1, cadre: 1, minCadreRatio: 2 / 3 }).status).toBe('MET');
    expect(run(matterQuorumRule, { records: 1, cadre: 1, minCadreRatio: 5 / 8 }).status).toBe('MISSED');
    // A bureau that asks 60% for every matter: 0.6 is no longer "more than".
    const strict = { [settingKey(matterQuorumRule.id, 'quorumPercent')]: 60 };
    expect(run(matterQuorumRule, { records: 2, minRatio: 0.6 }, '2026-11-26', strict).status).toBe('MISSED');
  });

  test('communication: late communication is counted, a year without decisions has nothing to judge', () => {
    expect(run(matterCommunicationRule, { records: 3, late: 1 }).status).toBe('MISSED');
    expect(run(matterCommunicationRule, { records: 3, late: 0 }).status).toBe('MET');
    expect(run(matterCommunicationRule, { records: 0 }).status).toBe('NOT_APPLICABLE');
  });

  test('the stored final status gives the same answer as evaluating on the day', () => {
    const facts: Fact[] = [
      { value: 0, detail: { records: 3, violations: 1 } },
      { value: 0, detail: { records: 3, violations: 0 } },
      { value: 0, detail: {} },
    ];
    for (const rule of [matterDecidedFirstRule, matterCommunicationRule, matterQuorumRule])
      for (const fact of facts)
        for (const today of ['2026-01-01', '2026-06-30', '2027-02-01']) {
          const settings = ruleSettings(rule, {});
          const final = finalResult(rule, fact, { period: '2026', settings, schoolType: 'PRIMARY' });
          const onTheDay = evaluateRule(rule, fact, { period: '2026', today, settings, schoolType: 'PRIMARY' });
          expect(statusAt(final.status, final.dueOn, today)).toBe(onTheDay.status);
        }
  });

  test('the transition table: forward one step only, edits in place, EXECUTED final', () => {
    const allowed = MATTER_STATES.flatMap((f) =>
      MATTER_STATES.filter((t) => canTransition(f, t)).map((t) => `${f}>${t}`),
    );
    expect(allowed).toEqual([
      'DRAFT>DRAFT',
      'DRAFT>PROPOSED',
      'PROPOSED>PROPOSED',
      'PROPOSED>DECIDED',
      'DECIDED>DECIDED',
      'DECIDED>EXECUTED',
    ]);
  });
});
