import { useDeferredValue, useMemo, useState } from 'react';
import { App, Button, Space, Tag } from 'antd';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  attentionPeriods,
  DEFAULT_SORT,
  isFilterActive,
  LABELS,
  type ComparisonFilter,
  type ComparisonSort,
  type SchoolType,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import { comparisonRowsInput, districtChoices, fetchAllPages, periodCountOf } from '../../lib/comparison-rows';
import { formatPeriod } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useLang } from '../../lib/use-lang';
import { CompletionBarChart } from '../../ui/completion-bar-chart';
import { ComparisonTable } from '../../ui/comparison-table';
import { EmptyHint, ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { RenderWhenNear } from '../../ui/render-when-near';
import { heatmapHeight, StatusHeatmap } from '../../ui/status-heatmap';
import { comparisonXlsxSpec } from '../comparison/comparison-export';
import { comparisonVariables, complianceQuery } from '../comparison/comparison.operations';
import { SummaryStats } from '../comparison/comparison-summary';
import { RankingPanel } from '../comparison/ranking-panel';
import { RulePicker, useRuleParam, withRule } from '../comparison/rule-picker';
import { useRowsPaging, useRuleComparison, type ComparisonRow } from '../comparison/use-rule-comparison';
import { ComparisonFilterBar, rateBandOf } from './comparison-filter-bar';

/** Typing in the school-name search waits this long for a pause before asking the API. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * /bureau/:bureauId?rule=… — every school of the bureau side by side under one compliance rule
 * (picked, kept in the URL): headline figures, completion by district and by school type, a
 * filterable table sortable by every column that opens worst first, the school × period heatmap
 * of the same page, the export of every row that passes the filter, and the 创先争优 table of
 * every school × every rule. Filter, sort and paging are the API's (`compliance(rows:)`): the
 * browser holds one page of rows, not the bureau's 1,600 schools.
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
  const client = useClient();
  const [filter, setFilter] = useState<ComparisonFilter>({});
  const [sort, setSort] = useState<ComparisonSort | null>(DEFAULT_SORT);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // The search box answers every keystroke; the API is asked once typing pauses.
  const search = useDebouncedValue(filter.search ?? '', SEARCH_DEBOUNCE_MS);
  const asked = useMemo<ComparisonFilter>(() => ({ ...filter, search }), [filter, search]);
  // Filter, sort and page go to the API; a new filter or sort starts again on the first page.
  const paging = useRowsPaging(JSON.stringify([ruleId, comparisonRowsInput(asked, sort, { offset: 0, limit: 1 })]));
  const rowsInput = comparisonRowsInput(asked, sort, paging.page);
  const { report, cmp, fetching, stale, error, retry } = useRuleComparison(bureauId, ruleId, rowsInput);
  const rows = cmp?.page.items ?? NO_ROWS;
  const districts = useMemo(() => (cmp ? districtChoices(cmp.byDistrict) : []), [cmp]);
  // The heatmap redraws its cells; deferring it lets the table answer a click first.
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
  const missedLast = periodCountOf(cmp.periodCounts, last).missed;
  const missedLastOn = filter.missedIn === last;
  const toggleMissedLast = () => setFilter((f) => ({ ...f, missedIn: missedLastOn ? null : last }));
  const filtered = isFilterActive(asked);
  const matching = cmp.page.total;
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
    if (asked.search?.trim()) parts.push(`${t('dashboard.searchSchool')}: ${asked.search.trim()}`);
    return `${t('dashboard.filterLabel')}: ${parts.join('; ')}`;
  };

  // Every row that passes the filter, in the order on screen, in pages of the API's maximum.
  const onExport = async () => {
    setProgress({ done: 0, total: matching });
    try {
      const all = await fetchAllPages<ComparisonRow>(
        async (page) => {
          const res = await client
            .query(complianceQuery, comparisonVariables(bureauId, ruleId, comparisonRowsInput(asked, sort, page)), {
              requestPolicy: 'network-only',
            })
            .toPromise();
          const got = res.data?.compliance?.rules.find((r) => r.rule.id === ruleId);
          if (!got) throw res.error ?? new Error('no data');
          return got.page;
        },
        (done, total) => setProgress({ done, total }),
      );
      // Loaded on demand: exceljs is a large library used by few clicks.
      const { downloadXlsx } = await import('../../lib/export-xlsx');
      await downloadXlsx(
        comparisonXlsxSpec(all, cmp.periods, kind, lang, {
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
      message.success(t('dashboard.exported', { count: all.length }));
    } catch (e) {
      message.error(errorText({ networkError: e }) || String(e));
    } finally {
      setProgress(null);
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

      {cmp.schools === 0 ? (
        <Panel className="djt-gap">
          <EmptyHint title={t('district.noSchools')} hint={t('dashboard.noSchoolsHint')} />
        </Panel>
      ) : (
        <>
          <SummaryStats
            items={[
              { key: 'districts', title: t('dashboard.districts'), value: cmp.byDistrict.length },
              { key: 'schools', title: t('dashboard.schools'), value: cmp.schools },
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
                <Space>
                  {progress ? (
                    <span className="djt-muted" role="status" data-testid="export-progress">
                      {t('dashboard.exporting', { done: progress.done, total: progress.total })}
                    </span>
                  ) : null}
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={() => void onExport()}
                    loading={!!progress}
                    disabled={matching === 0 || stale}
                    data-testid="export-xlsx"
                  >
                    {t('dashboard.export')}
                  </Button>
                </Space>
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
              <span data-testid="row-count" data-count={matching}>
                {t('dashboard.showing', { shown: matching, total: cmp.schools })}
              </span>
              {filtered ? ` · ${t('dashboard.filteredRate', { rate: formatRate(cmp.page.completionRate) })}` : null}
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
              loading={stale}
              pagination={{
                current: paging.current,
                pageSize: paging.pageSize,
                total: matching,
                onChange: paging.onChange,
              }}
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

const NO_ROWS: readonly ComparisonRow[] = [];
