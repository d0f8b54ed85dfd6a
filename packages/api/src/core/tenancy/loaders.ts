import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OrgLevel, OrgRef } from '@djt/shared';

export interface Loaders {
  /** Ancestry of any organisation by id (for authorization, before the scope decides). */
  orgRef: DataLoader<string, OrgRef | null>;
  /** The owning school of a 思想政治课 by class id. */
  theoryClassSchool: DataLoader<string, string | null>;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);

/**
 * A uuid list as one PostgreSQL array literal for `?::uuid[]` (knex would expand a JS array
 * binding into a value list). Only validated uuids get here, so no quoting is needed.
 */
export const uuidArray = (ids: readonly string[]) => `{${ids.filter(isUuid).join(',')}}`;

/** Fresh loaders per request: batched, cached for that request only. */
export function createLoaders(orm: MikroORM): Loaders {
  const conn = () => orm.em.getConnection();
  return {
    orgRef: new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await conn().execute<
            { id: string; level: OrgLevel; bureau_id: string; district_id: string | null; school_id: string | null }[]
          >('select * from app_org_refs(?::uuid[])', [uuidArray(valid)])
        : [];
      const byId = new Map(
        rows.map((r) => [
          r.id,
          { id: r.id, level: r.level, bureauId: r.bureau_id, districtId: r.district_id, schoolId: r.school_id },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
    theoryClassSchool: new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await conn().execute<{ id: string; school_id: string }[]>(
            'select * from app_theory_class_school(?::uuid[])',
            [uuidArray(valid)],
          )
        : [];
      const byId = new Map(rows.map((r) => [r.id, r.school_id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
