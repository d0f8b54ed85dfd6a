import { useMemo, useState } from 'react';
import { App, Button, Input } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.provider';
import { searchRanking, sortRanking, DEFAULT_RANKING_SORT, type RankingSort } from '../../lib/ranking';
import { useLang } from '../../lib/use-lang';
import { ErrorState, SkeletonBlock } from '../../ui/page-states';
import { Panel } from '../../ui/panel';
import { RankingTable } from '../../ui/ranking-table';
import { rankingXlsxSpec } from './comparison-export';
import { schoolRankingQuery } from './comparison.operations';

/**
 * 创先争优 of a district or the bureau: every school × every rule with the annual score and
 * rank (schoolRanking). Searchable, sortable by every column, exportable as shown.
 */
export function RankingPanel({
  scopeId,
  scopeName,
  showDistrict,
  canExport,
  virtualHeight,
  onOpenSchool,
}: {
  scopeId: string;
  scopeName: string;
  showDistrict?: boolean;
  canExport: boolean;
  virtualHeight?: number;
  onOpenSchool: (schoolId: string) => void;
}) {
  const { t } = useTranslation();
  const { lang, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const [sort, setSort] = useState<RankingSort | null>(DEFAULT_RANKING_SORT);
  const [search, setSearch] = useState('');
  const [exporting, setExporting] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: schoolRankingQuery,
    variables: { scopeId, year: null },
    requestPolicy: 'cache-and-network',
  });
  const ranking = data?.schoolRanking;
  const rows = useMemo(
    () => (ranking ? sortRanking(searchRanking(ranking.rows, search), sort) : []),
    [ranking, search, sort],
  );
  const title = ranking ? t('ranking.title', { year: ranking.year }) : t('ranking.titleNoYear');

  const onExport = async () => {
    if (!ranking) return;
    setExporting(true);
    try {
      const { downloadXlsx } = await import('../../lib/export-xlsx');
      await downloadXlsx(
        rankingXlsxSpec(rows, ranking.rules, lang, {
          title: `${scopeName} — ${title}`,
          exportedAt: `${t('dashboard.exportedAt')}: ${today}`,
          rank: t('ranking.col.rank'),
          school: t('dashboard.col.school'),
          district: t('dashboard.col.district'),
          districtRank: t('ranking.col.districtRank'),
          schoolType: t('dashboard.col.schoolType'),
          score: t('ranking.col.score'),
          sheet: t('ranking.sheetName'),
          fileName: `${t('ranking.fileName')}-${scopeName}-${ranking.year}`,
        }),
      );
      message.success(t('dashboard.exported', { count: rows.length }));
    } catch (e) {
      message.error(errorText({ networkError: e }) || String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Panel
      className="djt-gap"
      title={title}
      data-testid="ranking"
      extra={
        canExport && ranking ? (
          <Button icon={<DownloadOutlined />} onClick={onExport} loading={exporting} data-testid="export-ranking">
            {t('dashboard.export')}
          </Button>
        ) : null
      }
    >
      <p className="djt-muted djt-panel__intro">{t('ranking.hint')}</p>
      {ranking ? (
        <>
          <Input.Search
            allowClear
            placeholder={t('dashboard.searchSchool')}
            aria-label={t('dashboard.searchSchool')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 220, marginBottom: 8 }}
            data-testid="ranking-search"
          />
          <RankingTable
            rows={rows}
            rules={ranking.rules}
            sort={sort}
            onSortChange={setSort}
            showDistrict={showDistrict}
            virtualHeight={virtualHeight}
            onOpenSchool={(r) => onOpenSchool(r.schoolId)}
            ariaLabel={title}
          />
        </>
      ) : fetching ? (
        <SkeletonBlock rows={6} />
      ) : (
        <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
    </Panel>
  );
}
