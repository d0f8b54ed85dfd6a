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

interface SchoolHoursRow {
  id: string;
  name: string;
  school_type: SchoolType;
  district_id: string;
  district_name: string;
  hours: number[];
}

/**
 * Every school under `scope` × the months: one SQL statement whatever the number of schools
 * (schools × months, left-joined to the monthly sums), then the shared rule decides each cell.
 */
export async function comparison(
  em: EntityManager,
  scope: OrgRef,
  months: string[],
  settings: BureauSettings,
  today: string,
  lang: Lang,
): Promise<{ rows: ComparisonRowType[]; byDistrict: GroupAggregateType[]; bySchoolType: GroupAggregateType[]; completionRate: number | null }> {
  const col = SCOPE_COLUMN[scope.level];
  const from = `${months[0]}-01`;
  const to = `${addMonths(months[months.length - 1], 1)}-01`;
  const rows = await em.execute<SchoolHoursRow[]>(
    `with m as (select generate_series(?::date, ?::date - interval '1 month', interval '1 month')::date as month),
          h as (select school_id, date_trunc('month', date)::date as month, sum(class_hours)::float8 as hours
                  from theory_class where ${col} = ? and date >= ?::date and date < ?::date group by 1, 2)
     select s.id, s.name, s.school_type, s.district_id, d.name as district_name,
            array_agg(coalesce(h.hours, 0) order by m.month) as hours
       from organisation s
       join organisation d on d.id = s.district_id
      cross join m
       left join h on h.school_id = s.id and h.month = m.month
      where s.level = 'SCHOOL' and s.${col} = ?
      group by s.id, s.name, s.school_type, s.district_id, d.name
      order by d.name, s.name`,
    [from, to, scope.id, from, to, scope.id],
  );

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
    for (const s of statuses) if (s === 'MET') met++; else if (s === 'MISSED') missed++;
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
    return [...groups.values()].map((g) => ({ ...g, completionRate: g.met + g.missed ? g.met / (g.met + g.missed) : null }));
  };
  const totalMet = out.reduce((n, r) => n + r.met, 0);
  const totalMissed = out.reduce((n, r) => n + r.missed, 0);
  return {
    rows: out,
    byDistrict: group((r) => r.districtId, (r) => r.districtName),
    bySchoolType: group((r) => r.schoolType, (r) => LABELS.schoolType[r.schoolType][lang]),
    completionRate: totalMet + totalMissed ? totalMet / (totalMet + totalMissed) : null,
  };
}

