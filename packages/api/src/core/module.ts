import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { FieldRules } from './authz/rules';
import type { FactSource } from './compliance/fact-source';

/**
 * One API module: everything the application assembles from it. Listed once (app/modules.ts);
 * the schema, the shield rules, the ORM entities, the migrations, the compliance fact sources,
 * the demo seed and the generated cross-tenant tests are all derived from that list.
 */
export interface ApiModule<Seed = unknown> {
  name: string;
  // MikroORM entity classes and type-graphql resolver classes.
  entities?: readonly Function[];
  resolvers?: readonly Function[];
  /** Tenant tables the module creates with tenantTableSql (checked against the database catalogue). */
  tables?: readonly string[];
  /** The permission rule of each of the module's root fields (deny by default). */
  rules?: FieldRules;
  /** Migrations, applied in the order of their names with every other module's. */
  migrations?: readonly { name: string; class: Constructor<Migration> }[];
  /** Where the module's rules get their facts. */
  facts?: readonly FactSource[];
  /** Demo data generator (a SeedContributor, db/seed/seed-kit.ts; typed where the list is assembled). */
  seed?: Seed;
}

export function defineModule<M extends ApiModule<unknown>>(m: M): M {
  return m;
}
