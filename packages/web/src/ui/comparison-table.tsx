import { Button, Progress, Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { LABELS, type ComparisonRowLike, type ComparisonSort, type PeriodKind, type SortField } from '@djt/shared';
import { COMPARISON_PAGE_SIZES } from '../lib/comparison-rows';
import { completionColor, formatRate } from '../lib/status-colors';
import { useLang } from '../lib/use-lang';
import { useIsNarrow } from '../lib/use-media';
import { PeriodStatusCell } from './status-cell';

interface ComparisonTableProps<R extends ComparisonRowLike> {
  rows: readonly R[];
  /** The rule's periods (one status dot each), their kind and the unit of the values. */
  periods: readonly string[];
  kind: PeriodKind;
  measure: string;
  sort: ComparisonSort | null;
  onSortChange: (sort: ComparisonSort | null) => void;
  showDistrict?: boolean;
  /** Virtual scrolling for long lists (the bureau's 1,600 schools). */
  virtualHeight?: number;
  onOpenSchool: (row: R) => void;
  onOpenDistrict?: (row: R) => void;
  ariaLabel: string;
  /** Marks rows needing attention (district view). */
  rowClassName?: (row: R) => string;
  /** The page shown of the rows the API filtered and sorted (`page` of the comparison). */
  pagination: TablePaging;
  /** The next page, filter or sort is loading: the current rows stay, dimmed. */
  loading?: boolean;
}

/** Server-side paging: the page shown, its size, and how many rows passed the filter. */
export interface TablePaging {
  current: number;
  pageSize: number;
  total: number;
  onChange: (current: number, pageSize: number) => void;
}

/**
 * The schools × periods table of one rule, on the district summary and the bureau dashboard. Every column
 * sorts; sorting and paging are done by the API (the rows arrive as one page, already filtered
 * and sorted: a header click or a page change asks for another page), so the export, which asks
 * for every page in the same order, writes exactly the order on screen.
 *
 * On a phone the three columns that answer "who is behind" (school, completion, missed) stay
 * pinned on the left and the rest scrolls sideways under a visible hint, instead of columns
 * silently falling off the right edge.
 */
export function ComparisonTable<R extends ComparisonRowLike>({
  rows,
  periods,
  kind,
  measure,
  sort,
  onSortChange,
  showDistrict,
  virtualHeight,
  onOpenSchool,
  onOpenDistrict,
  ariaLabel,
  rowClassName,
  pagination,
  loading,
}: ComparisonTableProps<R>) {
  const { t } = useTranslation();
  const { l } = useLang();
  const narrow = useIsNarrow();
  const order = (field: SortField) => (sort?.field === field ? sort.order : null);
  const sortable = (field: SortField) => ({ key: field, sorter: true, sortOrder: order(field) });

  const school: ColumnsType<R>[number] = {
    ...sortable('schoolName'),
    dataIndex: 'schoolName',
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
        data-testid="open-school"
      >
        {r.schoolName}
      </Button>
    ),
  };
  const rate: ColumnsType<R>[number] = {
    ...sortable('completionRate'),
    dataIndex: 'completionRate',
    title: t('dashboard.col.completionRate'),
    width: narrow ? 76 : 150,
    fixed: narrow ? 'left' : undefined,
    align: narrow ? 'right' : undefined,
    render: (_: unknown, r: R) => (
      <div className="djt-rate" data-testid="completion-rate">
        {narrow ? null : (
          <Progress
            percent={r.completionRate == null ? 0 : Math.round(r.completionRate * 100)}
            showInfo={false}
            size="small"
            strokeColor={completionColor(r.completionRate)}
            aria-hidden
          />
        )}
        <span>{formatRate(r.completionRate)}</span>
      </div>
    ),
  };
  const missed: ColumnsType<R>[number] = {
    ...sortable('missed'),
    dataIndex: 'missed',
    title: t('dashboard.col.missed'),
    width: narrow ? 80 : 90,
    fixed: narrow ? 'left' : undefined,
    align: 'right',
    render: (v: number) => (v > 0 ? <span className="djt-text-danger">{v}</span> : v),
  };
  const district: ColumnsType<R> = showDistrict
    ? [
        {
          ...sortable('districtName'),
          dataIndex: 'districtName',
          title: t('dashboard.col.district'),
          width: 130,
          render: (_: unknown, r: R) =>
            onOpenDistrict ? (
              <Button type="link" size="small" className="djt-link-cell" onClick={() => onOpenDistrict(r)}>
                {r.districtName}
              </Button>
            ) : (
              r.districtName
            ),
        },
      ]
    : [];
  const type: ColumnsType<R>[number] = {
    ...sortable('schoolType'),
    dataIndex: 'schoolType',
    title: t('dashboard.col.schoolType'),
    width: 110,
    render: (_: unknown, r: R) => l(LABELS.schoolType[r.schoolType]),
  };
  const met: ColumnsType<R>[number] = {
    ...sortable('met'),
    dataIndex: 'met',
    title: t('dashboard.col.met'),
    width: 90,
    align: 'right',
  };
  const strip: ColumnsType<R>[number] = {
    ...sortable('recent'),
    title: t(`dashboard.col.periods.${kind}`),
    width: Math.max(periods.length * 20 + 40, 100),
    render: (_: unknown, r: R) => (
      <div className="djt-dots">
        {periods.map((p, i) => (
          <PeriodStatusCell
            key={p}
            variant="dot"
            period={p}
            kind={kind}
            status={r.statuses[i]}
            value={r.values[i]}
            measure={measure}
          />
        ))}
      </div>
    ),
  };

  const columns: ColumnsType<R> = narrow
    ? [school, rate, missed, ...district, type, met, strip]
    : [school, ...district, type, rate, met, missed, strip];

  const onChange: TableProps<R>['onChange'] = (p, _f, sorter, extra) => {
    if (extra.action === 'paginate') {
      pagination.onChange(p.current ?? 1, p.pageSize ?? pagination.pageSize);
      return;
    }
    if (extra.action !== 'sort') return;
    // A new order starts again on the first page (the caller resets its page with the sort).
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<R> | undefined;
    if (!s || !s.order || !s.columnKey) onSortChange(null);
    else onSortChange({ field: s.columnKey as SortField, order: s.order });
  };

  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0);

  return (
    <div className="djt-table-scroll">
      {narrow ? (
        <p className="djt-scroll-hint" data-testid="scroll-hint">
          <span aria-hidden>⇆ </span>
          {t('dashboard.swipeHint')}
        </p>
      ) : null}
      <Table<R>
        aria-label={ariaLabel}
        data-testid="comparison-table"
        rowKey="schoolId"
        size="small"
        columns={columns}
        dataSource={rows as R[]}
        pagination={{
          current: pagination.current,
          pageSize: pagination.pageSize,
          total: pagination.total,
          showSizeChanger: true,
          pageSizeOptions: [...COMPARISON_PAGE_SIZES],
          hideOnSinglePage: false,
          showTotal: (n, [from, to]) => t('dashboard.pageRange', { from, to, total: n }),
          size: narrow ? 'small' : 'default',
        }}
        loading={loading}
        onChange={onChange}
        virtual={!!virtualHeight}
        scroll={virtualHeight ? { x: width, y: virtualHeight } : { x: width }}
        rowClassName={rowClassName}
        showSorterTooltip={{ target: 'sorter-icon' }}
        locale={{ emptyText: t('dashboard.noRowsMatch') }}
      />
    </div>
  );
}
