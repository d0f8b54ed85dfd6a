import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, uuidArray } from '../tenancy/uuid';

/**
 * The school that owns a record, for shield rules, before any scope exists: one SECURITY DEFINER
 * function for every tenant table (app_record_schools, limited to the tables registered by
 * tenantTableSql), batched per table and request. Keys are `table:id`.
 */
export function recordSchoolLoader(orm: MikroORM): DataLoader<string, string | null> {
  return new DataLoader(async (keys) => {
    const byTable = new Map<string, string[]>();
    for (const k of keys) {
      const [table, id] = k.split(':');
      if (isUuid(id)) byTable.set(table, [...(byTable.get(table) ?? []), id]);
    }
    const found = new Map<string, string>();
    await Promise.all(
      [...byTable].map(async ([table, ids]) => {
        const rows = await orm.em
          .getConnection()
          .execute<
            { id: string; school_id: string }[]
          >('select * from app_record_schools(?, ?::uuid[])', [table, uuidArray(ids)]);
        for (const r of rows) found.set(`${table}:${r.id}`, r.school_id);
      }),
    );
    return keys.map((k) => found.get(k) ?? null);
  });
}
