import { AuditLog } from '../core/audit/audit-log.entity';
import { AuditResolver, auditRules } from '../core/audit/audit.resolver';
import { AuthResolver, authRules } from '../core/auth/auth.resolver';
import { AppUser, RoleAssignment, UserSession } from '../core/auth/user.entity';
import { ComplianceResolver, complianceRules } from '../core/compliance/compliance.resolver';
import { FactsEngine } from '../core/compliance/facts.service';
import { defineModule, type ApiModule } from '../core/module';
import { Organisation } from '../core/organisation/organisation.entity';
import { OrganisationResolver, organisationRules } from '../core/organisation/organisation.resolver';
import { BureauSettingsRow } from '../core/settings/bureau-settings.entity';
import { SettingsResolver, settingsRules } from '../core/settings/settings.resolver';
import { Migration20261124000000_foundation } from '../db/migrations/Migration20261124000000_foundation';
import { Migration20261126000000_record_kit } from '../db/migrations/Migration20261126000000_record_kit';
import { Migration20261126120000_readiness } from '../db/migrations/Migration20261126120000_readiness';
import { Migration20261126130000_idempotency } from '../db/migrations/Migration20261126130000_idempotency';
import { Migration20261127000000_audit_chain } from '../db/migrations/Migration20261127000000_audit_chain';
import { Migration20261128000000_compliance_version } from '../db/migrations/Migration20261128000000_compliance_version';
import { Migration20261129000000_organisation_ancestry_nulls } from '../db/migrations/Migration20261129000000_organisation_ancestry_nulls';
import { Migration20261130000300_foreign_key_indexes } from '../db/migrations/Migration20261130000300_foreign_key_indexes';
import type { SeedContributor } from '../db/seed/seed-kit';
import { RECORD_MODULES } from '../modules';

/** The foundation: organisations, users and sessions, settings, the audit trail, compliance. */
const coreModule = defineModule({
  name: 'core',
  tables: ['compliance_fact'],
  entities: [Organisation, AppUser, RoleAssignment, UserSession, BureauSettingsRow, AuditLog],
  resolvers: [AuthResolver, OrganisationResolver, SettingsResolver, ComplianceResolver, AuditResolver],
  rules: {
    Query: { ...authRules.Query, ...organisationRules.Query, ...complianceRules.Query, ...auditRules.Query },
    Mutation: { ...authRules.Mutation, ...settingsRules.Mutation },
  },
  migrations: [
    { name: 'Migration20261124000000_foundation', class: Migration20261124000000_foundation },
    { name: 'Migration20261126000000_record_kit', class: Migration20261126000000_record_kit },
    { name: 'Migration20261126120000_readiness', class: Migration20261126120000_readiness },
    { name: 'Migration20261126130000_idempotency', class: Migration20261126130000_idempotency },
    { name: 'Migration20261127000000_audit_chain', class: Migration20261127000000_audit_chain },
    { name: 'Migration20261128000000_compliance_version', class: Migration20261128000000_compliance_version },
    {
      name: 'Migration20261129000000_organisation_ancestry_nulls',
      class: Migration20261129000000_organisation_ancestry_nulls,
    },
    { name: 'Migration20261130000300_foreign_key_indexes', class: Migration20261130000300_foreign_key_indexes },
  ],
});

/** Every module of the application: the core, then the record modules (modules/index.ts). */
export const MODULES: readonly ApiModule<SeedContributor>[] = [coreModule, ...RECORD_MODULES];

export const ENTITIES: Function[] = MODULES.flatMap((m) => m.entities ?? []);
export const RESOLVERS = MODULES.flatMap((m) => m.resolvers ?? []);
export const FIELD_RULES = MODULES.map((m) => m.rules ?? {});
/** Every migration, in the order of their names (timestamps). */
export const MIGRATIONS = MODULES.flatMap((m) => m.migrations ?? []).sort((a, b) => a.name.localeCompare(b.name));
/** Every tenant table, from the modules (the catalogue test compares it with the database). */
export const TENANT_TABLES = MODULES.flatMap((m) => m.tables ?? []);
export const SEED_CONTRIBUTORS = MODULES.flatMap((m) => (m.seed ? [m.seed] : []));
export const FACT_SOURCES = MODULES.flatMap((m) => m.facts ?? []);

/** The facts engine over every module's fact sources. */
export function createFactsEngine(incremental = true): FactsEngine {
  return new FactsEngine(FACT_SOURCES, incremental);
}
