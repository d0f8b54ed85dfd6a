/**
 * Vocabularies the whole demo data set shares: Chinese names, phone numbers, school names, leave
 * reasons. A record module keeps its own (e.g. class topics) in its `*.seed.ts`.
 * Everything here is fictional; any resemblance to a real person or school is a coincidence.
 */
import type { Rng } from './random';

/** Common surnames with rough relative frequencies (per cent of the population). */
const SURNAME_WEIGHTS: [string, number][] = (
  '王7.1 李7.0 张6.7 刘5.4 陈4.5 杨3.1 黄2.2 赵2.0 吴2.0 周1.9 徐1.3 孙1.3 马1.2 朱1.2 胡1.1 郭1.1 何1.0 高0.9 林0.9 罗0.9 ' +
  '郑0.8 梁0.8 谢0.7 宋0.6 唐0.6 许0.5 韩0.5 冯0.5 邓0.5 曹0.5 彭0.5 曾0.45 肖0.45 田0.4 董0.4 袁0.4 潘0.35 于0.35 蒋0.35 ' +
  '蔡0.35 余0.3 杜0.3 叶0.3 程0.3 苏0.28 魏0.28 吕0.28 丁0.28 任0.27 沈0.27 姚0.25 卢0.25 姜0.25 崔0.23 钟0.23 谭0.22 ' +
  '陆0.22 汪0.22 范0.22 金0.2 石0.2 廖0.2 贾0.2 夏0.2 韦0.2 付0.2 方0.2 白0.18 邹0.18 孟0.17 熊0.17 秦0.17 邱0.17 江0.17 ' +
  '尹0.16 薛0.16 闫0.16 段0.16 雷0.15 侯0.15 龙0.15 史0.15 陶0.14 黎0.14 贺0.14 顾0.13 毛0.13 郝0.13 龚0.13 邵0.13 ' +
  '万0.12 钱0.12 严0.12 武0.12 戴0.12 覃0.1 莫0.1 孔0.1 向0.1 汤0.1 欧阳0.03 司马0.01'
)
  .split(' ')
  .map((entry) => [entry.replace(/[0-9.]+$/, ''), Number(entry.match(/[0-9.]+$/)![0])]);
const SURNAMES = SURNAME_WEIGHTS.map(([s]) => s);
const SURNAME_CUMULATIVE: number[] = [];
{
  let sum = 0;
  for (const [, w] of SURNAME_WEIGHTS) SURNAME_CUMULATIVE.push((sum += w));
}

const MALE_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰建国志文海东亮成晨阳新卫博振家子宏永德立云嘉然毅航昊睿哲彬松',
];
const FEMALE_CHARS = [
  ...'芳娜敏静秀丽艳娟霞燕玲桂丹萍红玉兰英慧莉婷雪琳晶颖倩洁梅琴蓉薇佳欣月悦妍怡菲璐露雯岚春凤琪瑶晓雅茜',
];
/** Characters that read naturally only as the first of two given-name characters. */
const LEADING_ONLY = new Set([...'家子建国志永宏立嘉振新文德卫小一思诗梓若']);
const NEUTRAL_CHARS = [...'文明晓思雨子一安清嘉宁欣佳若俊诗梓小春秋海永'];

export function surname(rng: Rng): string {
  const total = SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1];
  const x = rng() * total;
  let lo = 0;
  let hi = SURNAME_CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SURNAME_CUMULATIVE[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return SURNAMES[lo];
}

/** A realistic full name: surname plus a given name of one or two characters. */
export function personName(rng: Rng, gender: 'MALE' | 'FEMALE'): string {
  const pool = gender === 'MALE' ? MALE_CHARS : FEMALE_CHARS;
  const first = rng() < 0.2 ? rng.pick(NEUTRAL_CHARS) : rng.pick(pool);
  if (rng() < 0.3) return surname(rng) + rng.pick(pool);
  let second = rng.pick(pool);
  for (let i = 0; i < 5 && (second === first || LEADING_ONLY.has(second)); i++) second = rng.pick(pool);
  return surname(rng) + first + second;
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
];

/** An 11-digit mainland mobile number, 1[3-9]x xxxx xxxx. */
export function mobile(rng: Rng): string {
  let s = rng.pick(MOBILE_PREFIXES);
  for (let i = 0; i < 8; i++) s += String(rng.int(0, 9));
  return s;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 20 → 二十, 35 → 三十五, 105 → 一百零五 (1-999). */
export function chineseNumber(n: number): string {
  if (n >= 100) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    return head + (rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest));
  }
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones === 0 ? '' : DIGITS[ones]);
}

export const SCHOOL_STEMS = [
  '育英',
  '新华',
  '光明',
  '阳光',
  '朝阳',
  '红星',
  '建设路',
  '解放路',
  '人民路',
  '滨江',
  '文昌',
  '书院',
  '青年路',
  '胜利路',
  '和平',
  '桂花',
  '长征',
  '东风',
  '明德',
  '启明',
  '崇文',
  '博雅',
  '金桥',
  '花园',
  '湖滨',
  '枫林',
  '春晖',
  '晨光',
  '南湖',
  '翠苑',
  '天河',
  '紫荆',
  '雨花',
  '银杏',
  '振华',
  '友谊',
  '梧桐',
  '新城',
  '东城',
  '北街',
  '青云',
  '实验二',
  '培英',
  '锦绣',
  '望江',
  '凤凰',
  '龙湾',
  '清泉',
  '白鹭',
  '杏坛',
];

/** Towns of a county, used in county school names (城关镇中心小学). */
export const TOWNS = [
  '城关镇',
  '石桥镇',
  '白沙镇',
  '柳林镇',
  '新塘镇',
  '高桥镇',
  '马头镇',
  '龙潭镇',
  '双河镇',
  '清水镇',
  '桃园镇',
  '金山镇',
  '永丰镇',
  '长岭镇',
  '黄田镇',
  '罗家镇',
  '青石镇',
  '大坪镇',
  '沙湾镇',
  '枫树镇',
  '杨柳镇',
  '花桥镇',
  '板桥镇',
  '梅溪镇',
  '水口镇',
  '太平镇',
  '三江镇',
  '东塘镇',
  '西河镇',
  '南岭镇',
  '北山镇',
  '横溪镇',
];

export const VOCATIONAL_NAMES = [
  '职业中专',
  '职业技术学校',
  '中等专业学校',
  '职业教育中心',
  '艺术职业学校',
  '信息技术职业学校',
];

/** Reasons for leave from anything members attend (classes, meetings). */
export const LEAVE_REASONS = [
  '公出',
  '公出',
  '病假',
  '病假',
  '外出培训',
  '外出培训',
  '事假',
  '带学生外出参赛',
  '参加区教研活动',
  '产假',
  '监考',
  '参加市骨干教师培训',
  '家中有事',
  '陪护家人就医',
  '婚假',
];
