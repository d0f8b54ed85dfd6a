import fc from 'fast-check';
import type { MikroORM } from '@mikro-orm/postgresql';
import { addMonths, monthOf, nextDay, ruleById, type OrgRef } from '@djt/shared';
import { as, DEMO_IDS, lockOtherSchoolPeople, today, withOwner } from '../../../test/harness';
import { createFactsEngine } from '../../app/modules';
import { initOrm } from '../../db/orm';
import { complianceReport } from '../../core/compliance/compliance.read';

/**
 * The facts maintained one change at a time must equal a full rebuild from the records, whatever
 * the sequence of creates, updates, deletes and settings changes. Writes happen in the second
 * bureau's school (other_school_secretary), where no other suite records classes.
 */

const RULE = 'theory-class.monthly';
const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id version } }`;
const UPDATE = `mutation($id: ID!, $in: TheoryClassUpdateInput!) { updateTheoryClass(id: $id, input: $in) { id version } }`;
const DELETE = `mutation($id: ID!) { deleteTheoryClass(id: $id) }`;
const SETTINGS = `mutation($v: [SettingInput!]!) { updateBureauSettings(values: $v) { key } }`;

type Op =
  | { kind: 'create'; monthsBack: number; day: number; hours: number }
  | { kind: 'update'; pick: number; monthsBack: number; day: number; hours: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'settings'; min: number; exempt: number[] };

const dateOf = (monthsBack: number, day: number) => {
  const d = `${addMonths(monthOf(today()), -monthsBack)}-${String(day).padStart(2, '0')}`;
  return d > today() ? today() : d;
};

const opArb = (): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('create' as const),
      monthsBack: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 1, max: 28 }),
      hours: fc.constantFrom(0.5, 1, 1.5, 2),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      monthsBack: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 1, max: 28 }),
      hours: fc.constantFrom(0.5, 1, 3),
    }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('settings' as const),
      min: fc.constantFrom(0.5, 1, 2),
      exempt: fc.subarray([1, 2, 7, 8, 10, 11, 12], { maxLength: 4 }),
    }),
  );

let orm: MikroORM;
let school: OrgRef;
beforeAll(async () => {
  orm = await initOrm(process.env.DJT_TEST_SEEDED_OWNER_URL!);
  school = await withOwner(async (c) => {
    const r = (
      await c.query('select id, bureau_id, district_id from organisation where id = $1', [DEMO_IDS.otherSchool])
    ).rows[0];
    return { id: r.id, level: 'SCHOOL', bureauId: r.bureau_id, districtId: r.district_id, schoolId: r.id } as OrgRef;
  });
});
/** Back to the default settings (for the next test and the other suites). */
const resetSettings = () =>
  as('other_bureau_admin')(SETTINGS, {
    v: [
      { key: `${RULE}.minClassHours`, value: 1 },
      { key: `${RULE}.exemptMonths`, value: [7, 8] },
    ],
  });
afterAll(async () => {
  await resetSettings();
  await orm.close();
});

/** The school's facts as stored, and as a full rebuild would make them (rolled back). */
async function factsNowAndRebuilt() {
  const read = (em: { execute: MikroORM['em']['execute'] }) =>
    em.execute<{ k: string }[]>(
      `select rule_id || ' ' || period || ' ' || value || ' ' || status || ' ' || due_on || ' ' || detail::text as k
         from compliance_fact where school_id = ? order by 1`,
      [school.id],
    );
  const now = (await read(orm.em.fork())).map((r) => r.k);
  let rebuilt: string[] = [];
  await orm.em
    .fork()
    .transactional(async (em) => {
      await createFactsEngine().rebuildBureau(em, school.bureauId);
      rebuilt = (await read(em)).map((r) => r.k);
      throw new Error('rollback');
    })
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  return { now, rebuilt };
}

test('incrementally maintained facts equal a full rebuild after any sequence of changes', async () => {
  // The classes' expected audience counts the school's people: not while an import adds thousands.
  const release = await lockOtherSchoolPeople();
  try {
    const secretary = as('other_school_secretary');
    const admin = as('other_bureau_admin');
    const created: { id: string; version: number }[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb(), { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) {
          const input = (monthsBack: number, day: number, hours: number) => ({
            date: dateOf(monthsBack, day),
            classHours: hours,
            topic: '性质测试',
            kind: 'IDEALS',
            lecturer: '测试',
            audience: 'ALL_STAFF',
            attendance: [],
          });
          if (o.kind === 'create') {
            const r = await secretary(CREATE, { in: { ...input(o.monthsBack, o.day, o.hours), schoolId: school.id } });
            expect(r.errors).toBeUndefined();
            created.push(r.data!.createTheoryClass);
          } else if (o.kind === 'update' && created.length) {
            const c = created[o.pick % created.length];
            const r = await secretary(UPDATE, {
              id: c.id,
              in: { ...input(o.monthsBack, o.day, o.hours), version: c.version },
            });
            expect(r.errors).toBeUndefined();
            c.version = r.data!.updateTheoryClass.version;
          } else if (o.kind === 'delete' && created.length) {
            const [c] = created.splice(o.pick % created.length, 1);
            expect((await secretary(DELETE, { id: c.id })).errors).toBeUndefined();
          } else if (o.kind === 'settings') {
            const r = await admin(SETTINGS, {
              v: [
                { key: `${RULE}.minClassHours`, value: o.min },
                { key: `${RULE}.exemptMonths`, value: o.exempt },
              ],
            });
            expect(r.errors).toBeUndefined();
          }
        }
        const { now, rebuilt } = await factsNowAndRebuilt();
        expect(now.length).toBeGreaterThan(0);
        expect(now).toEqual(rebuilt);
      }),
      { numRuns: 12 },
    );
  } finally {
    await release();
  }
});

test('a month that is not met turns from PENDING to MISSED at local midnight after its last day', async () => {
  expect((await resetSettings()).errors).toBeUndefined();
  const em = orm.em.fork();
  const rule = ruleById(RULE)!;
  // A month without any class, and a month with too few class-hours (a stored MISSED fact).
  const month = addMonths(monthOf(today()), 3);
  const [fact] = await em.execute<{ period: string; due_on: string }[]>(
    `select period, to_char(due_on, 'YYYY-MM-DD') as due_on from compliance_fact
      where school_id = ? and rule_id = ? and status = 'MISSED' limit 1`,
    [school.id, RULE],
  );
  const statusOn = async (day: string, period: string) => {
    const [r] = await complianceReport(em, school, [rule], { from: period, to: period }, day);
    return r.rows[0].statuses[0];
  };
  const lastDay = `${month}-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate()}`;
  const exempt = ['07', '08'].includes(month.slice(5));
  if (!exempt) {
    expect(await statusOn(lastDay, month)).toBe('PENDING');
    expect(await statusOn(nextDay(lastDay), month)).toBe('MISSED');
  }
  if (fact) {
    expect(await statusOn(fact.due_on, fact.period)).toBe('PENDING');
    expect(await statusOn(nextDay(fact.due_on), fact.period)).toBe('MISSED');
  }
  expect(exempt && !fact).toBe(false);
});
