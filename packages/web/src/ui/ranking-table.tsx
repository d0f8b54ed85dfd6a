import { Button, Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { RankedRowLike, RankingSort, RankingSortField } from '../lib/ranking';
import { completionBand, formatRate, STATUS_TEXT_COLORS } from '../lib/status-colors';
import { useIsNarrow } from '../lib/use-media';

interface RuleColumn {
  id: string;
  title: string;
  section: string;
}

interface RankingTableProps<R extends RankedRowLike> {
  rows: readonly R[];
  /** The ranking's rules, in the order of each row's `rates`. */
  rules: readonly RuleColumn[];
  sort: RankingSort | null;
  onSortChange: (sort: RankingSort | null) => void;
  /** Bureau view: the district and the rank within it. */
  showDistrict?: boolean;
  virtualHeight?: number;
  onOpenSchool: (row: R) => void;
  ariaLabel: string;
}

/** A rate in the colour of its band (green ≥ 90 %, amber ≥ 60 %, red below; all 4.5:1 on white). */
function Rate({ rate, testId }: { rate: number | null; testId?: string }) {
  return (
    <span className="djt-rate-text" style={{ color: STATUS_TEXT_COLORS[completionBand(rate)] }} data-testid={testId}>
      {formatRate(rate)}
    </span>
  );
}

/**
 * 创先争优: schools × rules, one column per rule with the school's completion rate under it,
 * and the weighted annual score and rank. Institutions only: no person is ranked. Every column
 * sorts; on a phone the school and its score stay pinned and the rules scroll.
 */
export function RankingTable<R extends RankedRowLike>({
  rows,
  rules,
  sort,
  onSortChange,
  showDistrict,
  virtualHeight,
  onOpenSchool,
  ariaLabel,
}: RankingTableProps<R>) {
  const { t } = useTranslation();
  const narrow = useIsNarrow();
  const sortable = (field: RankingSortField) => ({
    key: field,
    sorter: true,
    sortOrder: sort?.field === field ? sort.order : null,
  });

  const columns: ColumnsType<R> = [
    {
      ...sortable('rank'),
      title: t('ranking.col.rank'),
      width: 64,
      fixed: 'left',
      align: 'right',
      render: (_: unknown, r: R) => r.rank ?? '—',
    },
    {
      ...sortable('schoolName'),
      title: t('dashboard.col.school'),
      width: narrow ? 116 : 220,
      fixed: 'left',
      render: (_: unknown, r: R) => (
        <Button
          type="link"
          size="small"
          className="djt-link-cell"
          onClick={() => onOpenSchool(r)}
          aria-label={t('dashboard.openSchool', { name: r.schoolName })}
          title={r.schoolName}
          data-testid="ranking-school"
        >
          {r.schoolName}
        </Button>
      ),
    },
    {
      ...sortable('score'),
      title: t('ranking.col.score'),
      width: 90,
      fixed: narrow ? 'left' : undefined,
      align: 'right',
      render: (_: unknown, r: R) => <Rate rate={r.score} testId="ranking-score" />,
    },
    ...rules.map((rule, i) => ({
      ...sortable(`rule:${i}`),
      title: (
        <span title={rule.title}>
          {rule.title}
          <span className="djt-muted djt-col-sub">{rule.section}</span>
        </span>
      ),
      width: 140,
      align: 'right' as const,
      render: (_: unknown, r: R) => <Rate rate={r.rates[i] ?? null} />,
    })),
    ...(showDistrict
      ? [
          { ...sortable('districtName'), title: t('dashboard.col.district'), width: 130, dataIndex: 'districtName' },
          {
            ...sortable('districtRank'),
            title: t('ranking.col.districtRank'),
            width: 100,
            align: 'right' as const,
            render: (_: unknown, r: R) => r.districtRank ?? '—',
          },
        ]
      : []),
  ];

  const onChange: TableProps<R>['onChange'] = (_p, _f, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<R> | undefined;
    if (!s || !s.order || !s.columnKey) onSortChange(null);
    else onSortChange({ field: s.columnKey as RankingSortField, order: s.order });
  };
  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0);

  return (
    <div className="djt-table-scroll">
      {narrow ? (
        <p className="djt-scroll-hint">
          <span aria-hidden>⇆ </span>
          {t('dashboard.swipeHint')}
        </p>
      ) : null}
      <Table<R>
        aria-label={ariaLabel}
        data-testid="ranking-table"
        rowKey="schoolId"
        size="small"
        columns={columns}
        dataSource={rows as R[]}
        pagination={false}
        onChange={onChange}
        virtual={!!virtualHeight}
        scroll={virtualHeight ? { x: width, y: virtualHeight } : { x: width }}
        showSorterTooltip={{ target: 'sorter-icon' }}
        locale={{ emptyText: t('dashboard.noRowsMatch') }}
      />
    </div>
  );
}
