/**
 * 思想政治课 in the demo data set: a year and more of monthly classes with attendance for every
 * school, with the story the demo and the tests rely on: most schools hold their class every
 * month, some skip a few months, a few are weak; 东湖区实验小学 (schoolA) has no class yet in
 * the current month and one missed past month (`schoolAMissedMonth`).
 */
import { addMonths, monthNumber, theoryClassMonthlyRule, type Audience, type TheoryClassKind } from '@djt/shared';
import { DEMO_IDS } from '../../db/seed/demo-data';
import { LEAVE_REASONS, personName } from '../../db/seed/names';
import type { Rng } from '../../db/seed/random';
import {
  ownedBy,
  pickSchoolDay,
  type SeedContext,
  type SeedContributor,
  type SeedPerson,
  type SeedSchool,
} from '../../db/seed/seed-kit';

/** The months the bureau's default settings exempt (July and August, the summer vacation). */
const EXEMPT_MONTHS: readonly number[] = theoryClassMonthlyRule.settings.exemptMonths.default;

const OUTSIDE_LECTURER_TITLES = [
  '区委党校讲师',
  '区委党校讲师',
  '区委宣讲团成员',
  '市委党校副教授',
  '教育党工委宣讲员',
  '退休老党员',
];

const PRACTICE_GUIDE_TITLES = ['纪念馆讲解员', '社区党委书记', '基地讲解员'];

const TOPICS = {
  IDEALS: [
    '学习贯彻党的二十大精神',
    '深入学习贯彻党的二十届三中全会精神',
    '重温入党誓词，坚定理想信念',
    '弘扬教育家精神，争做新时代“大先生”',
    '学习《中国共产党章程》，做合格党员',
    '党纪学习教育：学习《中国共产党纪律处分条例》',
    '传承红色基因，赓续精神血脉',
    '践行社会主义核心价值观，落实立德树人根本任务',
    '学习《新时代中小学教师职业行为十项准则》',
    '榜样的力量：优秀共产党员先进事迹分享',
    '从《共产党宣言》谈初心使命',
    '争做“四有”好老师，当好学生引路人',
    '以高质量党建引领学校高质量发展',
    '学习党史：伟大建党精神的时代内涵',
    '守初心、担使命，做人民满意的教师',
    '学习“两个确立”的决定性意义',
  ],
  CURRENT_AFFAIRS: [
    '解读全国教育大会精神',
    '学习《教育强国建设规划纲要（2024—2035年）》',
    '解读《中华人民共和国学前教育法》',
    '“双减”政策落地成效与学校实践',
    '当前国际形势与我国外交政策',
    '解读《未成年人保护法》与校园安全责任',
    '深入贯彻中央八项规定精神学习教育',
    '学习《新时代爱国主义教育实施纲要》',
    '解读义务教育课程方案和课程标准（2022年版）',
    '总体国家安全观专题学习',
    '铸牢中华民族共同体意识专题学习',
    '学习《关于弘扬教育家精神加强新时代高素质专业化教师队伍建设的意见》',
    '解读《中小学生心理健康教育指导纲要》与学生心理健康工作',
    '数字中国建设与教育数字化转型',
    '学习中央经济工作会议精神',
    '解读家校社协同育人有关政策',
  ],
  PRACTICE: [
    '参观{city}革命烈士纪念馆',
    '志愿服务进社区',
    '重走红色足迹主题党日活动',
    '参观红色教育基地',
    '“我为群众办实事”走访慰问困难家庭',
    '参观廉政教育基地',
    '“党员先锋岗”课后服务志愿活动',
    '走访学生家庭，开展家校共育宣讲',
    '参观{city}规划展览馆，感受家乡发展变化',
    '“红色经典诵读”主题活动',
    '结对帮扶乡村学校送教活动',
    '参观{city}博物馆“城市记忆”党史展',
  ],
} as const;

/** Topics that fit a month of the year, used now and then instead of the general lists. */
function seasonalTopic(
  month: number,
  year: number,
  city: string,
): { kind: 'IDEALS' | 'CURRENT_AFFAIRS' | 'PRACTICE'; topic: string } | null {
  switch (month) {
    case 1:
      return { kind: 'CURRENT_AFFAIRS', topic: '学习中央经济工作会议精神，谋划新学期工作' };
    case 3:
      return evenYear(year)
        ? { kind: 'PRACTICE', topic: '学雷锋志愿服务活动' }
        : { kind: 'CURRENT_AFFAIRS', topic: `学习${year}年全国两会精神` };
    case 4:
      return evenYear(year)
        ? { kind: 'PRACTICE', topic: '清明节祭扫烈士陵园' }
        : { kind: 'CURRENT_AFFAIRS', topic: '“4·15”全民国家安全教育日专题学习' };
    case 5:
      return { kind: 'IDEALS', topic: '五四精神与新时代青年教师成长' };
    case 6:
      return { kind: 'IDEALS', topic: `迎“七一”：庆祝中国共产党成立${year - 1921}周年专题党课` };
    case 7:
    case 8:
      return { kind: 'PRACTICE', topic: `暑期红色研学实践：走进${city}革命老区` };
    case 9:
      return { kind: 'IDEALS', topic: '庆祝教师节：弘扬教育家精神' };
    case 10:
      return { kind: 'IDEALS', topic: `庆祝中华人民共和国成立${year - 1949}周年专题学习` };
    case 12:
      return { kind: 'CURRENT_AFFAIRS', topic: '“12·4”国家宪法日：学习宪法，尊崇宪法' };
    default:
      return null;
  }
}

/** Alternates between two traditions from one year to the next. */
const evenYear = (year: number) => year % 2 === 0;

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
    if (!EXEMPT_MONTHS.includes(monthNumber(month))) return month;
  }
  return addMonths(current, -3);
}

/** One school's classes over `ctx.months`, each with its attendance rows. */
function schoolClasses(ctx: SeedContext, school: SeedSchool): void {
  const rng = ctx.rng(`classes:${school.id}:${ctx.today}`);
  const { today, months } = ctx;
  const current = today.slice(0, 7);
  const isA = school.id === DEMO_IDS.schoolA;
  const roll = rng();
  const profile: Profile = isA ? 'regular' : roll < 0.8 ? 'regular' : roll < 0.95 ? 'skipper' : 'weak';
  const skipped = new Set<string>();
  if (profile === 'skipper') {
    const candidates = months.filter((m) => m !== current && !EXEMPT_MONTHS.includes(monthNumber(m)));
    for (const m of rng.shuffle(candidates).slice(0, rng.int(1, 4))) skipped.add(m);
  }
  if (isA) skipped.add(schoolAMissedMonth(today)).add(current);

  const members = school.people.filter((p) => p.partyStatus !== 'NONE');
  const everyone = school.people;
  let lastTopic = '';

  for (const month of months) {
    if (skipped.has(month)) continue;
    const mNo = monthNumber(month);
    const year = Number(month.slice(0, 4));
    const exempt = EXEMPT_MONTHS.includes(mNo);
    const plans: ClassPlan[] = [];
    if (exempt) {
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
      const date = pickSchoolDay(rng, month, plans.length === 1 ? 0 : j === 0 ? 1 : 2);
      if (date > today) return; // the rest of the current month has not happened yet

      let kind = plan.kind;
      let topic = plan.topic;
      if (!topic) {
        const seasonal = seasonalTopic(mNo, year, school.city);
        if (seasonal && !exempt && rng.chance(0.3) && (seasonal.kind !== 'PRACTICE' || plan.hours >= 1)) {
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

      let lecturer = school.secretary.name;
      const lr = rng();
      if (kind === 'PRACTICE') {
        if (lr < 0.3)
          lecturer = `${rng.pick(PRACTICE_GUIDE_TITLES)} ${personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE')}`;
      } else if (lr < 0.15) {
        lecturer = `${rng.pick(OUTSIDE_LECTURER_TITLES)} ${personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE')}`;
      } else if (lr < 0.3 && school.principal !== school.secretary) {
        lecturer = `校长 ${school.principal.name}`;
      }

      const audience: Audience = rng.chance(0.6) ? 'ALL_STAFF' : 'MEMBERS';
      const pool: readonly SeedPerson[] = audience === 'ALL_STAFF' ? everyone : members;
      const expected = pool.length;
      const rate = profile === 'weak' ? 0.75 + rng() * 0.15 : 0.85 + rng() * 0.12;
      const present = Math.min(expected, Math.round(expected * rate));
      const leave = Math.min(expected - present, rng.int(0, 3));
      const order = rng.shuffle(pool);
      const classId = ctx.uuid(`class:${school.id}:${month}:${j}`);
      const owner = ownedBy(school);
      const at = ctx.timestamp(date);

      ctx.add('theory_class', {
        id: classId,
        ...owner,
        date,
        class_hours: plan.hours,
        topic,
        kind,
        lecturer,
        audience,
        expected_count: expected,
        present_count: present,
        leave_count: leave,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      for (let k = 0; k < leave + present; k++) {
        ctx.add('theory_class_attendance', {
          class_id: classId,
          person_id: order[k].id,
          ...owner,
          status: k < leave ? 'LEAVE' : 'PRESENT',
          leave_reason: k < leave ? rng.pick(LEAVE_REASONS) : null,
        });
      }
    });
  }
}

/** 思想政治课 and its attendance, for every school. */
export const theoryClassSeed: SeedContributor = {
  name: 'theory-class',
  tables: ['theory_class', 'theory_class_attendance'],
  generate(ctx) {
    for (const school of ctx.schools) schoolClasses(ctx, school);
  },
};
