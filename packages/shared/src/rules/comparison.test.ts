import {
  aggregateRate,
  attentionOf,
  attentionOrder,
  attentionPeriods,
  districtOptions,
  filterAndSort,
  filterRows,
  DEFAULT_SORT,
  isFilterActive,
  sortRows,
  worstFirst,
  type ComparisonRowLike,
} from './comparison';

const row = (p: Partial<ComparisonRowLike> & { schoolId: string }): ComparisonRowLike => ({
  schoolName: p.schoolId,
  districtId: 'd1',
  districtName: '东湖区',
  schoolType: 'PRIMARY',
  statuses: [],
  values: [],
  met: 0,
  missed: 0,
  completionRate: null,
  ...p,
});

const rows = [
  row({ schoolId: 's1', schoolName: '第一小学', met: 9, missed: 1, completionRate: 0.9 }),
  row({ schoolId: 's2', schoolName: '第二中学', schoolType: 'JUNIOR', met: 5, missed: 5, completionRate: 0.5 }),
  row({
    schoolId: 's3',
    schoolName: '西湖小学',
    districtId: 'd2',
    districtName: '西湖区',
    met: 10,
    missed: 0,
    completionRate: 1,
  }),
  row({ schoolId: 's4', schoolName: '新学校', districtId: 'd2', districtName: '西湖区' }),
];

describe('comparison filter', () => {
  test('filters by district, type, name, rate and months missed', () => {
    expect(filterRows(rows, { districtIds: ['d2'] }).map((r) => r.schoolId)).toEqual(['s3', 's4']);
    expect(filterRows(rows, { schoolTypes: ['JUNIOR'] }).map((r) => r.schoolId)).toEqual(['s2']);
    expect(filterRows(rows, { search: '小学' }).map((r) => r.schoolId)).toEqual(['s1', 's3']);
    // a rate bound excludes schools with nothing due
    expect(filterRows(rows, { maxRate: 0.9 }).map((r) => r.schoolId)).toEqual(['s1', 's2']);
    expect(filterRows(rows, { minRate: 0.95 }).map((r) => r.schoolId)).toEqual(['s3']);
    expect(filterRows(rows, { minMissed: 1 }).map((r) => r.schoolId)).toEqual(['s1', 's2']);
    expect(filterRows(rows, {})).toHaveLength(4);
  });

  test('missed in a given period (the "missed last month" headline)', () => {
    const periods = ['2026-01', '2026-02', '2026-03'];
    const withStatuses = [
      row({ schoolId: 'a', statuses: ['MET', 'MISSED', 'PENDING'] }),
      row({ schoolId: 'b', statuses: ['MISSED', 'MET', 'PENDING'] }),
      row({ schoolId: 'c', statuses: ['MET', 'MISSED', 'MET'] }),
      row({ schoolId: 'd', statuses: [] }),
    ];
    expect(filterRows(withStatuses, { missedIn: '2026-02' }, { periods }).map((r) => r.schoolId)).toEqual(['a', 'c']);
    expect(filterRows(withStatuses, { missedIn: '2026-01' }, { periods }).map((r) => r.schoolId)).toEqual(['b']);
    // combines with the other criteria
    expect(filterRows(withStatuses, { missedIn: '2026-02', search: 'c' }, { periods }).map((r) => r.schoolId)).toEqual([
      'c',
    ]);
    // a period the comparison does not cover matches nothing, rather than everything
    expect(filterRows(withStatuses, { missedIn: '2025-12' }, { periods })).toEqual([]);
    expect(filterRows(withStatuses, { missedIn: '2026-02' })).toEqual([]);
    // cleared: everything
    expect(filterRows(withStatuses, { missedIn: null }, { periods })).toHaveLength(4);
    expect(filterAndSort(withStatuses, { missedIn: '2026-02' }, null, { periods })).toHaveLength(2);
  });

  test('isFilterActive', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ districtIds: [], search: '  ', minMissed: 0, missedIn: null })).toBe(false);
    expect(isFilterActive({ minRate: 0 })).toBe(true);
    expect(isFilterActive({ missedIn: '2026-02' })).toBe(true);
  });

  test('sorts by completion both ways, schools without data last', () => {
    expect(sortRows(rows, { field: 'completionRate', order: 'ascend' }).map((r) => r.schoolId)).toEqual([
      's2',
      's1',
      's3',
      's4',
    ]);
    expect(sortRows(rows, { field: 'completionRate', order: 'descend' }).map((r) => r.schoolId)).toEqual([
      's3',
      's1',
      's2',
      's4',
    ]);
  });

  test('opens worst first: lowest rate, then most missed, then name; no data last', () => {
    const tied = [
      row({ schoolId: 'x', schoolName: '乙校', met: 5, missed: 5, completionRate: 0.5 }),
      row({ schoolId: 'y', schoolName: '甲校', met: 2, missed: 2, completionRate: 0.5 }),
      row({ schoolId: 'z', schoolName: '丙校', met: 6, missed: 6, completionRate: 0.5 }),
    ];
    // 0.5: z (6 missed), then s2 and x (5 each) by name (第 before 乙 in pinyin order), then y
    expect(sortRows([...rows, ...tied], null).map((r) => r.schoolId)).toEqual(['z', 's2', 'x', 'y', 's1', 's3', 's4']);
    expect(sortRows(tied, DEFAULT_SORT).map((r) => r.schoolId)).toEqual(['z', 'x', 'y']);
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.schoolId)).toEqual(['s2', 's1', 's3', 's4']);
    expect(worstFirst(rows[3], rows[0])).toBeGreaterThan(0);
  });

  test('every column sorts; ties fall back to worst first', () => {
    expect(sortRows(rows, { field: 'missed', order: 'descend' }).map((r) => r.schoolId)).toEqual([
      's2',
      's1',
      's3',
      's4',
    ]);
    expect(sortRows(rows, { field: 'met', order: 'descend' }).map((r) => r.schoolId)).toEqual(['s3', 's1', 's2', 's4']);
    expect(sortRows(rows, { field: 'districtName', order: 'ascend' }).map((r) => r.schoolId)).toEqual([
      's2',
      's1',
      's3',
      's4',
    ]);
    expect(sortRows(rows, { field: 'schoolType', order: 'descend' }).map((r) => r.schoolId)[0]).toBe('s1');
    expect(sortRows(rows, { field: 'schoolName', order: 'ascend' }).map((r) => r.schoolName)).toEqual(
      [...rows.map((r) => r.schoolName)].sort(new Intl.Collator('zh-CN', { numeric: true }).compare),
    );
  });

  test('the status strip sorts by the most recent period first', () => {
    const a = row({ schoolId: 'a', statuses: ['MISSED', 'MET', 'MET'], completionRate: 0.67 });
    const b = row({ schoolId: 'b', statuses: ['MET', 'MET', 'MISSED'], completionRate: 0.67 });
    const c = row({ schoolId: 'c', statuses: ['MET', 'MET', 'PENDING'], completionRate: 1 });
    const d = row({ schoolId: 'd', statuses: ['MET', 'MISSED', 'PENDING'], completionRate: 0.5 });
    expect(sortRows([a, b, c, d], { field: 'recent', order: 'ascend' }).map((r) => r.schoolId)).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
    expect(sortRows([a, b, c, d], { field: 'recent', order: 'descend' }).map((r) => r.schoolId)).toEqual([
      'a',
      'c',
      'd',
      'b',
    ]);
  });

  test('filterAndSort composes and does not mutate', () => {
    const copy = [...rows];
    const out = filterAndSort(rows, { districtIds: ['d1'] }, { field: 'completionRate', order: 'ascend' });
    expect(out.map((r) => r.schoolId)).toEqual(['s2', 's1']);
    expect(rows).toEqual(copy);
  });

  test('attention: missed last month first, then pending this month, then lowest completion', () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    const today = '2026-03-10';
    const a = row({ schoolId: 'a', statuses: ['MET', 'MET', 'MET'], completionRate: 1 });
    const b = row({ schoolId: 'b', statuses: ['MET', 'MISSED', 'PENDING'], completionRate: 0.5 });
    const c = row({ schoolId: 'c', statuses: ['MISSED', 'MET', 'PENDING'], completionRate: 0.5 });
    const d = row({ schoolId: 'd', statuses: ['MISSED', 'MET', 'MET'], completionRate: 0.4 });
    expect(attentionOf(b, months, today)).toEqual({ missedLast: true, pendingNow: true });
    expect(attentionOrder([a, d, c, b], months, today).map((r) => r.schoolId)).toEqual(['b', 'c', 'd', 'a']);
  });

  test('attention for a termly or yearly rule looks at last term or year', () => {
    const terms = ['2025-1', '2025-2', '2026-1'];
    const r = row({ schoolId: 't', statuses: ['MET', 'MISSED', 'PENDING'], completionRate: 0.5 });
    expect(attentionPeriods('TERM', '2026-03-10')).toEqual({ last: '2025-2', current: '2026-1' });
    expect(attentionOf(r, terms, '2026-03-10', 'TERM')).toEqual({ missedLast: true, pendingNow: true });
    expect(attentionOf(r, terms, '2026-03-10', 'MONTH')).toEqual({ missedLast: false, pendingNow: false });
    const years = ['2025', '2026'];
    const y = row({ schoolId: 'y', statuses: ['MISSED', 'MET'], completionRate: 0.5 });
    expect(attentionOf(y, years, '2026-03-10', 'YEAR')).toEqual({ missedLast: true, pendingNow: false });
  });

  test('district options and aggregate rate', () => {
    expect(districtOptions(rows)).toEqual([
      { id: 'd1', name: '东湖区' },
      { id: 'd2', name: '西湖区' },
    ]);
    expect(aggregateRate(rows)).toBeCloseTo(24 / 30);
    expect(aggregateRate([])).toBeNull();
  });
});
