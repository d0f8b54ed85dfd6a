/**
 * 三会一课 in the demo data set (pure): consistent meetings and attendance over the last 12
 * months, realistic gaps, and schoolA's story. (The database checks the rest when the test
 * database is seeded: the meeting table's check constraints and the foreign keys.)
 */
import { addMonths, periodOf } from '@djt/shared';
import { DEMO_IDS, buildDemoData, type DemoDataset } from '../../db/seed/demo-data';
import { theoryClassSeed } from '../theory-class/theory-class.seed';
import { meetingsSeed, schoolAMeetingGaps } from './meetings.seed';

interface MeetingRow {
  id: string;
  school_id: string;
  kind: string;
  party_group: string | null;
  planned_on: string;
  held_on: string | null;
  ideological_work: string | null;
  counts_as_theory_class: boolean;
  class_hours: number | null;
  expected_count: number;
  present_count: number;
  leave_count: number;
  absent_count: number;
  member_expected_count: number;
  member_present_count: number;
}
interface AttendanceRow {
  meeting_id: string;
  person_id: string;
  school_id: string;
  status: string;
  leave_reason: string | null;
  party_status: string;
}

const build = (today: string, scale: 'small' | 'default' = 'small') =>
  buildDemoData({ scale, today, contributors: [theoryClassSeed, meetingsSeed] });
const meetingsOf = (d: DemoDataset) => d.tables.meeting as unknown as MeetingRow[];
const attendanceOf = (d: DemoDataset) => d.tables.meeting_attendance as unknown as AttendanceRow[];

function checkInvariants(d: DemoDataset, today: string) {
  const current = today.slice(0, 7);
  const meetings = meetingsOf(d);
  const problems: string[] = [];
  const people = new Map(d.people.map((p) => [p.id, p]));
  const byId = new Map(meetings.map((m) => [m.id, { m, rows: [] as AttendanceRow[] }]));
  for (const a of attendanceOf(d)) {
    const x = byId.get(a.meeting_id);
    if (!x) problems.push(`attendance of an unknown meeting ${a.meeting_id}`);
    else {
      x.rows.push(a);
      if (people.get(a.person_id)?.school_id !== x.m.school_id)
        problems.push(`attendee of another school ${a.meeting_id}`);
      if (a.party_status !== people.get(a.person_id)?.party_status) problems.push(`party status of ${a.person_id}`);
    }
  }
  for (const { m, rows } of byId.values()) {
    const n = (s: string) => rows.filter((r) => r.status === s).length;
    if (m.expected_count !== rows.length || m.present_count !== n('PRESENT') || m.leave_count !== n('LEAVE'))
      problems.push(`counts of ${m.id}`);
    if (m.held_on && m.held_on > today) problems.push(`held after today ${m.id}`);
    if (!m.held_on && (rows.length || m.planned_on < today))
      problems.push(`planned in the past or with attendance ${m.id}`);
    if (m.held_on && m.held_on.slice(0, 7) < addMonths(current, -11)) problems.push(`older than 12 months ${m.id}`);
    if ((m.kind === 'PARTY_GROUP') !== (m.party_group !== null)) problems.push(`party group of ${m.id}`);
    if (m.counts_as_theory_class && !['PARTY_LECTURE', 'THEMED_PARTY_DAY'].includes(m.kind))
      problems.push(`class kind of ${m.id}`);
  }
  expect(problems).toEqual([]);
  // schoolA: its story, and no meeting of it counts as a class (its class story is the class module's).
  const a = meetings.filter((m) => m.school_id === DEMO_IDS.schoolA);
  const gaps = schoolAMeetingGaps(today);
  const held = (kind: string, month: string) => a.filter((m) => m.kind === kind && m.held_on?.startsWith(month));
  expect(held('BRANCH_COMMITTEE', gaps.committeeMissed)).toEqual([]);
  expect(held('BRANCH_COMMITTEE', addMonths(current, -1)).length).toBe(1);
  expect(held('THEMED_PARTY_DAY', gaps.itemMissing).map((m) => m.ideological_work)).toEqual([null]);
  expect(held('THEMED_PARTY_DAY', current)).toEqual([]);
  expect(a.filter((m) => m.kind === 'THEMED_PARTY_DAY' && m.planned_on.startsWith(current) && !m.held_on)).toHaveLength(
    1,
  );
  expect(a.some((m) => m.counts_as_theory_class)).toBe(false);
}

describe('meetings seed (pure)', () => {
  it('is deterministic', () => {
    const tables = (d: DemoDataset) => JSON.stringify([d.tables.meeting, d.tables.meeting_attendance]);
    expect(tables(build('2026-11-24'))).toBe(tables(build('2026-11-24')));
  });

  it.each(['2026-11-24', '2026-10-01', '2026-03-31', '2027-01-02'])('keeps its invariants when today is %s', (today) =>
    checkInvariants(build(today), today),
  );

  it('has every kind, and realistic gaps: most schools meet every month, some miss', () => {
    const today = '2026-11-24';
    const d = build(today, 'default');
    checkInvariants(d, today);
    const meetings = meetingsOf(d);
    expect(new Set(meetings.map((m) => m.kind)).size).toBe(5);
    const schools = d.orgs.filter((o) => o.level === 'SCHOOL').map((o) => o.id);
    const past = Array.from({ length: 11 }, (_, i) => addMonths('2026-11', -1 - i));
    // Themed Party day in each of the 11 past months: the share of schools with none missing.
    const complete = schools.filter((s) =>
      past.every((m) =>
        meetings.some((x) => x.school_id === s && x.kind === 'THEMED_PARTY_DAY' && x.held_on?.startsWith(m)),
      ),
    ).length;
    expect(complete / schools.length).toBeGreaterThan(0.4);
    expect(complete / schools.length).toBeLessThan(0.95);
    // A members' meeting in every past quarter for most schools, not for all.
    const quarters = [...new Set(past.map((m) => periodOf('QUARTER', m)))].filter((q) => q !== '2026-Q4');
    const everyQuarter = schools.filter((s) =>
      quarters.every((q) =>
        meetings.some(
          (x) => x.school_id === s && x.kind === 'MEMBERS_MEETING' && x.held_on && periodOf('QUARTER', x.held_on) === q,
        ),
      ),
    ).length;
    expect(everyQuarter / schools.length).toBeGreaterThan(0.7);
    expect(everyQuarter).toBeLessThan(schools.length);
    // Some concentrated-education meetings lack their item; some count as the month's class.
    expect(meetings.some((m) => m.held_on && m.kind === 'PARTY_LECTURE' && !m.ideological_work)).toBe(true);
    expect(meetings.filter((m) => m.counts_as_theory_class).length).toBeGreaterThan(10);
    // Files: some, tiny, of accepted types only.
    const files = d.tables.meeting_attachment as unknown as { content_type: string; size_bytes: number }[];
    expect(files.length).toBeGreaterThan(10);
    expect(new Set(files.map((f) => f.content_type))).toEqual(new Set(['application/pdf', 'image/png']));
  });
});
