import type { EntityManager } from '@mikro-orm/postgresql';
import {
  finalResult,
  nextDay,
  periodEnd,
  periodOf,
  periodStart,
  ruleById,
  ruleSettings,
  type Fact,
  type OrgRef,
  type PeriodKind,
  type RuleDef,
  type SchoolType,
  type StoredSettings,
} from '@djt/shared';
import { boundSourceSql, type FactFilter, type FactSource } from './fact-source';

interface SourceRow {
  bureau_id: string;
  district_id: string;
  school_id: string;
  period: string;
  value: number;
  detail: Record<string, number> | null;
}

interface FactRow {
  bureau_id: string;
  district_id: string;
  school_id: string;
  rule_id: string;
  period: string;
  value: number;
  detail: Record<string, number>;
  status: string;
  due_on: string;
}

/**
 * Rules computed together: the rules fed by exactly the same sources. A rule with several
 * sources (its own module's records, and another module's records that count for it too, entered
 * once) gets the sum of their rows: per school and period, the values are added and so is each
 * number of the details (`records` included).
 */
interface RuleGroup {
  rules: RuleDef[];
  sources: FactSource[];
  kind: PeriodKind;
}

/**
 * Maintains the compliance facts (one row per school × rule × period that has records), which
 * every dashboard reads instead of aggregating records per request.
 *
 * - A module calls `recordsChanged` in the same transaction as the change, with the dates of
 *   the records before and after: the affected periods are recomputed from the records.
 * - A settings change rebuilds the bureau's facts (`rebuildBureau`), also in its transaction.
 * - A fact stores the period's final status (as decided after its due date) and the due date;
 *   today's status is derived at read time (statusAt), so nothing has to run at midnight.
 * - A period without records has no fact: readers evaluate the empty fact.
 * - A rule may have several sources (several modules' records count for it): the rows of all of
 *   them are added up (RuleGroup), whichever table changed.
 */
export class FactsEngine {
  private readonly groups: RuleGroup[];
  private readonly byTable = new Map<string, RuleGroup[]>();

  constructor(
    readonly sources: readonly FactSource[],
    /** False only to measure the maintenance's cost (DJT_FACTS_INCREMENTAL=off, benchmarks). */
    private readonly incremental = true,
  ) {
    const sourcesOf = new Map<string, FactSource[]>();
    for (const s of sources) {
      const kinds = new Set<PeriodKind>();
      for (const r of s.ruleIds) {
        const rule = ruleById(r);
        if (!rule) throw new Error(`fact source names unknown rule ${r}`);
        kinds.add(rule.period);
        sourcesOf.set(r, [...(sourcesOf.get(r) ?? []), s]);
      }
      if (kinds.size > 1) throw new Error(`fact source of ${s.ruleIds.join(', ')} mixes period kinds`);
    }
    const byKey = new Map<string, RuleGroup>();
    for (const [ruleId, list] of sourcesOf) {
      const key = list.map((s) => sources.indexOf(s)).join(',');
      const rule = ruleById(ruleId)!;
      const group = byKey.get(key) ?? { rules: [], sources: list, kind: rule.period };
      group.rules.push(rule);
      byKey.set(key, group);
    }
    this.groups = [...byKey.values()];
    for (const g of this.groups)
      for (const t of new Set(g.sources.flatMap((s) => s.tables)))
        this.byTable.set(t, [...(this.byTable.get(t) ?? []), g]);
  }

  /** Recomputes the facts of `school` that records of `table` dated on `dates` feed. */
  async recordsChanged(em: EntityManager, table: string, school: OrgRef, dates: readonly string[]): Promise<void> {
    const groups = this.byTable.get(table) ?? [];
    if (!this.incremental || !groups.length || !dates.length) return;
    const [ctx] = await em.execute<{ school_type: SchoolType; settings: StoredSettings | null }[]>(
      `select o.school_type, s.settings from organisation o left join bureau_settings s on s.bureau_id = o.bureau_id
        where o.id = ?`,
      [school.id],
    );
    // A source feeding two groups of this change is read once (same period kind, same dates).
    const read = new Map<FactSource, Promise<SourceRow[]>>();
    for (const group of groups) {
      const periods = [...new Set(dates.map((d) => periodOf(group.kind, d)))].sort();
      const filter: FactFilter = {
        column: 'school_id',
        id: school.id,
        from: periodStart(group.kind, periods[0]),
        to: nextDay(periodEnd(group.kind, periods[periods.length - 1])),
      };
      const rows: SourceRow[] = [];
      // One after the other: the request's transaction has one connection.
      for (const source of group.sources) {
        if (!read.has(source)) read.set(source, runSource(em, source, filter));
        rows.push(...(await read.get(source)!));
      }
      const inPeriods = merged(group, rows).filter((r) => periods.includes(r.period));
      const facts = group.rules.flatMap((rule) =>
        toFacts(rule, inPeriods, ctx?.settings ?? null, () => ctx.school_type),
      );
      await writeFacts(em, {
        where: `school_id = ? and rule_id = any(?::text[]) and period = any(?::text[])`,
        params: [school.id, pgTextArray(group.rules.map((r) => r.id)), pgTextArray(periods)],
        facts,
      });
    }
  }

  /** Recomputes every fact of a bureau (after a settings change, or by `pnpm facts:rebuild`). */
  async rebuildBureau(em: EntityManager, bureauId: string): Promise<number> {
    const [settingsRow] = await em.execute<{ settings: StoredSettings | null }[]>(
      'select settings from bureau_settings where bureau_id = ?',
      [bureauId],
    );
    const types = new Map(
      (
        await em.execute<{ id: string; school_type: SchoolType }[]>(
          `select id, school_type from organisation where bureau_id = ? and level = 'SCHOOL'`,
          [bureauId],
        )
      ).map((r) => [r.id, r.school_type]),
    );
    let written = 0;
    const read = new Map<FactSource, SourceRow[]>();
    for (const group of this.groups) {
      const rows: SourceRow[] = [];
      for (const source of group.sources) {
        if (!read.has(source)) read.set(source, await runSource(em, source, { column: 'bureau_id', id: bureauId }));
        rows.push(...read.get(source)!);
      }
      const all = merged(group, rows);
      const facts = group.rules.flatMap((rule) =>
        toFacts(rule, all, settingsRow?.settings ?? null, (schoolId) => types.get(schoolId)!),
      );
      await writeFacts(em, {
        where: `bureau_id = ? and rule_id = any(?::text[])`,
        params: [bureauId, pgTextArray(group.rules.map((r) => r.id))],
        facts,
      });
      written += facts.length;
    }
    return written;
  }
}

async function runSource(em: EntityManager, source: FactSource, filter: FactFilter): Promise<SourceRow[]> {
  const { sql, params } = boundSourceSql(source, filter);
  return em.execute<SourceRow[]>(sql, params);
}

/** The rows of a group's sources added up per school and period (one source: its rows as they are). */
function merged(group: RuleGroup, rows: readonly SourceRow[]): SourceRow[] {
  if (group.sources.length === 1) return [...rows];
  const out = new Map<string, SourceRow>();
  for (const r of rows) {
    const key = `${r.school_id}|${r.period}`;
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...r, value: Number(r.value), detail: { ...(r.detail ?? {}) } });
      continue;
    }
    seen.value += Number(r.value);
    for (const [k, v] of Object.entries(r.detail ?? {})) seen.detail![k] = (seen.detail![k] ?? 0) + Number(v);
  }
  return [...out.values()];
}

function toFacts(
  rule: RuleDef,
  rows: readonly SourceRow[],
  stored: StoredSettings | null,
  schoolType: (schoolId: string) => SchoolType,
): FactRow[] {
  const settings = ruleSettings(rule, stored);
  return rows.map((r) => {
    const fact: Fact = { value: Number(r.value), detail: r.detail ?? {} };
    const result = finalResult(rule, fact, { period: r.period, settings, schoolType: schoolType(r.school_id) });
    return {
      bureau_id: r.bureau_id,
      district_id: r.district_id,
      school_id: r.school_id,
      rule_id: rule.id,
      period: r.period,
      value: fact.value,
      detail: fact.detail,
      status: result.status,
      due_on: result.dueOn,
    };
  });
}

/** Replaces the facts selected by `where` with `facts`: one delete, one insert from a JSON array. */
async function writeFacts(em: EntityManager, opts: { where: string; params: unknown[]; facts: FactRow[] }) {
  await em.execute(`delete from compliance_fact where ${opts.where}`, opts.params, 'run');
  if (!opts.facts.length) return;
  await em.execute(
    `insert into compliance_fact (bureau_id, district_id, school_id, rule_id, period, value, detail, status, due_on)
     select bureau_id, district_id, school_id, rule_id, period, value, detail, status, due_on
       from jsonb_to_recordset(?::jsonb) as f(bureau_id uuid, district_id uuid, school_id uuid, rule_id text,
            period text, value float8, detail jsonb, status text, due_on date)`,
    [JSON.stringify(opts.facts)],
    'run',
  );
}

/** A text list as one PostgreSQL array literal (knex would expand a JS array into a value list). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
