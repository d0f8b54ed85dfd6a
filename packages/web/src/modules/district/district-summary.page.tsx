import { useMemo, useState } from 'react';
import { Alert, Card, List, Space, Tag, Typography, Button } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { addMonths, monthOf } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import { attentionOf, attentionOrder, sortRows, type ComparisonSort } from '../../lib/comparison-filter';
import { formatMonth } from '../../lib/format';
import { formatRate } from '../../lib/status-colors';
import { useLang } from '../../lib/use-lang';
import { ComparisonTable } from '../../ui/comparison-table';
import { ErrorState, EmptyHint, PageSkeleton } from '../../ui/page-states';
import { OrgBreadcrumb } from '../../ui/org-breadcrumb';
import { StatusHeatmap } from '../../ui/status-heatmap';
import { comparisonRequestPolicy, theoryClassComparisonQuery } from '../comparison/comparison.operations';
import { SummaryStats } from '../comparison/comparison-summary';

/**
 * /district/:districtId — the district's schools × 12 months. Schools that missed last month or
 * still owe this month's class come first: the district's job is to help those.
 */
export function DistrictSummaryPage() {
  const { districtId = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const { today } = useSession();
  const navigate = useNavigate();
  const [sort, setSort] = useState<ComparisonSort | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: theoryClassComparisonQuery,
    variables: { scopeId: districtId, fromMonth: null, months: 12 },
    requestPolicy: comparisonRequestPolicy(districtId),
  });
  const cmp = data?.theoryClassComparison;
  const ordered = useMemo(() => (cmp ? attentionOrder(cmp.rows, cmp.months, today) : []), [cmp, today]);
  const rows = useMemo(() => (sort ? sortRows(ordered, sort) : ordered), [ordered, sort]);
  const flagged = useMemo(
    () =>
      cmp
        ? ordered
            .map((r) => ({ row: r, a: attentionOf(r, cmp.months, today) }))
            .filter((x) => x.a.missedLastMonth || x.a.pendingThisMonth)
        : [],
    [ordered, cmp, today],
  );

  if (!cmp && fetching) return <PageSkeleton />;
  if (!cmp) return <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  const current = monthOf(today);
  const last = addMonths(current, -1);
  const missedLast = flagged.filter((x) => x.a.missedLastMonth).length;
  const pendingNow = flagged.filter((x) => x.a.pendingThisMonth).length;
  const openSchool = (schoolId: string) => navigate(orgPath({ id: schoolId, level: 'SCHOOL' }));

  return (
    <div data-testid="district-summary">
      <OrgBreadcrumb org={{ ...cmp.scope, name: cmp.scope.name }} />
      <div className="djt-page-head">
        <div>
          <Typography.Title level={3} className="djt-page-title">
            {cmp.scope.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('district.subtitle', {
              from: formatMonth(cmp.months[0] ?? current, lang),
              to: formatMonth(cmp.months[cmp.months.length - 1] ?? current, lang),
            })}
          </Typography.Text>
        </div>
      </div>
      {error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}

      {cmp.rows.length === 0 ? (
        <Card className="djt-gap">
          <EmptyHint title={t('district.noSchools')} hint={t('district.noSchoolsHint')} />
        </Card>
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
                title: t('district.missedLast', { month: formatMonth(last, lang) }),
                value: missedLast,
                danger: missedLast > 0,
              },
              {
                key: 'pending',
                title: t('district.pendingNow', { month: formatMonth(current, lang) }),
                value: pendingNow,
              },
            ]}
          />

          <Card className="djt-gap" title={t('district.attentionTitle')} size="small" data-testid="attention">
            {flagged.length === 0 ? (
              <Alert type="success" showIcon message={t('district.allGood')} />
            ) : (
              <List
                size="small"
                dataSource={flagged}
                pagination={flagged.length > 8 ? { pageSize: 8, size: 'small', hideOnSinglePage: true } : false}
                renderItem={({ row, a }) => (
                  <List.Item
                    actions={[
                      <Button
                        key="open"
                        type="link"
                        size="small"
                        onClick={() => openSchool(row.schoolId)}
                        aria-label={t('dashboard.openSchool', { name: row.schoolName })}
                      >
                        {t('common.view')}
                      </Button>,
                    ]}
                  >
                    <Space wrap size={8}>
                      <Typography.Text strong>{row.schoolName}</Typography.Text>
                      {a.missedLastMonth ? <Tag color="error">{t('district.tagMissedLast')}</Tag> : null}
                      {a.pendingThisMonth ? <Tag color="warning">{t('district.tagPendingNow')}</Tag> : null}
                      <Typography.Text type="secondary">
                        {t('dashboard.rateValue', { rate: formatRate(row.completionRate) })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>

          <Card className="djt-gap" title={t('dashboard.heatmapTitle')} size="small">
            <StatusHeatmap
              months={cmp.months}
              rows={rows.map((r) => ({
                id: r.schoolId,
                label: r.schoolName,
                statuses: r.statuses,
                classHours: r.classHours,
              }))}
              onRowClick={(r) => openSchool(r.id)}
              ariaLabel={t('dashboard.heatmapAria', { scope: cmp.scope.name })}
            />
          </Card>

          <Card className="djt-gap" title={t('district.tableTitle')} size="small">
            <ComparisonTable
              rows={rows}
              months={cmp.months}
              sort={sort}
              onSortChange={setSort}
              onOpenSchool={(r) => openSchool(r.schoolId)}
              ariaLabel={t('district.tableTitle')}
              rowClassName={(r) => {
                const a = attentionOf(r, cmp.months, today);
                return a.missedLastMonth ? 'djt-row-missed' : '';
              }}
            />
          </Card>
        </>
      )}
    </div>
  );
}
