import { stringifyVariables } from '@urql/core';
import { comparisonRowsProblem, DEFAULT_SORT, LIMITS } from '@djt/shared';
import { comparisonVariables, dashboardVariables, DEFAULT_RULE_ID } from '../modules/comparison/comparison.operations';
import {
  COMPARISON_PAGE_SIZES,
  comparisonRowsInput,
  DASHBOARD_PAGE_SIZE,
  districtChoices,
  fetchAllPages,
  pageNumberOf,
  periodCountOf,
} from './comparison-rows';

describe('comparisonRowsInput', () => {
  it('sends only the criteria that are set, worst first by default', () => {
    expect(comparisonRowsInput({}, null, { offset: 0, limit: 50 })).toEqual({
      sort: 'completionRate',
      order: 'ascend',
      limit: 50,
    });
    expect(
      comparisonRowsInput(
        {
          districtIds: [],
          schoolTypes: null,
          search: '   ',
          minRate: null,
          maxRate: undefined,
          minMissed: 0,
          missedIn: null,
          attention: false,
        },
        DEFAULT_SORT,
        { offset: 0, limit: 50 },
      ),
    ).toEqual({ sort: 'completionRate', order: 'ascend', limit: 50 });
  });

  it('keeps every set criterion, the sort and the page', () => {
    expect(
      comparisonRowsInput(
        {
          districtIds: ['d1'],
          schoolTypes: ['PRIMARY'],
          search: '  实验 ',
          minRate: 0,
          maxRate: 0.5999,
          minMissed: 2,
          missedIn: '2026-10',
          attention: true,
        },
        { field: 'schoolName', order: 'descend' },
        { offset: 100, limit: 50 },
      ),
    ).toEqual({
      districtIds: ['d1'],
      schoolTypes: ['PRIMARY'],
      search: '实验',
      minRate: 0,
      maxRate: 0.5999,
      minMissed: 2,
      missedIn: '2026-10',
      attention: true,
      sort: 'schoolName',
      order: 'descend',
      offset: 100,
      limit: 50,
    });
  });

  it('never builds a page the API refuses', () => {
    const long = '学'.repeat(LIMITS.searchMax + 10);
    for (const page of [
      { offset: -5, limit: 0 },
      { offset: 3.7, limit: 10_000 },
      { offset: 0, limit: 50 },
    ]) {
      const input = comparisonRowsInput({ search: long }, null, page);
      expect(comparisonRowsProblem(input)).toBeNull();
    }
    expect([...(comparisonRowsInput({ search: long }, null, { offset: 0, limit: 1 }).search ?? '')]).toHaveLength(
      LIMITS.searchMax,
    );
    expect(comparisonRowsInput({}, null, { offset: 0, limit: 10_000 }).limit).toBe(LIMITS.pageMax);
    expect(Math.max(...COMPARISON_PAGE_SIZES)).toBeLessThanOrEqual(LIMITS.pageMax);
  });
});

describe('dashboardVariables', () => {
  it("are exactly the page's first query, so the session's prefetch is a cache hit", () => {
    const pageFirst = comparisonVariables(
      'b1',
      DEFAULT_RULE_ID,
      // What the bureau page builds on mount: no filter yet, an empty search box, worst first.
      comparisonRowsInput({ search: '' }, DEFAULT_SORT, { offset: 0, limit: DASHBOARD_PAGE_SIZE }),
    );
    expect(stringifyVariables(dashboardVariables('b1'))).toBe(stringifyVariables(pageFirst));
    expect(dashboardVariables('b1')).toEqual({
      scopeId: 'b1',
      ruleIds: [DEFAULT_RULE_ID],
      rows: { sort: 'completionRate', order: 'ascend', limit: DASHBOARD_PAGE_SIZE },
    });
  });
});

describe('periodCountOf', () => {
  const counts = [
    { period: '2026-09', met: 10, missed: 2, pending: 0, notApplicable: 0 },
    { period: '2026-10', met: 8, missed: 3, pending: 1, notApplicable: 0 },
  ];
  it('finds the period, or zeros outside the window', () => {
    expect(periodCountOf(counts, '2026-10').missed).toBe(3);
    expect(periodCountOf(counts, '2026-11')).toEqual({
      period: '2026-11',
      met: 0,
      missed: 0,
      pending: 0,
      notApplicable: 0,
    });
  });
});

describe('districtChoices', () => {
  it('lists the districts by name (pinyin order)', () => {
    expect(
      districtChoices([
        { key: 'x', name: '西城区' },
        { key: 'c', name: '朝阳区' },
        { key: 'd', name: '东城区' },
      ]).map((d) => d.id),
    ).toEqual(['c', 'd', 'x']);
  });
});

describe('fetchAllPages', () => {
  const all = Array.from({ length: 450 }, (_, i) => i);
  it('asks page after page of the maximum size and reports progress', async () => {
    const asked: { offset: number; limit: number }[] = [];
    const progress: [number, number][] = [];
    const rows = await fetchAllPages(
      async (p) => {
        asked.push(p);
        return { items: all.slice(p.offset, p.offset + p.limit), total: all.length };
      },
      (done, total) => progress.push([done, total]),
    );
    expect(rows).toEqual(all);
    expect(asked).toEqual([
      { offset: 0, limit: 200 },
      { offset: 200, limit: 200 },
      { offset: 400, limit: 200 },
    ]);
    expect(progress).toEqual([
      [200, 450],
      [400, 450],
      [450, 450],
    ]);
  });

  it('stops at an empty page or an empty list', async () => {
    expect(await fetchAllPages(async () => ({ items: [], total: 0 }))).toEqual([]);
    // The list shrank while exporting: the API reports more than it has.
    let calls = 0;
    const rows = await fetchAllPages(async (p) => {
      calls++;
      return { items: all.slice(p.offset, Math.min(p.offset + p.limit, 300)), total: 450 };
    });
    expect(rows).toHaveLength(300);
    expect(calls).toBe(3);
  });

  it('fails as the page fails', async () => {
    await expect(
      fetchAllPages(async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
  });
});

describe('pageNumberOf', () => {
  it('is 1-based', () => {
    expect(pageNumberOf({ offset: 0, limit: 50 })).toBe(1);
    expect(pageNumberOf({ offset: 100, limit: 50 })).toBe(3);
  });
});
