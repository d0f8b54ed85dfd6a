/**
 * 三会一课 in the demo data set: the last 12 months of meetings of every school, with realistic
 * gaps so the dashboards show something true. Most schools hold every meeting; some skip a few
 * months of a kind; a few are weak (half the meetings, items missing). Meetings later this month
 * (and the quarter's members' meeting and Party lecture, when not held yet) are planned, not held.
 *
 * 东湖区实验小学 (schoolA) has the story the demo and the tests rely on: its branch committee did
 * not meet two months ago (`schoolAMeetingGaps`), the themed Party day of the previous month lacks
 * its ideological-work item, this month's themed Party day is planned but not held, and none of
 * its meetings counts as a political-theory class (its class story stays the class module's).
 */
import { createHash } from 'node:crypto';
import {
  addMonths,
  CONCENTRATED_EDUCATION_KINDS,
  periodOf,
  THEORY_CLASS_MEETING_KINDS,
  type MeetingKind,
  type PartyPost,
} from '@djt/shared';
import { DEMO_IDS } from '../../db/seed/demo-data';
import { chineseNumber, LEAVE_REASONS } from '../../db/seed/names';
import type { Rng } from '../../db/seed/random';
import {
  ownedBy,
  pickSchoolDay,
  type SeedContext,
  type SeedContributor,
  type SeedPerson,
  type SeedSchool,
} from '../../db/seed/seed-kit';

/** Months of history the meetings cover (the issue: the last 12 months). */
const HISTORY_MONTHS = 12;

const COMMITTEE_POSTS: readonly PartyPost[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'COMMITTEE_MEMBER',
  'ORGANISATION_COMMITTEE',
  'PROPAGANDA_COMMITTEE',
  'DISCIPLINE_COMMITTEE',
];

const TOPICS: Record<MeetingKind, readonly string[]> = {
  MEMBERS_MEETING: [
    '{q}季度支部党员大会：通报支部工作，讨论发展党员工作',
    '{q}季度支部党员大会：学习贯彻上级党组织会议精神',
    '{q}季度支部党员大会：民主评议党员',
    '{q}季度支部党员大会：听取支部书记工作报告',
  ],
  BRANCH_COMMITTEE: [
    '研究本月党建工作安排',
    '研究“三重一大”事项会前沟通情况',
    '研究入党积极分子培养考察工作',
    '研究主题党日活动方案',
    '研究党员教育管理工作',
    '研究师德师风建设工作',
    '研究党风廉政建设工作安排',
  ],
  PARTY_GROUP: [
    '学习《中国共产党章程》',
    '交流学习心得，开展批评与自我批评',
    '学习党的二十届三中全会精神',
    '讨论教研组党员先锋岗工作',
    '学习《中国共产党纪律处分条例》',
    '交流“双减”背景下的教学实践',
  ],
  PARTY_LECTURE: [
    '书记讲党课：以高质量党建引领学校高质量发展',
    '专题党课：弘扬教育家精神',
    '专题党课：学思践悟新思想',
    '书记讲党课：守初心、担使命，做新时代好老师',
  ],
  THEMED_PARTY_DAY: [
    '重温入党誓词',
    '参观红色教育基地',
    '“党员先锋岗”志愿服务',
    '学习身边的优秀共产党员',
    '走进社区开展志愿服务',
    '红色经典诵读',
    '清廉校园建设主题活动',
    '“我为师生办实事”主题活动',
  ],
};

const IDEOLOGICAL_WORK = [
  '针对青年教师职业压力开展谈心谈话',
  '结合师德师风问题开展警示教育',
  '引导党员教师正确看待职称评聘',
  '针对“双减”后工作量变化开展思想引导',
  '结合学生心理健康工作统一思想认识',
  '开展批评与自我批评，查找思想上的差距',
];

const RESOLUTIONS: Partial<Record<MeetingKind, readonly string[]>> = {
  MEMBERS_MEETING: ['同意确定 1 名入党积极分子为发展对象', '通过支部本季度工作总结', '通过民主评议党员结果'],
  BRANCH_COMMITTEE: ['确定下月主题党日活动方案', '同意将有关事项提交党员大会讨论', '明确党建工作责任分工'],
};

const PLACES = ['学校党员活动室', '学校会议室', '行政楼三楼会议室', '图书馆报告厅'];

type Profile = 'regular' | 'skipper' | 'weak';

/** The branch committee month schoolA missed (two months back) and the month without the item (last month). */
export function schoolAMeetingGaps(today: string): { committeeMissed: string; itemMissing: string } {
  const current = today.slice(0, 7);
  return { committeeMissed: addMonths(current, -2), itemMissing: addMonths(current, -1) };
}

/** A tiny PDF (the minutes) and PNG (a photo): real files, so the demo's downloads open. */
function minutesPdf(title: string): Buffer {
  const stream = `BT /F1 14 Tf 72 770 Td (${title.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A day of `month` after `today` for a meeting planned but not held yet (today, when none is left). */
function laterDay(rng: Rng, month: string, today: string): string {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
  const from = month === today.slice(0, 7) ? Number(today.slice(8)) + 1 : 1;
  if (from > last) return today;
  return `${month}-${String(rng.int(from, last)).padStart(2, '0')}`;
}

interface Plan {
  kind: MeetingKind;
  month: string;
  /** Where in the month: 0 anywhere, 1 first half, 2 second half. */
  half: 0 | 1 | 2;
  attendees: readonly SeedPerson[];
  partyGroup: string | null;
  host: SeedPerson;
  key: string;
}

function schoolMeetings(ctx: SeedContext, school: SeedSchool): void {
  const rng = ctx.rng(`meetings:${school.id}:${ctx.today}`);
  const { today } = ctx;
  const current = today.slice(0, 7);
  const months = ctx.months.slice(-HISTORY_MONTHS);
  const isA = school.id === DEMO_IDS.schoolA;
  const roll = rng();
  const profile: Profile = isA ? 'regular' : roll < 0.7 ? 'regular' : roll < 0.92 ? 'skipper' : 'weak';

  const members = school.people.filter((p) => p.partyStatus !== 'NONE');
  const committee = members.filter((p) => p.partyPost && COMMITTEE_POSTS.includes(p.partyPost));
  const leaders = members.filter((p) => p.partyPost === 'GROUP_LEADER');
  const recorder =
    members.find((p) => p.partyPost === 'PARTY_AFFAIRS_OFFICER') ?? school.organisationCommittee ?? school.secretary;
  // The Party groups: each led by a group leader, the other members shared out among them.
  const groups = (leaders.length ? leaders : [school.organisationCommittee]).map((leader, i) => ({
    name: `第${chineseNumber(i + 1)}党小组`,
    leader,
    people: [leader] as SeedPerson[],
  }));
  rng
    .shuffle(members.filter((p) => !groups.some((g) => g.leader === p)))
    .forEach((p, i) => groups[i % groups.length].people.push(p));

  // Past months in which a monthly kind is skipped (the gaps the dashboards show).
  const past = months.filter((m) => m !== current);
  const skipped = new Set<string>();
  for (const kind of ['BRANCH_COMMITTEE', 'PARTY_GROUP', 'THEMED_PARTY_DAY'] as const) {
    if (profile === 'skipper') for (const m of rng.shuffle(past).slice(0, rng.int(1, 4))) skipped.add(`${kind}:${m}`);
    if (profile === 'weak') for (const m of past) if (rng.chance(0.5)) skipped.add(`${kind}:${m}`);
    if (profile === 'regular' && !isA) for (const m of past) if (rng.chance(0.02)) skipped.add(`${kind}:${m}`);
  }
  if (isA) skipped.add(`BRANCH_COMMITTEE:${schoolAMeetingGaps(today).committeeMissed}`);

  const plans: Plan[] = [];
  for (const month of months) {
    if (!skipped.has(`BRANCH_COMMITTEE:${month}`))
      plans.push({
        kind: 'BRANCH_COMMITTEE',
        month,
        half: 1,
        attendees: committee,
        partyGroup: null,
        host: school.secretary,
        key: `bc:${month}`,
      });
    for (const [i, g] of groups.entries())
      if (!skipped.has(`PARTY_GROUP:${month}`) && !(profile !== 'regular' && rng.chance(0.15)))
        plans.push({
          kind: 'PARTY_GROUP',
          month,
          half: 0,
          attendees: g.people,
          partyGroup: g.name,
          host: g.leader,
          key: `pg:${month}:${i}`,
        });
    if (!skipped.has(`THEMED_PARTY_DAY:${month}`))
      plans.push({
        kind: 'THEMED_PARTY_DAY',
        month,
        half: 2,
        attendees: members,
        partyGroup: null,
        host: school.secretary,
        key: `tpd:${month}`,
      });
  }
  // Quarterly kinds once a quarter, in a month of the quarter within the window (so the first,
  // partly shown quarter is not a false gap); the weak skip some quarters, the skippers a few.
  for (const quarter of [...new Set(months.map((m) => periodOf('QUARTER', m)))]) {
    const inWindow = months.filter((m) => periodOf('QUARTER', m) === quarter);
    const q = ctx.rng(`meetings:quarter:${school.id}:${quarter}`);
    const skip = (p: number) => (profile === 'weak' ? q.chance(p) : profile === 'skipper' ? q.chance(p / 4) : false);
    if (!skip(0.4))
      plans.push({
        kind: 'MEMBERS_MEETING',
        month: q.pick(inWindow),
        half: 0,
        attendees: members,
        partyGroup: null,
        host: school.secretary,
        key: `mm:${quarter}`,
      });
    if (!skip(0.5))
      plans.push({
        kind: 'PARTY_LECTURE',
        month: q.pick(inWindow),
        half: 1,
        attendees: members,
        partyGroup: null,
        host: school.secretary,
        key: `pl:${quarter}`,
      });
  }

  const owner = ownedBy(school);
  const itemRate = profile === 'regular' ? 0.95 : profile === 'skipper' ? 0.85 : 0.7;
  const gaps = schoolAMeetingGaps(today);
  for (const plan of plans) {
    // schoolA's themed Party day of this month is still to come; elsewhere a meeting later this
    // month is planned, not held.
    const stillToCome = isA && plan.kind === 'THEMED_PARTY_DAY' && plan.month === current;
    const date = stillToCome ? laterDay(rng, current, today) : pickSchoolDay(rng, plan.month, plan.half);
    const heldOn = !stillToCome && date <= today ? date : null;
    const plannedOn = heldOn ?? (date >= today ? date : laterDay(rng, plan.month, today));
    const quarterNo = Math.ceil(Number(plan.month.slice(5)) / 3);
    const topic = rng.pick(TOPICS[plan.kind]).replace('{q}', `第${chineseNumber(quarterNo)}`);
    const concentrated = CONCENTRATED_EDUCATION_KINDS.includes(plan.kind);
    let ideological = concentrated && rng.chance(itemRate) ? rng.pick(IDEOLOGICAL_WORK) : null;
    if (isA && concentrated)
      ideological =
        plan.kind === 'THEMED_PARTY_DAY' && plan.month === gaps.itemMissing ? null : rng.pick(IDEOLOGICAL_WORK);
    const asClass = !isA && heldOn !== null && THEORY_CLASS_MEETING_KINDS.includes(plan.kind) && rng.chance(0.12);

    // Attendance: everyone expected; most present, a few on leave, now and then someone absent.
    const rows: { person: SeedPerson; status: 'PRESENT' | 'LEAVE' | 'ABSENT'; reason: string | null }[] = [];
    if (heldOn)
      for (const person of plan.attendees) {
        const r = rng();
        const away = profile === 'weak' ? 0.2 : 0.08;
        const status = r < away * 0.7 ? 'LEAVE' : r < away ? 'ABSENT' : 'PRESENT';
        rows.push({ person, status, reason: status === 'LEAVE' ? rng.pick(LEAVE_REASONS) : null });
      }
    const count = (s: string, pred: (p: SeedPerson) => boolean = () => true) =>
      rows.filter((x) => x.status === s && pred(x.person)).length;
    const id = ctx.uuid(`meeting:${school.id}:${plan.key}`);
    const at = ctx.timestamp(heldOn ?? (plannedOn < today ? plannedOn : today));
    ctx.add('meeting', {
      id,
      ...owner,
      kind: plan.kind,
      topic,
      party_group: plan.partyGroup,
      planned_on: plannedOn,
      held_on: heldOn,
      place: rng.pick(PLACES),
      host_id: plan.host.id,
      recorder_id: recorder.id,
      content: heldOn ? `${topic}。与会党员进行了交流发言。` : null,
      ideological_work: heldOn ? ideological : null,
      resolutions: heldOn && RESOLUTIONS[plan.kind] && rng.chance(0.6) ? rng.pick(RESOLUTIONS[plan.kind]!) : null,
      counts_as_theory_class: asClass,
      class_hours: asClass ? 1 : null,
      expected_count: rows.length,
      present_count: count('PRESENT'),
      leave_count: count('LEAVE'),
      absent_count: count('ABSENT'),
      member_expected_count: rows.filter((x) => x.person.partyStatus !== 'NONE').length,
      member_present_count: count('PRESENT', (p) => p.partyStatus !== 'NONE'),
      voting_present_count: count('PRESENT', (p) => p.partyStatus === 'FULL'),
      version: 1,
      created_at: at,
      updated_at: at,
    });
    for (const x of rows)
      ctx.add('meeting_attendance', {
        meeting_id: id,
        person_id: x.person.id,
        ...owner,
        status: x.status,
        leave_reason: x.reason,
        party_status: x.person.partyStatus,
      });
    // Minutes of most members' meetings, a photo of some themed Party days (always some at schoolA).
    const file =
      heldOn && plan.kind === 'MEMBERS_MEETING' && (isA || rng.chance(0.4))
        ? {
            kind: 'MINUTES',
            name: `${plan.month}-支部党员大会记录.pdf`,
            bytes: minutesPdf(`Minutes ${heldOn}`),
            type: 'application/pdf',
          }
        : heldOn && plan.kind === 'THEMED_PARTY_DAY' && (isA || rng.chance(0.15))
          ? { kind: 'PHOTO', name: `${plan.month}-主题党日.png`, bytes: PHOTO_PNG, type: 'image/png' }
          : null;
    if (file)
      ctx.add('meeting_attachment', {
        id: ctx.uuid(`attachment:${school.id}:${plan.key}`),
        meeting_id: id,
        ...owner,
        kind: file.kind,
        file_name: file.name,
        content_type: file.type,
        size_bytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        content: `\\x${file.bytes.toString('hex')}`,
        created_at: at,
      });
  }
}

/** 三会一课 with attendance and a few attached files, for every school. */
export const meetingsSeed: SeedContributor = {
  name: 'meetings',
  tables: ['meeting', 'meeting_attendance', 'meeting_attachment'],
  generate(ctx) {
    for (const school of ctx.schools) schoolMeetings(ctx, school);
  },
};
