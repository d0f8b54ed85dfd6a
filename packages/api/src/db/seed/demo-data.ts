/**
 * The deterministic demo data set: two bureaus (the second only to make tenant isolation
 * visible), their districts and schools, staff and Party members, 15 months of 思想政治课 with
 * attendance, and one demo account per role.
 *
 * Deterministic: the same options give the same rows and the same ids. Ids are derived from key
 * strings (sha1, formatted as v4-looking uuids), randomness comes from per-entity seeded
 * generators (mulberry32); nothing reads the clock except the summary's `ms`.
 *
 * `buildDemoData` is pure (no database); `seedDemoData` loads its result in one transaction with
 * bulk `insert ... select from unnest(...)` statements.
 */
import type { ClientBase } from 'pg';
import {
  DEFAULT_SETTINGS,
  addMonths,
  monthNumber,
  type Audience,
  type PartyPost,
  type PartyStatus,
  type Role,
  type SchoolType,
  type TheoryClassKind,
} from '@djt/shared';
import { rngFor, uuidFor, type Rng } from './random';
import {
  LEAVE_REASONS,
  OUTSIDE_LECTURER_TITLES,
  PRACTICE_GUIDE_TITLES,
  SCHOOL_STEMS,
  TOPICS,
  TOWNS,
  VOCATIONAL_NAMES,
  chineseNumber,
  mobile,
  personName,
  seasonalTopic,
} from './names';

export type DemoScale = 'small' | 'default' | 'large';

export interface SeedOptions {
  scale: DemoScale;
  /** 'YYYY-MM-DD': no class is dated after it. */
  today: string;
  /** argon2 hash of the demo password, the same for every demo account. */
  passwordHash: string;
}

export interface SeedSummary {
  bureaus: number;
  districts: number;
  schools: number;
  people: number;
  classes: number;
  attendance: number;
  users: number;
  ms: number;
}

export const DEMO_PASSWORD = 'Demo@2026';

/** Fixed ids of the organisations the tests and the demo accounts refer to. */
export const DEMO_IDS = {
  /** 江城市教育局党委 */
  bureau: '10000000-0000-4000-8000-000000000001',
  /** 临川市教育局党委: a second tenant, so that isolation is visible. */
  otherBureau: '10000000-0000-4000-8000-000000000002',
  /** 江城市东湖区教育党工委 */
  district1: '20000000-0000-4000-8000-000000000001',
  /** 江城市西山区教育党工委 */
  district2: '20000000-0000-4000-8000-000000000002',
  /** 东湖区实验小学: no class in the current month, one missed past month. */
  schoolA: '30000000-0000-4000-8000-00000000000a',
  /** 东湖区第一中学 */
  schoolB: '30000000-0000-4000-8000-00000000000b',
  /** 西山区实验小学 */
  schoolC: '30000000-0000-4000-8000-00000000000c',
  /** 临江区实验小学 (临川市) */
  otherSchool: '30000000-0000-4000-8000-0000000000d1',
} as const;

export type DemoOrgKey = keyof typeof DEMO_IDS;

export interface DemoAccount {
  username: string;
  role: Role;
  orgKey: DemoOrgKey;
  label: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'bureau_admin', role: 'BUREAU_ADMIN', orgKey: 'bureau', label: '教育局党委管理员 · 江城市教育局党委' },
  { username: 'bureau_viewer', role: 'BUREAU_VIEWER', orgKey: 'bureau', label: '教育局党委查看员 · 江城市教育局党委' },
  {
    username: 'district_admin',
    role: 'DISTRICT_ADMIN',
    orgKey: 'district1',
    label: '区县教育党工委管理员 · 江城市东湖区教育党工委',
  },
  {
    username: 'district_viewer',
    role: 'DISTRICT_VIEWER',
    orgKey: 'district1',
    label: '区县教育党工委查看员 · 江城市东湖区教育党工委',
  },
  {
    username: 'district2_admin',
    role: 'DISTRICT_ADMIN',
    orgKey: 'district2',
    label: '区县教育党工委管理员 · 江城市西山区教育党工委',
  },
  {
    username: 'school_secretary',
    role: 'SCHOOL_SECRETARY',
    orgKey: 'schoolA',
    label: '学校党组织书记 · 东湖区实验小学',
  },
  { username: 'school_clerk', role: 'SCHOOL_CLERK', orgKey: 'schoolA', label: '组织委员 · 东湖区实验小学' },
  { username: 'member', role: 'MEMBER', orgKey: 'schoolA', label: '党员 · 东湖区实验小学' },
  {
    username: 'schoolb_secretary',
    role: 'SCHOOL_SECRETARY',
    orgKey: 'schoolB',
    label: '学校党组织书记 · 东湖区第一中学',
  },
  {
    username: 'schoolc_secretary',
    role: 'SCHOOL_SECRETARY',
    orgKey: 'schoolC',
    label: '学校党组织书记 · 西山区实验小学',
  },
  {
    username: 'other_bureau_admin',
    role: 'BUREAU_ADMIN',
    orgKey: 'otherBureau',
    label: '教育局党委管理员 · 临川市教育局党委（另一租户）',
  },
  {
    username: 'other_school_secretary',
    role: 'SCHOOL_SECRETARY',
    orgKey: 'otherSchool',
    label: '学校党组织书记 · 临川市临江区实验小学（另一租户）',
  },
];

// ---------------------------------------------------------------------------------------------
// Shape of the data set

const JIANGCHENG_DISTRICTS = ['东湖区', '西山区', '南江区', '北城区', '高新区', '经开区', '青山县', '白云县'];
const JIANGCHENG_MORE_DISTRICTS = ['江北区', '桃源区', '滨湖区', '新港区', '龙泉县', '梅岭县', '石门县', '清河县'];
const LINCHUAN_DISTRICTS = ['临江区', '城南区'];

interface Shape {
  districts: number;
  schoolsPerDistrict: number;
  people: [number, number];
  otherDistricts: number;
  otherSchoolsPerDistrict: number;
}

const SHAPES: Record<DemoScale, Shape> = {
  small: { districts: 3, schoolsPerDistrict: 4, people: [25, 35], otherDistricts: 1, otherSchoolsPerDistrict: 2 },
  default: { districts: 8, schoolsPerDistrict: 30, people: [25, 60], otherDistricts: 2, otherSchoolsPerDistrict: 5 },
  large: { districts: 16, schoolsPerDistrict: 100, people: [20, 40], otherDistricts: 2, otherSchoolsPerDistrict: 5 },
};

/** How many months of history: from 14 months before today's month through today's month. */
export const HISTORY_MONTHS = 15;

export interface OrgRow {
  id: string;
  level: 'BUREAU' | 'DISTRICT' | 'SCHOOL';
  name: string;
  schoolType: SchoolType | null;
  parentId: string | null;
  bureauId: string;
  districtId: string | null;
  schoolId: string | null;
}

/** Column-oriented rows, ready for `unnest`. */
export interface DemoDataset {
  orgs: OrgRow[];
  people: {
    id: string[];
    bureauId: string[];
    districtId: string[];
    schoolId: string[];
    name: string[];
    gender: ('MALE' | 'FEMALE')[];
    partyStatus: PartyStatus[];
    partyPost: (PartyPost | null)[];
    phone: string[];
  };
  classes: {
    id: string[];
    bureauId: string[];
    districtId: string[];
    schoolId: string[];
    date: string[];
    classHours: string[];
    topic: string[];
    kind: TheoryClassKind[];
    lecturer: string[];
    audience: Audience[];
    expected: number[];
    present: number[];
    leave: number[];
  };
  attendance: {
    classId: string[];
    personId: string[];
    status: ('PRESENT' | 'LEAVE')[];
    leaveReason: (string | null)[];
  };
  users: { id: string; username: string; displayName: string; personId: string | null; bureauId: string }[];
  roles: {
    id: string;
    userId: string;
    role: Role;
    orgId: string;
    bureauId: string;
    districtId: string | null;
    schoolId: string | null;
  }[];
  /** The month (YYYY-MM) schoolA deliberately missed. */
  schoolAMissedMonth: string;
}

interface SchoolPeople {
  ids: string[];
  names: string[];
  status: PartyStatus[];
  secretary: number;
  organisationCommittee: number;
  ordinaryMember: number;
  principal: number;
}

// ---------------------------------------------------------------------------------------------
// Organisations

interface SchoolPlan {
  name: string;
  type: SchoolType;
}

/**
 * The schools of one district: its 实验小学 first, its 第一中学 second, the rest in a stable
 * shuffled order; names are unique within the bureau (district prefix, or a city-wide number).
 */
function planDistrictSchools(
  city: string,
  district: string,
  count: number,
  rng: Rng,
  citySeniorCounter: { n: number },
): SchoolPlan[] {
  const isCounty = district.endsWith('县');
  const targets = {
    PRIMARY: Math.round(count * 0.55),
    JUNIOR: Math.round(count * 0.2),
    NINE_YEAR: Math.round(count * 0.1),
    VOCATIONAL: count >= 10 ? Math.max(1, Math.round(count * 0.04)) : 0,
    SENIOR: 0,
  };
  const used = new Set<string>();
  const take = (name: string) => {
    used.add(name);
    return name;
  };
  const stems = rng.shuffle(isCounty ? TOWNS.map((t) => t.replace(/镇$/, '')) : SCHOOL_STEMS);
  let stemIndex = 0;
  const nextStem = (suffix: string): string | null => {
    while (stemIndex < stems.length) {
      const name = `${district}${stems[stemIndex++]}${suffix}`;
      if (!used.has(name)) return name;
    }
    return null;
  };
  const numbered = (start: number, suffix: string) => {
    for (let i = start; ; i++) {
      const name = `${district}第${chineseNumber(i)}${suffix}`;
      if (!used.has(name)) return name;
    }
  };

  // The 实验小学 and the 第一中学 come first (schoolA/schoolB, schoolC, otherSchool are among them).
  const fixed: SchoolPlan[] = [{ name: take(`${district}实验小学`), type: 'PRIMARY' }];
  if (count >= 2) fixed.push({ name: take(`${district}第一中学`), type: 'JUNIOR' });
  targets.PRIMARY = Math.max(0, targets.PRIMARY - 1);
  targets.JUNIOR = Math.max(0, targets.JUNIOR - (count >= 2 ? 1 : 0));
  const remaining = count - fixed.length;
  for (const t of ['PRIMARY', 'JUNIOR', 'NINE_YEAR', 'VOCATIONAL'] as const) {
    const others = targets.PRIMARY + targets.JUNIOR + targets.NINE_YEAR + targets.VOCATIONAL;
    if (others > remaining) targets[t] = Math.max(0, targets[t] - (others - remaining));
  }
  targets.SENIOR = remaining - (targets.PRIMARY + targets.JUNIOR + targets.NINE_YEAR + targets.VOCATIONAL);

  const rest: SchoolPlan[] = [];
  let primaryNo = 1;
  for (let i = 0; i < targets.PRIMARY; i++) {
    let name: string | null = null;
    if (i % 2 === 1) name = nextStem(isCounty ? '镇中心小学' : '小学');
    name ??= numbered(primaryNo++, '小学');
    rest.push({ name: take(name), type: 'PRIMARY' });
  }
  let juniorNo = 2;
  for (let i = 0; i < targets.JUNIOR; i++) {
    let name: string | null = null;
    if (isCounty && i % 2 === 1) name = nextStem('镇中学');
    name ??= numbered(juniorNo++, '中学');
    rest.push({ name: take(name), type: 'JUNIOR' });
  }
  for (let i = 0; i < targets.NINE_YEAR; i++) {
    let name: string | null = i === 0 ? `${district}育才学校` : nextStem(i % 2 === 0 ? '实验学校' : '学校');
    name ??= numbered(1, '九年一贯制学校');
    rest.push({ name: take(name), type: 'NINE_YEAR' });
  }
  // Senior schools: the district's 高级中学, then city-numbered schools (a city has a few dozen), then district-numbered.
  let seniorNo = 2;
  for (let i = 0; i < targets.SENIOR; i++) {
    let name: string;
    if (i === 0) name = `${district}高级中学`;
    else if (i % 3 !== 0 && citySeniorCounter.n <= 40) name = `${city}第${chineseNumber(citySeniorCounter.n++)}中学`;
    else name = numbered(seniorNo++, '高级中学');
    rest.push({ name: take(name), type: 'SENIOR' });
  }
  for (let i = 0; i < targets.VOCATIONAL; i++) {
    const name = i < VOCATIONAL_NAMES.length ? `${district}${VOCATIONAL_NAMES[i]}` : numbered(1, '职业学校');
    rest.push({ name: take(name), type: 'VOCATIONAL' });
  }
  return [...fixed, ...rng.shuffle(rest)];
}

interface SchoolInfo {
  org: OrgRow;
  city: string;
}

function buildOrgs(scale: DemoScale): { orgs: OrgRow[]; schools: SchoolInfo[] } {
  const shape = SHAPES[scale];
  const orgs: OrgRow[] = [];
  const schools: SchoolInfo[] = [];
  const bureaus = [
    {
      key: 'bureau',
      id: DEMO_IDS.bureau,
      city: '江城市',
      districts: [...JIANGCHENG_DISTRICTS, ...JIANGCHENG_MORE_DISTRICTS].slice(0, shape.districts),
      perDistrict: shape.schoolsPerDistrict,
    },
    {
      key: 'otherBureau',
      id: DEMO_IDS.otherBureau,
      city: '临川市',
      districts: LINCHUAN_DISTRICTS.slice(0, shape.otherDistricts),
      perDistrict: shape.otherSchoolsPerDistrict,
    },
  ];
  for (const b of bureaus) {
    orgs.push({
      id: b.id,
      level: 'BUREAU',
      name: `${b.city}教育局党委`,
      schoolType: null,
      parentId: null,
      bureauId: b.id,
      districtId: null,
      schoolId: null,
    });
    const seniorCounter = { n: 1 };
    b.districts.forEach((district, di) => {
      const districtId =
        b.key === 'bureau' && di === 0
          ? DEMO_IDS.district1
          : b.key === 'bureau' && di === 1
            ? DEMO_IDS.district2
            : uuidFor(`district:${b.key}:${di}`);
      orgs.push({
        id: districtId,
        level: 'DISTRICT',
        name: `${b.city}${district}教育党工委`,
        schoolType: null,
        parentId: b.id,
        bureauId: b.id,
        districtId,
        schoolId: null,
      });
      const plans = planDistrictSchools(
        b.city,
        district,
        b.perDistrict,
        rngFor(`schools:${b.key}:${di}:${b.perDistrict}`),
        seniorCounter,
      );
      plans.forEach((plan, si) => {
        let id = uuidFor(`school:${b.key}:${di}:${si}`);
        if (b.key === 'bureau' && di === 0 && si === 0) id = DEMO_IDS.schoolA;
        if (b.key === 'bureau' && di === 0 && si === 1) id = DEMO_IDS.schoolB;
        if (b.key === 'bureau' && di === 1 && si === 0) id = DEMO_IDS.schoolC;
        if (b.key === 'otherBureau' && di === 0 && si === 0) id = DEMO_IDS.otherSchool;
        const org: OrgRow = {
          id,
          level: 'SCHOOL',
          name: plan.name,
          schoolType: plan.type,
          parentId: districtId,
          bureauId: b.id,
          districtId,
          schoolId: id,
        };
        orgs.push(org);
        schools.push({ org, city: b.city });
      });
    });
  }
  return { orgs, schools };
}

// ---------------------------------------------------------------------------------------------
// People

function buildPeople(
  school: OrgRow,
  range: [number, number],
  scale: DemoScale,
  out: DemoDataset['people'],
): SchoolPeople {
  const rng = rngFor(`people:${school.id}:${scale}`);
  const n = rng.int(range[0], range[1]);
  const fullRate = 0.55 + rng() * 0.15;
  const femaleRate =
    school.schoolType === 'PRIMARY'
      ? 0.7
      : school.schoolType === 'VOCATIONAL' || school.schoolType === 'SENIOR'
        ? 0.5
        : 0.6;
  const names: string[] = [];
  const genders: ('MALE' | 'FEMALE')[] = [];
  const status: PartyStatus[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const gender = rng.chance(femaleRate) ? 'FEMALE' : 'MALE';
    let name = personName(rng, gender);
    for (let tries = 0; seen.has(name) && tries < 50; tries++) name = personName(rng, gender);
    seen.add(name);
    names.push(name);
    genders.push(gender);
    const r = rng();
    status.push(r < fullRate ? 'FULL' : r < fullRate + 0.05 ? 'PROBATIONARY' : 'NONE');
  }
  // A branch needs enough full members to staff its committee.
  for (let i = 0; i < n && status.filter((s) => s === 'FULL').length < 9; i++)
    if (status[i] === 'NONE') status[i] = 'FULL';

  const full = rng.shuffle(status.flatMap((s, i) => (s === 'FULL' ? [i] : [])));
  const postOrder: PartyPost[] = [
    'SECRETARY',
    'ORGANISATION_COMMITTEE',
    'PROPAGANDA_COMMITTEE',
    'DISCIPLINE_COMMITTEE',
    'PARTY_AFFAIRS_OFFICER',
    'GROUP_LEADER',
    'GROUP_LEADER',
  ];
  if (n >= 45) postOrder.push('DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'GROUP_LEADER');
  const posts: (PartyPost | null)[] = new Array(n).fill(null);
  postOrder.forEach((post, k) => (posts[full[k]] = post));
  const secretary = full[0];
  const ordinaryMember = full[postOrder.length];
  // 一肩挑 in about a third of the schools; otherwise the principal is another teacher.
  let principal = secretary;
  if (!rng.chance(0.35)) {
    do principal = rng.int(0, n - 1);
    while (principal === secretary);
  }

  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = uuidFor(`person:${school.id}:${i}`);
    ids.push(id);
    out.id.push(id);
    out.bureauId.push(school.bureauId);
    out.districtId.push(school.districtId!);
    out.schoolId.push(school.id);
    out.name.push(names[i]);
    out.gender.push(genders[i]);
    out.partyStatus.push(status[i]);
    out.partyPost.push(posts[i]);
    out.phone.push(mobile(rng));
  }
  return { ids, names, status, secretary, organisationCommittee: full[1], ordinaryMember, principal };
}

// ---------------------------------------------------------------------------------------------
// 思想政治课

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Mon-Fri days of a month within [from, to], excluding the National Day holiday. */
function schoolDays(year: number, month: number, from: number, to: number): number[] {
  const days: number[] = [];
  const last = Math.min(to, daysInMonth(year, month));
  for (let d = Math.max(1, from); d <= last; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    if (month === 10 && d <= 7) continue;
    days.push(d);
  }
  return days;
}

/** A school day, mostly in the 2nd-4th week; `half` 1/2 keeps two classes of a month apart. */
function pickDate(rng: Rng, month: string, half: 0 | 1 | 2): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  let [from, to] = rng.chance(0.85) ? [8, 28] : [1, 31];
  if (m === 2) from = Math.max(from, 16); // winter vacation
  if (m === 1) to = Math.min(to, 20);
  if (half === 1) to = Math.min(to, 15);
  if (half === 2) from = Math.max(from, 16);
  let days = schoolDays(year, m, from, to);
  if (days.length === 0) days = schoolDays(year, m, 1, 31);
  return `${month}-${pad(rng.pick(days))}`;
}

interface ClassPlan {
  kind: TheoryClassKind;
  hours: number;
  topic?: string;
}

type Profile = 'regular' | 'skipper' | 'weak';

function pickKind(rng: Rng): TheoryClassKind {
  const r = rng();
  return r < 0.45 ? 'IDEALS' : r < 0.85 ? 'CURRENT_AFFAIRS' : 'PRACTICE';
}

/** The nearest past month of schoolA, three months back, that is not an exempt month. */
export function schoolAMissedMonth(today: string): string {
  const current = today.slice(0, 7);
  for (const offset of [3, 2, 4, 1, 5, 6]) {
    const month = addMonths(current, -offset);
    if (!DEFAULT_SETTINGS.theoryClass.exemptMonths.includes(monthNumber(month))) return month;
  }
  return addMonths(current, -3);
}

function buildClasses(school: SchoolInfo, people: SchoolPeople, today: string, data: DemoDataset): void {
  const org = school.org;
  const rng = rngFor(`classes:${org.id}:${today}`);
  const current = today.slice(0, 7);
  const exempt = DEFAULT_SETTINGS.theoryClass.exemptMonths;
  const isA = org.id === DEMO_IDS.schoolA;
  const roll = rng();
  const profile: Profile = isA ? 'regular' : roll < 0.8 ? 'regular' : roll < 0.95 ? 'skipper' : 'weak';
  const months = Array.from({ length: HISTORY_MONTHS }, (_, i) => addMonths(current, i - (HISTORY_MONTHS - 1)));
  const skipped = new Set<string>();
  if (profile === 'skipper') {
    const candidates = months.filter((m) => m !== current && !exempt.includes(monthNumber(m)));
    for (const m of rng.shuffle(candidates).slice(0, rng.int(1, 4))) skipped.add(m);
  }
  if (isA) skipped.add(schoolAMissedMonth(today)).add(current);

  const members = people.status.flatMap((s, i) => (s === 'NONE' ? [] : [i]));
  const everyone = people.ids.map((_, i) => i);
  const secretaryName = people.names[people.secretary];
  const principalName = people.names[people.principal];
  let lastTopic = '';

  for (const month of months) {
    if (skipped.has(month)) continue;
    const mNo = monthNumber(month);
    const year = Number(month.slice(0, 4));
    const plans: ClassPlan[] = [];
    if (exempt.includes(mNo)) {
      if (profile !== 'weak' && rng.chance(0.1))
        plans.push({
          kind: 'PRACTICE',
          hours: rng.chance(0.5) ? 2 : 1,
          topic: seasonalTopic(mNo, year, school.city)!.topic,
        });
    } else if (profile === 'weak') {
      if (rng.chance(0.5)) plans.push({ kind: pickKind(rng), hours: rng.chance(0.25) ? 0.5 : 1 });
    } else if (isA || !rng.chance(0.03)) {
      const r = rng();
      if (r < 0.1) plans.push({ kind: pickKind(rng), hours: 1 }, { kind: pickKind(rng), hours: 1 });
      else if (r < 0.18) plans.push({ kind: 'PRACTICE', hours: 2 });
      else plans.push({ kind: pickKind(rng), hours: rng.chance(0.05) ? 1.5 : 1 });
    }

    plans.forEach((plan, j) => {
      const date = pickDate(rng, month, plans.length === 1 ? 0 : j === 0 ? 1 : 2);
      if (date > today) return; // the rest of the current month has not happened yet

      let kind = plan.kind;
      let topic = plan.topic;
      if (!topic) {
        const seasonal = seasonalTopic(mNo, year, school.city);
        if (seasonal && !exempt.includes(mNo) && rng.chance(0.3) && (seasonal.kind !== 'PRACTICE' || plan.hours >= 1)) {
          kind = seasonal.kind;
          topic = seasonal.topic;
        } else {
          const list = TOPICS[kind];
          topic = rng.pick(list);
          if (topic === lastTopic) topic = list[(list.indexOf(topic as never) + 1) % list.length];
          topic = topic.replace('{city}', school.city);
        }
      }
      lastTopic = topic;

      let lecturer = secretaryName;
      const lr = rng();
      if (kind === 'PRACTICE') {
        if (lr < 0.3)
          lecturer = `${rng.pick(PRACTICE_GUIDE_TITLES)} ${personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE')}`;
      } else if (lr < 0.15) {
        lecturer = `${rng.pick(OUTSIDE_LECTURER_TITLES)} ${personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE')}`;
      } else if (lr < 0.3 && people.principal !== people.secretary) {
        lecturer = `校长 ${principalName}`;
      }

      const audience: Audience = rng.chance(0.6) ? 'ALL_STAFF' : 'MEMBERS';
      const pool = audience === 'ALL_STAFF' ? everyone : members;
      const expected = pool.length;
      const rate = profile === 'weak' ? 0.75 + rng() * 0.15 : 0.85 + rng() * 0.12;
      const present = Math.min(expected, Math.round(expected * rate));
      const leave = Math.min(expected - present, rng.int(0, 3));
      const order = rng.shuffle(pool);
      const classId = uuidFor(`class:${org.id}:${month}:${j}`);

      const c = data.classes;
      c.id.push(classId);
      c.bureauId.push(org.bureauId);
      c.districtId.push(org.districtId!);
      c.schoolId.push(org.id);
      c.date.push(date);
      c.classHours.push(String(plan.hours));
      c.topic.push(topic);
      c.kind.push(kind);
      c.lecturer.push(lecturer);
      c.audience.push(audience);
      c.expected.push(expected);
      c.present.push(present);
      c.leave.push(leave);

      const a = data.attendance;
      for (let k = 0; k < leave + present; k++) {
        a.classId.push(classId);
        a.personId.push(people.ids[order[k]]);
        if (k < leave) {
          a.status.push('LEAVE');
          a.leaveReason.push(rng.pick(LEAVE_REASONS));
        } else {
          a.status.push('PRESENT');
          a.leaveReason.push(null);
        }
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The whole data set

/** Builds the data set in memory (pure and deterministic). */
export function buildDemoData(opts: Pick<SeedOptions, 'scale' | 'today'>): DemoDataset {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new Error(`today must be YYYY-MM-DD, got ${opts.today}`);
  if (!SHAPES[opts.scale]) throw new Error(`unknown demo scale ${opts.scale}`);
  const shape = SHAPES[opts.scale];
  const { orgs, schools } = buildOrgs(opts.scale);
  const data: DemoDataset = {
    orgs,
    people: {
      id: [],
      bureauId: [],
      districtId: [],
      schoolId: [],
      name: [],
      gender: [],
      partyStatus: [],
      partyPost: [],
      phone: [],
    },
    classes: {
      id: [],
      bureauId: [],
      districtId: [],
      schoolId: [],
      date: [],
      classHours: [],
      topic: [],
      kind: [],
      lecturer: [],
      audience: [],
      expected: [],
      present: [],
      leave: [],
    },
    attendance: { classId: [], personId: [], status: [], leaveReason: [] },
    users: [],
    roles: [],
    schoolAMissedMonth: schoolAMissedMonth(opts.today),
  };
  const peopleBySchool = new Map<string, SchoolPeople>();
  for (const school of schools) {
    const people = buildPeople(school.org, shape.people, opts.scale, data.people);
    peopleBySchool.set(school.org.id, people);
    buildClasses(school, people, opts.today, data);
  }

  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const personOf = (schoolKey: DemoOrgKey, pick: (p: SchoolPeople) => number) => {
    const p = peopleBySchool.get(DEMO_IDS[schoolKey])!;
    const i = pick(p);
    return { id: p.ids[i], name: p.names[i] };
  };
  const linkedPerson: Record<string, { id: string; name: string }> = {
    school_secretary: personOf('schoolA', (p) => p.secretary),
    school_clerk: personOf('schoolA', (p) => p.organisationCommittee),
    member: personOf('schoolA', (p) => p.ordinaryMember),
    schoolb_secretary: personOf('schoolB', (p) => p.secretary),
    schoolc_secretary: personOf('schoolC', (p) => p.secretary),
    other_school_secretary: personOf('otherSchool', (p) => p.secretary),
  };
  for (const account of DEMO_ACCOUNTS) {
    const org = orgById.get(DEMO_IDS[account.orgKey])!;
    const userId = uuidFor(`user:${account.username}`);
    const person = linkedPerson[account.username];
    const rng = rngFor(`user:${account.username}`);
    data.users.push({
      id: userId,
      username: account.username,
      displayName: person?.name ?? personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
      personId: person?.id ?? null,
      bureauId: org.bureauId,
    });
    data.roles.push({
      id: uuidFor(`role:${account.username}:${account.role}:${org.id}`),
      userId,
      role: account.role,
      orgId: org.id,
      bureauId: org.bureauId,
      districtId: org.districtId,
      schoolId: org.schoolId,
    });
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Loading

const CHUNK = 10_000;

async function insertChunked(
  client: ClientBase,
  sql: string,
  columns: readonly unknown[][],
  chunk = CHUNK,
): Promise<void> {
  const n = columns[0]?.length ?? 0;
  for (let i = 0; i < n; i += chunk) {
    await client.query(
      sql,
      columns.map((c) => c.slice(i, i + chunk)),
    );
  }
}

/** True when no organisation exists yet (the demo data set is only loaded into an empty database). */
export async function isDatabaseEmpty(client: ClientBase): Promise<boolean> {
  const r = await client.query<{ empty: boolean }>('select not exists (select 1 from organisation) as empty');
  return r.rows[0].empty;
}

/** Loads the demo data set in one transaction. The client must be the owner (RLS does not apply). */
export async function seedDemoData(client: ClientBase, opts: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const data = buildDemoData(opts);
  await client.query('begin');
  try {
    await client.query('set local synchronous_commit = off');
    const o = data.orgs;
    await insertChunked(
      client,
      `insert into organisation (id, level, name, school_type, parent_id, bureau_id, district_id, school_id)
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[])`,
      [
        o.map((x) => x.id),
        o.map((x) => x.level),
        o.map((x) => x.name),
        o.map((x) => x.schoolType),
        o.map((x) => x.parentId),
        o.map((x) => x.bureauId),
        o.map((x) => x.districtId),
        o.map((x) => x.schoolId),
      ],
    );
    const bureauIds = o.filter((x) => x.level === 'BUREAU').map((x) => x.id);
    await client.query(
      `insert into bureau_settings (bureau_id, settings) select b, '{}'::jsonb from unnest($1::uuid[]) b`,
      [bureauIds],
    );

    const p = data.people;
    await insertChunked(
      client,
      `insert into person (id, bureau_id, district_id, school_id, name, gender, party_status, party_post, phone)
       select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`,
      [p.id, p.bureauId, p.districtId, p.schoolId, p.name, p.gender, p.partyStatus, p.partyPost, p.phone],
    );

    const c = data.classes;
    await insertChunked(
      client,
      `insert into theory_class (id, bureau_id, district_id, school_id, date, class_hours, topic, kind, lecturer, audience,
                                 expected_count, present_count, leave_count, version, created_at, updated_at)
       select id, b, d, s, dt, h, t, k, l, a, e, pr, lv, 1, ts, ts
       from (select *, least((dt + time '16:30') at time zone 'Asia/Shanghai', now()) as ts
             from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::numeric[], $7::text[], $8::text[],
                         $9::text[], $10::text[], $11::int[], $12::int[], $13::int[]) as u(id, b, d, s, dt, h, t, k, l, a, e, pr, lv)) x`,
      [
        c.id,
        c.bureauId,
        c.districtId,
        c.schoolId,
        c.date,
        c.classHours,
        c.topic,
        c.kind,
        c.lecturer,
        c.audience,
        c.expected,
        c.present,
        c.leave,
      ],
    );

    const a = data.attendance;
    await insertChunked(
      client,
      `insert into theory_class_attendance (class_id, person_id, bureau_id, district_id, school_id, status, leave_reason)
       select u.c, u.p, tc.bureau_id, tc.district_id, tc.school_id, u.st, u.r
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) as u(c, p, st, r)
       join theory_class tc on tc.id = u.c`,
      [a.classId, a.personId, a.status, a.leaveReason],
      20_000,
    );

    const u = data.users;
    await client.query(
      `insert into app_user (id, username, password_hash, display_name, person_id, bureau_id)
       select id, un, $3::text, dn, pid, bid from unnest($1::uuid[], $2::text[], $4::text[], $5::uuid[], $6::uuid[]) as x(id, un, dn, pid, bid)`,
      [
        u.map((x) => x.id),
        u.map((x) => x.username),
        opts.passwordHash,
        u.map((x) => x.displayName),
        u.map((x) => x.personId),
        u.map((x) => x.bureauId),
      ],
    );
    const r = data.roles;
    await client.query(
      `insert into role_assignment (id, user_id, role, org_id, bureau_id, district_id, school_id)
       select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[])`,
      [
        r.map((x) => x.id),
        r.map((x) => x.userId),
        r.map((x) => x.role),
        r.map((x) => x.orgId),
        r.map((x) => x.bureauId),
        r.map((x) => x.districtId),
        r.map((x) => x.schoolId),
      ],
    );
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  return {
    bureaus: data.orgs.filter((x) => x.level === 'BUREAU').length,
    districts: data.orgs.filter((x) => x.level === 'DISTRICT').length,
    schools: data.orgs.filter((x) => x.level === 'SCHOOL').length,
    people: data.people.id.length,
    classes: data.classes.id.length,
    attendance: data.attendance.classId.length,
    users: data.users.length,
    ms: Date.now() - started,
  };
}
