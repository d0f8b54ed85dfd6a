import { monthNumber } from '../../tenancy';
import { daysBetween } from '../../rules/periods';
import { defineRule } from '../../rules/types';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * 思想政治课 (§二.1): at least N class-hours of political-theory class each month, except in the
 * months the bureau exempts (default July and August, the summer vacation).
 * Fact: value = class-hours held in the month, detail.classes = number of classes.
 */
export const theoryClassMonthlyRule = defineRule({
  id: 'theory-class.monthly',
  title: { zh: '每月思想政治课', en: 'Monthly political-theory class' },
  description: {
    zh: '每月面向党员和教职工开展不少于规定课时的思想政治课',
    en: 'Each month, at least the required class-hours of political-theory class for members and staff',
  },
  section: '§二.1',
  period: 'MONTH',
  weight: 1,
  measure: { zh: '课时', en: 'class-hours' },
  settings: {
    minClassHours: {
      kind: 'NUMBER',
      title: { zh: '每月最少课时', en: 'Minimum class-hours each month' },
      unit: { zh: '课时', en: 'class-hours' },
      default: 1,
      min: 0.5,
      max: 8,
      step: 0.5,
    },
    exemptMonths: {
      kind: 'MONTHS',
      title: { zh: '免排月份', en: 'Exempt months' },
      default: [7, 8],
      maxCount: 6,
    },
  },
  evaluate({ value: hours }, { period: month, today, dueOn, settings }) {
    const min = settings.minClassHours;
    if (settings.exemptMonths.includes(monthNumber(month))) {
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: `${monthNumber(month)}月为教育局设定的免排月份`, en: 'Exempt month set by the bureau' },
      };
    }
    if (hours >= min) {
      return {
        status: 'MET',
        reason: {
          zh: `已上 ${fmt(hours)} 课时（要求至少 ${fmt(min)} 课时）`,
          en: `${fmt(hours)} class-hour(s) held (at least ${fmt(min)} required)`,
        },
      };
    }
    if (today <= dueOn) {
      const remaining = fmt(min - hours);
      if (month > today.slice(0, 7)) {
        return {
          status: 'PENDING',
          reason: {
            zh: `月份尚未开始，需上 ${remaining} 课时，截止 ${dueOn}`,
            en: `Not started: ${remaining} class-hour(s) due by ${dueOn}`,
          },
        };
      }
      const daysLeft = daysBetween(today, dueOn) + 1;
      return {
        status: 'PENDING',
        reason: {
          zh: `本月还需 ${remaining} 课时，剩 ${daysLeft} 天（截止 ${dueOn}）`,
          en: `${remaining} more class-hour(s) due by ${dueOn}, ${daysLeft} day(s) left`,
        },
      };
    }
    return {
      status: 'MISSED',
      reason: {
        zh: `仅上 ${fmt(hours)} 课时，少于要求的 ${fmt(min)} 课时`,
        en: `Only ${fmt(hours)} class-hour(s), below the required ${fmt(min)}`,
      },
    };
  },
});
