import { useMemo, useState } from 'react';
import { Alert, Button, Space, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { attentionOf, attentionPeriods, DEFAULT_SORT, LIMITS, type ComparisonSort } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import { comparisonRowsInput, periodCountOf } from '../../lib/comparison-rows';
import { formatPeriod } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { ComparisonTable } from '../../ui/comparison-table';
import { ErrorState, EmptyHint, PageSkeleton, SkeletonBlock } from '../../ui/page-states';
import { OrgBreadcrumb } from '../../ui/org-breadcrumb';
import { PageHead, Panel } from '../../ui/panel';
import { StatusTag } from '../../ui/status-cell';
import { StatusHeatmap } from '../../ui/status-heatmap';
import { SummaryStats } from '../comparison/comparison-summary';
import { RankingPanel } from '../comparison/ranking-panel';
import { RulePicker, useRuleParam } from '../comparison/rule-picker';
import { useRowsPaging, useRuleComparison, type ComparisonRow } from '../comparison/use-rule-comparison';

/** Schools listed under "needing attention" before "show all" (and at most, after it). */
const ATTENTION_SHOWN = 8;
const ATTENTION_ALL = LIMITS.pageMax;

/**
 * /district/:districtId?rule=… — the district's schools under one compliance rule. Schools that
 * missed the last period or still owe the current one are listed first: the district's job is to
 * help those. The table opens worst first; the 创先争优 table compares every rule. The API filters,
 * sorts and pages: the table is one query (the one the session prefetches), the attention list a
 * second, small one.
 */
export function DistrictSummaryPage() {
  const { districtId = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const { today } = useSession();
  const { can } = useCan();
  const navigate = useNavigate();
  const [ruleId, setRuleId] = useRuleParam();
  const [sort, setSort] = useState<ComparisonSort | null>(DEFAULT_SORT);
  const [missedIn, setMissedIn] = useState<{ ruleId: string; period: string } | null>(null);
  const [allFlagged, setAllFlagged] = useState(false);
  // The period of "missed last period" applied as a filter, for the rule it was picked under.
  const missedFilter = missedIn?.ruleId === ruleId ? missedIn.period : null;
  const asked = comparisonRowsInput({ missedIn: missedFilter }, sort, { offset: 0, limit: 1 });
  const paging = useRowsPaging(JSON.stringify([ruleId, asked]));
  const { report, cmp, fetching, stale, error, retry } = useRuleComparison(
    districtId,
    ruleId,
    comparisonRowsInput({ missedIn: missedFilter }, sort, paging.page),
  );
  const kind = cmp?.rule.period ?? 'MONTH';
  const { last, current } = attentionPeriods(kind, today);
  // Who needs a phone call first: missed the last period, then owing the current one.
  const attention = useRuleComparison(
    districtId,
    ruleId,
    comparisonRowsInput(
      { attention: true },
      { field: 'attention', order: 'ascend' },
      {
        offset: 0,
        limit: allFlagged ? ATTENTION_ALL : ATTENTION_SHOWN,
      },
    ),
  );
  const rows = cmp?.page.items ?? NO_ROWS;
  const flaggedPage = attention.cmp?.page;
  const flaggedCmp = attention.cmp;
  const flagged = useMemo(
    () =>
      flaggedCmp
        ? flaggedCmp.page.items.map((r) => ({
            row: r,
            a: attentionOf(r, flaggedCmp.periods, today, flaggedCmp.rule.period),
          }))
        : [],
    [flaggedCmp, today],
  );
  const heatRows = useMemo(
    () => rows.map((r) => ({ id: r.schoolId, label: r.schoolName, statuses: r.statuses, values: r.values })),
    [rows],
  );

  const picker = <RulePicker value={ruleId} onChange={setRuleId} />;
  if (!cmp && fetching) return <PageSkeleton />;
  if (!report || !cmp)
    return (
      <>
        <PageHead title={t('dashboard.titleGeneric')} actions={picker} />
        <ErrorState error={error ?? {}} onRetry={retry} />
      </>
    );

  const rule = cmp.rule;
  const missedLast = periodCountOf(cmp.periodCounts, last).missed;
  const pendingNow = periodCountOf(cmp.periodCounts, current).pending;
  const flaggedTotal = flaggedPage?.total ?? 0;
  const missedLastOn = missedFilter === last;
  const toggleMissedLast = () => setMissedIn(missedLastOn ? null : { ruleId, period: last });
  const openSchool = (schoolId: string) => navigate(orgPath({ id: schoolId, level: 'SCHOOL' }));
  const lastLabel = formatPeriod(kind, last, lang);
  const currentLabel = formatPeriod(kind, current, lang);
  const first = cmp.periods[0];
  const lastPeriod = cmp.periods[cmp.periods.length - 1];

  return (
    <div data-testid="district-summary">
      <OrgBreadcrumb org={report.scope} />
      <PageHead
        title={report.scope.name}
        subtitle={t('dashboard.subtitle', {
          rule: `${rule.title}（${rule.section}）`,
          from: first ? formatPeriod(kind, first, lang) : '',
          to: lastPeriod ? formatPeriod(kind, lastPeriod, lang) : '',
        })}
        actions={picker}
      />
      {error ? <ErrorState error={error} onRetry={retry} /> : null}

      {cmp.schools === 0 ? (
        <Panel className="djt-gap">
          <EmptyHint title={t('district.noSchools')} hint={t('district.noSchoolsHint')} />
        </Panel>
      ) : (
        <>
          <SummaryStats
            items={[
              { key: 'schools', title: t('dashboard.schools'), value: cmp.schools },
              {
                key: 'rate',
                title: t('dashboard.completionRate'),
                value: formatRate(cmp.completionRate),
                testId: 'district-rate',
              },
              {
                key: 'missed',
                title: t('dashboard.missedIn', { period: lastLabel }),
                value: missedLast,
                danger: missedLast > 0,
                testId: 'missed-last',
                onClick: missedLast > 0 || missedLastOn ? toggleMissedLast : undefined,
                active: missedLastOn,
                actionLabel: t('dashboard.showMissedIn', { count: missedLast, period: lastLabel }),
              },
              { key: 'pending', title: t('district.pendingIn', { period: currentLabel }), value: pendingNow },
            ]}
          />

          <Panel className="djt-gap" title={t('district.attentionTitle')} data-testid="attention">
            {!flaggedPage && attention.error ? (
              <ErrorState error={attention.error} onRetry={attention.retry} />
            ) : !flaggedPage ? (
              <SkeletonBlock rows={2} />
            ) : flaggedTotal === 0 ? (
              <Alert
                type="success"
                showIcon
                message={t('district.allGood', { last: lastLabel, current: currentLabel })}
              />
            ) : (
              <ul className="djt-attention" aria-busy={attention.stale}>
                {flagged.map(({ row, a }) => (
                  <li key={row.schoolId}>
                    <Space wrap size={8}>
                      <strong>{row.schoolName}</strong>
                      {a.missedLast ? (
                        <StatusTag status="MISSED">{t('dashboard.missedIn', { period: lastLabel })}</StatusTag>
                      ) : null}
                      {a.pendingNow ? (
                        <StatusTag status="PENDING">{t('district.pendingIn', { period: currentLabel })}</StatusTag>
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
            {flaggedTotal > ATTENTION_SHOWN ? (
              <Button
                type="link"
                onClick={() => setAllFlagged((v) => !v)}
                aria-expanded={allFlagged}
                loading={allFlagged && attention.stale}
                data-testid="attention-toggle"
              >
                {allFlagged ? t('district.showFewer') : t('district.showAll', { count: flaggedTotal })}
              </Button>
            ) : null}
            {allFlagged && flaggedTotal > ATTENTION_ALL ? (
              <p className="djt-muted">
                {t('dashboard.attentionCapped', { shown: ATTENTION_ALL, total: flaggedTotal })}
              </p>
            ) : null}
          </Panel>

          <Panel
            className="djt-gap"
            title={t('dashboard.tableTitleOf', { rule: rule.title })}
            extra={
              missedFilter ? (
                <Tag closable onClose={() => setMissedIn(null)} data-testid="filter-missed-in">
                  {t('dashboard.filterMissedIn', { period: formatPeriod(kind, missedFilter, lang) })}
                </Tag>
              ) : null
            }
          >
            <ComparisonTable
              rows={rows}
              periods={cmp.periods}
              kind={kind}
              measure={rule.measure}
              sort={sort}
              onSortChange={setSort}
              onOpenSchool={(r) => openSchool(r.schoolId)}
              ariaLabel={t('dashboard.tableTitleOf', { rule: rule.title })}
              loading={stale}
              pagination={{
                current: paging.current,
                pageSize: paging.pageSize,
                total: cmp.page.total,
                onChange: paging.onChange,
              }}
              rowClassName={(r) => (attentionOf(r, cmp.periods, today, kind).missedLast ? 'djt-row-missed' : '')}
            />
          </Panel>

          <Panel className="djt-gap" title={t('dashboard.heatmapTitleOf', { rule: rule.title })}>
            <StatusHeatmap
              periods={cmp.periods}
              kind={kind}
              measure={rule.measure}
              rows={heatRows}
              onRowClick={(r) => openSchool(r.id)}
              ariaLabel={t('dashboard.heatmapAria', { scope: report.scope.name, rule: rule.title })}
            />
          </Panel>

          <RankingPanel
            scopeId={districtId}
            scopeName={report.scope.name}
            canExport={can('compliance.export', report.scope)}
            onOpenSchool={openSchool}
          />
        </>
      )}
    </div>
  );
}

const NO_ROWS: readonly ComparisonRow[] = [];
