import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compareNames,
  evaluateRule,
  worstFirst,
  periodOf,
  periodsBetween,
  rateOf,
  RULES,
  ruleSettings,
  statusAt,
  weightedScore,
  type ComplianceStatus,
  type Lang,
  type OrgRef,
  type RuleDef,
  type SchoolType,
  type StoredSettings,
} from '@djt/shared';
import { pgTextArray } from './facts.service';

/**
 * The dashboards' figures, read from the compliance facts in a fixed number of statements
 * whatever the number of schools and rules: the schools under the scope, the bureau's settings,
 * and the facts. Cells without a fact are the empty fact's status, decided once per period and
 * school type. Today's status comes from each fact's final status and due date (statusAt).
 */

const SCOPE_COLUMN = { BUREAU: 'bureau_id', DISTRICT: 'district_id', SCHOOL: 'school_id' } as const;

export interface SchoolRow {
  id: string;
  name: string;
  school_type: SchoolType;
  district_id: string;
  district_name: string;
}

interface FactCell {
  school_id: string;
  rule_id: string;
  period: string;
  value: number;
  status: ComplianceStatus;
  due_on: string;
}

export interface ComplianceRowOut {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: SchoolType;
  statuses: ComplianceStatus[];
  values: number[];
  met: number;
  missed: number;
  pending: number;
  completionRate: number | null;
}

export interface GroupOut {
  key: string;
  name: string;
  schools: number;
  met: number;
  missed: number;
  completionRate: number | null;
}

export interface PeriodCountOut {
  period: string;
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
}

export interface RuleComparisonOut {
  rule: RuleDef;
  periods: string[];
  /** Every school, worst first (the resolver pages them). */
  rows: ComplianceRowOut[];
  byDistrict: GroupOut[];
  /** Keyed by school type; `name` is the type itself (labelled in the request's language by the resolver). */
  bySchoolType: GroupOut[];
  periodCounts: PeriodCountOut[];
  completionRate: number | null;
  behindCount: number;
}

export async function schoolsUnder(em: EntityManager, scope: OrgRef): Promise<SchoolRow[]> {
  return em.execute<SchoolRow[]>(
    `select s.id, s.name, s.school_type, s.district_id, d.name as district_name
       from organisation s join organisation d on d.id = s.district_id
      where s.level = 'SCHOOL' and s.${SCOPE_COLUMN[scope.level]} = ?
      order by d.name, s.name`,
    [scope.id],
  );
}

export async function storedSettings(em: EntityManager, bureauId: string): Promise<StoredSettings | null> {
  const [row] = await em.execute<{ settings: StoredSettings }[]>(
    'select settings from bureau_settings where bureau_id = ?',
    [bureauId],
  );
  return row?.settings ?? null;
}

async function readFacts(em: EntityManager, scope: OrgRef, ruleIds: string[], periods: string[]) {
  return em.execute<FactCell[]>(
    `select school_id, rule_id, period, value, status, to_char(due_on, 'YYYY-MM-DD') as due_on
       from compliance_fact
      where ${SCOPE_COLUMN[scope.level]} = ? and rule_id = any(?::text[]) and period = any(?::text[])`,
    [scope.id, pgTextArray(ruleIds), pgTextArray(periods)],
  );
}

/** Today's status of cells without a fact, decided once per (period, school type). */
function emptyStatuses(rule: RuleDef, settings: ReturnType<typeof ruleSettings>, today: string) {
  const memo = new Map<string, ComplianceStatus>();
  return (period: string, schoolType: SchoolType) => {
    const key = `${period}|${schoolType}`;
    let s = memo.get(key);
    if (!s) memo.set(key, (s = evaluateRule(rule, null, { period, today, settings, schoolType }).status));
    return s;
  };
}

function groups(
  rows: ComplianceRowOut[],
  keyOf: (r: ComplianceRowOut) => string,
  nameOf: (r: ComplianceRowOut) => string,
) {
  const out = new Map<string, GroupOut>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = out.get(key) ?? { key, name: nameOf(r), schools: 0, met: 0, missed: 0, completionRate: null };
    g.schools++;
    g.met += r.met;
    g.missed += r.missed;
    out.set(key, g);
  }
  return [...out.values()].map((g) => ({ ...g, completionRate: rateOf(g.met, g.missed) }));
}

/** Schools × periods for each rule under a scope (months from..to select the periods). */
export async function complianceReport(
  em: EntityManager,
  scope: OrgRef,
  rules: readonly RuleDef[],
  window: { from: string; to: string },
  today: string,
): Promise<RuleComparisonOut[]> {
  const periodsOf = new Map(rules.map((r) => [r.id, periodsBetween(r.period, window.from, window.to)]));
  const allPeriods = [...new Set([...periodsOf.values()].flat())];
  // One after the other: they share the request's transaction, i.e. one connection.
  const schools = await schoolsUnder(em, scope);
  const stored = await storedSettings(em, scope.bureauId);
  const facts = await readFacts(
    em,
    scope,
    rules.map((r) => r.id),
    allPeriods,
  );
  const index = new Map(schools.map((s, i) => [s.id, i]));
  return rules.map((rule) => {
    const periods = periodsOf.get(rule.id)!;
    const periodIndex = new Map(periods.map((p, i) => [p, i]));
    const settings = ruleSettings(rule, stored);
    const empty = emptyStatuses(rule, settings, today);
    const statuses = schools.map((s) => periods.map((p) => empty(p, s.school_type)));
    const values = schools.map(() => new Array<number>(periods.length).fill(0));
    for (const f of facts) {
      if (f.rule_id !== rule.id) continue;
      const i = index.get(f.school_id);
      const j = periodIndex.get(f.period);
      if (i === undefined || j === undefined) continue;
      statuses[i][j] = statusAt(f.status, f.due_on, today);
      values[i][j] = f.value;
    }
    const rows: ComplianceRowOut[] = schools.map((s, i) => {
      let met = 0;
      let missed = 0;
      let pending = 0;
      for (const st of statuses[i])
        if (st === 'MET') met++;
        else if (st === 'MISSED') missed++;
        else if (st === 'PENDING') pending++;
      return {
        schoolId: s.id,
        schoolName: s.name,
        districtId: s.district_id,
        districtName: s.district_name,
        schoolType: s.school_type,
        statuses: statuses[i],
        values: values[i],
        met,
        missed,
        pending,
        completionRate: rateOf(met, missed),
      };
    });
    rows.sort(worstFirst);
    const met = rows.reduce((n, r) => n + r.met, 0);
    const missed = rows.reduce((n, r) => n + r.missed, 0);
    const periodCounts = periods.map((period) => ({ period, met: 0, missed: 0, pending: 0, notApplicable: 0 }));
    for (const byPeriod of statuses)
      byPeriod.forEach((st, j) => {
        const c = periodCounts[j];
        if (st === 'MET') c.met++;
        else if (st === 'MISSED') c.missed++;
        else if (st === 'PENDING') c.pending++;
        else c.notApplicable++;
      });
    return {
      rule,
      periods,
      rows,
      byDistrict: groups(
        rows,
        (r) => r.districtId,
        (r) => r.districtName,
      ),
      bySchoolType: groups(
        rows,
        (r) => r.schoolType,
        (r) => r.schoolType,
      ),
      periodCounts,
      completionRate: rateOf(met, missed),
      behindCount: rows.filter((r) => r.missed > 0).length,
    };
  });
}

export interface PeriodResultOut {
  period: string;
  status: ComplianceStatus;
  value: number;
  records: number;
  reason: string;
  dueOn: string;
}

export interface ScorecardRuleOut {
  rule: RuleDef;
  periods: PeriodResultOut[];
  met: number;
  missed: number;
  pending: number;
  completionRate: number | null;
  current: PeriodResultOut | null;
}

/** Every rule for one school over one year, with reasons and the weighted score (SPEC §4). */
export async function schoolScorecard(
  em: EntityManager,
  school: OrgRef & { schoolType: SchoolType },
  year: number,
  today: string,
  lang: Lang,
): Promise<{ score: number | null; rules: ScorecardRuleOut[] }> {
  const from = `${year}-01`;
  const to = `${year}-12`;
  const stored = await storedSettings(em, school.bureauId);
  const facts = await em.execute<{ rule_id: string; period: string; value: number; detail: Record<string, number> }[]>(
    `select rule_id, period, value, detail from compliance_fact
        where school_id = ? and rule_id = any(?::text[]) and period = any(?::text[])`,
    [
      school.id,
      pgTextArray(RULES.map((r) => r.id)),
      pgTextArray([...new Set(RULES.flatMap((r) => periodsBetween(r.period, from, to)))]),
    ],
  );
  const byKey = new Map(facts.map((f) => [`${f.rule_id}|${f.period}`, f]));
  const rules = RULES.map((rule) => {
    const settings = ruleSettings(rule, stored);
    const periods = periodsBetween(rule.period, from, to).map((period) => {
      const f = byKey.get(`${rule.id}|${period}`);
      const fact = f ? { value: Number(f.value), detail: f.detail ?? {} } : null;
      const r = evaluateRule(rule, fact, { period, today, settings, schoolType: school.schoolType });
      return {
        period,
        status: r.status,
        value: fact?.value ?? 0,
        records: fact?.detail.records ?? 0,
        reason: r.reason[lang],
        dueOn: r.dueOn,
      };
    });
    const met = periods.filter((p) => p.status === 'MET').length;
    const missed = periods.filter((p) => p.status === 'MISSED').length;
    const current = periods.find((p) => p.period === periodOf(rule.period, today)) ?? null;
    return {
      rule,
      periods,
      met,
      missed,
      pending: periods.filter((p) => p.status === 'PENDING').length,
      completionRate: rateOf(met, missed),
      current,
    };
  });
  return {
    score: weightedScore(rules.map((r) => ({ weight: r.rule.weight, rate: r.completionRate }))),
    rules,
  };
}

export interface RankedSchoolOut {
  rank: number | null;
  districtRank: number | null;
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: SchoolType;
  score: number | null;
  met: number;
  missed: number;
  rates: (number | null)[];
}

/**
 * 创先争优 (SPEC §3.10): every school under the scope scored on every rule for one year and
 * ranked, within the scope and within its district. Institutions only, never individuals.
 * Schools with the same score share a rank; schools with nothing due yet are not ranked.
 */
export async function schoolRanking(
  em: EntityManager,
  scope: OrgRef,
  year: number,
  today: string,
): Promise<RankedSchoolOut[]> {
  const report = await complianceReport(em, scope, RULES, { from: `${year}-01`, to: `${year}-12` }, today);
  const bySchool = new Map<string, RankedSchoolOut>();
  report.forEach((rc, k) => {
    for (const r of rc.rows) {
      let row = bySchool.get(r.schoolId);
      if (!row) {
        row = {
          rank: null,
          districtRank: null,
          schoolId: r.schoolId,
          schoolName: r.schoolName,
          districtId: r.districtId,
          districtName: r.districtName,
          schoolType: r.schoolType,
          score: null,
          met: 0,
          missed: 0,
          rates: new Array<number | null>(report.length).fill(null),
        };
        bySchool.set(r.schoolId, row);
      }
      row.met += r.met;
      row.missed += r.missed;
      row.rates[k] = r.completionRate;
    }
  });
  const rows = [...bySchool.values()];
  for (const row of rows)
    row.score = weightedScore(report.map((rc, k) => ({ weight: rc.rule.weight, rate: row.rates[k] })));
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.met - a.met || compareNames(a.schoolName, b.schoolName));
  const rankWithin = (list: RankedSchoolOut[], set: (r: RankedSchoolOut, rank: number) => void) => {
    let prev: number | null = null;
    let rank = 0;
    list.forEach((r, i) => {
      if (r.score == null) return;
      if (r.score !== prev) rank = i + 1;
      prev = r.score;
      set(r, rank);
    });
  };
  rankWithin(rows, (r, n) => (r.rank = n));
  const byDistrict = new Map<string, RankedSchoolOut[]>();
  for (const r of rows) byDistrict.set(r.districtId, [...(byDistrict.get(r.districtId) ?? []), r]);
  for (const list of byDistrict.values()) rankWithin(list, (r, n) => (r.districtRank = n));
  return rows;
}
