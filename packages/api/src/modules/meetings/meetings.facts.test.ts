import fc from 'fast-check';
import type { MikroORM } from '@mikro-orm/postgresql';
import { addMonths, MEETINGS_RULES, monthOf } from '@djt/shared';
import { as, DEMO_IDS, today } from '../../../test/harness';
import { createFactsEngine } from '../../app/modules';
import { initOrm } from '../../db/orm';

/**
 * The facts of 三会一课 maintained one change at a time must equal a full rebuild from the
 * records, whatever the sequence of creates, updates, deletes and settings changes — including
 * the political-theory class facts that meetings counted as the class feed (enter once).
 *
 * Writes: meetings in school B, two to seven months back (other suites write school B's classes
 * only this month), and the settings of the meeting rules only (no other suite changes them).
 * Compared: the school's meeting facts in full, and its class facts' measures (their statuses
 * follow the class settings, which another suite changes). The comparison holds the bureau's
 * audit-chain lock, which every writer takes before it updates facts, so no write of another
 * suite lands between the facts read and the rebuild.
 */

const SCHOOL = DEMO_IDS.schoolB;
const CREATE = `mutation($in: MeetingInput!) { createMeeting(input: $in) { id version } }`;
const UPDATE = `mutation($id: ID!, $in: MeetingUpdateInput!) { updateMeeting(id: $id, input: $in) { id version } }`;
const DELETE = `mutation($id: ID!) { deleteMeeting(id: $id) }`;
const SETTINGS = `mutation($v: [SettingInput!]!) { updateBureauSettings(values: $v) { key } }`;
const KINDS = ['MEMBERS_MEETING', 'BRANCH_COMMITTEE', 'PARTY_GROUP', 'PARTY_LECTURE', 'THEMED_PARTY_DAY'] as const;

interface Shape {
  kind: (typeof KINDS)[number];
  monthsBack: number;
  day: number;
  held: boolean;
  item: boolean;
  asClass: boolean;
  hours: number;
}
type Op =
  | ({ op: 'create' } & Shape)
  | ({ op: 'update'; pick: number } & Shape)
  | { op: 'delete'; pick: number }
  | { op: 'settings'; min: number; exempt: number[] };

const shape = {
  kind: fc.constantFrom(...KINDS),
  monthsBack: fc.integer({ min: 2, max: 7 }),
  day: fc.integer({ min: 1, max: 28 }),
  held: fc.boolean(),
  item: fc.boolean(),
  asClass: fc.boolean(),
  hours: fc.constantFrom(0.5, 1, 2),
};
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), ...shape }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), ...shape }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('settings' as const),
    min: fc.constantFrom(1, 2, 3),
    exempt: fc.subarray([1, 2, 7, 8, 12], { maxLength: 3 }),
  }),
);

const input = (s: Shape) => {
  const date = `${addMonths(monthOf(today()), -s.monthsBack)}-${String(s.day).padStart(2, '0')}`;
  const classKind = s.kind === 'PARTY_LECTURE' || s.kind === 'THEMED_PARTY_DAY';
  return {
    kind: s.kind,
    topic: '性质测试',
    partyGroup: s.kind === 'PARTY_GROUP' ? `第${(s.day % 3) + 1}党小组` : null,
    plannedOn: date,
    heldOn: s.held ? date : null,
    ideologicalWork: s.item ? '思想政治工作' : null,
    countsAsTheoryClass: s.held && classKind && s.asClass,
    classHours: s.held && classKind && s.asClass ? s.hours : null,
    attendance: [],
  };
};

/** Back to the default settings of the meeting rules. */
const defaults = () =>
  MEETINGS_RULES.flatMap((r) =>
    Object.keys(r.settings).map((name) => ({ key: `${r.id}.${name}`, value: null as number | number[] | null })),
  );

let orm: MikroORM;
beforeAll(async () => {
  orm = await initOrm(process.env.DJT_TEST_SEEDED_OWNER_URL!);
});
afterAll(async () => {
  await as('bureau_admin')(SETTINGS, { v: defaults() });
  await orm.close();
});

/** The school's meeting facts and class measures as stored, and as a full rebuild makes them (rolled back). */
async function factsNowAndRebuilt() {
  let now: string[] = [];
  let rebuilt: string[] = [];
  await orm.em
    .fork()
    .transactional(async (em) => {
      const [{ bureau_id: bureau }] = await em.execute<{ bureau_id: string }[]>(
        'select bureau_id from organisation where id = ?',
        [SCHOOL],
      );
      // The lock every writer of the bureau takes with its audit entry, before its facts update.
      await em.execute(
        `insert into audit_chain_head (bureau_id, seq) values (?, 0) on conflict (bureau_id) do nothing`,
        [bureau],
      );
      await em.execute('select 1 from audit_chain_head where bureau_id = ? for update', [bureau]);
      const read = async () =>
        (
          await em.execute<{ k: string }[]>(
            `select rule_id || ' ' || period || ' ' || value || ' ' || detail::text
                    || case when rule_id like 'meetings.%' then ' ' || status || ' ' || due_on else '' end as k
               from compliance_fact where school_id = ? and (rule_id like 'meetings.%' or rule_id = 'theory-class.monthly')
              order by 1`,
            [SCHOOL],
          )
        ).map((r) => r.k);
      now = await read();
      await createFactsEngine().rebuildBureau(em, bureau);
      rebuilt = await read();
      throw new Error('rollback');
    })
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  return { now, rebuilt };
}

test('incrementally maintained meeting facts equal a full rebuild after any sequence of changes', async () => {
  const secretary = as('schoolb_secretary');
  const admin = as('bureau_admin');
  const created: { id: string; version: number }[] = [];
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 6 }), async (ops) => {
      for (const o of ops) {
        if (o.op === 'create') {
          const r = await secretary(CREATE, { in: { ...input(o), schoolId: SCHOOL } });
          expect(r.errors).toBeUndefined();
          created.push(r.data!.createMeeting);
        } else if (o.op === 'update' && created.length) {
          const m = created[o.pick % created.length];
          const r = await secretary(UPDATE, { id: m.id, in: { ...input(o), version: m.version } });
          expect(r.errors).toBeUndefined();
          m.version = r.data!.updateMeeting.version;
        } else if (o.op === 'delete' && created.length) {
          const [m] = created.splice(o.pick % created.length, 1);
          expect((await secretary(DELETE, { id: m.id })).errors).toBeUndefined();
        } else if (o.op === 'settings') {
          const r = await admin(SETTINGS, {
            v: [
              { key: 'meetings.members-meeting.minMeetings', value: o.min },
              { key: 'meetings.themed-party-day.minMeetings', value: o.min },
              { key: 'meetings.branch-committee.exemptMonths', value: o.exempt },
            ],
          });
          expect(r.errors).toBeUndefined();
        }
      }
      const { now, rebuilt } = await factsNowAndRebuilt();
      expect(now.length).toBeGreaterThan(0);
      expect(now).toEqual(rebuilt);
    }),
    { numRuns: 10 },
  );
  for (const m of created) await secretary(DELETE, { id: m.id });
}, 180_000);
