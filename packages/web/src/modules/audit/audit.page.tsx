import { useMemo, useState } from 'react';
import { App, Button, DatePicker, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.provider';
import { downloadXlsx, type XlsxColumn } from '../../lib/export-xlsx';
import { useCan } from '../../lib/use-can';
import { ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import './audit.css';
import { changeLines, changesText, lineText } from './audit-changes';
import {
  AUDIT_ENTITIES,
  AUDIT_EXPORT_CAP,
  AUDIT_MAX_LIMIT,
  auditOrgQuery,
  auditEntityLabelKey,
  auditQuery,
  type AuditRow,
} from './audit.operations';

const NOT_FOUND = { graphQLErrors: [{ extensions: { code: 'NOT_FOUND' } }] };
const SHOWN_CHANGES = 3;
const fmtTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

/**
 * /audit/:orgId — the audit trail of an organisation and everything below it (`audit.read`:
 * bureau admin, district admin, school secretary), newest first, filtered by record kind, date
 * range and person, paged by the API, and exported whole to Excel in pages of the API's maximum.
 */
export function AuditPage() {
  const { orgId = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const { can } = useCan();
  const client = useClient();

  const roleOrg = me?.roles.find((r) => r.organisation.id === orgId)?.organisation;
  const [{ data: orgData, fetching: orgFetching }] = useQuery({
    query: auditOrgQuery,
    variables: { id: orgId },
    pause: !!roleOrg || !orgId,
  });
  const org = roleOrg ?? orgData?.organisation;
  const canRead = can('audit.read', org);

  const [entity, setEntity] = useState<string | undefined>();
  const [actorUserId, setActorUserId] = useState<string | undefined>();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [to, setTo] = useState<Dayjs | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [actors, setActors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const filters = useMemo(
    () => ({
      scopeId: orgId,
      entity: entity ?? null,
      actorUserId: actorUserId ?? null,
      from: from ? from.format('YYYY-MM-DD') : null,
      to: to ? to.format('YYYY-MM-DD') : null,
    }),
    [orgId, entity, actorUserId, from, to],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: auditQuery,
    variables: { ...filters, offset: (page - 1) * pageSize, limit: pageSize },
    requestPolicy: 'cache-and-network',
    pause: !canRead,
  });
  const items = data?.audit.items;
  const total = data?.audit.total ?? 0;

  // The people seen so far become the choices of the person filter.
  const seen = useMemo(() => {
    const next = { ...actors };
    if (me) next[me.userId] = me.displayName;
    for (const r of items ?? []) if (r.actorUserId) next[r.actorUserId] = r.actorName ?? r.actorUserId;
    return next;
  }, [actors, items, me]);
  if (Object.keys(seen).length !== Object.keys(actors).length) setActors(seen);

  const entityLabel = (e: string) => t(auditEntityLabelKey(e), { defaultValue: e });
  const actorLabel = (r: AuditRow) => r.actorName ?? (r.actorUserId ? r.actorUserId : t('audit.system'));
  const actionLabel = (a: string) => t(`audit.actions.${a}`, { defaultValue: a });

  const columns: TableColumnsType<AuditRow> = [
    { key: 'at', title: t('audit.col.at'), width: 170, render: (_, r) => <time dateTime={r.at}>{fmtTime(r.at)}</time> },
    { key: 'actor', title: t('audit.col.actor'), width: 120, render: (_, r) => actorLabel(r) },
    { key: 'org', title: t('audit.col.org'), width: 180, dataIndex: 'orgName' },
    {
      key: 'action',
      title: t('audit.col.action'),
      width: 80,
      render: (_, r) => (
        <Tag className={`djt-audit__action djt-audit__action--${r.action}`} bordered={false} data-testid="audit-action">
          {actionLabel(r.action)}
        </Tag>
      ),
    },
    {
      key: 'record',
      title: t('audit.col.record'),
      width: 160,
      render: (_, r) => (
        <span data-testid="audit-record" data-entity={r.entity}>
          {entityLabel(r.entity)} <span className="djt-muted">#{r.entityId}</span>
        </span>
      ),
    },
    {
      key: 'changes',
      title: t('audit.col.changes'),
      render: (_, r) => {
        const lines = changeLines(r.changes);
        if (!lines.length) return <span className="djt-muted">—</span>;
        return (
          <ul className="djt-audit__changes" title={lines.map(lineText).join('\n')}>
            {lines.slice(0, SHOWN_CHANGES).map((l) => (
              <li key={l.field}>{lineText(l)}</li>
            ))}
            {lines.length > SHOWN_CHANGES ? (
              <li className="djt-muted">{t('audit.moreChanges', { count: lines.length - SHOWN_CHANGES })}</li>
            ) : null}
          </ul>
        );
      },
    },
  ];

  const onExport = async () => {
    const count = Math.min(total, AUDIT_EXPORT_CAP);
    const rows: AuditRow[] = [];
    setProgress({ done: 0, total: count });
    try {
      for (let offset = 0; offset < count; offset += AUDIT_MAX_LIMIT) {
        const res = await client
          .query(
            auditQuery,
            { ...filters, offset, limit: Math.min(AUDIT_MAX_LIMIT, count - offset) },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (!res.data) throw res.error ?? new Error('no data');
        rows.push(...res.data.audit.items);
        setProgress({ done: rows.length, total: count });
        if (res.data.audit.items.length === 0) break;
      }
      const xlsxColumns: XlsxColumn<AuditRow>[] = [
        { header: t('audit.col.at'), width: 20, value: (r) => fmtTime(r.at) },
        { header: t('audit.col.actor'), width: 14, value: actorLabel },
        { header: t('audit.col.org'), width: 28, value: (r) => r.orgName },
        { header: t('audit.col.action'), width: 8, value: (r) => actionLabel(r.action) },
        { header: t('audit.col.kind'), width: 14, value: (r) => entityLabel(r.entity) },
        { header: t('audit.col.id'), width: 10, value: (r) => r.entityId },
        { header: t('audit.col.changes'), width: 80, value: (r) => changesText(r.changes) },
      ];
      await downloadXlsx({
        fileName: `${t('audit.fileName')}-${dayjs().format('YYYYMMDD')}`,
        sheetName: t('audit.title'),
        title: [
          `${t('audit.title')} · ${org?.name ?? ''}`,
          `${t('dashboard.exportedAt')}：${dayjs().format('YYYY-MM-DD')}`,
        ],
        columns: xlsxColumns,
        rows,
      });
      if (total > AUDIT_EXPORT_CAP)
        message.warning(
          t('audit.exportCapped', { cap: AUDIT_EXPORT_CAP.toLocaleString(), total: total.toLocaleString() }),
        );
      else message.success(t('audit.exported', { count: rows.length }));
    } catch {
      message.error(t('audit.exportFailed'));
    } finally {
      setProgress(null);
    }
  };

  if (!org && orgFetching) return <PageSkeleton label={t('audit.title')} />;
  if (!canRead)
    return (
      <>
        <h1 className="djt-visually-hidden">{t('audit.title')}</h1>
        <ErrorState error={NOT_FOUND} />
      </>
    );
  if (!data && fetching) return <PageSkeleton label={t('audit.title')} />;

  const resetPage = () => setPage(1);
  const exportButton = (
    <Space>
      {progress ? (
        <span className="djt-muted" role="status" data-testid="audit-export-progress">
          {t('audit.exporting', { done: progress.done, total: progress.total })}
        </span>
      ) : null}
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void onExport()}
        loading={!!progress}
        disabled={!total}
        data-testid="audit-export"
      >
        {t('dashboard.export')}
      </Button>
    </Space>
  );

  return (
    <div data-testid="audit-page">
      <PageHead title={t('audit.title')} subtitle={t('audit.subtitle', { org: org?.name ?? '' })} />
      <Panel title={t('audit.entriesTitle')} extra={exportButton}>
        <Space wrap size={[8, 8]} className="djt-filters" role="search" aria-label={t('dashboard.filters')}>
          <Select<string>
            allowClear
            style={{ width: 160 }}
            aria-label={t('audit.col.kind')}
            placeholder={t('audit.allKinds')}
            value={entity}
            onChange={(v) => {
              setEntity(v);
              resetPage();
            }}
            options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
            data-testid="audit-filter-entity"
          />
          <label className="djt-visually-hidden" htmlFor="audit-from">
            {t('audit.from')}
          </label>
          <DatePicker
            id="audit-from"
            placeholder={t('audit.from')}
            value={from}
            onChange={(d) => {
              setFrom(d);
              resetPage();
            }}
            data-testid="audit-filter-from"
          />
          <label className="djt-visually-hidden" htmlFor="audit-to">
            {t('audit.to')}
          </label>
          <DatePicker
            id="audit-to"
            placeholder={t('audit.to')}
            value={to}
            onChange={(d) => {
              setTo(d);
              resetPage();
            }}
            data-testid="audit-filter-to"
          />
          <Select<string>
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 160 }}
            aria-label={t('audit.col.actor')}
            placeholder={t('audit.allPeople')}
            value={actorUserId}
            onChange={(v) => {
              setActorUserId(v);
              resetPage();
            }}
            options={Object.entries(actors).map(([value, label]) => ({ value, label }))}
            data-testid="audit-filter-actor"
          />
        </Space>
        {error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
        <Table<AuditRow>
          rowKey="id"
          size="small"
          className="djt-gap"
          columns={columns}
          dataSource={items ?? []}
          loading={fetching}
          scroll={{ x: 900 }}
          data-testid="audit-table"
          locale={{ emptyText: t('audit.empty') }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => t('audit.total', { count: n }),
            onChange: (p, s) => {
              setPage(s !== pageSize ? 1 : p);
              setPageSize(s);
            },
          }}
        />
      </Panel>
    </div>
  );
}
