import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { monthOf } from '@djt/shared';
import { readConfig } from '../src/config/config';
import { freePort } from '../src/config/free-port';
import { APP_ROLE, ensureDatabase, migrate, withCredentials } from '../src/db/bootstrap';
import { seedIfEmpty } from '../src/db/demo';
import { copyDataDir } from '../src/db/embedded';
import { initOrm } from '../src/db/orm';
import { replicaOrmOptions, ReplicaRouter } from '../src/db/replicas';
import { startLocalPrimary, startStandby, type Standby } from '../src/db/standby';
import { startApp, type RunningApp } from '../src/app/server';
import { withScope } from '../src/core/tenancy/scope';
import { as, DEMO_IDS, today } from './harness';
import { cases } from './outsider-matrix';

/**
 * Read replicas against two real servers of this file's own: an embedded primary and a hot
 * standby made from a copy of its data directory (db/standby.ts), an API reading from the standby.
 * The other suites' API (jest's global setup) has no replica and is untouched.
 *
 * Replay on the standby is paused (pg_wal_replay_pause) to make its state visibly older than the
 * primary's: what a query answers then says where it ran.
 */

const PASSWORD = 'replica-test-owner';
const APP_PASSWORD = 'test-app';
const DB = 'djt_replica_test';
let primary: Standby;
let standby: Standby;
let orm: MikroORM;
let app: RunningApp;
const dirs: string[] = [];
const saved = { ...process.env };

/** A superuser connection to the primary or the standby (kept open; opened again after a failure). */
const clients = new Map<'primary' | 'standby', Promise<Client>>();
async function sql<T = Record<string, unknown>>(
  on: 'primary' | 'standby',
  text: string,
  params: unknown[] = [],
  retry = true,
): Promise<T[]> {
  let client = clients.get(on);
  if (!client) {
    const c = new Client({ connectionString: (on === 'primary' ? primary : standby).ownerUrl(DB) });
    c.on('error', () => clients.delete(on));
    client = c.connect().then(() => c);
    clients.set(on, client);
  }
  try {
    const r = await (await client).query(text, params);
    return r.rows as T[];
  } catch (e) {
    // A connection cut by a restart of the server (no SQLSTATE): once more on a new one.
    if ((e as { code?: string }).code?.match(/^[0-9A-Z]{5}$/)) throw e;
    clients.delete(on);
    void client.then((c) => c.end()).catch(() => undefined);
    if (retry) return sql<T>(on, text, params, false);
    throw e;
  }
}

/** Until the standby has replayed everything the primary has written now. */
async function caughtUp() {
  const [{ lsn }] = await sql<{ lsn: string }>('primary', 'select pg_current_wal_lsn()::text as lsn');
  for (let i = 0; i < 500; i++) {
    const [{ ok }] = await sql<{ ok: boolean }>('standby', 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [
      lsn,
    ]);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the standby did not catch up');
}

const pause = () => sql('standby', 'select pg_wal_replay_pause()');
const resume = () => sql('standby', 'select pg_wal_replay_resume()');

beforeAll(async () => {
  const started = Date.now();
  const primaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'djt-replica-primary-'));
  const standbyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'djt-replica-standby-'));
  dirs.push(primaryDir, standbyDir);
  // The server runs as `postgres` when the tests run as root: it must reach its data directory.
  for (const d of dirs) fs.chmodSync(d, 0o755);
  primary = await startLocalPrimary({
    dataDir: path.join(primaryDir, 'data'),
    port: await freePort(),
    password: PASSWORD,
    // A copy of the initdb'd directory before its first start is a valid base for a standby.
    beforeFirstStart: (dir) => copyDataDir(dir, standbyDir),
  });
  standby = await startStandby({
    dataDir: standbyDir,
    port: await freePort(),
    primaryPort: primary.port,
    password: PASSWORD,
  });
  await ensureDatabase(primary.ownerUrl('postgres'), DB);
  await migrate(primary.ownerUrl(DB), APP_PASSWORD);
  await seedIfEmpty(primary.ownerUrl(DB), 'small', today());
  await caughtUp();
  const appUrl = (db: { ownerUrl: (d: string) => string }) => withCredentials(db.ownerUrl(DB), APP_ROLE, APP_PASSWORD);
  orm = await initOrm(appUrl(primary), replicaOrmOptions([appUrl(standby)]));
  app = await startApp(orm, {
    ...readConfig({}),
    countSql: true,
    logLevel: process.env.DJT_LOG_LEVEL ?? 'warn',
    rateLimits: { ...readConfig({}).rateLimits, enabled: false },
    port: await freePort(),
    today: today(),
    // Long enough for a test to look at the paused standby before it counts as lagging.
    replicas: { urls: [appUrl(standby)], maxLagMs: 15_000, checkMs: 100 },
  });
  process.env.DJT_TEST_API_URL = app.url;
  process.env.DJT_TEST_SEEDED_OWNER_URL = primary.ownerUrl(DB);
  console.log(`[replicas] primary + standby + API ready in ${Date.now() - started} ms`);
}, 60_000);

afterAll(async () => {
  process.env.DJT_TEST_API_URL = saved.DJT_TEST_API_URL;
  process.env.DJT_TEST_SEEDED_OWNER_URL = saved.DJT_TEST_SEEDED_OWNER_URL;
  for (const c of clients.values()) await c.then((x) => x.end()).catch(() => undefined);
  await app?.close();
  await orm?.close();
  await standby?.stop().catch(() => undefined);
  await primary?.stop().catch(() => undefined);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const ORG = `query($id: ID!) { organisation(id: $id) { name } }`;
const CLASSES = `query($s: ID!) { theoryClasses(schoolId: $s) { total } }`;
const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id } }`;
const classInput = (topic: string) => ({
  in: {
    schoolId: DEMO_IDS.schoolA,
    date: today(),
    classHours: 1.5,
    topic,
    kind: 'IDEALS',
    lecturer: '测试',
    audience: 'ALL_STAFF',
    attendance: [],
  },
});

describe('read-only operations on a replica', () => {
  afterEach(async () => {
    await resume();
    await caughtUp();
  });

  test('a query runs on the replica: with replay paused it does not see a row only the primary has', async () => {
    const secretary = as('school_secretary');
    // expected: before anything changes, the answer comes from the replica
    const before = await secretary(ORG, { id: DEMO_IDS.schoolA });
    expect(before.db).toBe('replica1');
    await pause();
    await sql('primary', `update organisation set name = name || '（新）' where id = $1`, [DEMO_IDS.schoolA]);
    try {
      // expected: the replica's (older) name, from the replica
      const during = await secretary(ORG, { id: DEMO_IDS.schoolA });
      expect([during.db, during.data?.organisation.name]).toEqual(['replica1', before.data!.organisation.name]);
      await resume();
      await caughtUp();
      await new Promise((r) => setTimeout(r, 250));
      // expected: the new name once the replica has replayed it
      const after = await secretary(ORG, { id: DEMO_IDS.schoolA });
      expect(after.data?.organisation.name).toBe(`${before.data!.organisation.name}（新）`);
    } finally {
      await sql('primary', `update organisation set name = replace(name, '（新）', '') where id = $1`, [
        DEMO_IDS.schoolA,
      ]);
    }
  });

  test('a user reads their own write at once with replay paused; another user of the school sees the replica', async () => {
    const secretary = as('school_secretary');
    const clerk = as('school_clerk');
    const total = async (who: typeof secretary) => {
      const r = await who(CLASSES, { s: DEMO_IDS.schoolA });
      expect(r.errors).toBeUndefined();
      return { total: r.data!.theoryClasses.total as number, db: r.db };
    };
    const before = await total(clerk);
    expect(before.db).toBe('replica1');
    await pause();
    const created = await secretary(CREATE, classInput('副本测试'));
    expect([created.errors, created.db]).toEqual([undefined, 'primary']);
    // expected: the writer sees the new class at once (from the primary)
    expect(await total(secretary)).toEqual({ total: before.total + 1, db: 'primary' });
    // expected: a colleague who did not write may see the replica's older state
    expect(await total(clerk)).toEqual({ total: before.total, db: 'replica1' });
  });

  test("write, then read the dashboard: the writer's figures include the write with replay paused", async () => {
    const secretary = as('school_secretary');
    const district = as('district_admin');
    const Q = `query($id: ID!) { compliance(scopeId: $id, ruleIds: ["theory-class.monthly"], rows: { limit: 200 }) {
      rules { periods page { items { schoolId values } } } } }`;
    const hoursOf = async (who: typeof secretary, scope: string) => {
      const r = await who(Q, { id: scope });
      expect(r.errors).toBeUndefined();
      const cmp = r.data!.compliance.rules[0];
      const row = cmp.page.items.find((x: { schoolId: string }) => x.schoolId === DEMO_IDS.schoolA);
      return { hours: row.values[cmp.periods.indexOf(monthOf(today()))] as number, db: r.db };
    };
    // Both dashboards computed (and cached) before the write (the secretary's on the primary while
    // their write of the previous test still sticks to them).
    const mine = await hoursOf(secretary, DEMO_IDS.schoolA);
    const theirs = await hoursOf(district, DEMO_IDS.district1);
    expect(theirs.db).toBe('replica1');
    await pause();
    expect((await secretary(CREATE, classInput('看板测试'))).errors).toBeUndefined();
    // expected: the writer's dashboard counts the new class (primary: the bureau's new version)
    const after = await hoursOf(secretary, DEMO_IDS.schoolA);
    expect(after.db).toBe('primary');
    expect(after.hours).toBeCloseTo(mine.hours + 1.5);
    // expected: the district's dashboard from the replica is its older (cached) answer
    expect(await hoursOf(district, DEMO_IDS.district1)).toEqual(theirs);
  });

  test('the outsider refusal matrix holds with the API reading from the replica', async () => {
    for (const c of cases) {
      const r = await c.run();
      expect([c.name, c.who, r.code, r.data]).toEqual([c.name, c.who, c.expected, null]);
      // A query that got as far as a transaction ran it on the replica (most refusals come first,
      // from the permission rules, whose lookups read the primary).
      if (c.name.startsWith('Query.') && r.db) expect([c.name, r.db]).toEqual([c.name, 'replica1']);
    }
  });

  test('row-level security on the replica: a scope sees its own school, another school none of it', async () => {
    const actor = (orgId: string) => ({ userId: 'u', roles: [{ role: 'SCHOOL_SECRETARY', org: { id: orgId } }] });
    const countA = async (who: ReturnType<typeof actor> | null) => {
      let where = '';
      const [row] = await withScope(
        orm,
        who as never,
        (em) =>
          em.execute<{ n: number }[]>('select count(*)::int as n from theory_class where school_id = ?', [
            DEMO_IDS.schoolA,
          ]),
        { router: app.replicas, userId: null, ran: (w) => (where = w) },
      );
      return [where, row.n > 0];
    };
    // expected: school A's own scope sees its classes, on the replica
    expect(await countA(actor(DEMO_IDS.schoolA))).toEqual(['replica1', true]);
    // expected: school B's scope, the other bureau's, and no scope see none of them
    expect(await countA(actor(DEMO_IDS.schoolB))).toEqual(['replica1', false]);
    expect(await countA(actor(DEMO_IDS.otherBureau))).toEqual(['replica1', false]);
    expect(await countA(null)).toEqual(['replica1', false]);
  });

  test('the replica stopped mid-test: answers continue from the primary, and it is used again once back', async () => {
    const secretary = as('school_secretary');
    const onReplica = await secretary(ORG, { id: DEMO_IDS.schoolA });
    expect(onReplica.db).toBe('replica1');
    await standby.stop();
    try {
      for (let i = 0; i < 5; i++) {
        const r = await secretary(ORG, { id: DEMO_IDS.schoolA });
        // expected: no error to the user, answered by the primary
        expect([r.errors, r.db]).toEqual([undefined, 'primary']);
        // expected: the statement counter counts the replica's statements as the primary's
        if (i === 4) expect(r.sqlCount).toBe(onReplica.sqlCount);
      }
    } finally {
      await standby.start();
    }
    for (let i = 0; i < 100; i++) {
      if ((await secretary(ORG, { id: DEMO_IDS.schoolA })).db === 'replica1') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the replica was not used again');
  });
});

describe('a replica refusing connections', () => {
  test('is skipped without an error: the primary answers, and the replica is left aside', async () => {
    const url = (db: Standby, password: string) => withCredentials(db.ownerUrl(DB), APP_ROLE, password);
    // A replica whose password is wrong: every connection to it is refused (28P01).
    const refused = await initOrm(url(primary, APP_PASSWORD), replicaOrmOptions([url(standby, 'wrong')]));
    try {
      const router = new ReplicaRouter(refused, { maxLagMs: 15_000, checkMs: 1000 });
      await router.check();
      // expected: the monitor found it refusing
      expect(router.replicas[0].up).toBe(false);
      // As if it had answered a moment ago: the next read is sent to it and refused there.
      Object.assign(router.replicas[0], { up: true, replayLsn: 2n ** 62n });
      let where = '';
      const [row] = await withScope(refused, null, (em) => em.execute<{ one: number }[]>('select 1 as one'), {
        router,
        userId: null,
        ran: (w) => (where = w),
      });
      // expected: answered by the primary, and the replica marked down again
      expect([row.one, where, router.replicas[0].up]).toEqual([1, 'primary', false]);
      await router.stop();
    } finally {
      await refused.close();
    }
  });
});

describe('read-your-writes under load', () => {
  test('10,000 random write-then-read pairs by the same users: no user ever misses their own write', async () => {
    // A table of this test's own (no RLS, the application may write it): each user's counter.
    await sql('primary', `create table if not exists replica_probe (user_id text primary key, n int not null)`);
    await sql('primary', `grant select, insert, update on replica_probe to ${APP_ROLE}`);
    await caughtUp();
    // The API's router, with a faster monitor: a user's reads return to the replica sooner after
    // their write, so more of the reads exercise it.
    const router = (await ReplicaRouter.start(orm, { maxLagMs: 15_000, checkMs: 20 }))!;
    const users = Array.from({ length: 25 }, (_, i) => `probe-user-${i}`);
    const counts = new Map(users.map((u) => [u, 0]));
    let stale = 0;
    let replicaReads = 0;
    let pairs = 0;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Replay is paused and resumed at random moments, so the replica is sometimes behind.
    let pausing = true;
    const toggler = (async () => {
      let paused = false;
      while (pausing) {
        await new Promise((r) => setTimeout(r, 20 + random() * 80));
        await sql('standby', paused ? 'select pg_wal_replay_resume()' : 'select pg_wal_replay_pause()');
        paused = !paused;
      }
      await resume();
    })();
    const worker = async (user: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const next = counts.get(user)! + 1;
        // The write: one committed statement on the primary, then what the API does after a
        // mutation (keep the primary's position for the user). The read goes through withScope.
        await orm.em
          .getConnection()
          .execute(
            `insert into replica_probe (user_id, n) values (?, ?) on conflict (user_id) do update set n = excluded.n`,
            [user, next],
          );
        await router.noteWrite(user);
        counts.set(user, next);
        // Half of the reads follow at once, the others after up to 12 ms.
        if (random() < 0.5) await new Promise((r) => setTimeout(r, random() * 12));
        let where = '';
        const [row] = await withScope(
          orm,
          null,
          (em) => em.execute<{ n: number }[]>('select n from replica_probe where user_id = ?', [user]),
          { router, userId: user, ran: (w) => (where = w) },
        );
        if (where !== 'primary') replicaReads++;
        if (!row || row.n < next) stale++;
        pairs++;
      }
    };
    const started = Date.now();
    await Promise.all(users.map((u) => worker(u, 400)));
    pausing = false;
    await toggler;
    await router.stop();
    console.log(`[replicas] ${pairs} pairs in ${Date.now() - started} ms, ${replicaReads} reads on the replica`);
    // expected: every read saw its user's own last write
    expect(pairs).toBe(10_000);
    expect(stale).toBe(0);
    // expected: a fair share of the reads really did go to the replica (the test proves something)
    expect(replicaReads).toBeGreaterThan(300);
  }, 120_000);
});
