import { monthNumber, monthOf, type MonthKey } from '../tenancy';
import type { ComplianceRule } from './types';

export interface TheoryClassMonthFacts {
  month: MonthKey;
  /** Sum of class-hours of the school's classes dated in that month. */
  classHours: number;
  /** Today's date ('YYYY-MM-DD') in the bureau's time zone: decides whether the month is over. */
  today: string;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** 思想政治课: at least N class-hours of political-theory class each month (§二.1). */
export const theoryClassMonthlyRule: ComplianceRule<TheoryClassMonthFacts> = {
  id: 'theory-class.monthly',
  title: { zh: '每月思想政治课', en: 'Monthly political-theory class' },
  section: '§二.1',
  period: 'month',
  weight: 1,
  evaluate({ month, classHours, today }, settings) {
    const min = settings.theoryClass.minClassHoursPerMonth;
    const current = monthOf(today);
    if (settings.theoryClass.exemptMonths.includes(monthNumber(month))) {
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: `${monthNumber(month)}月为教育局设定的免排月份`, en: 'Exempt month set by the bureau' },
      };
    }
    if (classHours >= min) {
      return {
        status: 'MET',
        reason: {
          zh: `已上 ${fmt(classHours)} 课时（要求至少 ${fmt(min)} 课时）`,
          en: `${fmt(classHours)} class-hour(s) held (at least ${fmt(min)} required)`,
        },
      };
    }
    if (month > current) {
      return { status: 'PENDING', reason: { zh: '月份尚未开始', en: 'The month has not started' } };
    }
    if (month === current) {
      return {
        status: 'PENDING',
        reason: {
          zh: `本月尚未结束，已上 ${fmt(classHours)} / ${fmt(min)} 课时`,
          en: `Month in progress: ${fmt(classHours)} of ${fmt(min)} class-hour(s) so far`,
        },
      };
    }
    return {
      status: 'MISSED',
      reason: {
        zh: `仅上 ${fmt(classHours)} 课时，少于要求的 ${fmt(min)} 课时`,
        en: `Only ${fmt(classHours)} class-hour(s), below the required ${fmt(min)}`,
      },
    };
  },
};

/**
 * Completion rate over the months that are due: met / (met + missed); null when none is due.
 * Pending and exempt months do not count either way.
 */
export function completionRate(statuses: readonly string[]): number | null {
  let met = 0;
  let due = 0;
  for (const s of statuses) {
    if (s === 'MET') {
      met++;
      due++;
    } else if (s === 'MISSED') due++;
  }
  return due === 0 ? null : met / due;
}
