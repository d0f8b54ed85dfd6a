/**
 * The demo data set: deterministic, consistent (denormalised counts, ancestry, dates), and with
 * the special cases the end-to-end tests rely on (schoolA has no class in the current month and
 * one missed past month). The database part needs DJT_TEST_OWNER_URL: the owner URL of a
 * migrated, empty scratch database (provided by the root jest global setup); it leaves the
 * database empty again.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { addMonths, monthNumber } from '@djt/shared';
import {
  DEMO_ACCOUNTS,
  DEMO_IDS,
  buildDemoData,
  isDatabaseEmpty,
  schoolAMissedMonth,
  seedDemoData,
  type DemoDataset,
} from './demo-data';

const TODAY = '2026-11-24';
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const sortedDigest = (ids: string[]) => md5([...ids].sort().join(','));

function checksums(d: DemoDataset) {
  return {
    organisation: sortedDigest(d.orgs.map((o) => o.id)),
    person: sortedDigest(d.people.id),
    theory_class: sortedDigest(d.classes.id),
    theory_class_attendance: sortedDigest(d.attendance.classId.map((c, i) => `${c}/${d.attendance.personId[i]}`)),
    app_user: sortedDigest(d.users.map((u) => u.id)),
    role_assignment: sortedDigest(d.roles.map((r) => r.id)),
  };
}

/** Checks that hold for every generated data set, whatever `today` is. */
function checkInvariants(d: DemoDataset, today: string) {
  const current = today.slice(0, 7);
  const c = d.classes;
  // No class after today, and none before the 15-month window.
  expect(c.date.every((x) => x <= today && x.slice(0, 7) >= addMonths(current, -14))).toBe(true);
  // Every class's counts equal its attendance rows.
  const rows = new Map<string, { present: number; leave: number }>();
  d.attendance.classId.forEach((id, i) => {
    const r = rows.get(id) ?? { present: 0, leave: 0 };
    if (d.attendance.status[i] === 'PRESENT') r.present++;
    else {
      r.leave++;
      expect(d.attendance.leaveReason[i]?.trim()).toBeTruthy();
    }
    rows.set(id, r);
  });
  c.id.forEach((id, i) => {
    const r = rows.get(id) ?? { present: 0, leave: 0 };
    expect([c.present[i], c.leave[i]]).toEqual([r.present, r.leave]);
    expect(c.present[i] + c.leave[i]).toBeLessThanOrEqual(c.expected[i]);
  });
  // schoolA: nothing this month, nothing in the missed month, which is a past non-exempt month.
  const missed = schoolAMissedMonth(today);
  expect(d.schoolAMissedMonth).toBe(missed);
  expect(missed < current).toBe(true);
  expect([7, 8]).not.toContain(monthNumber(missed));
  const aMonths = new Set(c.date.filter((_, i) => c.schoolId[i] === DEMO_IDS.schoolA).map((x) => x.slice(0, 7)));
  expect(aMonths.has(current)).toBe(false);
  expect(aMonths.has(missed)).toBe(false);
  expect(aMonths.size).toBeGreaterThan(6);
  // Exactly one secretary per school; school names unique within each bureau.
  const schools = d.orgs.filter((o) => o.level === 'SCHOOL');
  const secretaries = new Map<string, number>();
  d.people.partyPost.forEach(
    (p, i) =>
      p === 'SECRETARY' && secretaries.set(d.people.schoolId[i], (secretaries.get(d.people.schoolId[i]) ?? 0) + 1),
  );
  expect(schools.every((s) => secretaries.get(s.id) === 1)).toBe(true);
  expect(new Set(schools.map((s) => `${s.bureauId}/${s.name}`)).size).toBe(schools.length);
  expect(d.people.phone.every((p) => /^1[3-9]\d{9}$/.test(p))).toBe(true);
}

describe('demo data (pure)', () => {
  it('is deterministic: the same options give the same ids and rows', () => {
    const a = buildDemoData({ scale: 'small', today: TODAY });
    const b = buildDemoData({ scale: 'small', today: TODAY });
    expect(checksums(a)).toEqual(checksums(b));
    expect(md5(JSON.stringify(a))).toBe(md5(JSON.stringify(b)));
  });

  it('has the designed shape at the small scale', () => {
    const d = buildDemoData({ scale: 'small', today: TODAY });
    const levels = (l: string) => d.orgs.filter((o) => o.level === l);
    expect(levels('BUREAU').map((o) => o.name)).toEqual(['江城市教育局党委', '临川市教育局党委']);
    expect(levels('DISTRICT')).toHaveLength(3 + 1);
    expect(levels('SCHOOL').filter((o) => o.bureauId === DEMO_IDS.bureau)).toHaveLength(12);
    expect(levels('SCHOOL').filter((o) => o.bureauId === DEMO_IDS.otherBureau)).toHaveLength(2);
    const byId = new Map(d.orgs.map((o) => [o.id, o]));
    expect(byId.get(DEMO_IDS.schoolA)).toMatchObject({
      name: '东湖区实验小学',
      schoolType: 'PRIMARY',
      districtId: DEMO_IDS.district1,
    });
    expect(byId.get(DEMO_IDS.schoolB)).toMatchObject({ districtId: DEMO_IDS.district1 });
    expect(byId.get(DEMO_IDS.schoolC)).toMatchObject({ districtId: DEMO_IDS.district2 });
    expect(byId.get(DEMO_IDS.otherSchool)).toMatchObject({ bureauId: DEMO_IDS.otherBureau });
    expect(byId.get(DEMO_IDS.district1)?.name).toBe('江城市东湖区教育党工委');
    for (const s of levels('SCHOOL')) {
      const n = d.people.schoolId.filter((x) => x === s.id).length;
      expect(n).toBeGreaterThanOrEqual(25);
      expect(n).toBeLessThanOrEqual(35);
    }
    expect(d.users).toHaveLength(DEMO_ACCOUNTS.length);
    checkInvariants(d, TODAY);
  });

  it.each(['2026-11-24', '2026-10-05', '2026-09-01', '2026-08-01', '2027-01-01', '2026-03-31'])(
    'keeps its invariants when today is %s',
    (today) => {
      checkInvariants(buildDemoData({ scale: 'small', today }), today);
    },
  );

  it('plans the default scale as designed', () => {
    const d = buildDemoData({ scale: 'default', today: TODAY });
    const schools = d.orgs.filter((o) => o.level === 'SCHOOL' && o.bureauId === DEMO_IDS.bureau);
    expect(d.orgs.filter((o) => o.level === 'DISTRICT' && o.bureauId === DEMO_IDS.bureau)).toHaveLength(8);
    expect(schools).toHaveLength(240);
    expect(new Set(schools.map((s) => s.schoolType))).toEqual(
      new Set(['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'VOCATIONAL']),
    );
    checkInvariants(d, TODAY);
  });
});

const ownerUrl = process.env.DJT_TEST_OWNER_URL;
if (!ownerUrl) {
  console.warn(
    'demo-data.test.ts: DJT_TEST_OWNER_URL is not set (owner URL of a migrated, empty scratch database): database tests skipped',
  );
}
const describeDb = ownerUrl ? describe : describe.skip;

describeDb('demo data (database)', () => {
  let client: Client;
  const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHQ$not-a-real-hash';

  const clear = () =>
    client.query(
      'truncate theory_class_attendance, theory_class, role_assignment, user_session, app_user, person, bureau_settings, organisation cascade',
    );

  async function dbChecksums() {
    const one = async (sql: string) => (await client.query<{ d: string }>(sql)).rows[0].d;
    const digest = (table: string, expr = 'id::text') =>
      one(`select md5(coalesce(string_agg(${expr}, ',' order by ${expr} collate "C"), '')) as d from ${table}`);
    return {
      organisation: await digest('organisation'),
      person: await digest('person'),
      theory_class: await digest('theory_class'),
      theory_class_attendance: await digest('theory_class_attendance', `class_id::text || '/' || person_id::text`),
      app_user: await digest('app_user'),
      role_assignment: await digest('role_assignment'),
    };
  }

  beforeAll(async () => {
    client = new Client({ connectionString: ownerUrl });
    await client.connect();
    if (!(await isDatabaseEmpty(client)))
      throw new Error('DJT_TEST_OWNER_URL must point to an empty (migrated) database');
  });

  afterAll(async () => {
    if (!client) return;
    await clear();
    await client.end();
  });

  it('loads the small data set consistently and identically twice', async () => {
    const expected = buildDemoData({ scale: 'small', today: TODAY });
    const summary = await seedDemoData(client, { scale: 'small', today: TODAY, passwordHash });
    expect(summary).toMatchObject({
      bureaus: 2,
      districts: 4,
      schools: 14,
      people: expected.people.id.length,
      classes: expected.classes.id.length,
      attendance: expected.attendance.classId.length,
      users: DEMO_ACCOUNTS.length,
    });
    expect(await isDatabaseEmpty(client)).toBe(false);
    const count = async (t: string) => Number((await client.query(`select count(*) as n from ${t}`)).rows[0].n);
    expect(await count('organisation')).toBe(2 + 4 + 14);
    expect(await count('bureau_settings')).toBe(2);
    expect(await count('person')).toBe(summary.people);
    expect(await count('theory_class')).toBe(summary.classes);
    expect(await count('theory_class_attendance')).toBe(summary.attendance);

    const first = await dbChecksums();
    expect(first).toEqual(checksums(expected));

    // A second load into a non-empty database fails and leaves nothing behind (one transaction).
    await expect(seedDemoData(client, { scale: 'small', today: TODAY, passwordHash })).rejects.toThrow();
    expect(await count('person')).toBe(summary.people);

    // Loading again into an emptied database gives the same ids.
    await clear();
    expect(await isDatabaseEmpty(client)).toBe(true);
    const again = await seedDemoData(client, { scale: 'small', today: TODAY, passwordHash });
    expect({ ...again, ms: 0 }).toEqual({ ...summary, ms: 0 });
    expect(await dbChecksums()).toEqual(first);
  });

  it('keeps denormalised counts, dates and schoolA as designed', async () => {
    const mismatched = await client.query(`
      select c.id from theory_class c
      left join lateral (select count(*) filter (where status = 'PRESENT') as p, count(*) filter (where status = 'LEAVE') as l
                         from theory_class_attendance a where a.class_id = c.id) x on true
      where c.present_count <> x.p or c.leave_count <> x.l`);
    expect(mismatched.rows).toEqual([]);
    const wrongOwner = await client.query(`
      select 1 from theory_class_attendance a join theory_class c on c.id = a.class_id join person p on p.id = a.person_id
      where a.school_id <> c.school_id or p.school_id <> c.school_id or a.district_id <> c.district_id or a.bureau_id <> c.bureau_id`);
    expect(wrongOwner.rows).toEqual([]);
    const late = await client.query(`select 1 from theory_class where date > $1::date`, [TODAY]);
    expect(late.rows).toEqual([]);

    const aMonths = await client.query<{ m: string }>(
      `select distinct to_char(date, 'YYYY-MM') as m from theory_class where school_id = $1`,
      [DEMO_IDS.schoolA],
    );
    const months = aMonths.rows.map((r) => r.m);
    expect(months).not.toContain(TODAY.slice(0, 7));
    const missed = schoolAMissedMonth(TODAY);
    expect(months).not.toContain(missed);
    expect([7, 8]).not.toContain(monthNumber(missed));

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
