import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { buildShield } from '../core/authz/rules';
import { FIELD_RULES, RESOLVERS } from './modules';

/** The schema without permissions: for emitting schema.graphql and listing root fields. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    validate: false,
  });
}

/** Every root field's permission rule, from every module. */
export const PERMISSION_RULES = buildShield(FIELD_RULES).rules;

/**
 * The served schema: graphql-shield on declared resolvers only (root fields and field
 * resolvers), so plain scalar fields of long lists are not wrapped (measured 8-10x otherwise).
 */
export function buildSchema(): GraphQLSchema {
  const { middleware } = buildShield(FIELD_RULES);
  return applyMiddlewareToDeclaredResolvers(buildBareSchema(), middleware);
}
