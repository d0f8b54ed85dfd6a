import { useDeferredValue, useMemo, useState } from 'react';
import { App, Button, Tag } from 'antd';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LABELS, type SchoolType } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import {
  aggregateRate,
  attentionPeriods,
  DEFAULT_SORT,
  districtOptions,
  filterAndSort,
  isFilterActive,
  type ComparisonFilter,
  type ComparisonSort,
} from '../../lib/comparison-filter';
import { formatPeriod } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { CompletionBarChart } from '../../ui/completion-bar-chart';
import { ComparisonTable } from '../../ui/comparison-table';
import { EmptyHint, ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { RenderWhenNear } from '../../ui/render-when-near';
import { heatmapHeight, StatusHeatmap } from '../../ui/status-heatmap';
import { comparisonXlsxSpec } from '../comparison/comparison-export';
import { SummaryStats } from '../comparison/comparison-summary';
import { RankingPanel } from '../comparison/ranking-panel';
import { RulePicker, useRuleParam, withRule } from '../comparison/rule-picker';
import { useRuleComparison } from '../comparison/use-rule-comparison';
import { ComparisonFilterBar, rateBandOf } from './comparison-filter-bar';

/**
 * /bureau/:bureauId?rule=… — every school of the bureau side by side under one compliance rule
 * (picked, kept in the URL): headline figures, completion by district and by school type, a
 * filterable table sortable by every column (virtual, for 1,600 schools) that opens worst first,
 * the school × period heatmap of the same rows, the export of exactly what is shown, and the
 * 创先争优 table of every school × every rule.
 */
export function BureauDashboardPage() {
  const { bureauId = '' } = useParams();
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const { can } = useCan();
  const navigate = useNavigate();
  const [ruleId, setRuleId] = useRuleParam();
  const [filter, setFilter] = useState<ComparisonFilter>({});
  const [sort, setSort] = useState<ComparisonSort | null>(DEFAULT_SORT);
  const [exporting, setExporting] = useState(false);
  const { report, cmp, fetching, error, retry } = useRuleComparison(bureauId, ruleId);
  const rows = useMemo(() => (cmp ? filterAndSort(cmp.rows, filter, sort, cmp.periods) : []), [cmp, filter, sort]);
  const districts = useMemo(() => (cmp ? districtOptions(cmp.rows) : []), [cmp]);
  // The heatmap redraws 19,200 cells; deferring it lets the table answer a click first.
  const deferredRows = useDeferredValue(rows);
  const heatRows = useMemo(
    () => deferredRows.map((r) => ({ id: r.schoolId, label: r.schoolName, statuses: r.statuses, values: r.values })),
    [deferredRows],
  );
  const districtBars = useMemo(
    () =>
      cmp ? cmp.byDistrict.map((g) => ({ key: g.key, name: g.name, rate: g.completionRate, schools: g.schools })) : [],
    [cmp],
  );
  const typeBars = useMemo(
    () =>
      cmp
        ? cmp.bySchoolType.map((g) => ({
            key: g.key,
            name: LABELS.schoolType[g.key as SchoolType] ? l(LABELS.schoolType[g.key as SchoolType]) : g.name,
            rate: g.completionRate,
            schools: g.schools,
          }))
        : [],
    [cmp, l],
  );

  const picker = <RulePicker value={ruleId} onChange={setRuleId} />;
  // Every bureau role may read the rule settings (they decide what counts as met); the page
  // itself offers the edit controls only to those allowed to configure them.
  const settingsPath = `${orgPath({ id: bureauId, level: 'BUREAU' })}/settings`;
  const settingsLink = can('settings.read', { id: bureauId, level: 'BUREAU', bureauId }) ? (
    <Button
      icon={<SettingOutlined />}
      href={settingsPath}
      onClick={(e) => {
        e.preventDefault();
        navigate(settingsPath);
      }}
      data-testid="settings-link"
    >
      {t('settings.link')}
    </Button>
  ) : null;
  const headActions = (
    <div className="djt-page-head__tools">
      {picker}
      {settingsLink}
    </div>
  );
  if (!cmp && fetching) return <PageSkeleton />;
  if (!report || !cmp)
    return (
      <>
        <PageHead title={t('dashboard.titleGeneric')} actions={headActions} />
        <ErrorState error={error ?? {}} onRetry={retry} />
      </>
    );

  const rule = cmp.rule;
  const kind = rule.period;
  const { last } = attentionPeriods(kind, today);
  const lastLabel = formatPeriod(kind, last, lang);
  const lastIdx = cmp.periods.indexOf(last);
  const missedLast = lastIdx < 0 ? 0 : cmp.rows.filter((r) => r.statuses[lastIdx] === 'MISSED').length;
  const missedLastOn = filter.missedIn === last;
  const toggleMissedLast = () => setFilter((f) => ({ ...f, missedIn: missedLastOn ? null : last }));
  const filtered = isFilterActive(filter);
  const canExport = can('compliance.export', report.scope);
  const first = cmp.periods[0];
  const lastPeriod = cmp.periods[cmp.periods.length - 1];

  const describeFilter = (): string => {
    if (!filtered) return t('dashboard.filterNone');
    const parts: string[] = [];
    if (filter.districtIds?.length)
      parts.push(
        `${t('dashboard.col.district')}: ${districts
          .filter((d) => filter.districtIds!.includes(d.id))
          .map((d) => d.name)
          .join(', ')}`,
      );
    if (filter.schoolTypes?.length)
      parts.push(
        `${t('dashboard.col.schoolType')}: ${filter.schoolTypes.map((s) => l(LABELS.schoolType[s])).join(', ')}`,
      );
    if (rateBandOf(filter) !== 'all')
      parts.push(`${t('dashboard.col.completionRate')}: ${t(`dashboard.band.${rateBandOf(filter)}`)}`);
    if (filter.minMissed) parts.push(`${t('dashboard.minMissed')} ${filter.minMissed}`);
    if (filter.missedIn)
      parts.push(t('dashboard.filterMissedIn', { period: formatPeriod(kind, filter.missedIn, lang) }));
    if (filter.search?.trim()) parts.push(`${t('dashboard.searchSchool')}: ${filter.search.trim()}`);
    return `${t('dashboard.filterLabel')}: ${parts.join('; ')}`;
  };

  const onExport = async () => {
    setExporting(true);
    try {
      // Loaded on demand: exceljs is a large library used by few clicks.
      const { downloadXlsx } = await import('../../lib/export-xlsx');
      await downloadXlsx(
        comparisonXlsxSpec(rows, cmp.periods, kind, lang, {
          title: `${report.scope.name} — ${rule.title}（${rule.section}）`,
          filterLine: describeFilter(),
          exportedAt: `${t('dashboard.exportedAt')}: ${today}`,
          school: t('dashboard.col.school'),
          district: t('dashboard.col.district'),
          schoolType: t('dashboard.col.schoolType'),
          completionRate: t('dashboard.col.completionRate'),
          met: t('dashboard.col.met'),
          missed: t('dashboard.col.missed'),
          sheet: rule.title,
          fileName: `${rule.title}-${report.scope.name}-${today}`,
        }),
      );
      message.success(t('dashboard.exported', { count: rows.length }));
    } catch (e) {
      message.error(errorText({ networkError: e }) || String(e));
    } finally {
      setExporting(false);
    }
  };

  const openDistrict = (id: string) => navigate(withRule(orgPath({ id, level: 'DISTRICT' }), ruleId));
  const onDistrictBar = (it: { key: string }) => openDistrict(it.key);
  const openSchool = (id: string) => navigate(orgPath({ id, level: 'SCHOOL' }));

  return (
    <div data-testid="bureau-dashboard">
      <PageHead
        title={t('dashboard.titleOf', { scope: report.scope.name })}
        subtitle={t('dashboard.subtitle', {
          rule: `${rule.title}（${rule.section}）`,
          from: first ? formatPeriod(kind, first, lang) : '',
          to: lastPeriod ? formatPeriod(kind, lastPeriod, lang) : '',
        })}
        actions={headActions}
      />
      {error ? <ErrorState error={error} onRetry={retry} /> : null}

      {cmp.rows.length === 0 ? (
        <Panel className="djt-gap">
          <EmptyHint title={t('district.noSchools')} hint={t('dashboard.noSchoolsHint')} />
        </Panel>
      ) : (
        <>
          <SummaryStats
            items={[
              { key: 'districts', title: t('dashboard.districts'), value: cmp.byDistrict.length },
              { key: 'schools', title: t('dashboard.schools'), value: cmp.rows.length },
              {
                key: 'rate',
                title: t('dashboard.completionRate'),
                value: formatRate(cmp.completionRate),
                testId: 'bureau-rate',
              },
              { key: 'behind', title: t('dashboard.behind'), value: cmp.behindCount, danger: cmp.behindCount > 0 },
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
            ]}
          />

          <div className="djt-grid-2 djt-gap">
            <Panel
              title={t('dashboard.byDistrict')}
              extra={<span className="djt-muted">{t('dashboard.clickToOpen')}</span>}
            >
              <CompletionBarChart
                items={districtBars}
                ariaLabel={t('dashboard.byDistrict')}
                onBarClick={onDistrictBar}
              />
            </Panel>
            <Panel title={t('dashboard.bySchoolType')}>
              <CompletionBarChart items={typeBars} ariaLabel={t('dashboard.bySchoolType')} />
            </Panel>
          </div>

          <Panel
            className="djt-gap"
            title={t('dashboard.tableTitleOf', { rule: rule.title })}
            extra={
              canExport ? (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={onExport}
                  loading={exporting}
                  disabled={rows.length === 0}
                  data-testid="export-xlsx"
                >
                  {t('dashboard.export')}
                </Button>
              ) : null
            }
          >
            <ComparisonFilterBar filter={filter} onChange={setFilter} districts={districts} />
            {filter.missedIn ? (
              <Tag
                closable
                onClose={() => setFilter((f) => ({ ...f, missedIn: null }))}
                className="djt-filter-tag"
                data-testid="filter-missed-in"
              >
                {t('dashboard.filterMissedIn', { period: formatPeriod(kind, filter.missedIn, lang) })}
              </Tag>
            ) : null}
            <p className="djt-muted djt-count" aria-live="polite">
              <span data-testid="row-count" data-count={rows.length}>
                {t('dashboard.showing', { shown: rows.length, total: cmp.rows.length })}
              </span>
              {filtered ? ` · ${t('dashboard.filteredRate', { rate: formatRate(aggregateRate(rows)) })}` : null}
            </p>
            <ComparisonTable
              rows={rows}
              periods={cmp.periods}
              kind={kind}
              measure={rule.measure}
              sort={sort}
              onSortChange={setSort}
              showDistrict
              virtualHeight={560}
              onOpenSchool={(r) => openSchool(r.schoolId)}
              onOpenDistrict={(r) => openDistrict(r.districtId)}
              ariaLabel={t('dashboard.tableTitleOf', { rule: rule.title })}
            />
          </Panel>

          <Panel
            className="djt-gap"
            title={t('dashboard.heatmapTitleOf', { rule: rule.title })}
            extra={<span className="djt-muted">{t('dashboard.heatmapHint')}</span>}
          >
            {rows.length ? (
              <RenderWhenNear minHeight={heatmapHeight(heatRows.length) + 24}>
                <StatusHeatmap
                  periods={cmp.periods}
                  kind={kind}
                  measure={rule.measure}
                  rows={heatRows}
                  onRowClick={(r) => openSchool(r.id)}
                  ariaLabel={t('dashboard.heatmapAria', { scope: report.scope.name, rule: rule.title })}
                />
              </RenderWhenNear>
            ) : (
              <EmptyHint title={t('dashboard.noRowsMatch')} />
            )}
          </Panel>

          {/* Below the fold: asked for once the page has settled, so it never slows the table above. */}
          <RenderWhenNear minHeight={560}>
            <RankingPanel
              scopeId={bureauId}
              scopeName={report.scope.name}
              showDistrict
              canExport={canExport}
              virtualHeight={480}
              onOpenSchool={openSchool}
            />
          </RenderWhenNear>
        </>
      )}
    </div>
  );
}
