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
 * Maintains the compliance facts (one row per school × rule × period that has records), which
 * every dashboard reads instead of aggregating records per request.
 *
 * - A module calls `recordsChanged` in the same transaction as the change, with the dates of
 *   the records before and after: the affected periods are recomputed from the records.
 * - A settings change rebuilds the bureau's facts (`rebuildBureau`), also in its transaction.
 * - A fact stores the period's final status (as decided after its due date) and the due date;
 *   today's status is derived at read time (statusAt), so nothing has to run at midnight.
 * - A period without records has no fact: readers evaluate the empty fact.
 */
export class FactsEngine {
  private readonly byTable = new Map<string, FactSource[]>();
  private readonly byRule = new Map<string, FactSource>();

  constructor(
    readonly sources: readonly FactSource[],
    /** False only to measure the maintenance's cost (DJT_FACTS_INCREMENTAL=off, benchmarks). */
    private readonly incremental = true,
  ) {
    for (const s of sources) {
      for (const t of s.tables) this.byTable.set(t, [...(this.byTable.get(t) ?? []), s]);
      for (const r of s.ruleIds) {
        if (!ruleById(r)) throw new Error(`fact source names unknown rule ${r}`);
        this.byRule.set(r, s);
      }
    }
  }

  /** Recomputes the facts of `school` that records of `table` dated on `dates` feed. */
  async recordsChanged(em: EntityManager, table: string, school: OrgRef, dates: readonly string[]): Promise<void> {
    const sources = this.byTable.get(table) ?? [];
    if (!this.incremental || !sources.length || !dates.length) return;
    const [ctx] = await em.execute<{ school_type: SchoolType; settings: StoredSettings | null }[]>(
      `select o.school_type, s.settings from organisation o left join bureau_settings s on s.bureau_id = o.bureau_id
        where o.id = ?`,
      [school.id],
    );
    for (const source of sources) {
      const rules = source.ruleIds.map((id) => ruleById(id)!);
      const kind = rules[0].period;
      const periods = [...new Set(dates.map((d) => periodOf(kind, d)))].sort();
      const filter: FactFilter = {
        column: 'school_id',
        id: school.id,
        from: periodStart(kind, periods[0]),
        to: nextDay(periodEnd(kind, periods[periods.length - 1])),
      };
      const { sql, params } = boundSourceSql(source, filter);
      const rows = (await em.execute<SourceRow[]>(sql, params)).filter((r) => periods.includes(r.period));
      const facts = rules.flatMap((rule) => toFacts(rule, rows, ctx?.settings ?? null, () => ctx.school_type));
      await writeFacts(em, {
        where: `school_id = ? and rule_id = any(?::text[]) and period = any(?::text[])`,
        params: [school.id, pgTextArray(source.ruleIds), pgTextArray(periods)],
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
    for (const source of this.sources) {
      const { sql, params } = boundSourceSql(source, { column: 'bureau_id', id: bureauId });
      const rows = await em.execute<SourceRow[]>(sql, params);
      const facts = source.ruleIds.flatMap((id) =>
        toFacts(ruleById(id)!, rows, settingsRow?.settings ?? null, (schoolId) => types.get(schoolId)!),
      );
      await writeFacts(em, {
        where: `bureau_id = ? and rule_id = any(?::text[])`,
        params: [bureauId, pgTextArray(source.ruleIds)],
        facts,
      });
      written += facts.length;
    }
    return written;
  }
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
