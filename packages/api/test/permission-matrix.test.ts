import { PERMISSIONS } from '@djt/shared';
import { TENANT_TABLES } from '../src/app/modules';
import type { RuleSpec } from '../src/core/authz/rules';
import { DEMO_IDS, withOwner } from './harness';
import { cases, ROOTS } from './outsider-matrix';

/**
 * Derived from the permission rules, not written by hand: every root field's refusal of
 * outsiders, the permission snapshot, and the database catalogue of tenant tables. A new root
 * field gets its outsider tests by naming its rule (allowIf(permission, target)).
 */

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
