import {
  branchCommitteeRule,
  evaluateRule,
  finalResult,
  ideologicalWorkRule,
  MEETINGS_RULES,
  membersMeetingRule,
  partyGroupRule,
  partyLectureRule,
  ruleById,
  ruleSettings,
  SETTINGS,
  settingKey,
  statusAt,
  themedPartyDayRule,
  type Fact,
  type RuleDef,
  type StoredSettings,
} from '../..';

const TODAY = '2026-11-24';
const run = (rule: RuleDef, period: string, fact: Fact, today = TODAY, stored: StoredSettings = {}) =>
  evaluateRule(rule, fact, { period, today, settings: ruleSettings(rule, stored), schoolType: 'PRIMARY' });
const held = (n: number): Fact => ({ value: n, detail: { records: n } });

describe('三会一课 frequency rules', () => {
  test('each rule is in the registry, with its period and its bureau settings', () => {
    expect(MEETINGS_RULES.map((r) => [r.id, r.period])).toEqual([
      ['meetings.members-meeting', 'QUARTER'],
      ['meetings.branch-committee', 'MONTH'],
      ['meetings.party-group', 'MONTH'],
      ['meetings.party-lecture', 'QUARTER'],
      ['meetings.themed-party-day', 'MONTH'],
      ['meetings.ideological-work', 'MONTH'],
    ]);
    for (const r of MEETINGS_RULES) expect(ruleById(r.id)).toBe(r);
    // expected: a minimum per period for every kind, exempt months for the monthly kinds only
    expect(SETTINGS.filter((s) => s.ruleId.startsWith('meetings.')).map((s) => s.key)).toEqual([
      'meetings.members-meeting.minMeetings',
      'meetings.branch-committee.minMeetings',
      'meetings.branch-committee.exemptMonths',
      'meetings.party-group.minMeetings',
      'meetings.party-group.exemptMonths',
      'meetings.party-lecture.minMeetings',
      'meetings.themed-party-day.minMeetings',
      'meetings.themed-party-day.exemptMonths',
    ]);
  });

  test("a members' meeting each quarter: met, pending within the quarter, missed after it", () => {
    expect(run(membersMeetingRule, '2026-Q3', held(1)).status).toBe('MET');
    expect(run(membersMeetingRule, '2026-Q3', held(0)).status).toBe('MISSED');
    const pending = run(membersMeetingRule, '2026-Q4', held(0));
    expect(pending.status).toBe('PENDING');
    // expected: 1 still due, the 24th to the 31st of December is 38 days
    expect(pending.reason.zh).toBe('本季度还需召开支部党员大会 1 次，剩 38 天（截止 2026-12-31）');
    expect(pending.dueOn).toBe('2026-12-31');
    expect(run(membersMeetingRule, '2027-Q1', held(0)).reason.zh).toContain('尚未开始');
  });

  test('a monthly kind: the current month is pending, a past month without a meeting missed', () => {
    for (const rule of [branchCommitteeRule, partyGroupRule, themedPartyDayRule]) {
      expect(run(rule, '2026-10', held(1)).status).toBe('MET');
      expect(run(rule, '2026-10', held(0)).status).toBe('MISSED');
      expect(run(rule, '2026-11', held(0)).status).toBe('PENDING');
      expect(run(rule, '2026-11', held(2)).status).toBe('MET');
    }
    expect(run(branchCommitteeRule, '2026-10', held(0)).reason.en).toBe('Only 0 held, below the required 1');
  });

  test('the bureau sets the minimum per period and the exempt months', () => {
    const min = { [settingKey(themedPartyDayRule.id, 'minMeetings')]: 2 };
    expect(run(themedPartyDayRule, '2026-10', held(1), TODAY, min).status).toBe('MISSED');
    expect(run(themedPartyDayRule, '2026-10', held(2), TODAY, min).status).toBe('MET');
    const exempt = { [settingKey(themedPartyDayRule.id, 'exemptMonths')]: [8] };
    expect(run(themedPartyDayRule, '2026-08', held(0), TODAY, exempt).status).toBe('NOT_APPLICABLE');
    expect(run(themedPartyDayRule, '2026-08', held(0)).status).toBe('MISSED');
    const lectures = { [settingKey(partyLectureRule.id, 'minMeetings')]: 3 };
    expect(run(partyLectureRule, '2026-Q2', held(2), TODAY, lectures).status).toBe('MISSED');
    // out of range (0, a fraction): the default applies
    expect(ruleSettings(partyLectureRule, { [settingKey(partyLectureRule.id, 'minMeetings')]: 0 }).minMeetings).toBe(1);
    expect(ruleSettings(partyLectureRule, { [settingKey(partyLectureRule.id, 'minMeetings')]: 1.5 }).minMeetings).toBe(
      1,
    );
  });
});

describe('the ideological-work item of concentrated education', () => {
  const fact = (records: number, missing: number): Fact => ({ value: records - missing, detail: { records, missing } });
  test('nothing to judge in a month without concentrated education', () => {
    expect(run(ideologicalWorkRule, '2026-10', { value: 0, detail: {} }).status).toBe('NOT_APPLICABLE');
    expect(run(ideologicalWorkRule, '2026-11', { value: 0, detail: {} }).status).toBe('NOT_APPLICABLE');
  });
  test('met when every such meeting had the item; pending while it can be added; then missed', () => {
    expect(run(ideologicalWorkRule, '2026-10', fact(3, 0)).status).toBe('MET');
    expect(run(ideologicalWorkRule, '2026-10', fact(3, 1)).status).toBe('MISSED');
    expect(run(ideologicalWorkRule, '2026-10', fact(3, 1)).reason.zh).toBe(
      '3 次集中教育中有 1 次没有安排思想政治工作内容',
    );
    const open = run(ideologicalWorkRule, '2026-11', fact(2, 2));
    expect(open.status).toBe('PENDING');
    expect(open.reason.zh).toBe('2 次集中教育缺少思想政治工作内容，请补充（截止 2026-11-30）');
  });
});

test('the stored final status gives the same answer as evaluating on the day, for every rule and day around period ends', () => {
  const days = [
    '2026-09-15',
    '2026-09-30',
    '2026-10-01',
    '2026-11-29',
    '2026-11-30',
    '2026-12-01',
    '2026-12-31',
    '2027-01-01',
  ];
  const facts = [held(0), held(1), held(2), { value: 1, detail: { records: 2, missing: 1 } }, { value: 0, detail: {} }];
  for (const rule of MEETINGS_RULES as readonly RuleDef[]) {
    const periods = rule.period === 'QUARTER' ? ['2026-Q3', '2026-Q4', '2027-Q1'] : ['2026-09', '2026-11', '2026-12'];
    const settings = ruleSettings(rule, { [settingKey(rule.id, 'exemptMonths')]: [12] });
    for (const period of periods)
      for (const fact of facts) {
        const final = finalResult(rule, fact, { period, settings, schoolType: 'JUNIOR' });
        for (const today of days) {
          const now = evaluateRule(rule, fact, { period, today, settings, schoolType: 'JUNIOR' });
          expect([rule.id, period, fact, today, statusAt(final.status, final.dueOn, today)]).toEqual([
            rule.id,
            period,
            fact,
            today,
            now.status,
          ]);
        }
      }
  }
});
