import { monthNumber } from '../../tenancy';
import { daysBetween, periodStart } from '../../rules/periods';
import { defineRule, type Localized, type MonthsSetting, type NumberSetting, type RuleResult } from '../../rules/types';
import { MEETINGS_LABELS, type MeetingKind } from './meetings.vocabulary';

/**
 * 三会一课 (SPEC §3.9, seed §四.2): one frequency rule per kind of meeting — each with the bureau's
 * minimum number of meetings per period as a setting, and for the monthly kinds the months the
 * bureau exempts — and the rule that every concentrated-education meeting carries its
 * ideological-work item. Facts count held meetings only (by the date they were held).
 */

const MIN_MEETINGS = (period: 'MONTH' | 'QUARTER', byDefault: number): NumberSetting => ({
  kind: 'NUMBER',
  title:
    period === 'MONTH'
      ? { zh: '每月最少召开次数', en: 'Minimum meetings each month' }
      : { zh: '每季度最少召开次数', en: 'Minimum meetings each quarter' },
  unit: { zh: '次', en: 'meetings' },
  default: byDefault,
  min: 1,
  max: 10,
  step: 1,
});

const EXEMPT_MONTHS: MonthsSetting = {
  kind: 'MONTHS',
  title: { zh: '免排月份', en: 'Exempt months' },
  default: [],
  maxCount: 6,
};

const PERIOD_WORDS = {
  MONTH: { zh: '本月', en: 'this month' },
  QUARTER: { zh: '本季度', en: 'this quarter' },
} as const;

/** MET, PENDING (what is still due, by when) or MISSED, for `held` meetings against `min`. */
function frequencyResult(
  name: Localized,
  period: 'MONTH' | 'QUARTER',
  key: string,
  held: number,
  min: number,
  today: string,
  dueOn: string,
): RuleResult {
  if (held >= min)
    return {
      status: 'MET',
      reason: {
        zh: `已召开${name.zh} ${held} 次（要求至少 ${min} 次）`,
        en: `${held} held (at least ${min} required)`,
      },
    };
  const remaining = min - held;
  if (today <= dueOn) {
    if (today < periodStart(period, key))
      return {
        status: 'PENDING',
        reason: {
          zh: `尚未开始，需召开${name.zh} ${remaining} 次，截止 ${dueOn}`,
          en: `Not started: ${remaining} meeting(s) due by ${dueOn}`,
        },
      };
    const daysLeft = daysBetween(today, dueOn) + 1;
    const when = PERIOD_WORDS[period];
    return {
      status: 'PENDING',
      reason: {
        zh: `${when.zh}还需召开${name.zh} ${remaining} 次，剩 ${daysLeft} 天（截止 ${dueOn}）`,
        en: `${remaining} more meeting(s) due ${when.en}, by ${dueOn}, ${daysLeft} day(s) left`,
      },
    };
  }
  return {
    status: 'MISSED',
    reason: {
      zh: `仅召开${name.zh} ${held} 次，少于要求的 ${min} 次`,
      en: `Only ${held} held, below the required ${min}`,
    },
  };
}

/** A kind held at least N times each month (N a bureau setting), except in the months the bureau exempts. */
function monthlyRule(kind: MeetingKind, id: string, description: Localized) {
  const name = MEETINGS_LABELS.meetingKind[kind];
  return defineRule({
    id,
    title: { zh: `每月召开${name.zh}`, en: `${name.en} each month` },
    description,
    section: '§四.2',
    period: 'MONTH',
    weight: 1,
    measure: { zh: '次', en: 'meetings' },
    settings: { minMeetings: MIN_MEETINGS('MONTH', 1), exemptMonths: EXEMPT_MONTHS },
    evaluate({ value }, { period, today, dueOn, settings }) {
      if (settings.exemptMonths.includes(monthNumber(period)))
        return {
          status: 'NOT_APPLICABLE',
          reason: { zh: `${monthNumber(period)}月为教育局设定的免排月份`, en: 'Exempt month set by the bureau' },
        };
      return frequencyResult(name, 'MONTH', period, value, settings.minMeetings, today, dueOn);
    },
  });
}

/** A kind held at least N times each calendar quarter (N a bureau setting). */
function quarterlyRule(kind: MeetingKind, id: string, description: Localized) {
  const name = MEETINGS_LABELS.meetingKind[kind];
  return defineRule({
    id,
    title: { zh: `每季度召开${name.zh}`, en: `${name.en} each quarter` },
    description,
    section: '§四.2',
    period: 'QUARTER',
    weight: 1,
    measure: { zh: '次', en: 'meetings' },
    settings: { minMeetings: MIN_MEETINGS('QUARTER', 1) },
    evaluate({ value }, { period, today, dueOn, settings }) {
      return frequencyResult(name, 'QUARTER', period, value, settings.minMeetings, today, dueOn);
    },
  });
}

/** 支部党员大会: at least quarterly. Fact: value = members' meetings held in the quarter. */
export const membersMeetingRule = quarterlyRule('MEMBERS_MEETING', 'meetings.members-meeting', {
  zh: '每季度至少召开一次支部党员大会',
  en: "A members' meeting at least once each quarter",
});

/** 支委会: monthly. Fact: value = branch committee meetings held in the month. */
export const branchCommitteeRule = monthlyRule('BRANCH_COMMITTEE', 'meetings.branch-committee', {
  zh: '每月至少召开一次支部委员会会议',
  en: 'A branch committee meeting at least once each month',
});

/**
 * 党小组会: monthly. Fact: value = Party group meetings held in the month, detail.groups = the
 * distinct Party groups that met. (Judging each group on its own needs a roster of the school's
 * Party groups, which the data model does not have yet: the rule counts the school's group meetings.)
 */
export const partyGroupRule = monthlyRule('PARTY_GROUP', 'meetings.party-group', {
  zh: '每月召开党小组会',
  en: 'Party group meetings each month',
});

/** 党课: quarterly. Fact: value = Party lectures held in the quarter. */
export const partyLectureRule = quarterlyRule('PARTY_LECTURE', 'meetings.party-lecture', {
  zh: '每季度至少上一次党课',
  en: 'A Party lecture at least once each quarter',
});

/** 主题党日: monthly. Fact: value = themed Party days held in the month. */
export const themedPartyDayRule = monthlyRule('THEMED_PARTY_DAY', 'meetings.themed-party-day', {
  zh: '每月开展一次主题党日活动',
  en: 'A themed Party day each month',
});

/** The frequency rule of each kind of meeting. */
export const MEETING_FREQUENCY_RULES = {
  MEMBERS_MEETING: membersMeetingRule,
  BRANCH_COMMITTEE: branchCommitteeRule,
  PARTY_GROUP: partyGroupRule,
  PARTY_LECTURE: partyLectureRule,
  THEMED_PARTY_DAY: themedPartyDayRule,
} as const satisfies Record<MeetingKind, { id: string }>;

/**
 * 有集中教育，就有思想政治工作内容 (seed §四.2): every concentrated-education meeting held in the
 * month (支部党员大会, 党课, 主题党日) carries an ideological-work agenda item. A month without
 * such a meeting has nothing to judge. Fact: value = those meetings with the item,
 * detail.records = those meetings, detail.missing = those without it.
 */
export const ideologicalWorkRule = defineRule({
  id: 'meetings.ideological-work',
  title: { zh: '集中教育安排思想政治工作', en: 'Ideological work in concentrated education' },
  description: {
    zh: '每次集中教育（党员大会、党课、主题党日）都安排思想政治工作内容',
    en: "Every concentrated-education meeting (members' meeting, Party lecture, themed Party day) has an ideological-work item",
  },
  section: '§四.2',
  period: 'MONTH',
  weight: 1,
  measure: { zh: '次', en: 'meetings with the item' },
  settings: {},
  evaluate({ value, detail }, { today, dueOn }) {
    const held = detail.records ?? 0;
    const missing = detail.missing ?? held - value;
    if (held === 0)
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: '本月没有召开集中教育会议', en: 'No concentrated-education meeting this month' },
      };
    if (missing <= 0)
      return {
        status: 'MET',
        reason: {
          zh: `${held} 次集中教育均安排了思想政治工作内容`,
          en: `All ${held} concentrated-education meeting(s) had an ideological-work item`,
        },
      };
    if (today <= dueOn)
      return {
        status: 'PENDING',
        reason: {
          zh: `${missing} 次集中教育缺少思想政治工作内容，请补充（截止 ${dueOn}）`,
          en: `${missing} concentrated-education meeting(s) without an ideological-work item: add it by ${dueOn}`,
        },
      };
    return {
      status: 'MISSED',
      reason: {
        zh: `${held} 次集中教育中有 ${missing} 次没有安排思想政治工作内容`,
        en: `${missing} of ${held} concentrated-education meeting(s) had no ideological-work item`,
      },
    };
  },
});

export const MEETINGS_RULES = [
  membersMeetingRule,
  branchCommitteeRule,
  partyGroupRule,
  partyLectureRule,
  themedPartyDayRule,
  ideologicalWorkRule,
] as const;
