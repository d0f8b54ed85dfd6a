import { useMemo, useState } from 'react';
import { Alert, Button, Space, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import {
  attentionOf,
  attentionOrder,
  attentionPeriods,
  DEFAULT_SORT,
  filterAndSort,
  type ComparisonSort,
} from '../../lib/comparison-filter';
import { formatPeriod } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { ComparisonTable } from '../../ui/comparison-table';
import { ErrorState, EmptyHint, PageSkeleton } from '../../ui/page-states';
import { OrgBreadcrumb } from '../../ui/org-breadcrumb';
import { PageHead, Panel } from '../../ui/panel';
import { StatusTag } from '../../ui/status-cell';
import { StatusHeatmap } from '../../ui/status-heatmap';
import { SummaryStats } from '../comparison/comparison-summary';
import { RankingPanel } from '../comparison/ranking-panel';
import { RulePicker, useRuleParam } from '../comparison/rule-picker';
import { useRuleComparison } from '../comparison/use-rule-comparison';

/** Schools listed under "needing attention" before "show all". */
const ATTENTION_SHOWN = 8;

/**
 * /district/:districtId?rule=… — the district's schools under one compliance rule. Schools that
 * missed the last period or still owe the current one are listed first: the district's job is to
 * help those. The table opens worst first; the 创先争优 table compares every rule.
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
  const [onlyMissedLast, setOnlyMissedLast] = useState(false);
  const [allFlagged, setAllFlagged] = useState(false);
  const { report, cmp, fetching, error, retry } = useRuleComparison(districtId, ruleId);
  const kind = cmp?.rule.period ?? 'MONTH';
  const { last, current } = attentionPeriods(kind, today);
  const rows = useMemo(
    () => (cmp ? filterAndSort(cmp.rows, { missedIn: onlyMissedLast ? last : null }, sort, cmp.periods) : []),
    [cmp, sort, onlyMissedLast, last],
  );
  const flagged = useMemo(
    () =>
      cmp
        ? attentionOrder(cmp.rows, cmp.periods, today, kind)
            .map((r) => ({ row: r, a: attentionOf(r, cmp.periods, today, kind) }))
            .filter((x) => x.a.missedLast || x.a.pendingNow)
        : [],
    [cmp, today, kind],
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
  const missedLast = flagged.filter((x) => x.a.missedLast).length;
  const pendingNow = flagged.filter((x) => x.a.pendingNow).length;
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
                title: t('dashboard.missedIn', { period: lastLabel }),
                value: missedLast,
                danger: missedLast > 0,
                testId: 'missed-last',
                onClick: missedLast > 0 || onlyMissedLast ? () => setOnlyMissedLast((v) => !v) : undefined,
                active: onlyMissedLast,
                actionLabel: t('dashboard.showMissedIn', { count: missedLast, period: lastLabel }),
              },
              { key: 'pending', title: t('district.pendingIn', { period: currentLabel }), value: pendingNow },
            ]}
          />

          <Panel className="djt-gap" title={t('district.attentionTitle')} data-testid="attention">
            {flagged.length === 0 ? (
              <Alert
                type="success"
                showIcon
                message={t('district.allGood', { last: lastLabel, current: currentLabel })}
              />
            ) : (
              <ul className="djt-attention">
                {(allFlagged ? flagged : flagged.slice(0, ATTENTION_SHOWN)).map(({ row, a }) => (
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
            {flagged.length > ATTENTION_SHOWN ? (
              <Button type="link" onClick={() => setAllFlagged((v) => !v)} aria-expanded={allFlagged}>
                {allFlagged ? t('district.showFewer') : t('district.showAll', { count: flagged.length })}
              </Button>
            ) : null}
          </Panel>

          <Panel
            className="djt-gap"
            title={t('dashboard.tableTitleOf', { rule: rule.title })}
            extra={
              onlyMissedLast ? (
                <Tag closable onClose={() => setOnlyMissedLast(false)} data-testid="filter-missed-in">
                  {t('dashboard.filterMissedIn', { period: lastLabel })}
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
