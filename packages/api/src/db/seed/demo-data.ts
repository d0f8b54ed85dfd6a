/**
 * The core of the deterministic demo data set: two bureaus (the second only to make tenant
 * isolation visible), their districts and schools, the staff and Party members of every school,
 * and one demo account per role. Record modules add their own rows (classes, meetings, …)
 * through the seed kit (seed-kit.ts): `seedDemoData` takes the list of contributors.
 *
 * Deterministic: the same options give the same rows and the same ids. Ids are derived from key
 * strings (sha1, formatted as v4 uuids) or drawn from a seeded stream (DEMO_IDS); randomness
 * comes from per-entity seeded generators (mulberry32); nothing reads the clock except the
 * summary's `ms`, the progress reports and the cap on creation times (`now`).
 *
 * Streaming: rows are generated one district at a time (`demoBatches`), and loaded with COPY
 * (load.ts) before the next district is generated, so even the province scale (10,000 schools,
 * 300,000 people, millions of attendance rows) never holds more than about one district in
 * memory. `buildDemoData` collects everything instead (tests, small scales).
 */
import type { ClientBase } from 'pg';
import type { PartyPost, PartyStatus, Role, SchoolType } from '@djt/shared';
import { addMonths } from '@djt/shared';
import { rngFor, uuidFor, uuidFrom, type Rng } from './random';
import { SCHOOL_STEMS, TOWNS, VOCATIONAL_NAMES, chineseNumber, mobile, personName } from './names';
import {
  contributorStreams,
  DEMO_SCALES,
  type DemoScale,
  type SeedContext,
  type SeedContributor,
  type SeedPerson,
  type SeedRow,
  type SeedSchool,
} from './seed-kit';
import { TableLoader } from './load';

export { DEMO_SCALES, type DemoScale } from './seed-kit';

export interface SeedOptions {
  scale: DemoScale;
  /** 'YYYY-MM-DD': nothing is dated after it. */
  today: string;
  /** argon2 hash of the demo password, the same for every demo account. */
  passwordHash: string;
  /** What the record modules add, in insert order (e.g. 思想政治课 with its attendance). */
  contributors: readonly SeedContributor[];
  /** Creation times are capped at this instant (default: now). */
  now?: Date;
  /** Called after each loaded chunk, and once more at the end (`done`). */
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  schools: number;
  totalSchools: number;
  /** Rows loaded so far, by table. */
  rows: Record<string, number>;
  ms: number;
  done: boolean;
}

export interface SeedSummary {
  bureaus: number;
  districts: number;
  schools: number;
  people: number;
  users: number;
  /** Rows loaded, by table (core tables and every contributor's). */
  rows: Record<string, number>;
  ms: number;
}

export const DEMO_PASSWORD = 'Demo@2026';

// Random-looking but fixed: drawn in this order from one seeded stream.
const demoIdStream = rngFor('demo-ids');

/** Fixed ids of the organisations the tests and the demo accounts refer to. */
export const DEMO_IDS = {
  /** 江城市教育局党委 */
  bureau: uuidFrom(demoIdStream),
  /** 临川市教育局党委: a second tenant, so that isolation is visible. */
  otherBureau: uuidFrom(demoIdStream),
  /** 江城市东湖区教育党工委 */
  district1: uuidFrom(demoIdStream),
  /** 江城市西山区教育党工委 */
  district2: uuidFrom(demoIdStream),
  /** 东湖区实验小学: no class in the current month, one missed past month. */
  schoolA: uuidFrom(demoIdStream),
  /** 东湖区第一中学 */
  schoolB: uuidFrom(demoIdStream),
  /** 西山区实验小学 */
  schoolC: uuidFrom(demoIdStream),
  /** 临江区实验小学 (临川市) */
  otherSchool: uuidFrom(demoIdStream),
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
/** Only the province scale needs more than 16 districts. */
const JIANGCHENG_PROVINCE_DISTRICTS = [
  ...['城西区', '湖东区', '开元区', '长乐区', '平湖区', '金川区', '云溪区', '松山区', '东港区', '凤城区', '沙河区'],
  ...['望城区', '鹤山区', '柳城区', '南湖区', '北湖区', '临湖区', '观澜区', '文峰区', '双塔区', '汇川区', '紫阳区'],
  ...['安平县', '宁远县', '永和县', '丰乐县', '长宁县', '德兴县', '泰和县', '安福县', '崇仁县', '宜丰县', '乐安县'],
  ...['广昌县', '南丰县', '铜鼓县', '靖安县', '武宁县', '修水县', '遂川县', '万安县', '黎川县', '资溪县', '金溪县'],
];
const LINCHUAN_DISTRICTS = ['临江区', '城南区'];

interface Shape {
  districts: number;
  /** Schools of the main bureau (江城市), spread evenly over its districts. */
  schools: number;
  people: [number, number];
  otherDistricts: number;
  otherSchoolsPerDistrict: number;
  /** Months of history, ending with today's month. */
  months: number;
}

const SHAPES: Record<DemoScale, Shape> = {
  small: { districts: 3, schools: 12, people: [25, 35], otherDistricts: 1, otherSchoolsPerDistrict: 2, months: 15 },
  default: { districts: 8, schools: 240, people: [25, 60], otherDistricts: 2, otherSchoolsPerDistrict: 5, months: 15 },
  large: { districts: 16, schools: 1_600, people: [20, 40], otherDistricts: 2, otherSchoolsPerDistrict: 5, months: 15 },
  /** A whole province's schools under one bureau: ~300,000 people, one year of history. */
  province: {
    districts: 60,
    schools: 10_000,
    people: [20, 40],
    otherDistricts: 2,
    otherSchoolsPerDistrict: 5,
    months: 12,
  },
};

/** How many months of history a scale has: 15 (12 for province), ending with today's month. */
export function historyMonths(scale: DemoScale): number {
  return SHAPES[scale].months;
}

export function isDemoScale(s: string | undefined): s is DemoScale {
  return (DEMO_SCALES as readonly string[]).includes(s ?? '');
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

/** An `organisation` row. */
export interface OrgRow extends SeedRow {
  id: string;
  level: 'BUREAU' | 'DISTRICT' | 'SCHOOL';
  name: string;
  school_type: SchoolType | null;
  parent_id: string | null;
  bureau_id: string;
  district_id: string | null;
  school_id: string | null;
}

interface PlannedBureau {
  key: 'bureau' | 'otherBureau';
  org: OrgRow;
  city: string;
}

interface PlannedDistrict {
  bureau: PlannedBureau;
  org: OrgRow;
  schools: OrgRow[];
}

export interface OrgPlan {
  bureaus: PlannedBureau[];
  districts: PlannedDistrict[];
  /** Every organisation row, bureaus first, each district followed by its schools. */
  orgs: OrgRow[];
}

/** The organisations of a scale (pure, cheap even for the province scale). */
export function planOrganisations(scale: DemoScale): OrgPlan {
  const shape = SHAPES[scale];
  const mainDistricts = [...JIANGCHENG_DISTRICTS, ...JIANGCHENG_MORE_DISTRICTS, ...JIANGCHENG_PROVINCE_DISTRICTS];
  if (shape.districts > mainDistricts.length) throw new Error(`not enough district names for ${scale}`);
  const plan: OrgPlan = { bureaus: [], districts: [], orgs: [] };
  const bureaus = [
    {
      key: 'bureau' as const,
      id: DEMO_IDS.bureau,
      city: '江城市',
      districts: mainDistricts.slice(0, shape.districts),
      // Evenly spread: the first (schools mod districts) districts get one school more.
      schoolsOf: (di: number) =>
        Math.floor(shape.schools / shape.districts) + (di < shape.schools % shape.districts ? 1 : 0),
    },
    {
      key: 'otherBureau' as const,
      id: DEMO_IDS.otherBureau,
      city: '临川市',
      districts: LINCHUAN_DISTRICTS.slice(0, shape.otherDistricts),
      schoolsOf: () => shape.otherSchoolsPerDistrict,
    },
  ];
  for (const b of bureaus) {
    const bureauOrg: OrgRow = {
      id: b.id,
      level: 'BUREAU',
      name: `${b.city}教育局党委`,
      school_type: null,
      parent_id: null,
      bureau_id: b.id,
      district_id: null,
      school_id: null,
    };
    const bureau: PlannedBureau = { key: b.key, org: bureauOrg, city: b.city };
    plan.bureaus.push(bureau);
    plan.orgs.push(bureauOrg);
  }
  bureaus.forEach((b, bi) => {
    const bureau = plan.bureaus[bi];
    const seniorCounter = { n: 1 };
    b.districts.forEach((district, di) => {
      const districtId =
        b.key === 'bureau' && di === 0
          ? DEMO_IDS.district1
          : b.key === 'bureau' && di === 1
            ? DEMO_IDS.district2
            : uuidFor(`district:${b.key}:${di}`);
      const districtOrg: OrgRow = {
        id: districtId,
        level: 'DISTRICT',
        name: `${b.city}${district}教育党工委`,
        school_type: null,
        parent_id: b.id,
        bureau_id: b.id,
        district_id: districtId,
        school_id: null,
      };
      const count = b.schoolsOf(di);
      const plans = planDistrictSchools(
        b.city,
        district,
        count,
        rngFor(`schools:${b.key}:${di}:${count}`),
        seniorCounter,
      );
      const schools = plans.map((p, si): OrgRow => {
        let id = uuidFor(`school:${b.key}:${di}:${si}`);
        if (b.key === 'bureau' && di === 0 && si === 0) id = DEMO_IDS.schoolA;
        if (b.key === 'bureau' && di === 0 && si === 1) id = DEMO_IDS.schoolB;
        if (b.key === 'bureau' && di === 1 && si === 0) id = DEMO_IDS.schoolC;
        if (b.key === 'otherBureau' && di === 0 && si === 0) id = DEMO_IDS.otherSchool;
        return {
          id,
          level: 'SCHOOL',
          name: p.name,
          school_type: p.type,
          parent_id: districtId,
          bureau_id: b.id,
          district_id: districtId,
          school_id: id,
        };
      });
      plan.districts.push({ bureau, org: districtOrg, schools });
      plan.orgs.push(districtOrg, ...schools);
    });
  });
  return plan;
}

// ---------------------------------------------------------------------------------------------
// People

/** A `person` row. */
export interface PersonRow extends SeedRow {
  id: string;
  bureau_id: string;
  district_id: string;
  school_id: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  party_status: PartyStatus;
  party_post: PartyPost | null;
  phone: string;
  /** 工号: T0001… in the order generated, the key an Excel re-import matches by. */
  staff_no: string;
  category: 'TEACHER' | 'STAFF' | 'RETIRED';
  joined_on: string | null;
  full_member_on: string | null;
  party_group: string | null;
}

/** The members and staff of one school: ~25-60 people, 55-70 % full members, a full committee. */
function buildPeople(
  school: OrgRow,
  city: string,
  range: [number, number],
  scale: DemoScale,
  add: (row: PersonRow) => void,
): { school: SeedSchool; ordinaryMember: SeedPerson } {
  const rng = rngFor(`people:${school.id}:${scale}`);
  const n = rng.int(range[0], range[1]);
  const fullRate = 0.55 + rng() * 0.15;
  const femaleRate =
    school.school_type === 'PRIMARY'
      ? 0.7
      : school.school_type === 'VOCATIONAL' || school.school_type === 'SENIOR'
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
  let fullCount = status.filter((s) => s === 'FULL').length;
  for (let i = 0; i < n && fullCount < 9; i++)
    if (status[i] === 'NONE') {
      status[i] = 'FULL';
      fullCount++;
    }

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
  // 一肩挑 in about a third of the schools; otherwise the principal is another teacher.
  let principal = secretary;
  if (!rng.chance(0.35)) {
    do principal = rng.int(0, n - 1);
    while (principal === secretary);
  }

  const people: SeedPerson[] = [];
  for (let i = 0; i < n; i++) {
    const id = uuidFor(`person:${school.id}:${i}`);
    people.push({ id, name: names[i], gender: genders[i], partyStatus: status[i], partyPost: posts[i] });
    add({
      id,
      bureau_id: school.bureau_id,
      district_id: school.district_id!,
      school_id: school.id,
      name: names[i],
      gender: genders[i],
      party_status: status[i],
      party_post: posts[i],
      phone: mobile(rng),
      // Derived from the index, not drawn: the random sequence (and every other demo row) stays as it was.
      ...rosterFields(i, status[i]),
    });
  }
  return {
    school: {
      id: school.id,
      name: school.name,
      type: school.school_type!,
      bureauId: school.bureau_id,
      districtId: school.district_id!,
      city,
      people,
      secretary: people[secretary],
      organisationCommittee: people[full[1]],
      principal: people[principal],
    },
    // A full member without a post: the `member` demo account.
    ordinaryMember: people[full[postOrder.length]],
  };
}
/** The roster's fields of the i-th person of a school: staff number, category, party details. */
function rosterFields(i: number, status: PartyStatus) {
  const member = status !== 'NONE';
  return {
    staff_no: `T${String(i + 1).padStart(4, '0')}`,
    category: i % 13 === 12 ? ('RETIRED' as const) : i % 7 === 6 ? ('STAFF' as const) : ('TEACHER' as const),
    joined_on: status === 'PROBATIONARY' ? '2026-03-01' : member ? `${1990 + (i % 30)}-07-01` : null,
    full_member_on: status === 'PROBATIONARY' ? '2027-03-01' : null,
    party_group: member ? `第${chineseNumber(1 + (i % 3))}党小组` : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Generation, one district at a time

/** Rows per loaded chunk: a few districts at the large scale, about one at the province scale. */
const CHUNK_ROWS = 50_000;

const CORE_TABLES_FIRST = ['organisation', 'bureau_settings', 'person'];
const CORE_TABLES_LAST = ['app_user', 'role_assignment'];

export interface BuildOptions {
  scale: DemoScale;
  today: string;
  contributors: readonly SeedContributor[];
  /** Creation times are capped at this instant (default: the end of `today`). */
  now?: Date;
  /** Stored for every demo account (default: a placeholder, for builds that are not loaded). */
  passwordHash?: string;
}

export interface DemoBatch {
  /** Rows by table, every table of the data set in insert order (some may be empty). */
  rows: Map<string, SeedRow[]>;
  /** Schools generated so far, of `totalSchools`. */
  schools: number;
  totalSchools: number;
  bureaus: number;
  districts: number;
}

/** The tables of a data set in insert order: the core's, each contributor's, then the accounts. */
export function tableOrder(contributors: readonly SeedContributor[]): string[] {
  const order = [...CORE_TABLES_FIRST];
  const names = new Set<string>();
  for (const c of contributors) {
    if (names.has(c.name)) throw new Error(`two seed contributors are named ${c.name}`);
    names.add(c.name);
    for (const t of c.tables) {
      if (order.includes(t) || CORE_TABLES_LAST.includes(t)) throw new Error(`seed ${c.name}: table ${t} is taken`);
      order.push(t);
    }
  }
  return [...order, ...CORE_TABLES_LAST];
}

/**
 * Generates the data set as a sequence of chunks of rows, each closed after a whole district,
 * so that loading one chunk before generating the next keeps memory flat. Pure and deterministic.
 */
export function* demoBatches(opts: BuildOptions): Generator<DemoBatch> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new Error(`today must be YYYY-MM-DD, got ${opts.today}`);
  if (!isDemoScale(opts.scale)) throw new Error(`unknown demo scale ${opts.scale}`);
  const { scale, today } = opts;
  const shape = SHAPES[scale];
  const order = tableOrder(opts.contributors);
  const plan = planOrganisations(scale);
  const totals = {
    totalSchools: plan.districts.reduce((n, d) => n + d.schools.length, 0),
    bureaus: plan.bureaus.length,
    districts: plan.districts.length,
  };
  const current = today.slice(0, 7);
  const months = Array.from({ length: shape.months }, (_, i) => addMonths(current, i - (shape.months - 1)));
  const nowMs = (opts.now ?? new Date(`${today}T23:59:59.999+08:00`)).getTime();
  // The demo's users are in China: a record is entered on its day, in the afternoon, Beijing time.
  const timestamp = (date: string, time = '16:30') => {
    const t = Date.parse(`${date}T${time}:00+08:00`);
    if (Number.isNaN(t)) throw new Error(`bad seed timestamp ${date} ${time}`);
    return new Date(Math.min(t, nowMs)).toISOString();
  };

  const emptyRows = () => new Map(order.map((t): [string, SeedRow[]] => [t, []]));
  let rows = emptyRows();
  let buffered = 0;
  const add = (table: string, row: SeedRow) => {
    rows.get(table)!.push(row);
    buffered++;
  };

  for (const org of plan.orgs) add('organisation', org);
  for (const b of plan.bureaus) add('bureau_settings', { bureau_id: b.org.id, settings: {} });

  const contributors = opts.contributors.map((c) => {
    const own = new Set(c.tables);
    return {
      generate: c.generate.bind(c),
      ...contributorStreams(c.name),
      add: (table: string, row: SeedRow) => {
        if (!own.has(table)) throw new Error(`seed ${c.name}: table ${table} is not among its tables`);
        add(table, row);
      },
    };
  });

  // The schools with demo accounts, to link the accounts to their people.
  const demoSchoolIds = new Set<string>([DEMO_IDS.schoolA, DEMO_IDS.schoolB, DEMO_IDS.schoolC, DEMO_IDS.otherSchool]);
  const demoSchools = new Map<string, ReturnType<typeof buildPeople>>();
  let done = 0;
  for (const d of plan.districts) {
    const schools = d.schools.map((org) => {
      const built = buildPeople(org, d.bureau.city, shape.people, scale, (row) => add('person', row));
      if (demoSchoolIds.has(org.id)) demoSchools.set(org.id, built);
      return built.school;
    });
    const base = {
      scale,
      today,
      months,
      bureau: { id: d.bureau.org.id, name: d.bureau.org.name, city: d.bureau.city },
      district: { id: d.org.id, name: d.org.name },
      schools,
      timestamp,
    };
    for (const c of contributors) {
      const ctx: SeedContext = { ...base, rng: c.rng, uuid: c.uuid, add: c.add };
      c.generate(ctx);
    }
    done += schools.length;
    if (buffered >= CHUNK_ROWS) {
      yield { rows, schools: done, ...totals };
      rows = emptyRows();
      buffered = 0;
    }
  }

  const orgById = new Map(plan.orgs.map((o) => [o.id, o]));
  const personOf = (schoolKey: DemoOrgKey, pick: (p: ReturnType<typeof buildPeople>) => SeedPerson) => {
    const person = pick(demoSchools.get(DEMO_IDS[schoolKey])!);
    return { id: person.id, name: person.name };
  };
  const linkedPerson: Record<string, { id: string; name: string }> = {
    school_secretary: personOf('schoolA', (p) => p.school.secretary),
    school_clerk: personOf('schoolA', (p) => p.school.organisationCommittee),
    member: personOf('schoolA', (p) => p.ordinaryMember),
    schoolb_secretary: personOf('schoolB', (p) => p.school.secretary),
    schoolc_secretary: personOf('schoolC', (p) => p.school.secretary),
    other_school_secretary: personOf('otherSchool', (p) => p.school.secretary),
  };
  for (const account of DEMO_ACCOUNTS) {
    const org = orgById.get(DEMO_IDS[account.orgKey])!;
    const userId = uuidFor(`user:${account.username}`);
    const person = linkedPerson[account.username];
    const rng = rngFor(`user:${account.username}`);
    add('app_user', {
      id: userId,
      username: account.username,
      password_hash: opts.passwordHash ?? 'not-a-password-hash',
      display_name: person?.name ?? personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
      person_id: person?.id ?? null,
      bureau_id: org.bureau_id,
    });
    add('role_assignment', {
      id: uuidFor(`role:${account.username}:${account.role}:${org.id}`),
      user_id: userId,
      role: account.role,
      org_id: org.id,
      bureau_id: org.bureau_id,
      district_id: org.district_id,
      school_id: org.school_id,
    });
  }
  yield { rows, schools: done, ...totals };
}

/** The whole data set in memory, by table (tests and small scales; loading streams instead). */
export interface DemoDataset {
  tables: Record<string, SeedRow[]>;
  orgs: OrgRow[];
  people: PersonRow[];
}

/** Builds the data set in memory (pure and deterministic). */
export function buildDemoData(opts: BuildOptions): DemoDataset {
  const tables: Record<string, SeedRow[]> = {};
  for (const batch of demoBatches(opts)) {
    for (const [table, rows] of batch.rows) {
      const all = (tables[table] ??= []);
      for (const row of rows) all.push(row);
    }
  }
  return { tables, orgs: tables.organisation as OrgRow[], people: tables.person as PersonRow[] };
}

// ---------------------------------------------------------------------------------------------
// Loading

/** True when no organisation exists yet (the demo data set is only loaded into an empty database). */
export async function isDatabaseEmpty(client: ClientBase): Promise<boolean> {
  const r = await client.query<{ empty: boolean }>('select not exists (select 1 from organisation) as empty');
  return r.rows[0].empty;
}

/**
 * Loads the demo data set in one transaction, chunk by chunk as it is generated. The client must
 * be the owner (RLS does not apply). Run ANALYZE afterwards (seedIfEmpty does).
 */
export async function seedDemoData(client: ClientBase, opts: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const loader = new TableLoader(client);
  const loaded: Record<string, number> = {};
  let last: DemoBatch | undefined;
  await client.query('begin');
  try {
    await client.query('set local synchronous_commit = off');
    for (const batch of demoBatches({ ...opts, now: opts.now ?? new Date() })) {
      for (const [table, rows] of batch.rows) {
        if (rows.length === 0) continue;
        await loader.load(table, rows);
        loaded[table] = (loaded[table] ?? 0) + rows.length;
      }
      last = batch;
      opts.onProgress?.({
        schools: batch.schools,
        totalSchools: batch.totalSchools,
        rows: { ...loaded },
        ms: Date.now() - started,
        done: false,
      });
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  const ms = Date.now() - started;
  opts.onProgress?.({ schools: last!.schools, totalSchools: last!.totalSchools, rows: loaded, ms, done: true });
  return {
    bureaus: last!.bureaus,
    districts: last!.districts,
    schools: last!.totalSchools,
    people: loaded.person ?? 0,
    users: loaded.app_user ?? 0,
    rows: loaded,
    ms,
  };
}
