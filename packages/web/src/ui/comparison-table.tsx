import { Button, Progress, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { LABELS } from '@djt/shared';
import type { ComparisonRowLike, ComparisonSort, SortField } from '../lib/comparison-filter';
import { completionColor, formatRate } from '../lib/status-colors';
import { useLang } from '../lib/use-lang';
import { MonthStatusCell } from './month-status-cell';

interface ComparisonTableProps<R extends ComparisonRowLike> {
  rows: readonly R[];
  months: readonly string[];
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
}

/**
 * The schools × months table of the district summary and the bureau dashboard. Sorting is
 * controlled by the caller (the rows arrive already filtered and sorted by comparison-filter.ts),
 * so the export writes exactly the order on screen.
 */
export function ComparisonTable<R extends ComparisonRowLike>({
  rows,
  months,
  sort,
  onSortChange,
  showDistrict,
  virtualHeight,
  onOpenSchool,
  onOpenDistrict,
  ariaLabel,
  rowClassName,
}: ComparisonTableProps<R>) {
  const { t } = useTranslation();
  const { l } = useLang();
  const order = (field: SortField) => (sort?.field === field ? sort.order : null);

  const columns: ColumnsType<R> = [
    {
      key: 'schoolName',
      dataIndex: 'schoolName',
      title: t('dashboard.col.school'),
      sorter: true,
      sortOrder: order('schoolName'),
      width: 220,
      fixed: 'left',
      render: (_: unknown, r: R) => (
        <Button
          type="link"
          size="small"
          className="djt-link-cell"
          onClick={() => onOpenSchool(r)}
          aria-label={t('dashboard.openSchool', { name: r.schoolName })}
          data-testid="open-school"
        >
          {r.schoolName}
        </Button>
      ),
    },
    ...(showDistrict
      ? [
          {
            key: 'districtName',
            dataIndex: 'districtName',
            title: t('dashboard.col.district'),
            sorter: true,
            sortOrder: order('districtName'),
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
      : []),
    {
      key: 'schoolType',
      dataIndex: 'schoolType',
      title: t('dashboard.col.schoolType'),
      sorter: true,
      sortOrder: order('schoolType'),
      width: 110,
      render: (_: unknown, r: R) => l(LABELS.schoolType[r.schoolType]),
    },
    {
      key: 'completionRate',
      dataIndex: 'completionRate',
      title: t('dashboard.col.completionRate'),
      sorter: true,
      sortOrder: order('completionRate'),
      width: 150,
      render: (_: unknown, r: R) => (
        <div className="djt-rate" data-testid="completion-rate">
          <Progress
            percent={r.completionRate == null ? 0 : Math.round(r.completionRate * 100)}
            showInfo={false}
            size="small"
            strokeColor={completionColor(r.completionRate)}
            aria-hidden
          />
          <span>{formatRate(r.completionRate)}</span>
        </div>
      ),
    },
    {
      key: 'met',
      dataIndex: 'met',
      title: t('dashboard.col.met'),
      sorter: true,
      sortOrder: order('met'),
      width: 90,
      align: 'right',
    },
    {
      key: 'missed',
      dataIndex: 'missed',
      title: t('dashboard.col.missed'),
      sorter: true,
      sortOrder: order('missed'),
      width: 90,
      align: 'right',
      render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
    },
    {
      key: 'months',
      title: t('dashboard.col.months'),
      width: months.length * 20 + 24,
      render: (_: unknown, r: R) => (
        <div className="djt-dots">
          {months.map((m, i) => (
            <MonthStatusCell key={m} variant="dot" month={m} status={r.statuses[i]} classHours={r.classHours[i]} />
          ))}
        </div>
      ),
    },
  ];

  const onChange: TableProps<R>['onChange'] = (_p, _f, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<R> | undefined;
    if (!s || !s.order || !s.columnKey) onSortChange(null);
    else onSortChange({ field: s.columnKey as SortField, order: s.order });
  };

  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), 0);

  return (
    <Table<R>
      aria-label={ariaLabel}
      data-testid="comparison-table"
      rowKey="schoolId"
      size="small"
      columns={columns}
      dataSource={rows as R[]}
      pagination={false}
      onChange={onChange}
      virtual={!!virtualHeight}
      scroll={virtualHeight ? { x: width, y: virtualHeight } : { x: width }}
      rowClassName={rowClassName}
      showSorterTooltip={{ target: 'sorter-icon' }}
      locale={{ emptyText: t('dashboard.noRowsMatch') }}
    />
  );
}
