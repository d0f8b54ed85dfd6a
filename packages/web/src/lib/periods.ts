import { periodOf, type Lang, type PeriodKind } from '@djt/shared';
import { formatAmount, formatMonth, formatMonthShort } from './format';

/** The period that contains today, for a rule of this kind. */
export function currentPeriod(kind: PeriodKind, today: string): string {
  return periodOf(kind, today);
}

export { previousPeriod } from '@djt/shared';

const TERM = { zh: { '1': '春季学期', '2': '秋季学期' }, en: { '1': 'Spring term', '2': 'Autumn term' } } as const;

/** '2026-03' → '2026年3月'; '2026-Q2' → '2026年第2季度'; '2026-2' → '2026年秋季学期'; '2026' → '2026年' (and in English). */
export function formatPeriod(kind: PeriodKind, period: string, lang: Lang): string {
  switch (kind) {
    case 'MONTH':
      return formatMonth(period, lang);
    case 'QUARTER': {
      const [y, q] = period.split('-Q');
      return lang === 'en' ? `Q${q} ${y}` : `${y}年第${q}季度`;
    }
    case 'TERM': {
      const [y, t] = period.split('-') as [string, '1' | '2'];
      return lang === 'en' ? `${TERM.en[t]} ${y}` : `${y}年${TERM.zh[t]}`;
    }
    case 'YEAR':
    case 'EVENT':
      return lang === 'en' ? period : `${period}年`;
  }
}

/** Axis labels: '3月' / 'Mar' (with the year on the first and on January), '26Q2' / 'Q2 26', '26春' / 'Spr 26', '2026'. */
export function formatPeriodShort(kind: PeriodKind, period: string, lang: Lang, withYear = false): string {
  switch (kind) {
    case 'MONTH':
      return formatMonthShort(period, lang, withYear);
    case 'QUARTER': {
      const [y, q] = period.split('-Q');
      return lang === 'en' ? `Q${q} ${y.slice(2)}` : `${y.slice(2)}Q${q}`;
    }
    case 'TERM': {
      const [y, t] = period.split('-');
      if (lang === 'en') return `${t === '1' ? 'Spr' : 'Aut'} ${y.slice(2)}`;
      return `${y.slice(2)}${t === '1' ? '春' : '秋'}`;
    }
    case 'YEAR':
    case 'EVENT':
      return period;
  }
}

/** A value with its unit: 1 → '1 课时' / '1 class-hours'; 1.5 → '1.5 …'. */
export function formatMeasure(value: number, measure: string): string {
  const n = formatAmount(value);
  return measure ? `${n} ${measure}` : n;
}
