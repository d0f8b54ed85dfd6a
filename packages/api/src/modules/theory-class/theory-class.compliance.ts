import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths,
  defaultWindowStart,
  isMonthKey,
  LABELS,
  LIMITS,
  monthRange,
  theoryClassMonthlyRule,
  type BureauSettings,
  type ComplianceStatus,
  type Lang,
  type OrgRef,
  type SchoolType,
} from '@djt/shared';
import { badInput } from '../../core/errors';
import type { ComparisonRowType, GroupAggregateType, MonthStatusType } from './theory-class.types';

/** The month window of a dashboard: `count` months from `fromMonth` (default: ending this month). */
export function monthWindow(fromMonth: string | null | undefined, count: number, today: string): string[] {
  if (!Number.isInteger(count) || count < 1 || count > LIMITS.monthsMax)
    throw badInput('MONTH_WINDOW_TOO_LONG', { max: LIMITS.monthsMax }, 'months');
  if (fromMonth != null && !isMonthKey(fromMonth)) throw badInput('INVALID_MONTH', {}, 'fromMonth');
  return monthRange(fromMonth ?? defaultWindowStart(today, count), count);
}

const SCOPE_COLUMN = { BUREAU: 'bureau_id', DISTRICT: 'district_id', SCHOOL: 'school_id' } as const;

export async function schoolMonths(
  em: EntityManager,
  school: OrgRef,
  months: string[],
  settings: BureauSettings,
  today: string,
  lang: Lang,
): Promise<MonthStatusType[]> {
  const rows = await em.execute<{ month: string; hours: number; n: number }[]>(
    `select to_char(date, 'YYYY-MM') as month, sum(class_hours)::float8 as hours, count(*)::int as n
       from theory_class where school_id = ? and date >= ?::date and date < ?::date group by 1`,
    [school.id, `${months[0]}-01`, `${addMonths(months[months.length - 1], 1)}-01`],
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    const classHours = r?.hours ?? 0;
    const result = theoryClassMonthlyRule.evaluate({ month, classHours, today }, settings);
    return { month, status: result.status, classHours, classCount: r?.n ?? 0, reason: result.reason[lang] };
  });
}

interface SchoolRow {
  id: string;
  name: string;
  school_type: SchoolType;
  district_id: string;
  district_name: string;
}

/** Months as integers (year * 12 + month - 1), so SQL groups by a number, not a string. */
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/**
 * Every school under `scope` × the months, in two set-based statements whatever the number of
 * schools: the schools, and the monthly sums of class-hours per school. The shared rule then
 * decides each cell. (One statement cross-joining schools × months with an ordered array_agg
 * was measured slower than these two plus the assembly in JS.)
 */
export async function comparison(
  em: EntityManager,
  scope: OrgRef,
  months: string[],
  settings: BureauSettings,
  today: string,
  lang: Lang,
): Promise<{
  rows: ComparisonRowType[];
  byDistrict: GroupAggregateType[];
  bySchoolType: GroupAggregateType[];
  completionRate: number | null;
}> {
  const col = SCOPE_COLUMN[scope.level];
  const schools = await em.execute<SchoolRow[]>(
    `select s.id, s.name, s.school_type, s.district_id, d.name as district_name
       from organisation s join organisation d on d.id = s.district_id
      where s.level = 'SCHOOL' and s.${col} = ?
      order by d.name, s.name`,
    [scope.id],
  );
  const sums = await em.execute<{ school_id: string; m: number; hours: number }[]>(
    `select school_id, (extract(year from date)::int * 12 + extract(month from date)::int - 1) as m,
            sum(class_hours)::float8 as hours
       from theory_class where ${col} = ? and date >= ?::date and date < ?::date
      group by 1, 2`,
    [scope.id, `${months[0]}-01`, `${addMonths(months[months.length - 1], 1)}-01`],
  );
  const first = monthIndex(months[0]);
  const hoursBySchool = new Map<string, number[]>();
  for (const s of schools) hoursBySchool.set(s.id, new Array<number>(months.length).fill(0));
  for (const r of sums) {
    const hours = hoursBySchool.get(r.school_id);
    if (hours) hours[r.m - first] = r.hours;
  }
  const rows = schools.map((s) => ({ ...s, hours: hoursBySchool.get(s.id)! }));

  // Decide each cell once per distinct (month, hours): schools mostly share a few values.
  const memo = new Map<string, ComplianceStatus>();
  const statusOf = (month: string, classHours: number) => {
    const key = `${month}|${classHours}`;
    let s = memo.get(key);
    if (!s) memo.set(key, (s = theoryClassMonthlyRule.evaluate({ month, classHours, today }, settings).status));
    return s;
  };

  const out: ComparisonRowType[] = rows.map((r) => {
    const statuses = months.map((m, i) => statusOf(m, r.hours[i]));
    let met = 0;
    let missed = 0;
    for (const s of statuses)
      if (s === 'MET') met++;
      else if (s === 'MISSED') missed++;
    return {
      schoolId: r.id,
      schoolName: r.name,
      districtId: r.district_id,
      districtName: r.district_name,
      schoolType: r.school_type,
      statuses,
      classHours: r.hours,
      met,
      missed,
      completionRate: met + missed ? met / (met + missed) : null,
    };
  });

  const group = (keyOf: (r: ComparisonRowType) => string, nameOf: (r: ComparisonRowType) => string) => {
    const groups = new Map<string, GroupAggregateType>();
    for (const r of out) {
      const key = keyOf(r);
      const g = groups.get(key) ?? { key, name: nameOf(r), schools: 0, met: 0, missed: 0, completionRate: null };
      g.schools++;
      g.met += r.met;
      g.missed += r.missed;
      groups.set(key, g);
    }
    return [...groups.values()].map((g) => ({
      ...g,
      completionRate: g.met + g.missed ? g.met / (g.met + g.missed) : null,
    }));
  };
  const totalMet = out.reduce((n, r) => n + r.met, 0);
  const totalMissed = out.reduce((n, r) => n + r.missed, 0);
  return {
    rows: out,
    byDistrict: group(
      (r) => r.districtId,
      (r) => r.districtName,
    ),
    bySchoolType: group(
      (r) => r.schoolType,
      (r) => LABELS.schoolType[r.schoolType][lang],
    ),
    completionRate: totalMet + totalMissed ? totalMet / (totalMet + totalMissed) : null,
  };
}
