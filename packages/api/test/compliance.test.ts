import { addMonths, monthOf, RULES, weightedScore } from '@djt/shared';
import { as, codeOf, DEMO_IDS, reasonOf, today, withOwner } from './harness';

const RULE = 'theory-class.monthly';
const REPORT = `query($id: ID!, $rules: [ID!], $from: String, $to: String) {
  compliance(scopeId: $id, ruleIds: $rules, from: $from, to: $to) {
    from to rules { rule { id title period } periods completionRate behindCount
      rows { schoolId schoolName statuses values met missed pending completionRate }
      byDistrict { key schools met missed completionRate } } } }`;
const CARD = `query($s: ID!, $y: Int) { schoolScorecard(schoolId: $s, year: $y) { year score
  rules { rule { id weight } met missed pending completionRate current { period status reason dueOn } periods { period status } } } }`;
const RANKING = `query($id: ID!) { schoolRanking(scopeId: $id) { rules { id } rows { rank districtRank schoolId districtId score met missed rates } } }`;

const bureau = as('bureau_admin');

describe('the generic compliance read API', () => {
  test("a district's figures are the schools' records summed per month, worst first", async () => {
    // School C's district: no suite writes there while this runs.
    const to = monthOf(today());
    const from = addMonths(to, -5);
    const r = await bureau(REPORT, { id: DEMO_IDS.district2, rules: [RULE], from, to });
    expect(r.errors).toBeUndefined();
    const [cmp] = r.data!.compliance.rules;
    expect(cmp.periods).toHaveLength(6);
    const raw = await withOwner(
      async (c) =>
        (
          await c.query(
            `select school_id, to_char(date, 'YYYY-MM') as m, sum(class_hours)::float8 as h from theory_class
              where district_id = $1 and date >= $2::date and date < $3::date group by 1, 2`,
            [DEMO_IDS.district2, `${from}-01`, `${addMonths(to, 1)}-01`],
          )
        ).rows as { school_id: string; m: string; h: number }[],
    );
    for (const row of cmp.rows as { schoolId: string; values: number[] }[])
      expect(row.values).toEqual(
        cmp.periods.map((p: string) => raw.find((x) => x.school_id === row.schoolId && x.m === p)?.h ?? 0),
      );
    const rates = cmp.rows.map((x: { completionRate: number | null }) => x.completionRate ?? 2);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(cmp.behindCount).toBe(cmp.rows.filter((x: { missed: number }) => x.missed > 0).length);
  });

  test('a school scorecard scores every rule, and the open month says what is due and by when', async () => {
    const r = await as('schoolc_secretary')(CARD, { s: DEMO_IDS.schoolC });
    expect(r.errors).toBeUndefined();
    const card = r.data!.schoolScorecard;
    expect(card.rules.map((x: { rule: { id: string } }) => x.rule.id)).toEqual(RULES.map((x) => x.id));
    expect(card.score).toBeCloseTo(
      weightedScore(
        card.rules.map((x: { rule: { weight: number }; completionRate: number | null }) => ({
          weight: x.rule.weight,
          rate: x.completionRate,
        })),
      ) ?? NaN,
    );
    const current = card.rules[0].current;
    expect(current.period).toBe(monthOf(today()));
    if (current.status === 'PENDING') expect(current.reason).toMatch(/本月还需 .+ 课时，剩 \d+ 天/);
  });

  test('创先争优: schools ranked by score within the scope and their district, ties sharing a rank', async () => {
    const r = await bureau(RANKING, { id: DEMO_IDS.bureau });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.schoolRanking.rows as {
      rank: number | null;
      districtRank: number | null;
      districtId: string;
      score: number | null;
    }[];
    const scored = rows.filter((x) => x.score != null);
    expect(scored.length).toBeGreaterThan(0);
    for (let i = 1; i < scored.length; i++) {
      expect(scored[i].score!).toBeLessThanOrEqual(scored[i - 1].score!);
      expect(scored[i].rank!).toBe(scored[i].score === scored[i - 1].score ? scored[i - 1].rank! : i + 1);
    }
    const d1 = scored.filter((x) => x.districtId === DEMO_IDS.district1);
    expect(d1[0].districtRank).toBe(1);
  });

  test('the statement count depends neither on the number of schools nor on the number of rules', async () => {
    const one = await as('district_admin')(REPORT, { id: DEMO_IDS.district1, rules: [RULE] });
    const all = await bureau(REPORT, { id: DEMO_IDS.bureau });
    const rankD = await as('district_admin')(RANKING, { id: DEMO_IDS.district1 });
    const rankB = await bureau(RANKING, { id: DEMO_IDS.bureau });
    expect(one.sqlCount).toBeGreaterThan(0);
    expect(all.sqlCount).toBe(one.sqlCount);
    expect(rankB.sqlCount).toBe(rankD.sqlCount);
  });

  test('bad windows, years and rules are refused with stable reasons', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-13' }, 'INVALID_MONTH'],
      [{ from: '1999-01' }, 'INVALID_YEAR'],
      [{ from: '2024-01', to: '2026-01' }, 'MONTH_WINDOW_TOO_LONG'],
      [{ from: '2026-05', to: '2026-01' }, 'MONTH_WINDOW_TOO_LONG'],
      [{ rules: ['no.such-rule'] }, 'UNKNOWN_RULE'],
    ];
    for (const [vars, reason] of cases) {
      const r = await bureau(REPORT, { id: DEMO_IDS.bureau, ...vars });
      expect([vars, codeOf(r), reasonOf(r)]).toEqual([vars, 'BAD_USER_INPUT', reason]);
    }
    expect(reasonOf(await bureau(CARD, { s: DEMO_IDS.schoolA, y: 3000 }))).toBe('INVALID_YEAR');
  });

  test('complianceRules lists the registry in the language asked for', async () => {
    const q = `{ complianceRules { id title period measure } }`;
    const zh = await bureau(q);
    const en = await bureau(q, {}, 'en');
    expect(zh.data!.complianceRules[0]).toEqual({
      id: RULE,
      title: '每月思想政治课',
      period: 'MONTH',
      measure: '课时',
    });
    expect(en.data!.complianceRules[0].title).toBe('Monthly political-theory class');
  });
});
