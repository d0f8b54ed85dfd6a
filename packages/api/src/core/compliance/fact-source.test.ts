import { PERIOD_KINDS, periodOf } from '@djt/shared';
import { withOwner } from '../../../test/harness';
import { periodKeySql } from './fact-source';

test('the SQL period key of a date is the shared periodOf, for every kind and every day of two years', async () => {
  const rows = await withOwner(
    async (c) =>
      (
        await c.query(
          `select to_char(d, 'YYYY-MM-DD') as day, ${PERIOD_KINDS.map((k, i) => `${periodKeySql(k, 'd::date')} as k${i}`).join(', ')}
             from generate_series('2025-01-01'::date, '2026-12-31'::date, interval '1 day') as d`,
        )
      ).rows as Record<string, string>[],
  );
  expect(rows).toHaveLength(730);
  const wrong = rows.flatMap((r) =>
    PERIOD_KINDS.flatMap((k, i) => (r[`k${i}`] === periodOf(k, r.day) ? [] : [`${k} ${r.day}: ${r[`k${i}`]}`])),
  );
  expect(wrong).toEqual([]);
});
