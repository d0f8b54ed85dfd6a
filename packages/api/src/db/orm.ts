import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { ENTITIES, MIGRATIONS } from '../app/modules';
import { onSqlStatement } from '../core/sql-counter';
import { replicaConnections } from './replicas';

export function ormOptions(clientUrl: string, extra: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities: ENTITIES,
    // Metadata comes from the decorators (tsc/SWC emit it); no discovery by folder.
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 16 },
    // A connection attempt that gets no answer (the database host gone, not merely refusing)
    // fails after 5 s instead of waiting for the operating system's TCP timeout (minutes), so a
    // request during an outage is answered 503 within seconds (`pnpm soak`). Dead pooled
    // connections need nothing here: knex drops a connection whose client emitted an error.
    driverOptions: { connection: { connectionTimeoutMillis: 5_000 } },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      // Every module's migrations, from the module list (a module keeps its own in its folder).
      migrationsList: [...MIGRATIONS],
      path: path.join(__dirname, 'migrations'),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Every SQL statement is counted for the current request (benchmarks, tests).
    loggerFactory: undefined,
    ...extra,
  };
}

export async function initOrm(clientUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, extra));
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', onSqlStatement);
  // The replicas' statements count for the request as the primary's do (db/replicas.ts).
  for (const replica of replicaConnections(orm)) replica.getKnex().on('query', onSqlStatement);
  return orm;
}
