/**
 * The SQL floor: the bureau comparison of one monthly rule as ONE hand-written statement over
 * `compliance_fact`, returning the whole answer as JSON text (what the API sends, minus the
 * GraphQL envelope). It does the same work as the API:
 *
 * - every school of the scope with its name, type, district and district name;
 * - one status and one value per month of the window for every school, months without a fact
 *   included (exempt month from the bureau's setting or the default, else PENDING until the
 *   month's last day, else MISSED), and a fact's final status turned into today's (statusAt:
 *   MISSED stays PENDING until its due date);
 * - met / missed / completion rate per school; the first page of rows worst first (rate, missed,
 *   name in a Chinese collation, district name, id) with the number of schools; per period the
 *   schools that met, missed, are pending or exempt; by district, by school type (with its
 *   Chinese label) and overall.
 *
 * Written for the monthly rules of today's registry (the status of an empty month is the monthly
 * rule's); the bench checks that its answer equals the API's, school by school.
 *
 * Parameters: $1 scope id, $2 rule id, $3 first day of the window (date), $4 number of months,
 * $5 today (date), $6 rows in the page. `SCOPE_COLUMN` is bureau_id or district_id.
 */
export function floorSql(scopeColumn: 'bureau_id' | 'district_id'): string {
  return `
with win as (
  select i, to_char($3::date + make_interval(months => i), 'YYYY-MM') as period,
         extract(month from $3::date + make_interval(months => i))::int as month,
         ($3::date + make_interval(months => i + 1))::date - 1 as due_on
    from generate_series(0, $4::int - 1) as i),
exempt as (
  select coalesce((select s.settings -> ($2::text || '.exemptMonths') from bureau_settings s
                    where s.bureau_id = (select o.bureau_id from organisation o where o.id = $1)),
                  '[7, 8]'::jsonb) as months),
empty as (
  select w.i, w.period,
         case when e.months @> to_jsonb(w.month) then 'NOT_APPLICABLE'
              when $5::date <= w.due_on then 'PENDING' else 'MISSED' end as status
    from win w, exempt e),
school as (
  select s.id, s.name, s.school_type, s.district_id, d.name as district_name
    from organisation s join organisation d on d.id = s.district_id
   where s.level = 'SCHOOL' and s.${scopeColumn} = $1),
fact as (
  select school_id, period, value,
         case when status = 'MISSED' and $5::date <= due_on then 'PENDING' else status end as status
    from compliance_fact
   where ${scopeColumn} = $1 and rule_id = $2 and period = any(array(select period from win))),
cell as (
  select s.id as school_id, e.i, coalesce(f.status, e.status) as status, coalesce(f.value, 0) as value
    from school s cross join empty e left join fact f on f.school_id = s.id and f.period = e.period),
agg as (
  select school_id, array_agg(status order by i) as statuses, array_agg(value order by i) as vals,
         count(*) filter (where status = 'MET')::int as met,
         count(*) filter (where status = 'MISSED')::int as missed
    from cell group by school_id),
r as (
  select s.*, a.statuses, a.vals, a.met, a.missed,
         case when a.met + a.missed > 0 then a.met::float8 / (a.met + a.missed) end as rate
    from school s join agg a on a.school_id = s.id),
grp as (
  select 'district' as kind, district_id::text as key, district_name as name, count(*)::int as schools,
         sum(met)::int as met, sum(missed)::int as missed
    from r group by district_id, district_name
  union all
  select 'type', school_type, case school_type when 'PRIMARY' then '小学' when 'JUNIOR' then '初中'
         when 'SENIOR' then '高中' when 'NINE_YEAR' then '九年一贯制' when 'VOCATIONAL' then '职业学校' end,
         count(*)::int, sum(met)::int, sum(missed)::int
    from r group by school_type),
pc as (
  select i, count(*) filter (where status = 'MET')::int as met, count(*) filter (where status = 'MISSED')::int as missed,
         count(*) filter (where status = 'PENDING')::int as pending,
         count(*) filter (where status = 'NOT_APPLICABLE')::int as na
    from cell group by i),
worst as (
  select * from r
   order by coalesce(rate, 2), missed desc, name collate "zh-x-icu", district_name collate "zh-x-icu", id::text
   limit $6::int)
select json_build_object(
  'periods', (select json_agg(period order by i) from win),
  'schools', (select count(*)::int from r),
  'page', json_build_object(
    'total', (select count(*)::int from r),
    'items', (select coalesce(json_agg(json_build_object(
             'schoolId', id, 'schoolName', name, 'districtId', district_id, 'districtName', district_name,
             'schoolType', school_type, 'statuses', statuses, 'values', vals, 'met', met, 'missed', missed,
             'completionRate', rate)
           order by coalesce(rate, 2), missed desc, name collate "zh-x-icu", district_name collate "zh-x-icu", id::text),
           '[]'::json) from worst)),
  'periodCounts', (select json_agg(json_build_object('period', e.period, 'met', coalesce(pc.met, 0),
                     'missed', coalesce(pc.missed, 0), 'pending', coalesce(pc.pending, 0),
                     'notApplicable', coalesce(pc.na, 0)) order by e.i)
                     from empty e left join pc on pc.i = e.i),
  'byDistrict', (select json_agg(json_build_object('key', key, 'name', name, 'schools', schools,
                   'completionRate', case when met + missed > 0 then met::float8 / (met + missed) end))
                   from grp where kind = 'district'),
  'bySchoolType', (select json_agg(json_build_object('key', key, 'name', name, 'schools', schools,
                     'completionRate', case when met + missed > 0 then met::float8 / (met + missed) end))
                     from grp where kind = 'type'),
  'completionRate', (select case when sum(met) + sum(missed) > 0 then sum(met)::float8 / (sum(met) + sum(missed)) end
                       from r)
)::text as body`;
}

/** The fields of the API's RuleComparison that the floor also produces. */
export interface PeriodCount {
  period: string;
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
}

export interface Comparison {
  periods: string[];
  schools: number;
  periodCounts: PeriodCount[];
  page: { total: number; items: ComparisonRow[] };
  byDistrict: { key: string; name: string; schools: number; completionRate: number | null }[];
  bySchoolType: { key: string; name: string; schools: number; completionRate: number | null }[];
  completionRate: number | null;
}

interface ComparisonRow {
  schoolId: string;
  schoolName: string;
  districtId: string;
  districtName: string;
  schoolType: string;
  statuses: string[];
  values: number[];
  met: number;
  missed: number;
  completionRate: number | null;
}

const close = (a: number | null, b: number | null) => (a == null || b == null ? a === b : Math.abs(a - b) < 1e-9);

/**
 * Differences between the API's answer and the floor's, as readable lines (empty when they
 * agree): every school's figures, the groups, the overall rate, and the row order.
 */
export function compareComparisons(api: Comparison, floor: Comparison): string[] {
  const out: string[] = [];
  if (api.periods.join() !== floor.periods.join())
    out.push(`periods: api ${api.periods.join()} / floor ${floor.periods.join()}`);
  if (api.schools !== floor.schools) out.push(`schools: api ${api.schools} / floor ${floor.schools}`);
  if (api.page.total !== floor.page.total) out.push(`total: api ${api.page.total} / floor ${floor.page.total}`);
  const rows = { api: api.page.items, floor: floor.page.items };
  if (rows.api.length !== rows.floor.length) out.push(`rows: api ${rows.api.length} / floor ${rows.floor.length}`);
  if (JSON.stringify(api.periodCounts) !== JSON.stringify(floor.periodCounts))
    out.push(`periodCounts: api ${JSON.stringify(api.periodCounts)} / floor ${JSON.stringify(floor.periodCounts)}`);
  const bySchool = new Map(rows.floor.map((r) => [r.schoolId, r]));
  let differing = 0;
  for (const a of rows.api) {
    const f = bySchool.get(a.schoolId);
    const same =
      f &&
      f.schoolName === a.schoolName &&
      f.districtId === a.districtId &&
      f.districtName === a.districtName &&
      f.schoolType === a.schoolType &&
      f.statuses.join() === a.statuses.join() &&
      f.values.join() === a.values.join() &&
      f.met === a.met &&
      f.missed === a.missed &&
      close(f.completionRate, a.completionRate);
    if (!same && differing++ < 3)
      out.push(`school ${a.schoolId}: api ${JSON.stringify(a)} / floor ${JSON.stringify(f)}`);
  }
  if (differing > 3) out.push(`… ${differing} schools differ`);
  for (const key of ['byDistrict', 'bySchoolType'] as const) {
    const norm = (gs: Comparison[typeof key]) =>
      JSON.stringify(
        [...gs]
          .sort((x, y) => x.key.localeCompare(y.key))
          .map((g) => [g.key, g.name, g.schools, g.completionRate?.toFixed(9)]),
      );
    if (norm(api[key]) !== norm(floor[key])) out.push(`${key}: api ${norm(api[key])} / floor ${norm(floor[key])}`);
  }
  if (!close(api.completionRate, floor.completionRate))
    out.push(`completionRate: api ${api.completionRate} / floor ${floor.completionRate}`);
  const orderDiffers = rows.api.findIndex((r, i) => rows.floor[i]?.schoolId !== r.schoolId);
  if (orderDiffers >= 0)
    out.push(
      `row order differs from position ${orderDiffers} (${rows.api[orderDiffers].schoolName} / ${rows.floor[orderDiffers]?.schoolName}); the collations of the API (Intl zh-CN) and PostgreSQL (ICU zh) may tie-break names differently`,
    );
  return out;
}
