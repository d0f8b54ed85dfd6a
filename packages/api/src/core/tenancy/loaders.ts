import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OrgLevel, OrgRef } from '@djt/shared';
import { isUuid, uuidArray } from './uuid';
import { recordSchoolLoader } from '../records/record-owner';

export interface Loaders {
  /** Ancestry of any organisation by id (for authorization, before the scope decides). */
  orgRef: DataLoader<string, OrgRef | null>;
  /** The owning school of any tenant record, by `table:id` (see core/records/record-owner.ts). */
  recordSchool: DataLoader<string, string | null>;
}

export { isUuid, uuidArray } from './uuid';

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
    recordSchool: recordSchoolLoader(orm),
  };
}
