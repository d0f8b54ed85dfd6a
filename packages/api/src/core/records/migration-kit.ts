/**
 * SQL for a tenant table, so a module's migration declares only its own columns:
 *
 *   this.addSql(`create table meeting (${TENANT_RECORD_COLUMNS}, held_on date not null, ...)`);
 *   this.addSql(tenantTableSql('meeting'));
 *
 * It adds the ancestry foreign key (a row's school, district and bureau cannot disagree), the
 * ancestry indexes, row-level security (enabled, forced, one policy per command), the
 * application role's grants, and registers the table for the generic owner lookup
 * (app_record_schools) and the catalogue test.
 */

/** A row is in scope when its bureau, district or school is one of the scope's organisations. */
export const IN_SCOPE = `(bureau_id = any((select app_scope_ids('BUREAU'))::uuid[])
      or district_id = any((select app_scope_ids('DISTRICT'))::uuid[])
      or school_id = any((select app_scope_ids('SCHOOL'))::uuid[]))`;

export interface TenantTableOptions {
  /** Commands the application role may run; default all four. */
  commands?: readonly ('select' | 'insert' | 'update' | 'delete')[];
  /** Extra leading columns of the school index, e.g. ['date'] gives (school_id, date). */
  indexColumns?: readonly string[];
  /** Leave out the school index (when the primary key already starts with school_id). */
  noSchoolIndex?: boolean;
}

export function tenantTableSql(table: string, opts: TenantTableOptions = {}): string {
  const commands = opts.commands ?? ['select', 'insert', 'update', 'delete'];
  const extra = opts.indexColumns?.length ? `, ${opts.indexColumns.join(', ')}` : '';
  const policy = (cmd: string) => {
    const using = cmd === 'insert' ? '' : ` using ${IN_SCOPE}`;
    const check = cmd === 'insert' || cmd === 'update' ? ` with check ${IN_SCOPE}` : '';
    return `create policy ${table}_${cmd} on ${table} for ${cmd}${using}${check};`;
  };
  return `
alter table ${table} add constraint ${table}_ancestry_fk foreign key (school_id, district_id, bureau_id)
  references organisation (school_id, district_id, bureau_id);
${opts.noSchoolIndex ? '' : `create index ${table}_school_idx on ${table} (school_id${extra});`}
create index ${table}_district_idx on ${table} (district_id${extra});
create index ${table}_bureau_idx on ${table} (bureau_id${extra});
alter table ${table} enable row level security;
alter table ${table} force row level security;
${commands.map(policy).join('\n')}
grant ${commands.join(', ')} on ${table} to djt_app;
insert into app_tenant_table (name) values ('${table}') on conflict do nothing;`;
}
