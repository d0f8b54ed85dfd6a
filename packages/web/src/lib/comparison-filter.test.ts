import {
  aggregateRate,
  attentionOf,
  attentionOrder,
  districtOptions,
  filterAndSort,
  filterRows,
  isFilterActive,
  sortRows,
  type ComparisonRowLike,
} from './comparison-filter';

const row = (p: Partial<ComparisonRowLike> & { schoolId: string }): ComparisonRowLike => ({
  schoolName: p.schoolId,
  districtId: 'd1',
  districtName: '东湖区',
  schoolType: 'PRIMARY',
  statuses: [],
  classHours: [],
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

  test('isFilterActive', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ districtIds: [], search: '  ', minMissed: 0 })).toBe(false);
    expect(isFilterActive({ minRate: 0 })).toBe(true);
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

  test('sort by missed, ties broken by district then name; no sort = district, name', () => {
    const sorted = sortRows(rows, { field: 'missed', order: 'descend' }).map((r) => r.schoolId);
    expect(sorted[0]).toBe('s2');
    expect(sortRows(rows, null).map((r) => r.districtName)).toEqual(['东湖区', '东湖区', '西湖区', '西湖区']);
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
    expect(attentionOf(b, months, today)).toEqual({ missedLastMonth: true, pendingThisMonth: true });
    expect(attentionOrder([a, d, c, b], months, today).map((r) => r.schoolId)).toEqual(['b', 'c', 'd', 'a']);
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
