import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver, authRules } from '../core/auth/auth.resolver';
import { buildShield } from '../core/authz/rules';
import { OrganisationResolver, organisationRules } from '../modules/organisation/organisation.resolver';
import { PersonResolver, personRules } from '../modules/person/person.resolver';
import { SettingsResolver, settingsRules } from '../modules/settings/settings.resolver';
import { TheoryClassResolver, theoryClassRules } from '../modules/theory-class/theory-class.resolver';

/** Every module's resolvers and the permission rule of each of its root fields, side by side. */
const MODULES = [
  { resolver: AuthResolver, rules: authRules },
  { resolver: OrganisationResolver, rules: organisationRules },
  { resolver: PersonResolver, rules: personRules },
  { resolver: SettingsResolver, rules: settingsRules },
  { resolver: TheoryClassResolver, rules: theoryClassRules },
] as const;

/** The schema without permissions: for emitting schema.graphql and listing root fields. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: MODULES.map((m) => m.resolver) as unknown as [Function, ...Function[]],
    validate: false,
  });
}

export const PERMISSION_RULES = buildShield(MODULES.map((m) => m.rules)).rules;

/**
 * The served schema: graphql-shield on declared resolvers only (root fields and field
 * resolvers), so plain scalar fields of long lists are not wrapped (measured 8-10x otherwise).
 */
export function buildSchema(): GraphQLSchema {
  const { middleware } = buildShield(MODULES.map((m) => m.rules));
  return applyMiddlewareToDeclaredResolvers(buildBareSchema(), middleware);
}
