import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { sampleInput } from './graphql-samples';
import { buildBareSchema, PERMISSION_RULES } from '../src/app/schema';
import { ruleSpec, type RuleSpec, type ShieldRule } from '../src/core/authz/rules';
import { as, codeOf, DEMO_IDS, gql, today, withOwner } from './harness';

/**
 * Every root field's refusal of outsiders, derived from the permission rules, not written by
 * hand: a new root field gets its outsider tests by naming its rule (allowIf(permission, target)).
 * Run against the test API (permission-matrix.test.ts) and against one reading from a replica
 * (replicas.test.ts).
 */

const schema = buildBareSchema();
type RootType = 'Query' | 'Mutation';
export const ROOTS = (['Query', 'Mutation'] as const).flatMap((type) =>
  Object.values((schema.getType(type) as GraphQLObjectType).getFields()).map((field) => ({
    type,
    field,
    spec: ruleSpec((PERMISSION_RULES[type] as Record<string, ShieldRule>)[field.name]),
  })),
);

/** Fixed sample values for required arguments the rule does not look at. */
const sample = (type: GraphQLInputType) =>
  sampleInput(type, { id: randomUUID, pick: (values) => values[0], bool: () => false, today: today(), text: 'x' });

function operation(type: RootType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
  const used = field.args.filter((a) => a.name in args);
  const decl = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${type === 'Query' ? 'query' : 'mutation'}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`;
}

function argsFor(field: GraphQLField<unknown, unknown>, spec: RuleSpec, targetId: string) {
  const args: Record<string, unknown> = {};
  const required = (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined;
  for (const a of field.args) if (required(a)) args[a.name] = sample(a.type);
  if (spec.access === 'permission') {
    const t = spec.target;
    if (t.kind === 'org' && t.inInput) args.input = { ...(args.input as object), [t.arg]: targetId };
    else if (t.kind !== 'actorBureau') args[t.arg] = targetId;
  }
  return args;
}

async function recordOf(table: string, schoolId: string): Promise<string> {
  return withOwner(
    async (c) => (await c.query(`select id from ${table} where school_id = $1 limit 1`, [schoolId])).rows[0].id,
  );
}

export interface Case {
  name: string;
  who: string;
  /** NOT_FOUND outside what the caller can see (no existence oracle), FORBIDDEN inside it. */
  expected: 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';
  run: () => Promise<{ code: string | undefined; data: unknown; db?: string }>;
}

/**
 * Who must be refused, by target: a school's records → a sibling school, another district, the
 * other bureau; a district → a school below it, a member, a sibling district, the other bureau;
 * the caller's own bureau (settings) → everyone but its admin.
 */
export const cases: Case[] = ROOTS.flatMap(({ type, field, spec }): Case[] => {
  if (!spec || spec.access === 'public') return [];
  const call = (who: string | null, target: () => Promise<string>) => async () => {
    const query = operation(type, field, argsFor(field, spec, await target()));
    const r = who ? await as(who)(query, argsFor(field, spec, await target())) : await gql(query);
    return { code: codeOf(r), data: r.data?.[field.name] ?? null, db: r.db };
  };
  const name = `${type}.${field.name}`;
  if (spec.access === 'authenticated')
    return [{ name, who: 'anonymous', expected: 'UNAUTHENTICATED', run: call(null, async () => '') }];
  const t = spec.target;
  if (t.kind === 'actorBureau')
    return ['bureau_viewer', 'district_admin', 'school_secretary', 'member'].map((who) => ({
      name,
      who,
      expected: 'FORBIDDEN',
      run: call(who, async () => ''),
    }));
  if (t.kind === 'record') {
    const id = () => recordOf(t.table, DEMO_IDS.schoolA);
    return ['schoolb_secretary', 'district2_admin', 'other_bureau_admin'].map((who) => ({
      name,
      who,
      expected: 'NOT_FOUND',
      run: call(who, id),
    }));
  }
  return [
    ...['schoolb_secretary', 'district2_admin', 'other_bureau_admin'].map((who) => ({
      name: `${name} on school A`,
      who,
      expected: 'NOT_FOUND' as const,
      run: call(who, async () => DEMO_IDS.schoolA),
    })),
    ...['school_secretary', 'member', 'district2_admin', 'other_bureau_admin'].map((who) => ({
      name: `${name} on district 1`,
      who,
      // a school below sees its district's name; a sibling district and another bureau do not
      expected: who === 'school_secretary' || who === 'member' ? ('FORBIDDEN' as const) : ('NOT_FOUND' as const),
      run: call(who, async () => DEMO_IDS.district1),
    })),
  ];
});
