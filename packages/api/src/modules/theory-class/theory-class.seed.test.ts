/**
 * 思想政治课 in the demo data set: consistent classes and attendance, and the story the demo and
 * the end-to-end tests rely on (schoolA has no class in the current month and one missed past
 * month). The database part loads the small scale into the scratch database
 * (DJT_TEST_OWNER_URL, from the root jest global setup) under the lock the core seed test takes.
 */
import { Client } from 'pg';
import { addMonths, monthNumber } from '@djt/shared';
import { DEMO_IDS, buildDemoData, isDatabaseEmpty, seedDemoData, type DemoDataset } from '../../db/seed/demo-data';
import type { SeedContext, SeedContributor, SeedRow } from '../../db/seed/seed-kit';
import { schoolAMissedMonth, theoryClassSeed } from './theory-class.seed';

const TODAY = '2026-11-24';
const SCRATCH_LOCK = 727_001;

interface ClassRow {
  id: string;
  bureau_id: string;
  district_id: string;
  school_id: string;
  date: string;
  class_hours: number;
  topic: string;
  kind: string;
  lecturer: string;
  audience: 'MEMBERS' | 'ALL_STAFF';
  expected_count: number;
  present_count: number;
  leave_count: number;
  created_at: string;
}
interface AttendanceRow {
  class_id: string;
  person_id: string;
  bureau_id: string;
  district_id: string;
  school_id: string;
  status: 'PRESENT' | 'LEAVE';
  leave_reason: string | null;
}

const build = (today: string, scale: 'small' | 'default' = 'small') =>
  buildDemoData({ scale, today, contributors: [theoryClassSeed] });
const classesOf = (d: DemoDataset) => d.tables.theory_class as unknown as ClassRow[];
const attendanceOf = (d: DemoDataset) => d.tables.theory_class_attendance as unknown as AttendanceRow[];

/** Checks that hold for every generated data set, whatever `today` is. */
function checkInvariants(d: DemoDataset, today: string) {
  const current = today.slice(0, 7);
  const classes = classesOf(d);
  const attendance = attendanceOf(d);
  expect(classes.length).toBeGreaterThan(0);
  // No class after today, and none before the 15-month window.
  expect(classes.every((c) => c.date <= today && c.date.slice(0, 7) >= addMonths(current, -14))).toBe(true);
  // Every class's counts equal its attendance rows; attendance belongs to the class's school.
  // (Problems are collected rather than asserted row by row: an expect per row is slow.)
  const problems: string[] = [];
  const people = new Map(d.people.map((p) => [p.id, p]));
  const byClass = new Map(classes.map((c) => [c.id, { c, present: 0, leave: 0 }]));
  for (const a of attendance) {
    const x = byClass.get(a.class_id);
    if (!x) {
      problems.push(`attendance of an unknown class ${a.class_id}`);
      continue;
    }
    if (a.status === 'PRESENT') x.present++;
    else {
      x.leave++;
      if (!a.leave_reason?.trim()) problems.push(`leave without a reason in ${a.class_id}`);
    }
    const p = people.get(a.person_id);
    if (a.school_id !== x.c.school_id || a.district_id !== x.c.district_id || a.bureau_id !== x.c.bureau_id)
      problems.push(`attendance owner differs from its class ${a.class_id}`);
    if (p?.school_id !== x.c.school_id) problems.push(`attendee of another school in ${a.class_id}`);
    if (x.c.audience === 'MEMBERS' && p?.party_status === 'NONE') problems.push(`non-member at ${a.class_id}`);
  }
  const endOfToday = Date.parse(`${today}T23:59:59.999+08:00`);
  for (const { c, present, leave } of byClass.values()) {
    if (c.present_count !== present || c.leave_count !== leave) problems.push(`counts of ${c.id}`);
    if (c.present_count + c.leave_count > c.expected_count) problems.push(`more attendees than expected ${c.id}`);
    if (Date.parse(c.created_at) > endOfToday) problems.push(`created after today ${c.id}`);
  }
  expect(problems).toEqual([]);
  expect(new Set(attendance.map((a) => `${a.class_id}/${a.person_id}`)).size).toBe(attendance.length);
  // schoolA: nothing this month, nothing in the missed month, which is a past non-exempt month.
  const missed = schoolAMissedMonth(today);
  expect(missed < current).toBe(true);
  expect([7, 8]).not.toContain(monthNumber(missed));
  const aMonths = new Set(classes.filter((c) => c.school_id === DEMO_IDS.schoolA).map((c) => c.date.slice(0, 7)));
  expect(aMonths.has(current)).toBe(false);
  expect(aMonths.has(missed)).toBe(false);
  expect(aMonths.size).toBeGreaterThan(6);
}

describe('theory-class seed (pure)', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(build(TODAY).tables)).toBe(JSON.stringify(build(TODAY).tables));
  });

  it.each(['2026-11-24', '2026-10-05', '2026-09-01', '2026-08-01', '2027-01-01', '2026-03-31'])(
    'keeps its invariants when today is %s',
    (today) => checkInvariants(build(today), today),
  );

  it('keeps its invariants at the default scale, with every kind and audience', () => {
    const d = build(TODAY, 'default');
    checkInvariants(d, TODAY);
    const classes = classesOf(d);
    expect(new Set(classes.map((c) => c.kind))).toEqual(new Set(['IDEALS', 'CURRENT_AFFAIRS', 'PRACTICE']));
    expect(new Set(classes.map((c) => c.audience))).toEqual(new Set(['MEMBERS', 'ALL_STAFF']));
    // Most schools meet most months: about one class a school a month outside the summer.
    const schools = d.orgs.filter((o) => o.level === 'SCHOOL').length;
    expect(classes.length / schools).toBeGreaterThan(10);
  });

  it('covers exactly the months the core gives it (12 at the province scale)', () => {
    let captured: SeedContext | undefined;
    const capture: SeedContributor = { name: 'capture', tables: [], generate: (ctx) => void (captured ??= ctx) };
    buildDemoData({ scale: 'small', today: TODAY, contributors: [capture] });
    const rows: Record<string, SeedRow[]> = { theory_class: [], theory_class_attendance: [] };
    const months = captured!.months.slice(-12);
    theoryClassSeed.generate({ ...captured!, months, add: (t, row) => rows[t].push(row) });
    const dates = (rows.theory_class as unknown as ClassRow[]).map((c) => c.date.slice(0, 7));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((m) => m >= months[0])).toBe(true);
  });
});

const ownerUrl = process.env.DJT_TEST_OWNER_URL;
const describeDb = ownerUrl ? describe : describe.skip;

describeDb('theory-class seed (database)', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query('select pg_advisory_lock($1)', [SCRATCH_LOCK]);
    if (!(await isDatabaseEmpty(client)))
      throw new Error('DJT_TEST_OWNER_URL must point to an empty (migrated) database');
    await seedDemoData(client, {
      scale: 'small',
      today: TODAY,
      passwordHash: 'not-a-real-hash',
      contributors: [theoryClassSeed],
    });
  });

  afterAll(async () => {
    if (!client) return;
    await client.query('truncate organisation, app_user cascade');
    await client.query('select pg_advisory_unlock($1)', [SCRATCH_LOCK]);
    await client.end();
  });

  it('keeps denormalised counts, owners and dates consistent', async () => {
    const expected = build(TODAY);
    const count = async (t: string) => Number((await client.query(`select count(*) as n from ${t}`)).rows[0].n);
    expect(await count('theory_class')).toBe(classesOf(expected).length);
    expect(await count('theory_class_attendance')).toBe(attendanceOf(expected).length);
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
    const late = await client.query(`select 1 from theory_class where date > $1::date or created_at > now()`, [TODAY]);
    expect(late.rows).toEqual([]);
  });

  it('leaves schoolA the current month and one missed past month', async () => {
    const aMonths = await client.query<{ m: string }>(
      `select distinct to_char(date, 'YYYY-MM') as m from theory_class where school_id = $1`,
      [DEMO_IDS.schoolA],
    );
    const months = aMonths.rows.map((r) => r.m);
    expect(months).not.toContain(TODAY.slice(0, 7));
    expect(months).not.toContain(schoolAMissedMonth(TODAY));
    expect(months.length).toBeGreaterThan(6);
  });
});
