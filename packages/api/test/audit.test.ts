import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../src/core/auth/password';
import { verifyAuditChains } from '../src/core/audit/audit-verify';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data';
import { as, codeOf, DEMO_IDS, reasonOf, today, withOwner } from './harness';

/**
 * The tamper-evident audit trail (issue "Production hardening"): append-only for every role,
 * hash-chained per bureau by the database, verified by `pnpm audit:verify`, read through the
 * `audit` query.
 *
 * The writes here are made by two throw-away school secretaries at schools no other suite uses
 * (one in each district of the demo bureau), so counts that other suites take in schools A, B
 * and C are not disturbed by these classes.
 */

const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id version } }`;
const UPDATE = `mutation($id: ID!, $in: TheoryClassUpdateInput!) { updateTheoryClass(id: $id, input: $in) { id version } }`;
const DELETE = `mutation($id: ID!) { deleteTheoryClass(id: $id) }`;
const AUDIT = `query($s: ID!, $entity: String, $entityId: ID, $actor: ID, $from: LocalDate, $to: LocalDate, $offset: Int! = 0, $limit: Int! = 50) {
  audit(scopeId: $s, entity: $entity, entityId: $entityId, actorUserId: $actor, from: $from, to: $to, offset: $offset, limit: $limit) {
    total offset limit
    items { id seq at orgId orgName districtId schoolId actorUserId actorName requestId action entity entityId changes hash }
  } }`;

interface Entry {
  id: string;
  seq: number;
  at: string;
  orgId: string;
  orgName: string;
  districtId: string | null;
  schoolId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  requestId: string | null;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entity: string;
  entityId: string;
  changes: Record<string, unknown>;
  hash: string;
}
interface Page {
  total: number;
  offset: number;
  limit: number;
  items: Entry[];
}

interface TestSecretary {
  username: string;
  userId: string;
  schoolId: string;
  districtId: string;
}

/** A school secretary at the first school of `districtId` that is not one of the demo accounts' schools. */
async function newSecretary(districtId: string): Promise<TestSecretary> {
  const school = await withOwner(
    async (c) =>
      (
        await c.query<{ id: string }>(
          `select id from organisation where level = 'SCHOOL' and district_id = $1 and id <> all($2::uuid[]) order by name limit 1`,
          [districtId, [DEMO_IDS.schoolA, DEMO_IDS.schoolB, DEMO_IDS.schoolC]],
        )
      ).rows[0],
  );
  const { username, userId } = await newAccount('SCHOOL_SECRETARY', school.id, districtId, school.id);
  return { username, userId, schoolId: school.id, districtId };
}

/** A throw-away account with one role (demo accounts' sessions are expired by other suites). */
async function newAccount(role: string, orgId: string, districtId: string | null, schoolId: string | null) {
  const username = `audit_${randomUUID().slice(0, 8)}`;
  const userId = randomUUID();
  const hash = await hashPassword(DEMO_PASSWORD);
  await withOwner(async (c) => {
    await c.query(
      `insert into app_user (id, username, password_hash, display_name, bureau_id) values ($1, $2, $3, '审计测试书记', $4)`,
      [userId, username, hash, DEMO_IDS.bureau],
    );
    await c.query(
      `insert into role_assignment (id, user_id, role, org_id, bureau_id, district_id, school_id)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), userId, role, orgId, DEMO_IDS.bureau, districtId, schoolId],
    );
  });
  return { username, userId };
}

const classInput = (schoolId: string, topic: string) => ({
  schoolId,
  date: today(),
  classHours: 1,
  topic,
  kind: 'IDEALS',
  lecturer: '审计',
  audience: 'ALL_STAFF',
  attendance: [],
});

/** An entry's changes as stored (text, so that restoring it gives the same jsonb). */
const changesOf = (id: string) =>
  withOwner(
    async (c) =>
      (await c.query<{ t: string }>('select changes::text as t from audit_log where id = $1', [id])).rows[0].t,
  );

const verify = (bureauId?: string) => withOwner((c) => verifyAuditChains(c, { bureauId }));

/**
 * The audit rows of one record, in chain order, as stored. Ordered by the column `a.seq`: a bare
 * `order by seq` would sort by the output column `seq::text`, as text, so that seq 1000 came
 * before 999 (the cause of a once-in-a-while failure when a record's entries straddled 999/1000).
 */
async function storedEntries(entityId: string) {
  return withOwner(
    async (c) =>
      (
        await c.query<{ id: string; seq: string; action: string; prev_hash: Buffer | null; hash: Buffer }>(
          `select a.id::text as id, a.seq::text as seq, a.action, a.prev_hash, a.hash
             from audit_log a where a.entity_id = $1 order by a.seq`,
          [entityId],
        )
      ).rows,
  );
}

/** Runs statements as the owner in one transaction with the audit triggers off (replica mode), as a tamperer would. */
async function tamper(sql: string, params: unknown[] = []) {
  await withOwner(async (c) => {
    await c.query('begin');
    await c.query('set local session_replication_role = replica');
    await c.query(sql, params);
    await c.query('commit');
  });
}

/**
 * Runs one statement as the application role, bound to a scope, in a transaction that is rolled
 * back: 'ok' and the rows, or the error code.
 */
async function asApp(scopeOrgId: string, sql: string, params: unknown[] = []) {
  const c = new Client({ connectionString: process.env.DJT_TEST_SEEDED_APP_URL });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`select set_config('app.scope_orgs', $1, true)`, [scopeOrgId]);
    const r = await c.query(sql, params);
    return { code: 'ok', rows: r.rows as Record<string, unknown>[] };
  } catch (e) {
    return { code: (e as { code: string }).code, rows: [] };
  } finally {
    await c.query('rollback').catch(() => undefined);
    await c.end();
  }
}
const appCode = async (sql: string) => (await asApp(DEMO_IDS.bureau, sql)).code;

let d1: TestSecretary;
let d2: TestSecretary;
/** One class created, changed and deleted by d1, and its three entries. */
let classId: string;

beforeAll(async () => {
  [d1, d2] = await Promise.all([newSecretary(DEMO_IDS.district1), newSecretary(DEMO_IDS.district2)]);
  const secretary = as(d1.username);
  const created = await secretary<{ createTheoryClass: { id: string; version: number } }>(CREATE, {
    in: classInput(d1.schoolId, '审计链: 原题'),
  });
  expect(created.errors).toBeUndefined();
  classId = created.data!.createTheoryClass.id;
  const { schoolId: _s, ...fields } = classInput(d1.schoolId, '审计链: 改题');
  const updated = await secretary(UPDATE, { id: classId, in: { ...fields, version: 1 } });
  expect(updated.errors).toBeUndefined();
  const deleted = await secretary(DELETE, { id: classId });
  expect(deleted.errors).toBeUndefined();
  // One entry in the other district, for the district admin's view.
  expect((await as(d2.username)(CREATE, { in: classInput(d2.schoolId, '审计链: 西山') })).errors).toBeUndefined();
});

describe('append-only', () => {
  test('the application role may append and read, but not change, delete or truncate', async () => {
    // expected: insufficient_privilege (42501): the grants stop it before any trigger
    expect(await appCode(`update audit_log set action = 'x'`)).toBe('42501');
    expect(await appCode('delete from audit_log')).toBe('42501');
    expect(await appCode('truncate audit_log')).toBe('42501');
    // the chain heads are the trigger's alone
    expect(await appCode('select * from audit_chain_head')).toBe('42501');
    expect(await appCode('update audit_chain_head set seq = 0')).toBe('42501');
    expect(await appCode('select count(*) from audit_log')).toBe('ok');
    // expected: an append at school scope is chained although RLS hides the bureau's other
    // entries from it (the trigger reads the chain head); whatever seq and hash it sends are
    // replaced. Rolled back.
    const appended = await asApp(
      d1.schoolId,
      `insert into audit_log (bureau_id, district_id, school_id, org_id, action, entity, entity_id, seq, hash)
       values ($1, $2, $3, $3, 'create', 'probe', 'x', 1, '\\x00')
       returning seq::int, octet_length(hash) as bytes, prev_hash is not null as linked`,
      [DEMO_IDS.bureau, d1.districtId, d1.schoolId],
    );
    expect(appended.code).toBe('ok');
    expect(appended.rows[0]).toEqual({ seq: expect.any(Number), bytes: 32, linked: true });
    expect(appended.rows[0].seq).toBeGreaterThan(4);
  });

  test('the owner cannot change, delete or truncate either while the triggers are on', async () => {
    const attempt = (sql: string) =>
      withOwner(async (c) => {
        await c.query('begin');
        try {
          await c.query(sql, sql.includes('$1') ? [classId] : []);
          return 'done';
        } catch (e) {
          return (e as Error).message;
        } finally {
          await c.query('rollback');
        }
      });
    expect(await attempt(`update audit_log set action = 'x' where entity_id = $1`)).toBe('audit_log is append-only');
    expect(await attempt(`delete from audit_log where entity_id = $1`)).toBe('audit_log is append-only');
    expect(await attempt(`truncate audit_log`)).toMatch(/append-only/);
    expect(await attempt(`delete from audit_chain_head where $1::text is not null`)).toMatch(/append-only/);
    expect((await storedEntries(classId)).length).toBe(3);
  });
});

describe('the hash chain', () => {
  test('entries written by real mutations link up and verify', async () => {
    const rows = await storedEntries(classId);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    // expected: each links to the bureau's entry just before it, whoever wrote that one
    for (const r of rows) {
      const prev = await withOwner(
        async (c) =>
          (
            await c.query<{ hash: Buffer }>('select hash from audit_log where bureau_id = $1 and seq = $2 - 1', [
              DEMO_IDS.bureau,
              r.seq,
            ])
          ).rows[0]?.hash ?? null,
      );
      expect(r.prev_hash?.toString('hex')).toBe(prev?.toString('hex'));
      expect(r.hash.length).toBe(32);
    }
    const result = await verify();
    expect(result.breaks).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThanOrEqual(4);
    expect(result.heads.find((h) => h.bureauId === DEMO_IDS.bureau)!.seq).toBeGreaterThanOrEqual(4);
  });

  test("a record's entries come in chain order when their seq gains a digit (9 → 10)", async () => {
    // A bureau of its own, so that its chain starts at 1 whatever other suites write.
    const bureau = randomUUID();
    const entityId = randomUUID();
    try {
      await withOwner(async (c) => {
        for (let i = 1; i <= 11; i++)
          await c.query(
            `insert into audit_log (bureau_id, org_id, action, entity, entity_id, changes) values ($1, $1, 'update', 'probe', $2, $3)`,
            [bureau, entityId, { i }],
          );
      });
      // expected: 1, 2, …, 11 — not 1, 10, 11, 2, … as text would sort them
      expect((await storedEntries(entityId)).map((r) => Number(r.seq))).toEqual(
        Array.from({ length: 11 }, (_, i) => i + 1),
      );
    } finally {
      await tamper('delete from audit_log where bureau_id = $1', [bureau]);
      await tamper('delete from audit_chain_head where bureau_id = $1', [bureau]);
    }
  });

  test('ten concurrent writes in one bureau still form one chain', async () => {
    const secretary = as(d1.username);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => secretary(CREATE, { in: classInput(d1.schoolId, `审计链: 并发 ${i}`) })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    const ids = results.map((r) => (r.data as { createTheoryClass: { id: string } }).createTheoryClass.id);
    const seqs = (await Promise.all(ids.map(storedEntries))).map((rows) => Number(rows[0].seq));
    // expected: ten different places in the chain, and the chain verifies
    expect(new Set(seqs).size).toBe(10);
    const result = await verify(DEMO_IDS.bureau);
    expect(result.breaks).toEqual([]);
  });

  test('an entry edited behind the triggers breaks the chain at that entry, and verifies again once restored', async () => {
    const [first] = await storedEntries(classId);
    const original = await changesOf(first.id);
    await tamper(`update audit_log set changes = jsonb_set(changes, '{after,topic}', '"篡改"') where id = $1`, [
      first.id,
    ]);
    try {
      const broken = await verify(DEMO_IDS.bureau);
      expect(broken.ok).toBe(false);
      expect(broken.breaks).toEqual([
        {
          bureauId: DEMO_IDS.bureau,
          bureauName: '江城市教育局党委',
          id: first.id,
          seq: Number(first.seq),
          problem: expect.stringMatching(/changed after it was written/),
        },
      ]);
    } finally {
      await tamper('update audit_log set changes = $2::jsonb where id = $1', [first.id, original]);
    }
    expect((await verify(DEMO_IDS.bureau)).breaks).toEqual([]);
  });

  test('an entry edited and re-hashed breaks the chain at the entry after it', async () => {
    const [first] = await storedEntries(classId);
    const original = await changesOf(first.id);
    await tamper(`update audit_log set changes = '{}' where id = $1`, [first.id]);
    await tamper(
      `update audit_log a set hash = sha256(coalesce(a.prev_hash, ''::bytea) || convert_to(audit_log_payload(a), 'UTF8')) where id = $1`,
      [first.id],
    );
    try {
      const broken = await verify(DEMO_IDS.bureau);
      const next = await withOwner(
        async (c) =>
          (
            await c.query('select id::text from audit_log where bureau_id = $1 and seq = $2 + 1', [
              DEMO_IDS.bureau,
              first.seq,
            ])
          ).rows[0].id,
      );
      expect(broken.breaks).toEqual([
        expect.objectContaining({ id: next, seq: Number(first.seq) + 1, problem: expect.stringMatching(/prev_hash/) }),
      ]);
    } finally {
      await tamper('update audit_log set changes = $2::jsonb, hash = $3 where id = $1', [
        first.id,
        original,
        first.hash,
      ]);
    }
    expect((await verify(DEMO_IDS.bureau)).breaks).toEqual([]);
  });

  test('deleted entries are named: in the middle by the gap, at the end by the chain head', async () => {
    // A bureau of its own (audit_log does not reference organisation), so the deletions do not
    // race with entries that other suites append to the demo bureau's chain.
    const bureau = randomUUID();
    await withOwner(async (c) => {
      for (let i = 1; i <= 4; i++)
        await c.query(
          `insert into audit_log (bureau_id, org_id, action, entity, entity_id, changes) values ($1, $1, 'update', 'probe', $2, $3)`,
          [bureau, String(i), { i }],
        );
    });
    const ids = await withOwner(async (c) =>
      (await c.query('select id::text from audit_log where bureau_id = $1 order by seq', [bureau])).rows.map(
        (r) => r.id as string,
      ),
    );
    // A removed entry is kept as jsonb (exact: microseconds, bytea) to be put back as it was.
    let saved: unknown = null;
    const remove = async (seq: number) => {
      saved = await withOwner(
        async (c) =>
          (await c.query('select to_jsonb(a) as row from audit_log a where bureau_id = $1 and seq = $2', [bureau, seq]))
            .rows[0].row,
      );
      await tamper('delete from audit_log where bureau_id = $1 and seq = $2', [bureau, seq]);
    };
    const restore = () =>
      tamper(
        'insert into audit_log overriding system value select * from jsonb_populate_record(null::audit_log, $1::jsonb)',
        [JSON.stringify(saved)],
      );
    try {
      expect(await verify(bureau)).toMatchObject({ ok: true, entries: 4 });

      await remove(2);
      expect((await verify(bureau)).breaks).toEqual([
        {
          bureauId: bureau,
          bureauName: null,
          id: ids[2],
          seq: 3,
          problem: 'seq 3 follows seq 1: entries 2–2 are missing',
        },
      ]);
      await restore();
      expect((await verify(bureau)).ok).toBe(true);

      await remove(4);
      expect((await verify(bureau)).breaks).toEqual([
        expect.objectContaining({ id: null, seq: 4, problem: expect.stringMatching(/entries 4–4 are missing/) }),
      ]);
      await restore();
      expect((await verify(bureau)).ok).toBe(true);
    } finally {
      await tamper('delete from audit_log where bureau_id = $1', [bureau]);
      await tamper('delete from audit_chain_head where bureau_id = $1', [bureau]);
    }
  });
});

describe('the audit query', () => {
  const read = (who: string, vars: Record<string, unknown>) => as(who)<{ audit: Page }>(AUDIT, vars);

  test("a record's history, newest first, with names, changes and hashes", async () => {
    const r = await read(d1.username, { s: d1.schoolId, entity: 'theory_class', entityId: classId });
    expect(r.errors).toBeUndefined();
    const page = r.data!.audit;
    expect(page.total).toBe(3);
    expect(page.items.map((e) => e.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    const [deleted, updated, created] = page.items;
    expect(created).toMatchObject({
      orgId: d1.schoolId,
      schoolId: d1.schoolId,
      districtId: DEMO_IDS.district1,
      actorUserId: d1.userId,
      actorName: '审计测试书记',
      entity: 'theory_class',
      entityId: classId,
      changes: { after: { topic: '审计链: 原题' } },
    });
    expect(created.orgName).not.toBe('');
    expect(created.requestId).toBeTruthy();
    expect(updated.changes).toMatchObject({ before: { topic: '审计链: 原题' }, after: { topic: '审计链: 改题' } });
    expect(deleted.changes).toMatchObject({ before: { topic: '审计链: 改题' } });
    expect(deleted.seq).toBeGreaterThan(updated.seq);
    expect(updated.seq).toBeGreaterThan(created.seq);
    // expected: the hash shown is the stored one
    const stored = await storedEntries(classId);
    expect(page.items.map((e) => e.hash)).toEqual(stored.map((s) => s.hash.toString('hex')).reverse());
  });

  test("by person: one user's changes only", async () => {
    const mine = (await read(d1.username, { s: d1.schoolId, actor: d1.userId, limit: 200 })).data!.audit;
    const count = await withOwner(
      async (c) =>
        (await c.query('select count(*)::int as n from audit_log where actor_user_id = $1', [d1.userId])).rows[0].n,
    );
    expect(mine.total).toBe(count);
    expect(mine.total).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((e) => e.actorUserId === d1.userId)).toBe(true);
    // someone who changed nothing here
    expect((await read(d1.username, { s: d1.schoolId, actor: d2.userId })).data!.audit.total).toBe(0);
  });

  test("by date: days in the bureau's time zone, both ends included", async () => {
    const all = (await read(d1.username, { s: d1.schoolId, entityId: classId })).data!.audit;
    const tz = process.env.DJT_TIME_ZONE ?? 'Asia/Shanghai';
    const dayOf = (d: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    const day = dayOf(new Date(all.items[0].at));
    const shift = (n: number) => dayOf(new Date(new Date(`${day}T12:00:00Z`).getTime() + n * 86_400_000));
    const total = async (from: string | null, to: string | null) =>
      (await read(d1.username, { s: d1.schoolId, entityId: classId, from, to })).data!.audit.total;
    expect(await total(day, day)).toBe(all.total);
    expect(await total(shift(-1), null)).toBe(all.total);
    expect(await total(shift(1), null)).toBe(0);
    expect(await total(null, shift(-1))).toBe(0);
  });

  test('pages: disjoint, in order, with the total of all pages; the limit is capped', async () => {
    const vars = { s: d1.schoolId, actor: d1.userId };
    const first = (await read(d1.username, { ...vars, offset: 0, limit: 5 })).data!.audit;
    const second = (await read(d1.username, { ...vars, offset: 5, limit: 5 })).data!.audit;
    expect([first.offset, first.limit, second.offset]).toEqual([0, 5, 5]);
    expect(first.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    const seqs = [...first.items, ...second.items].map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    const beyond = (await read(d1.username, { ...vars, offset: first.total, limit: 5 })).data!.audit;
    expect([beyond.items.length, beyond.total]).toEqual([0, first.total]);
    expect(reasonOf(await read(d1.username, { ...vars, limit: 201 }))).toBe('PAGE_LIMIT');
  });

  test('bad filters are refused as input errors', async () => {
    expect(codeOf(await read(d1.username, { s: d1.schoolId, actor: 'nobody' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await read(d1.username, { s: d1.schoolId, from: '2026-02-01', to: '2026-01-31' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await read(d1.username, { s: d1.schoolId, entity: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');
  });

  test("a district admin sees its schools' entries and not another district's; RLS agrees", async () => {
    // Filtered by record and by person, so that entries other suites write meanwhile do not matter.
    const district = (d: Record<string, unknown>) =>
      read('district_admin', { s: DEMO_IDS.district1, ...d }).then((r) => r.data!.audit);
    expect((await district({ entityId: classId })).total).toBe(3);
    expect((await district({ actor: d2.userId })).total).toBe(0);
    expect((await district({ limit: 200 })).items.every((e) => e.districtId === DEMO_IDS.district1)).toBe(true);
    expect(codeOf(await read('district_admin', { s: DEMO_IDS.district2 }))).toBe('NOT_FOUND');
    expect(codeOf(await read('district_admin', { s: d2.schoolId }))).toBe('NOT_FOUND');
    // The bureau sees both districts.
    for (const who of [d1, d2]) {
      const bureau = (await read('bureau_admin', { s: DEMO_IDS.bureau, actor: who.userId })).data!.audit;
      expect(bureau.total).toBeGreaterThan(0);
      expect(bureau.items.every((e) => e.districtId === who.districtId)).toBe(true);
    }
    // Without the query's own scope, RLS alone shows the district admin's scope nothing of district 2.
    const c = new Client({ connectionString: process.env.DJT_TEST_SEEDED_APP_URL });
    await c.connect();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.scope_orgs', $1, true)`, [DEMO_IDS.district1]);
      const seen = (
        await c.query<{ district_id: string | null; n: number }>(
          'select district_id, count(*)::int as n from audit_log group by 1',
        )
      ).rows;
      expect(seen.map((r) => r.district_id)).toEqual([DEMO_IDS.district1]);
    } finally {
      await c.query('rollback');
      await c.end();
    }
    const inDistrict2 = await withOwner(
      async (c2) =>
        (await c2.query('select count(*)::int as n from audit_log where district_id = $1', [DEMO_IDS.district2]))
          .rows[0].n,
    );
    expect(inDistrict2).toBeGreaterThan(0);
  });

  test('roles without audit.read are refused', async () => {
    const viewer = await newAccount('BUREAU_VIEWER', DEMO_IDS.bureau, null, null);
    expect(codeOf(await read(viewer.username, { s: DEMO_IDS.bureau }))).toBe('FORBIDDEN');
    expect(codeOf(await read('district_viewer', { s: DEMO_IDS.district1 }))).toBe('FORBIDDEN');
    expect(codeOf(await read('member', { s: DEMO_IDS.schoolA }))).toBe('FORBIDDEN');
  });
});
