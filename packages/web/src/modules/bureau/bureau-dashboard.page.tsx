import { useDeferredValue, useMemo, useState } from 'react';
import { App, Button, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { addMonths, LABELS, monthOf, type SchoolType } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import {
  aggregateRate,
  DEFAULT_SORT,
  districtOptions,
  filterAndSort,
  isFilterActive,
  type ComparisonFilter,
  type ComparisonSort,
} from '../../lib/comparison-filter';
import { formatMonth } from '../../lib/format';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { CompletionBarChart } from '../../ui/completion-bar-chart';
import { ComparisonTable } from '../../ui/comparison-table';
import { EmptyHint, ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { RenderWhenNear } from '../../ui/render-when-near';
import { StatusHeatmap } from '../../ui/status-heatmap';
import { comparisonRequestPolicy, theoryClassComparisonQuery } from '../comparison/comparison.operations';
import { SummaryStats } from '../comparison/comparison-summary';
import { comparisonXlsxSpec } from './comparison-export';
import { ComparisonFilterBar, rateBandOf } from './comparison-filter-bar';

/**
 * /bureau/:bureauId — every school of the bureau side by side for the monthly class: headline
 * figures, completion by district and by school type, a filterable sortable table (virtual, for
 * 1,600 schools), the heatmap of the same rows, and the export of exactly what is shown.
 */
export function BureauDashboardPage() {
  const { bureauId = '' } = useParams();
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const { can } = useCan();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ComparisonFilter>({});
  const [sort, setSort] = useState<ComparisonSort | null>(DEFAULT_SORT);
  const [exporting, setExporting] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: theoryClassComparisonQuery,
    variables: { scopeId: bureauId, fromMonth: null, months: 12 },
    requestPolicy: comparisonRequestPolicy(bureauId),
  });
  const cmp = data?.theoryClassComparison;
  const rows = useMemo(() => (cmp ? filterAndSort(cmp.rows, filter, sort, cmp.months) : []), [cmp, filter, sort]);
  const districts = useMemo(() => (cmp ? districtOptions(cmp.rows) : []), [cmp]);
  // The heatmap redraws 19,200 cells; deferring it lets the table answer a click first.
  const deferredRows = useDeferredValue(rows);
  const heatRows = useMemo(
    () =>
      deferredRows.map((r) => ({
        id: r.schoolId,
        label: r.schoolName,
        statuses: r.statuses,
        classHours: r.classHours,
      })),
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

  if (!cmp && fetching) return <PageSkeleton />;
  if (!cmp) return <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  const lastMonth = addMonths(monthOf(today), -1);
  const lastLabel = formatMonth(lastMonth, lang);
  const lastIdx = cmp.months.indexOf(lastMonth);
  const missedLast = lastIdx < 0 ? 0 : cmp.rows.filter((r) => r.statuses[lastIdx] === 'MISSED').length;
  const missedLastOn = filter.missedIn === lastMonth;
  const toggleMissedLast = () => setFilter((f) => ({ ...f, missedIn: missedLastOn ? null : lastMonth }));
  const filtered = isFilterActive(filter);
  const canExport = can('compliance.export', cmp.scope);

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
    if (filter.missedIn) parts.push(t('dashboard.filterMissedIn', { month: formatMonth(filter.missedIn, lang) }));
    if (filter.search?.trim()) parts.push(`${t('dashboard.searchSchool')}: ${filter.search.trim()}`);
    return `${t('dashboard.filterLabel')}: ${parts.join('; ')}`;
  };

  const onExport = async () => {
    setExporting(true);
    try {
      // Loaded on demand: exceljs is a large library used by few clicks.
      const { downloadXlsx } = await import('../../lib/export-xlsx');
      await downloadXlsx(
        comparisonXlsxSpec(rows, cmp.months, lang, {
          title: `${cmp.scope.name} — ${t('dashboard.title')}`,
          filterLine: describeFilter(),
          exportedAt: `${t('dashboard.exportedAt')}: ${today}`,
          school: t('dashboard.col.school'),
          district: t('dashboard.col.district'),
          schoolType: t('dashboard.col.schoolType'),
          completionRate: t('dashboard.col.completionRate'),
          met: t('dashboard.col.met'),
          missed: t('dashboard.col.missed'),
          sheet: t('dashboard.sheetName'),
          fileName: `${t('dashboard.fileName')}-${cmp.scope.name}-${today}`,
        }),
      );
      message.success(t('dashboard.exported', { count: rows.length }));
    } catch (e) {
      message.error(errorText({ networkError: e }) || String(e));
    } finally {
      setExporting(false);
    }
  };

  const openDistrict = (id: string) => navigate(orgPath({ id, level: 'DISTRICT' }));
  const onDistrictBar = (it: { key: string }) => openDistrict(it.key);
  const openSchool = (id: string) => navigate(orgPath({ id, level: 'SCHOOL' }));

  return (
    <div data-testid="bureau-dashboard">
      <PageHead
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle', {
          scope: cmp.scope.name,
          from: formatMonth(cmp.months[0] ?? monthOf(today), lang),
          to: formatMonth(cmp.months[cmp.months.length - 1] ?? monthOf(today), lang),
        })}
      />
      {error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}

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
              {
                key: 'missed',
                title: t('district.missedLast', { month: lastLabel }),
                value: missedLast,
                danger: missedLast > 0,
                testId: 'missed-last',
                onClick: missedLast > 0 || missedLastOn ? toggleMissedLast : undefined,
                active: missedLastOn,
                actionLabel: t('dashboard.showMissedIn', { count: missedLast, month: lastLabel }),
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
            title={t('dashboard.tableTitle')}
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
                {t('dashboard.filterMissedIn', { month: formatMonth(filter.missedIn, lang) })}
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
              months={cmp.months}
              sort={sort}
              onSortChange={setSort}
              showDistrict
              virtualHeight={560}
              onOpenSchool={(r) => openSchool(r.schoolId)}
              onOpenDistrict={(r) => openDistrict(r.districtId)}
              ariaLabel={t('dashboard.tableTitle')}
            />
          </Panel>

          <Panel
            className="djt-gap"
            title={t('dashboard.heatmapTitle')}
            extra={<span className="djt-muted">{t('dashboard.heatmapHint')}</span>}
          >
            {rows.length ? (
              <RenderWhenNear minHeight={680}>
                <StatusHeatmap
                  months={cmp.months}
                  rows={heatRows}
                  onRowClick={(r) => openSchool(r.id)}
                  ariaLabel={t('dashboard.heatmapAria', { scope: cmp.scope.name })}
                />
              </RenderWhenNear>
            ) : (
              <EmptyHint title={t('dashboard.noRowsMatch')} />
            )}
          </Panel>
        </>
      )}
    </div>
  );
}
