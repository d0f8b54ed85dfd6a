import { useMemo, useState } from 'react';
import { Alert, Button, Space, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { addMonths, monthOf } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import {
  attentionOf,
  attentionOrder,
  DEFAULT_SORT,
  filterAndSort,
  type ComparisonSort,
} from '../../lib/comparison-filter';
import { formatMonth } from '../../lib/format';
import { formatRate } from '../../lib/status-colors';
import { useLang } from '../../lib/use-lang';
import { ComparisonTable } from '../../ui/comparison-table';
import { StatusTag } from '../../ui/month-status-cell';
import { ErrorState, EmptyHint, PageSkeleton } from '../../ui/page-states';
import { OrgBreadcrumb } from '../../ui/org-breadcrumb';
import { PageHead, Panel } from '../../ui/panel';
import { StatusHeatmap } from '../../ui/status-heatmap';
import { comparisonRequestPolicy, theoryClassComparisonQuery } from '../comparison/comparison.operations';
import { SummaryStats } from '../comparison/comparison-summary';

/** Schools listed under "needing attention" before "show all". */
const ATTENTION_SHOWN = 8;

/**
 * /district/:districtId — the district's schools × 12 months. Schools that missed last month or
 * still owe this month's class are listed first: the district's job is to help those. The table
 * opens worst first.
 */
export function DistrictSummaryPage() {
  const { districtId = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const { today } = useSession();
  const navigate = useNavigate();
  const [sort, setSort] = useState<ComparisonSort | null>(DEFAULT_SORT);
  const [onlyMissedLast, setOnlyMissedLast] = useState(false);
  const [allFlagged, setAllFlagged] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: theoryClassComparisonQuery,
    variables: { scopeId: districtId, fromMonth: null, months: 12 },
    requestPolicy: comparisonRequestPolicy(districtId),
  });
  const cmp = data?.theoryClassComparison;
  const current = monthOf(today);
  const last = addMonths(current, -1);
  const rows = useMemo(
    () => (cmp ? filterAndSort(cmp.rows, { missedIn: onlyMissedLast ? last : null }, sort, cmp.months) : []),
    [cmp, sort, onlyMissedLast, last],
  );
  const flagged = useMemo(
    () =>
      cmp
        ? attentionOrder(cmp.rows, cmp.months, today)
            .map((r) => ({ row: r, a: attentionOf(r, cmp.months, today) }))
            .filter((x) => x.a.missedLastMonth || x.a.pendingThisMonth)
        : [],
    [cmp, today],
  );
  const heatRows = useMemo(
    () => rows.map((r) => ({ id: r.schoolId, label: r.schoolName, statuses: r.statuses, classHours: r.classHours })),
    [rows],
  );

  if (!cmp && fetching) return <PageSkeleton />;
  if (!cmp) return <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  const missedLast = flagged.filter((x) => x.a.missedLastMonth).length;
  const pendingNow = flagged.filter((x) => x.a.pendingThisMonth).length;
  const openSchool = (schoolId: string) => navigate(orgPath({ id: schoolId, level: 'SCHOOL' }));
  const lastLabel = formatMonth(last, lang);

  return (
    <div data-testid="district-summary">
      <OrgBreadcrumb org={{ ...cmp.scope, name: cmp.scope.name }} />
      <PageHead
        title={cmp.scope.name}
        subtitle={t('district.subtitle', {
          from: formatMonth(cmp.months[0] ?? current, lang),
          to: formatMonth(cmp.months[cmp.months.length - 1] ?? current, lang),
        })}
      />
      {error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}

      {cmp.rows.length === 0 ? (
        <Panel className="djt-gap">
          <EmptyHint title={t('district.noSchools')} hint={t('district.noSchoolsHint')} />
        </Panel>
      ) : (
        <>
          <SummaryStats
            items={[
              { key: 'schools', title: t('dashboard.schools'), value: cmp.rows.length },
              {
                key: 'rate',
                title: t('dashboard.completionRate'),
                value: formatRate(cmp.completionRate),
                testId: 'district-rate',
              },
              {
                key: 'missed',
                title: t('district.missedLast', { month: lastLabel }),
                value: missedLast,
                danger: missedLast > 0,
                testId: 'missed-last',
                onClick: missedLast > 0 || onlyMissedLast ? () => setOnlyMissedLast((v) => !v) : undefined,
                active: onlyMissedLast,
                actionLabel: t('dashboard.showMissedIn', { count: missedLast, month: lastLabel }),
              },
              {
                key: 'pending',
                title: t('district.pendingNow', { month: formatMonth(current, lang) }),
                value: pendingNow,
              },
            ]}
          />

          <Panel className="djt-gap" title={t('district.attentionTitle')} data-testid="attention">
            {flagged.length === 0 ? (
              <Alert type="success" showIcon message={t('district.allGood')} />
            ) : (
              <ul className="djt-attention">
                {(allFlagged ? flagged : flagged.slice(0, ATTENTION_SHOWN)).map(({ row, a }) => (
                  <li key={row.schoolId}>
                    <Space wrap size={8}>
                      <strong>{row.schoolName}</strong>
                      {a.missedLastMonth ? <StatusTag status="MISSED">{t('district.tagMissedLast')}</StatusTag> : null}
                      {a.pendingThisMonth ? (
                        <StatusTag status="PENDING">{t('district.tagPendingNow')}</StatusTag>
                      ) : null}
                      <span className="djt-muted">
                        {t('dashboard.rateValue', { rate: formatRate(row.completionRate) })}
                      </span>
                    </Space>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => openSchool(row.schoolId)}
                      aria-label={t('dashboard.openSchool', { name: row.schoolName })}
                    >
                      {t('common.view')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {flagged.length > ATTENTION_SHOWN ? (
              <Button type="link" onClick={() => setAllFlagged((v) => !v)} aria-expanded={allFlagged}>
                {allFlagged ? t('district.showFewer') : t('district.showAll', { count: flagged.length })}
              </Button>
            ) : null}
          </Panel>

          <Panel
            className="djt-gap"
            title={t('district.tableTitle')}
            extra={
              onlyMissedLast ? (
                <Tag closable onClose={() => setOnlyMissedLast(false)} data-testid="filter-missed-in">
                  {t('dashboard.filterMissedIn', { month: lastLabel })}
                </Tag>
              ) : null
            }
          >
            <ComparisonTable
              rows={rows}
              months={cmp.months}
              sort={sort}
              onSortChange={setSort}
              onOpenSchool={(r) => openSchool(r.schoolId)}
              ariaLabel={t('district.tableTitle')}
              rowClassName={(r) => (attentionOf(r, cmp.months, today).missedLastMonth ? 'djt-row-missed' : '')}
            />
          </Panel>

          <Panel className="djt-gap" title={t('dashboard.heatmapTitle')}>
            <StatusHeatmap
              months={cmp.months}
              rows={heatRows}
              onRowClick={(r) => openSchool(r.id)}
              ariaLabel={t('dashboard.heatmapAria', { scope: cmp.scope.name })}
            />
          </Panel>
        </>
      )}
    </div>
  );
}
