/**
 * Where a rule's facts come from: one SQL aggregate over a module's records, returning one row
 * per school and period with the rule's measure. The engine (facts.service.ts) runs it for one
 * school and a few periods when a record changes, and for a whole bureau on a rebuild, so a
 * source never knows which: it puts `where(...)` into its WHERE clause.
 *
 * Columns the SQL must return: bureau_id, district_id, school_id, period (the rule's period key,
 * e.g. to_char(date, 'YYYY-MM')), value (float8), detail (jsonb of numbers; include `records`,
 * the number of records counted).
 */
export interface FactSource {
  /** The rules (ids from the shared registry) this source gives facts for; all of one period kind. */
  ruleIds: readonly string[];
  /** The tables whose changes change these facts (a module calls recordsChanged with one of them). */
  tables: readonly string[];
  /**
   * The aggregate. `where(dateColumn, alias?)` returns the condition selecting the rows in scope
   * (and, for an incremental refresh, in the periods concerned); call it once per table read.
   */
  sql(where: (dateColumn: string, alias?: string) => string): string;
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
