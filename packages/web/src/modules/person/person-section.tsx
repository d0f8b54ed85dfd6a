import { lazy, Suspense, useState } from 'react';
import { App, Button, Input, Space, Switch, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LABELS } from '@djt/shared';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/use-lang';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { EmptyHint, ErrorState, SkeletonBlock } from '../../ui/page-states';
import { Panel } from '../../ui/panel';
import type { RecordSectionProps } from '../record-module';
import { personTransfersQuery, rosterQuery, type PersonItem } from './person.operations';
import './person.css';

// Everything past the list is loaded on first use (or hover/focus of its button): the form,
// the transfer and leave dialogs, and the importer with exceljs.
const loadForm = () => import('./person-form.drawer');
const loadActions = () => import('./person-actions.modal');
const loadImport = () => import('./person-import.drawer');
const PersonFormDrawer = lazy(() => loadForm().then((m) => ({ default: m.PersonFormDrawer })));
const TransferModal = lazy(() => loadActions().then((m) => ({ default: m.TransferModal })));
const LeaveModal = lazy(() => loadActions().then((m) => ({ default: m.LeaveModal })));
const PersonImportDrawer = lazy(() => loadImport().then((m) => ({ default: m.PersonImportDrawer })));

const PAGE = 50;

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; person: PersonItem }
  | { kind: 'transfer'; person: PersonItem }
  | { kind: 'leave'; person: PersonItem }
  | { kind: 'import' }
  | null;

/**
 * 人员名册 in the school workspace: the school's members and staff, searchable and paged, with
 * add/edit, transfer, leave, Excel import and export where the shared policy grants
 * `person.write` on this school (`canWrite`). District and bureau users see the same list
 * read-only, with phone and ID numbers masked by the API.
 */
export function PersonSection({ schoolId, canWrite }: RecordSectionProps) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const client = useClient();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [includeLeft, setIncludeLeft] = useState(false);
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<Open>(null);
  const [exporting, setExporting] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: rosterQuery,
    variables: { schoolId, search: debounced || null, includeLeft, offset: page * PAGE, limit: PAGE },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: transfers }, refetchTransfers] = useQuery({ query: personTransfersQuery, variables: { schoolId } });

  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchTransfers({ requestPolicy: 'network-only' });
  };
  const close = () => setOpen(null);
  const done = () => {
    close();
    reload();
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const { exportRoster } = await import('./person-excel');
      await exportRoster({ client, schoolId, includeLeft, lang, sheetName: t('people.sheetName') });
    } catch (e) {
      message.error(errorText(e as never) || String(e));
    } finally {
      setExporting(false);
    }
  };

  if (!data && fetching) return <SkeletonBlock rows={8} />;
  if (!data) return <ErrorState error={error ?? {}} onRetry={reload} />;
  const { items, total } = data.people;
  const pages = Math.max(1, Math.ceil(total / PAGE));

  return (
    <section className="djt-gap" aria-labelledby="people-title" data-testid="people-section">
      <Panel
        title={<span id="people-title">{t('people.title')}</span>}
        extra={
          <Space wrap size={8}>
            {canWrite ? (
              <>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setOpen({ kind: 'create' })}
                  onPointerEnter={() => void loadForm()}
                  data-testid="add-person"
                >
                  {t('people.add')}
                </Button>
                <Button
                  icon={<UploadOutlined />}
                  onClick={() => setOpen({ kind: 'import' })}
                  onPointerEnter={() => void loadImport()}
                  data-testid="import-people"
                >
                  {t('people.import')}
                </Button>
              </>
            ) : null}
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="export-people">
              {exporting ? t('people.exporting') : t('people.export')}
            </Button>
          </Space>
        }
      >
        <Space wrap size={12} className="djt-people-filters">
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
            placeholder={t('people.searchPlaceholder')}
            aria-label={t('people.searchPlaceholder')}
            style={{ width: 260 }}
            data-testid="people-search"
          />
          <label className="djt-muted">
            <Switch
              size="small"
              checked={includeLeft}
              onChange={(v) => {
                setIncludeLeft(v);
                setPage(0);
              }}
            />{' '}
            {t('people.showLeft')}
          </label>
          <span className="djt-muted" data-testid="people-total">
            {t('people.total', { count: total })}
          </span>
        </Space>
        {!canWrite ? <p className="djt-muted">{t('people.maskedHint')}</p> : null}
        {items.length === 0 ? (
          <EmptyHint title={t('people.empty')} />
        ) : (
          <div className="djt-people-scroll">
            <table className="djt-people" data-testid="people-table">
              <thead>
                <tr>
                  <th scope="col">{l({ zh: '工号', en: 'Staff no.' })}</th>
                  <th scope="col">{l({ zh: '姓名', en: 'Name' })}</th>
                  <th scope="col">{l({ zh: '性别', en: 'Gender' })}</th>
                  <th scope="col">{l({ zh: '类别', en: 'Category' })}</th>
                  <th scope="col">{l({ zh: '政治面貌', en: 'Party status' })}</th>
                  <th scope="col">{l({ zh: '党内职务', en: 'Party post' })}</th>
                  <th scope="col">{l({ zh: '党小组', en: 'Party group' })}</th>
                  <th scope="col">{l({ zh: '联系电话', en: 'Phone' })}</th>
                  {canWrite ? <th scope="col">{t('people.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-testid="person-row">
                    <td>{p.staffNo}</td>
                    <td>
                      {p.name}
                      {p.leftOn ? (
                        <Tag bordered={false} className="djt-people-left">
                          {t('people.leftTag', { date: formatDate(p.leftOn, lang) })}
                        </Tag>
                      ) : null}
                    </td>
                    <td>{l(LABELS.gender[p.gender])}</td>
                    <td>{l(LABELS.staffCategory[p.category])}</td>
                    <td>
                      {l(LABELS.partyStatus[p.partyStatus])}
                      {p.partyStatus === 'PROBATIONARY' && p.fullMemberOn ? (
                        <span className="djt-muted"> → {formatDate(p.fullMemberOn, lang)}</span>
                      ) : null}
                    </td>
                    <td>{p.partyPost ? l(LABELS.partyPost[p.partyPost]) : ''}</td>
                    <td>{p.partyGroup ?? ''}</td>
                    <td>{p.phone ?? ''}</td>
                    {canWrite ? (
                      <td>
                        {p.leftOn ? null : (
                          <Space size={4}>
                            <Button
                              size="small"
                              icon={<EditOutlined />}
                              aria-label={t('people.editNamed', { name: p.name })}
                              onClick={() => setOpen({ kind: 'edit', person: p })}
                              onPointerEnter={() => void loadForm()}
                              data-testid="edit-person"
                            />
                            <Button size="small" onClick={() => setOpen({ kind: 'transfer', person: p })}>
                              {t('people.transfer')}
                            </Button>
                            <Button size="small" onClick={() => setOpen({ kind: 'leave', person: p })}>
                              {t('people.leave')}
                            </Button>
                          </Space>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pages > 1 ? (
          <Space className="djt-people-pager" size={8}>
            <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
              ‹
            </Button>
            <span>
              {page + 1} / {pages}
            </span>
            <Button size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)} data-testid="next-page">
              ›
            </Button>
          </Space>
        ) : null}
      </Panel>

      {transfers && transfers.personTransfers.total > 0 ? (
        <Panel className="djt-gap" title={t('people.transfers.title')}>
          <ul className="djt-people-transfers">
            {transfers.personTransfers.items.map((x) => (
              <li key={x.id}>
                {formatDate(x.onDate, lang)} · {x.personName} ·{' '}
                {t(`people.transfers.${x.direction}`, { school: x.otherSchoolName })}
                {x.note ? <span className="djt-muted">（{x.note}）</span> : null}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      {canWrite && open ? (
        <Suspense fallback={null}>
          {open.kind === 'create' || open.kind === 'edit' ? (
            <PersonFormDrawer
              schoolId={schoolId}
              initial={open.kind === 'edit' ? open.person : null}
              onClose={close}
              onSaved={done}
            />
          ) : open.kind === 'transfer' ? (
            <TransferModal schoolId={schoolId} person={open.person} onClose={close} onDone={done} />
          ) : open.kind === 'leave' ? (
            <LeaveModal person={open.person} onClose={close} onDone={done} />
          ) : (
            <PersonImportDrawer schoolId={schoolId} onClose={close} onImported={reload} />
          )}
        </Suspense>
      ) : null}
    </section>
  );
}
