import { withOwner } from './harness';

/**
 * The schema's own rules, read from the catalogue of the migrated test database.
 *
 * Every foreign key has an index leading with its first column: a delete (or key change) of the
 * referenced row checks the referencing table, and without the index each check scans it whole
 * (5,000 people removed from the large set took over 3 minutes while meeting.host_id and
 * recorder_id had none). Tables that stay a handful of rows per bureau may be listed here with
 * the reason.
 */
const SMALL_TABLES: Record<string, string> = {
  app_user:
    'accounts: a few per school at most, so the check of its person link when a person is deleted scans a small table',
};

describe('schema catalogue', () => {
  test('every foreign key is backed by an index leading with its first column', async () => {
    const missing = await withOwner(async (c) => {
      const { rows } = await c.query<{ tbl: string; name: string; cols: string }>(`
        select c.conrelid::regclass::text as tbl, c.conname as name,
               (select string_agg(a.attname, ', ' order by k.ord)
                  from unnest(c.conkey) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols
          from pg_constraint c
          join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
         where c.contype = 'f'
           and not exists (
             select 1 from pg_index i
              where i.indrelid = c.conrelid
                and i.indkey[0] = c.conkey[1])
         order by 1, 2`);
      return rows.filter((r) => !(r.tbl in SMALL_TABLES)).map((r) => `${r.tbl} (${r.cols}) — ${r.name}`);
    });
    expect(missing).toEqual([]);
  });
});
