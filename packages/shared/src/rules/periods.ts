import { addMonths, isMonthKey, type MonthKey } from '../tenancy';
import type { PeriodKind } from './types';

/**
 * Period keys of compliance rules (see PeriodKind): their first and last days, which period a
 * date falls in, and the periods a window of months touches. Pure and string-based, so the API
 * and the web client agree on every boundary.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(month: MonthKey): string {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${pad(days)}`;
}

/** The months a period spans, first and last. */
export function periodMonths(kind: PeriodKind, period: string): [MonthKey, MonthKey] {
  switch (kind) {
    case 'MONTH':
      return [period, period];
    case 'QUARTER': {
      const [y, q] = period.split('-Q').map(Number);
      return [`${y}-${pad(3 * q - 2)}`, `${y}-${pad(3 * q)}`];
    }
    case 'TERM': {
      const [y, t] = period.split('-');
      return t === '1' ? [`${y}-02`, `${y}-07`] : [`${y}-08`, `${Number(y) + 1}-01`];
    }
    case 'YEAR':
    case 'EVENT':
      return [`${period}-01`, `${period}-12`];
  }
}

export function periodStart(kind: PeriodKind, period: string): string {
  return `${periodMonths(kind, period)[0]}-01`;
}

/** The last day of the period ('YYYY-MM-DD'). */
export function periodEnd(kind: PeriodKind, period: string): string {
  return lastDayOfMonth(periodMonths(kind, period)[1]);
}

/** The period a month (or a 'YYYY-MM-DD' date) falls in. */
export function periodOf(kind: PeriodKind, date: string): string {
  const month = date.slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  switch (kind) {
    case 'MONTH':
      return month;
    case 'QUARTER':
      return `${y}-Q${Math.ceil(m / 3)}`;
    case 'TERM':
      if (m === 1) return `${y - 1}-2`;
      return m <= 7 ? `${y}-1` : `${y}-2`;
    case 'YEAR':
    case 'EVENT':
      return String(y);
  }
}

/** The distinct periods that the months from..to (inclusive) touch, in order. */
export function periodsBetween(kind: PeriodKind, from: MonthKey, to: MonthKey): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) {
    const p = periodOf(kind, m);
    if (out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

export function isPeriodKey(kind: PeriodKind, key: string): boolean {
  switch (kind) {
    case 'MONTH':
      return isMonthKey(key);
    case 'QUARTER':
      return /^\d{4}-Q[1-4]$/.test(key);
    case 'TERM':
      return /^\d{4}-[12]$/.test(key);
    case 'YEAR':
    case 'EVENT':
      return /^\d{4}$/.test(key);
  }
}

/** Whole days from a to b ('YYYY-MM-DD'); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The day after a date ('YYYY-MM-DD'). */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The period before this one (last month, last term, last year). */
export function previousPeriod(kind: PeriodKind, period: string): string {
  return periodOf(kind, addMonths(periodMonths(kind, period)[0], -1));
}
