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
import { PERMISSIONS } from '@djt/shared';
import { sampleInput } from './graphql-samples';
import { buildBareSchema, PERMISSION_RULES } from '../src/app/schema';
import { TENANT_TABLES } from '../src/app/modules';
import { ruleSpec, type RuleSpec, type ShieldRule } from '../src/core/authz/rules';
import { as, codeOf, DEMO_IDS, gql, today, withOwner } from './harness';

/**
 * Derived from the permission rules, not written by hand: every root field's refusal of
 * outsiders, the permission snapshot, and the database catalogue of tenant tables. A new root
 * field gets its outsider tests by naming its rule (allowIf(permission, target)).
 */

const schema = buildBareSchema();
type RootType = 'Query' | 'Mutation';
const ROOTS = (['Query', 'Mutation'] as const).flatMap((type) =>
  Object.values((schema.getType(type) as GraphQLObjectType).getFields()).map((field) => ({
    type,
    field,
    spec: ruleSpec((PERMISSION_RULES[type] as Record<string, ShieldRule>)[field.name]),
  })),
);

describe('the permission snapshot', () => {
  test('every root field → its permission, kind and target (review a diff here as a permission change)', () => {
    const lines = ROOTS.map(({ type, field, spec }) => `${type}.${field.name} → ${describeSpec(spec)}`).sort();
    expect(lines).toMatchSnapshot();
  });
});

function describeSpec(spec: RuleSpec | undefined): string {
  if (!spec) return 'NO RULE';
  if (spec.access !== 'permission') return spec.access;
  const t = spec.target;
  const target =
    t.kind === 'org'
      ? `organisation in ${t.inInput ? 'input.' : ''}${t.arg}`
      : t.kind === 'record'
        ? `owner of ${t.table}(${t.arg})`
        : "actor's bureau";
  return `${spec.permission} (${PERMISSIONS[spec.permission].kind}) on ${target}`;
}

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

interface Case {
  name: string;
  who: string;
  /** NOT_FOUND outside what the caller can see (no existence oracle), FORBIDDEN inside it. */
  expected: 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';
  run: () => Promise<{ code: string | undefined; data: unknown }>;
}

/**
 * Who must be refused, by target: a school's records → a sibling school, another district, the
 * other bureau; a district → a school below it, a member, a sibling district, the other bureau;
 * the caller's own bureau (settings) → everyone but its admin.
 */
const cases: Case[] = ROOTS.flatMap(({ type, field, spec }): Case[] => {
  if (!spec || spec.access === 'public') return [];
  const call = (who: string | null, target: () => Promise<string>) => async () => {
    const query = operation(type, field, argsFor(field, spec, await target()));
    const r = who ? await as(who)(query, argsFor(field, spec, await target())) : await gql(query);
    return { code: codeOf(r), data: r.data?.[field.name] ?? null };
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

describe('every guarded root field refuses outsiders (generated from the rules)', () => {
  test('the matrix covers every root field that is not public', () => {
    const covered = new Set(cases.map((c) => c.name.split(' ')[0]));
    const guarded = ROOTS.filter((r) => r.spec?.access !== 'public').map((r) => `${r.type}.${r.field.name}`);
    expect([...covered].sort()).toEqual(guarded.sort());
  });
  test.each(cases.map((c) => [c.name, c.who, c.expected, c] as const))(
    '%s as %s → %s',
    async (_n, _who, expected, c) => {
      const r = await c.run();
      expect(r.code).toBe(expected);
      expect(r.data).toBeNull();
    },
  );
});

describe('the catalogue of tenant tables', () => {
  const catalogue = () =>
    withOwner(async (c) => {
      const tables = (
        await c.query(`
          select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                 array(select p.polcmd::text from pg_policy p where p.polrelid = c.oid) as policies,
                 array(select privilege_type::text from information_schema.role_table_grants g
                        where g.table_name = c.relname and g.grantee = 'djt_app'
                          and g.privilege_type in ('SELECT','INSERT','UPDATE','DELETE')) as grants
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind = 'r'
             and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped)
           order by 1`)
      ).rows as { name: string; enabled: boolean; forced: boolean; policies: string[]; grants: string[] }[];
      const registered = (await c.query('select name from app_tenant_table order by name')).rows.map((r) => r.name);
      return { tables, registered };
    });

  test('every table with a school_id has RLS enabled and forced, and a policy for every command the app may run', async () => {
    const { tables } = await catalogue();
    expect(tables.length).toBeGreaterThanOrEqual(TENANT_TABLES.length);
    // pg_policy.polcmd: r select, a insert, w update, d delete, * all
    const CMD = { SELECT: 'r', INSERT: 'a', UPDATE: 'w', DELETE: 'd' } as Record<string, string>;
    for (const t of tables) {
      const uncovered = t.grants.filter((g) => !t.policies.includes(CMD[g]) && !t.policies.includes('*'));
      expect({ table: t.name, enabled: t.enabled, forced: t.forced, uncovered }).toEqual({
        table: t.name,
        enabled: true,
        forced: true,
        uncovered: [],
      });
    }
  });

  test('the modules declare exactly the tables the kit registered, each with all four commands', async () => {
    const { tables, registered } = await catalogue();
    expect(registered).toEqual([...TENANT_TABLES].sort());
    for (const name of registered) {
      const t = tables.find((x) => x.name === name)!;
      expect([t.name, [...t.policies].sort()]).toEqual([t.name, ['a', 'd', 'r', 'w']]);
    }
  });

  test("a row's ancestry cannot disagree: a district other than its school's is refused", async () => {
    const fk = await withOwner(async (c) =>
      c
        .query(
          `insert into compliance_fact (bureau_id, district_id, school_id, rule_id, period, value, status, due_on)
           values ($1, $2, $3, 'x', '2000-01', 0, 'MET', '2000-01-31')`,
          [DEMO_IDS.bureau, DEMO_IDS.district2, DEMO_IDS.schoolA],
        )
        .then(
          () => 'inserted',
          (e: { code?: string }) => e.code,
        ),
    );
    // expected: foreign_key_violation
    expect(fk).toBe('23503');
  });

  test('an organisation row must name its whole ancestry: NULL columns do not slip through the CHECK', async () => {
    // Each insert runs in a transaction that is rolled back: nothing is left behind.
    const attempt = (sql: string, params: unknown[]) =>
      withOwner(async (c) => {
        await c.query('begin');
        try {
          return await c.query(sql, params).then(
            () => 'inserted',
            (e: { code?: string; constraint?: string }) => `${e.code} ${e.constraint}`,
          );
        } finally {
          await c.query('rollback');
        }
      });
    const school = `insert into organisation (id, level, name, school_type, parent_id, bureau_id, district_id, school_id)
                    values (gen_random_uuid(), 'SCHOOL', 'x', 'PRIMARY', $1, $2, $3, $4)`;
    const district = `insert into organisation (id, level, name, parent_id, bureau_id, district_id)
                      values (gen_random_uuid(), 'DISTRICT', 'x', $1, $2, $3)`;
    // expected: check_violation for a school with neither district nor school id (accepted before)
    expect(await attempt(school, [DEMO_IDS.district1, DEMO_IDS.bureau, null, null])).toBe(
      '23514 organisation_ancestry',
    );
    // expected: check_violation for a school with no parent, district or school id
    expect(await attempt(school, [null, DEMO_IDS.bureau, null, null])).toBe('23514 organisation_ancestry');
    // expected: check_violation for a district with no district id, or no parent
    expect(await attempt(district, [DEMO_IDS.bureau, DEMO_IDS.bureau, null])).toBe('23514 organisation_ancestry');
    // expected: a well-formed school is still accepted
    const ok = await withOwner(async (c) => {
      await c.query('begin');
      try {
        await c.query(
          `insert into organisation (id, level, name, school_type, parent_id, bureau_id, district_id, school_id)
           select u, 'SCHOOL', 'x', 'PRIMARY', $1, $2, $1, u from gen_random_uuid() u`,
          [DEMO_IDS.district1, DEMO_IDS.bureau],
        );
        return 'inserted';
      } finally {
        await c.query('rollback');
      }
    });
    expect(ok).toBe('inserted');
  });
});
