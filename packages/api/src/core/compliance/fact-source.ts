import type { PeriodKind } from '@djt/shared';

/**
 * Where a rule's facts come from: one SQL aggregate over a module's records, returning one row
 * per school and period with the rule's measure. The engine (facts.service.ts) runs it for one
 * school and a few periods when a record changes, and for a whole bureau on a rebuild, so a
 * source never knows which: it puts `where(...)` into its WHERE clause.
 *
 * Several modules may feed one rule, each with a source of its own (see `ruleIds`).
 *
 * Columns the SQL must return: bureau_id, district_id, school_id, period (the rule's period key,
 * e.g. to_char(date, 'YYYY-MM')), value (float8), detail (jsonb of numbers; include `records`,
 * the number of records counted).
 */
export interface FactSource {
  /**
   * The rules (ids from the shared registry) this source gives facts for; all of one period kind.
   * Several sources may name the same rule (another module's records count for it too: one
   * record entered once that is also the other module's record): the engine adds up their rows
   * per school and period, values and each number of the details alike.
   */
  ruleIds: readonly string[];
  /** The tables whose changes change these facts (a module calls recordsChanged with one of them). */
  tables: readonly string[];
  /**
   * The aggregate. `where(dateColumn, alias?)` returns the condition selecting the rows in scope
   * (and, for an incremental refresh, in the periods concerned); call it once per table read.
   */
  sql(where: (dateColumn: string, alias?: string) => string): string;
}

/**
 * The period key of a date column in SQL, the same string as the shared periodOf(kind, date): a
 * source groups by it (fact-source.test.ts checks the two agree on every day of two years).
 */
export function periodKeySql(kind: PeriodKind, column: string): string {
  switch (kind) {
    case 'MONTH':
      return `to_char(${column}, 'YYYY-MM')`;
    case 'QUARTER':
      return `to_char(${column}, 'YYYY-"Q"Q')`;
    case 'TERM':
      return `(case when extract(month from ${column}) = 1 then to_char(${column} - interval '1 year', 'YYYY') || '-2'
        when extract(month from ${column}) <= 7 then to_char(${column}, 'YYYY') || '-1'
        else to_char(${column}, 'YYYY') || '-2' end)`;
    case 'YEAR':
    case 'EVENT':
      return `to_char(${column}, 'YYYY')`;
  }
}

export interface FactFilter {
  column: 'school_id' | 'bureau_id';
  id: string;
  /** First day included and first day excluded ('YYYY-MM-DD'); none for a whole rebuild. */
  from?: string;
  to?: string;
}

/** The source's SQL with its filter placeholders bound, in order. */
export function boundSourceSql(source: FactSource, filter: FactFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = source.sql((dateColumn, alias) => {
    const a = alias ? `${alias}.` : '';
    params.push(filter.id);
    let cond = `${a}${filter.column} = ?`;
    if (filter.from && filter.to) {
      params.push(filter.from, filter.to);
      cond += ` and ${a}${dateColumn} >= ?::date and ${a}${dateColumn} < ?::date`;
    }
    return `(${cond})`;
  });
  return { sql, params };
}
