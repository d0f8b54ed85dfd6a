/**
 * The core of the demo data set and the seed kit: deterministic organisations, people and
 * accounts; contributors called once per district with that district's schools; rows loaded
 * with COPY exactly as generated. Each record module's contributor has its own test in its
 * module folder (modules/<name>/<name>.seed.test.ts).
 *
 * The database part needs DJT_TEST_OWNER_URL: the owner URL of a migrated, empty scratch database
 * (provided by the root jest global setup); it leaves the database empty again. Test files that
 * load into it take the same advisory lock.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import {
  DEMO_ACCOUNTS,
  DEMO_IDS,
  buildDemoData,
  demoBatches,
  historyMonths,
  isDatabaseEmpty,
  isDemoScale,
  planOrganisations,
  seedDemoData,
  tableOrder,
  type DemoDataset,
} from './demo-data';
import type { SeedContext, SeedContributor, SeedRow } from './seed-kit';

const TODAY = '2026-11-24';
const SCRATCH_LOCK = 727_001;
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** Text a COPY must carry unchanged: tabs, newlines, backslashes, \N, quotes, emoji. */
const AWKWARD = ['a\tb', 'line1\nline2\r\n', 'C:\\path\\N', '\\N', `"quoted" 'single'`, '党建 🚩', ' '];

/** A contributor that writes audit_log rows (a real table with text and jsonb columns). */
function auditProbe(calls: SeedContext[] = []): SeedContributor {
  return {
    name: 'probe',
    tables: ['audit_log'],
    generate(ctx) {
      calls.push(ctx);
      for (const school of ctx.schools) {
        const rng = ctx.rng(`school:${school.id}`);
        const text = AWKWARD[rng.int(0, AWKWARD.length - 1)];
        ctx.add('audit_log', {
          at: ctx.timestamp(ctx.today, '09:00'),
          bureau_id: school.bureauId,
          district_id: school.districtId,
          school_id: school.id,
          org_id: school.id,
          actor_user_id: null,
          request_id: ctx.uuid(school.id),
          action: 'seed.probe',
          entity: text,
          entity_id: school.secretary.id,
          changes: { text, people: school.people.length, nested: { list: [1, 'two', null] } },
        });
      }
    },
  };
}

function schoolsOf(d: DemoDataset) {
  return d.orgs.filter((o) => o.level === 'SCHOOL');
}

describe('demo data core (pure)', () => {
  it('is deterministic: the same options give the same rows', () => {
    const a = buildDemoData({ scale: 'small', today: TODAY, contributors: [auditProbe()] });
    const b = buildDemoData({ scale: 'small', today: TODAY, contributors: [auditProbe()] });
    expect(md5(JSON.stringify(a.tables))).toBe(md5(JSON.stringify(b.tables)));
    expect(Object.keys(a.tables)).toEqual(tableOrder([auditProbe()]));
  });

  it('has random-looking, fixed demo ids', () => {
    const ids = Object.values(DEMO_IDS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Not the old counting pattern (10000000-0000-4000-8000-000000000001, …).
    expect(ids.filter((id) => /0000-4000-8000-0000/.test(id))).toEqual([]);
    // Pinned: a persistent demo database (.local/pg, .local/bench-pg) is only usable with these.
    expect(DEMO_IDS).toEqual({
      bureau: 'b5699f6e-3b73-4ce7-a73e-4cf9806b268e',
      otherBureau: '9b39b924-bb5f-4cc7-a619-d255134d0248',
      district1: 'f214cb5e-17f9-446a-a159-e0b9298d85f8',
      district2: 'fc684383-f9e4-499a-a901-41bfe3015280',
      schoolA: 'a48163da-df64-4283-ba05-ec3ac03033a6',
      schoolB: '5e394f39-afb3-4371-b3cb-d76536eb0b8c',
      schoolC: '5a318b80-34fd-4613-b9cd-4741147619b2',
      otherSchool: 'ba464a82-49b6-4605-9e79-5f3d4b1908fe',
    });
  });

  it('has the designed shape at the small scale', () => {
    const d = buildDemoData({ scale: 'small', today: TODAY, contributors: [] });
    const levels = (l: string) => d.orgs.filter((o) => o.level === l);
    expect(levels('BUREAU').map((o) => o.name)).toEqual(['江城市教育局党委', '临川市教育局党委']);
    expect(levels('DISTRICT')).toHaveLength(3 + 1);
    expect(levels('SCHOOL').filter((o) => o.bureau_id === DEMO_IDS.bureau)).toHaveLength(12);
    expect(levels('SCHOOL').filter((o) => o.bureau_id === DEMO_IDS.otherBureau)).toHaveLength(2);
    const byId = new Map(d.orgs.map((o) => [o.id, o]));
    expect(byId.get(DEMO_IDS.schoolA)).toMatchObject({
      name: '东湖区实验小学',
      school_type: 'PRIMARY',
      district_id: DEMO_IDS.district1,
    });
    expect(byId.get(DEMO_IDS.schoolB)).toMatchObject({ name: '东湖区第一中学', district_id: DEMO_IDS.district1 });
    expect(byId.get(DEMO_IDS.schoolC)).toMatchObject({ name: '西山区实验小学', district_id: DEMO_IDS.district2 });
    expect(byId.get(DEMO_IDS.otherSchool)).toMatchObject({ bureau_id: DEMO_IDS.otherBureau });
    expect(byId.get(DEMO_IDS.district1)?.name).toBe('江城市东湖区教育党工委');
    for (const s of levels('SCHOOL')) {
      const n = d.people.filter((p) => p.school_id === s.id).length;
      expect(n).toBeGreaterThanOrEqual(25);
      expect(n).toBeLessThanOrEqual(35);
    }
    expect(d.tables.app_user).toHaveLength(DEMO_ACCOUNTS.length);
    expect(d.tables.role_assignment).toHaveLength(DEMO_ACCOUNTS.length);
    expect(d.tables.bureau_settings).toEqual([
      { bureau_id: DEMO_IDS.bureau, settings: {} },
      { bureau_id: DEMO_IDS.otherBureau, settings: {} },
    ]);
  });

  it.each(['small', 'default'] as const)('keeps people consistent at the %s scale', (scale) => {
    const d = buildDemoData({ scale, today: TODAY, contributors: [] });
    const schools = schoolsOf(d);
    const orgs = new Map(d.orgs.map((o) => [o.id, o]));
    // Exactly one secretary per school; school names unique within each bureau.
    const secretaries = new Map<string, number>();
    for (const p of d.people)
      if (p.party_post === 'SECRETARY') secretaries.set(p.school_id, (secretaries.get(p.school_id) ?? 0) + 1);
    expect(schools.every((s) => secretaries.get(s.id) === 1)).toBe(true);
    expect(new Set(schools.map((s) => `${s.bureau_id}/${s.name}`)).size).toBe(schools.length);
    expect(d.people.every((p) => /^1[3-9]\d{9}$/.test(p.phone))).toBe(true);
    // Every person's ancestry is its school's.
    for (const p of d.people) {
      const s = orgs.get(p.school_id)!;
      expect([p.district_id, p.bureau_id]).toEqual([s.district_id, s.bureau_id]);
    }
    expect(new Set(d.people.map((p) => p.id)).size).toBe(d.people.length);
  });

  it('plans the default scale as designed', () => {
    const d = buildDemoData({ scale: 'default', today: TODAY, contributors: [] });
    const schools = schoolsOf(d).filter((s) => s.bureau_id === DEMO_IDS.bureau);
    expect(d.orgs.filter((o) => o.level === 'DISTRICT' && o.bureau_id === DEMO_IDS.bureau)).toHaveLength(8);
    expect(schools).toHaveLength(240);
    expect(new Set(schools.map((s) => s.school_type))).toEqual(
      new Set(['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'VOCATIONAL']),
    );
  });

  it('plans the large and province scales', () => {
    const large = planOrganisations('large');
    expect(large.districts.filter((d) => d.bureau.key === 'bureau')).toHaveLength(16);
    expect(large.districts.filter((d) => d.bureau.key === 'bureau').every((d) => d.schools.length === 100)).toBe(true);

    const province = planOrganisations('province');
    const main = province.districts.filter((d) => d.bureau.key === 'bureau');
    expect(main).toHaveLength(60);
    expect(main.reduce((n, d) => n + d.schools.length, 0)).toBe(10_000);
    expect(new Set(main.map((d) => d.schools.length))).toEqual(new Set([166, 167]));
    const schools = province.orgs.filter((o) => o.level === 'SCHOOL');
    expect(new Set(schools.map((s) => `${s.bureau_id}/${s.name}`)).size).toBe(schools.length);
    expect(new Set(province.orgs.map((o) => o.id)).size).toBe(province.orgs.length);
    expect(new Set(main.map((d) => d.org.name)).size).toBe(60);
    expect(province.orgs.find((o) => o.id === DEMO_IDS.schoolA)?.name).toBe('东湖区实验小学');

    expect(historyMonths('province')).toBe(12);
    expect(historyMonths('large')).toBe(15);
    expect(['small', 'default', 'large', 'province', 'huge', undefined].map(isDemoScale)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('seed kit', () => {
  it('calls each contributor once per district with its schools and their people', () => {
    const calls: SeedContext[] = [];
    const d = buildDemoData({ scale: 'small', today: TODAY, contributors: [auditProbe(calls)] });
    const districts = d.orgs.filter((o) => o.level === 'DISTRICT');
    expect(calls.map((c) => c.district.id)).toEqual(districts.map((o) => o.id));
    for (const ctx of calls) {
      expect(ctx.months).toHaveLength(15);
      expect(ctx.months[14]).toBe('2026-11');
      expect(ctx.today).toBe(TODAY);
      expect(ctx.scale).toBe('small');
      const expected = schoolsOf(d).filter((s) => s.district_id === ctx.district.id);
      expect(ctx.schools.map((s) => s.id)).toEqual(expected.map((s) => s.id));
      for (const s of ctx.schools) {
        expect(s.bureauId).toBe(ctx.bureau.id);
        const people = d.people.filter((p) => p.school_id === s.id);
        expect(s.people.map((p) => p.id)).toEqual(people.map((p) => p.id));
        expect(s.secretary.partyPost).toBe('SECRETARY');
        expect(s.organisationCommittee.partyPost).toBe('ORGANISATION_COMMITTEE');
        expect(s.people).toContain(s.principal);
      }
    }
    expect(calls[0].bureau).toEqual({ id: DEMO_IDS.bureau, name: '江城市教育局党委', city: '江城市' });
    expect(d.tables.audit_log).toHaveLength(schoolsOf(d).length);
  });

  it('namespaces randomness and ids by contributor, and caps creation times at now', () => {
    const seen: Record<string, { r: number; id: string; late: string; early: string }> = {};
    const probe = (name: string): SeedContributor => ({
      name,
      tables: [],
      generate(ctx) {
        seen[name] ??= {
          r: ctx.rng('k')(),
          id: ctx.uuid('k'),
          late: ctx.timestamp(ctx.today, '23:00'),
          early: ctx.timestamp(ctx.today, '08:00'),
        };
      },
    });
    const now = new Date('2026-11-24T04:00:00Z'); // 12:00 in Beijing
    buildDemoData({ scale: 'small', today: TODAY, contributors: [probe('one'), probe('two')], now });
    expect(seen.one.r).not.toBe(seen.two.r);
    expect(seen.one.id).not.toBe(seen.two.id);
    expect(seen.one.late).toBe(now.toISOString());
    expect(seen.one.early).toBe('2026-11-24T00:00:00.000Z');
  });

  it('refuses rows for tables a contributor did not declare, and tables declared twice', () => {
    const rogue: SeedContributor = {
      name: 'rogue',
      tables: ['audit_log'],
      generate: (ctx) => ctx.add('person', {} as SeedRow),
    };
    expect(() => buildDemoData({ scale: 'small', today: TODAY, contributors: [rogue] })).toThrow(
      /rogue: table person is not among its tables/,
    );
    expect(() => tableOrder([auditProbe(), { ...auditProbe(), name: 'other' }])).toThrow(/audit_log is taken/);
    expect(() => tableOrder([{ name: 'x', tables: ['person'], generate: () => undefined }])).toThrow(/taken/);
    expect(() => tableOrder([auditProbe(), auditProbe()])).toThrow(/two seed contributors/);
  });

  it('streams: chunks close after whole districts and carry the running school count', () => {
    const batches = [...demoBatches({ scale: 'default', today: TODAY, contributors: [auditProbe()] })];
    const total = batches[0].totalSchools;
    expect(total).toBe(240 + 10);
    expect(batches.at(-1)!.schools).toBe(total);
    const counts = batches.map((b) => b.schools);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Accounts come last, after every school's people.
    expect(batches.at(-1)!.rows.get('app_user')).toHaveLength(DEMO_ACCOUNTS.length);
  });
});

const ownerUrl = process.env.DJT_TEST_OWNER_URL;
if (!ownerUrl) {
  console.warn(
    'demo-data.test.ts: DJT_TEST_OWNER_URL is not set (owner URL of a migrated, empty scratch database): database tests skipped',
  );
}
const describeDb = ownerUrl ? describe : describe.skip;

describeDb('demo data core (database)', () => {
  let client: Client;
  const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHQ$not-a-real-hash';
  const now = new Date('2026-11-24T10:00:00Z');
  const contributors = [auditProbe()];

  // audit_log and its chain heads refuse TRUNCATE (append-only); replica mode skips their
  // triggers for this clean-up of the scratch database.
  const clear = () =>
    client.query(`begin; set local session_replication_role = replica;
      truncate organisation, app_user, audit_log, audit_chain_head cascade; commit`);

  /** md5 of each table's primary keys, in the database and in the built data set. */
  async function primaryKeys(tables: string[]): Promise<Record<string, string[]>> {
    const r = await client.query<{ t: string; cols: string[] }>(
      `select c.relname as t, array_agg(a.attname::text order by k.ord) as cols
       from pg_index i join pg_class c on c.oid = i.indrelid
       cross join lateral unnest(i.indkey) with ordinality k(attnum, ord)
       join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
       where i.indisprimary and c.relname = any($1) group by c.relname`,
      [tables],
    );
    return Object.fromEntries(r.rows.map((x) => [x.t, x.cols]));
  }
  async function dbDigests(keys: Record<string, string[]>) {
    const out: Record<string, string> = {};
    for (const [table, cols] of Object.entries(keys)) {
      const expr = cols.map((c) => `${client.escapeIdentifier(c)}::text`).join(` || '/' || `);
      const r = await client.query<{ d: string }>(
        `select md5(coalesce(string_agg(${expr}, ',' order by ${expr} collate "C"), '')) as d from ${table}`,
      );
      out[table] = r.rows[0].d;
    }
    return out;
  }
  function builtDigests(d: DemoDataset, keys: Record<string, string[]>) {
    const out: Record<string, string> = {};
    for (const [table, cols] of Object.entries(keys)) {
      const values = d.tables[table].map((row) => cols.map((c) => String(row[c])).join('/'));
      out[table] = md5(values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(','));
    }
    return out;
  }

  beforeAll(async () => {
    client = new Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query('select pg_advisory_lock($1)', [SCRATCH_LOCK]);
    if (!(await isDatabaseEmpty(client)))
      throw new Error('DJT_TEST_OWNER_URL must point to an empty (migrated) database');
  });

  afterAll(async () => {
    if (!client) return;
    await clear();
    await client.query('select pg_advisory_unlock($1)', [SCRATCH_LOCK]);
    await client.end();
  });

  it('loads the small data set exactly as built, atomically, and identically twice', async () => {
    const expected = buildDemoData({ scale: 'small', today: TODAY, contributors, now, passwordHash });
    const progress: number[] = [];
    const summary = await seedDemoData(client, {
      scale: 'small',
      today: TODAY,
      passwordHash,
      contributors,
      now,
      onProgress: (p) => progress.push(p.schools),
    });
    expect(progress.at(-1)).toBe(14);
    const rows = Object.fromEntries(Object.entries(expected.tables).map(([t, r]) => [t, r.length]));
    expect(summary).toMatchObject({ bureaus: 2, districts: 4, schools: 14, users: DEMO_ACCOUNTS.length, rows });
    expect(summary.people).toBe(expected.people.length);
    const count = async (t: string) => Number((await client.query(`select count(*) as n from ${t}`)).rows[0].n);
    for (const [table, n] of Object.entries(rows)) expect([table, await count(table)]).toEqual([table, n]);

    // Every table but audit_log (whose key is generated) is compared by its primary key.
    const keys = await primaryKeys(Object.keys(expected.tables));
    expect(Object.keys(keys).sort()).toEqual(Object.keys(expected.tables).sort());
    delete keys.audit_log;
    const first = await dbDigests(keys);
    expect(first).toEqual(builtDigests(expected, keys));

    // Awkward text and JSON survive COPY unchanged.
    const audit = await client.query<{ entity: string; changes: unknown; school_id: string }>(
      'select entity, changes, school_id from audit_log',
    );
    const built = new Map(expected.tables.audit_log.map((r) => [r.school_id, r]));
    for (const row of audit.rows) {
      const b = built.get(row.school_id)!;
      expect([row.entity, row.changes]).toEqual([b.entity, b.changes]);
    }
    expect(new Set(audit.rows.map((r) => r.entity)).size).toBeGreaterThan(2);

    // A second load into a non-empty database fails and leaves nothing behind (one transaction).
    await expect(seedDemoData(client, { scale: 'small', today: TODAY, passwordHash, contributors })).rejects.toThrow();
    expect(await count('person')).toBe(summary.people);

    // Loading again into an emptied database gives the same ids.
    await clear();
    expect(await isDatabaseEmpty(client)).toBe(true);
    const again = await seedDemoData(client, { scale: 'small', today: TODAY, passwordHash, contributors, now });
    expect({ ...again, ms: 0 }).toEqual({ ...summary, ms: 0 });
    expect(await dbDigests(keys)).toEqual(first);
  });

  it('gives schoolA its committee', async () => {
    const posts = await client.query<{ party_post: string; n: string }>(
      `select party_post, count(*) as n from person where school_id = $1 and party_post is not null group by 1`,
      [DEMO_IDS.schoolA],
    );
    const byPost = Object.fromEntries(posts.rows.map((r) => [r.party_post, Number(r.n)]));
    expect(byPost).toMatchObject({
      SECRETARY: 1,
      ORGANISATION_COMMITTEE: 1,
      PROPAGANDA_COMMITTEE: 1,
      DISCIPLINE_COMMITTEE: 1,
      PARTY_AFFAIRS_OFFICER: 1,
    });
  });

  it('creates the demo accounts with their roles and people', async () => {
    const r = await client.query<{
      username: string;
      role: string;
      org_id: string;
      password_hash: string;
      bureau_id: string;
      ra_bureau: string;
      ra_district: string | null;
      ra_school: string | null;
      person_school: string | null;
      party_post: string | null;
      party_status: string | null;
      display_name: string;
    }>(`
      select u.username, r.role, r.org_id, u.password_hash, u.bureau_id, u.display_name,
             r.bureau_id as ra_bureau, r.district_id as ra_district, r.school_id as ra_school,
             p.school_id as person_school, p.party_post, p.party_status
      from app_user u join role_assignment r on r.user_id = u.id left join person p on p.id = u.person_id`);
    expect(r.rows).toHaveLength(DEMO_ACCOUNTS.length);
    const byName = new Map(r.rows.map((x) => [x.username, x]));
    const orgs = new Map(
      (
        await client.query<{ id: string; bureau_id: string; district_id: string | null; school_id: string | null }>(
          'select id, bureau_id, district_id, school_id from organisation',
        )
      ).rows.map((o) => [o.id, o]),
    );
    for (const account of DEMO_ACCOUNTS) {
      const row = byName.get(account.username)!;
      const org = orgs.get(DEMO_IDS[account.orgKey])!;
      expect(row).toMatchObject({
        role: account.role,
        org_id: org.id,
        password_hash: passwordHash,
        bureau_id: org.bureau_id,
      });
      expect([row.ra_bureau, row.ra_district, row.ra_school]).toEqual([org.bureau_id, org.district_id, org.school_id]);
      expect(row.display_name.length).toBeGreaterThanOrEqual(2);
    }
    expect(byName.get('school_secretary')).toMatchObject({ person_school: DEMO_IDS.schoolA, party_post: 'SECRETARY' });
    expect(byName.get('school_clerk')).toMatchObject({
      person_school: DEMO_IDS.schoolA,
      party_post: 'ORGANISATION_COMMITTEE',
    });
    expect(byName.get('member')).toMatchObject({
      person_school: DEMO_IDS.schoolA,
      party_post: null,
      party_status: 'FULL',
    });
    expect(byName.get('other_school_secretary')).toMatchObject({
      person_school: DEMO_IDS.otherSchool,
      party_post: 'SECRETARY',
    });
    expect(byName.get('bureau_admin')).toMatchObject({ person_school: null, ra_district: null, ra_school: null });
    expect(byName.get('district_admin')).toMatchObject({ ra_district: DEMO_IDS.district1, ra_school: null });
  });
});
