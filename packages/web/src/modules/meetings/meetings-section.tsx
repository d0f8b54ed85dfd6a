import { lazy, Suspense, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { App, Button, Popconfirm, Radio, Space, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  errorMessage,
  FILE_LIMITS,
  fileProblem,
  formatBytes,
  LABELS,
  MEETING_ATTACHMENT_KINDS,
  MEETING_KINDS,
  MEETINGS_RULES,
  type MeetingAttachmentKind,
  type MeetingKind,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { formatDate } from '../../lib/format';
import { yearMonths } from '../../lib/month-grid';
import { formatPeriod } from '../../lib/periods';
import { useLang } from '../../lib/use-lang';
import { EmptyHint, ErrorState, SkeletonBlock } from '../../ui/page-states';
import { Panel } from '../../ui/panel';
import { StatusTag } from '../../ui/status-cell';
import type { RecordSectionProps } from '../record-module';
import {
  addMeetingAttachmentMutation,
  deleteMeetingAttachmentMutation,
  deleteMeetingMutation,
  meetingAttachmentQuery,
  meetingsQuery,
  type MeetingItem,
} from './meetings.operations';
import './meetings.css';

// The form (dates, people pickers, attendance table, validation) is needed only after a click.
const loadDrawer = () => import('./meeting-form.drawer');
const MeetingFormDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.MeetingFormDrawer })));
const preloadDrawer = () => void loadDrawer();

type DrawerState = { mode: 'create'; kind: MeetingKind } | { mode: 'edit'; item: MeetingItem } | null;
const RULE_IDS = new Set<string>(MEETINGS_RULES.map((r) => r.id));
/** Meetings shown at first (a school records some 60 a year); the rest on request. */
const FIRST_SHOWN = 20;

/** Bytes as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * 三会一课 (§四.2) in the school workspace: this period's status of each meeting rule, and the
 * year's meetings with their attendance, ideological-work item and files. Edit controls appear
 * only where the shared policy grants `meetings.write` on this school (`canWrite`); district and
 * bureau users get the same view read-only (leave reasons masked by the API).
 */
export function MeetingsSection({ schoolId, year, scorecard, canWrite, onChanged }: RecordSectionProps) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const client = useClient();
  const [kind, setKind] = useState<MeetingKind | 'ALL'>('ALL');
  const [shown, setShown] = useState(FIRST_SHOWN);
  const range = useMemo(() => yearMonths(year), [year]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: meetingsQuery,
    variables: { schoolId, kind: kind === 'ALL' ? null : kind, ...range },
    requestPolicy: 'cache-and-network',
  });
  const [, deleteMeeting] = useMutation(deleteMeetingMutation);
  const [, addAttachment] = useMutation(addMeetingAttachmentMutation);
  const [, deleteAttachment] = useMutation(deleteMeetingAttachmentMutation);
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [fileKind, setFileKind] = useState<MeetingAttachmentKind>('MINUTES');
  const [uploading, setUploading] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const uploadFor = useRef<string | null>(null);
  const rules = scorecard.rules.filter((r) => RULE_IDS.has(r.rule.id));

  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  const onDelete = async (item: MeetingItem) => {
    const res = await deleteMeeting({ id: item.id });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('meetings.deleted'));
      reload();
    }
  };

  /** The file picked for a meeting: checked here with the API's own rule, then sent base64-encoded. */
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    const meetingId = uploadFor.current;
    e.target.value = '';
    if (!file || !meetingId) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = fileProblem(bytes);
    if (problem) {
      message.error(errorMessage(problem.reason, lang, 'params' in problem ? problem.params : {}));
      return;
    }
    setUploading(meetingId);
    const res = await addAttachment({
      meetingId,
      input: { kind: fileKind, fileName: file.name.slice(0, FILE_LIMITS.nameMax), contentBase64: toBase64(bytes) },
    });
    setUploading(null);
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('meetings.uploaded'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const download = async (id: string) => {
    const res = await client.query(meetingAttachmentQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    const f = res.data?.meetingAttachment;
    if (!f) {
      message.error(errorText(res.error));
      return;
    }
    const bin = atob(f.contentBase64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: f.contentType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = f.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const onRemoveFile = async (id: string) => {
    const res = await deleteAttachment({ id });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('meetings.fileRemoved'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const recordButton = canWrite ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setDrawer({ mode: 'create', kind: kind === 'ALL' ? 'BRANCH_COMMITTEE' : kind })}
      onPointerEnter={preloadDrawer}
      onFocus={preloadDrawer}
      data-testid="record-meeting"
    >
      {t('meetings.record')}
    </Button>
  ) : null;

  const items = data?.meetings.items ?? [];
  return (
    <section className="djt-gap" aria-labelledby="meetings-title" data-testid="meetings-section">
      <Panel title={<span id="meetings-title">{t('meetings.rulesTitle')}</span>}>
        <ul className="djt-meeting-rules">
          {rules.map((r) => (
            <li key={r.rule.id} data-testid="meeting-rule" data-rule={r.rule.id}>
              <div className="djt-meeting-rules__head">
                <strong>{r.rule.title}</strong>
                {r.current ? (
                  <>
                    <span className="djt-muted">{formatPeriod(r.rule.period, r.current.period, lang)}</span>
                    <StatusTag status={r.current.status} />
                  </>
                ) : null}
              </div>
              {r.current ? <p className="djt-muted djt-meeting-rules__reason">{r.current.reason}</p> : null}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel
        className="djt-gap"
        title={
          <Space wrap size={8}>
            <span>{t('meetings.listTitle', { year })}</span>
            {data ? <span className="djt-muted">{t('meetings.count', { count: data.meetings.total })}</span> : null}
          </Space>
        }
        extra={recordButton}
      >
        <Radio.Group
          className="djt-meeting-filter"
          size="small"
          optionType="button"
          value={kind}
          aria-label={t('meetings.kindFilter')}
          onChange={(e) => {
            setKind(e.target.value as MeetingKind | 'ALL');
            setShown(FIRST_SHOWN);
          }}
          options={[
            { value: 'ALL', label: t('meetings.allKinds') },
            ...MEETING_KINDS.map((k) => ({ value: k, label: l(LABELS.meetingKind[k]) })),
          ]}
          data-testid="meeting-kind-filter"
        />
        {canWrite ? (
          <input
            ref={fileInput}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            hidden
            aria-hidden
            tabIndex={-1}
            onChange={(e) => void onFile(e)}
          />
        ) : null}
        {!data && fetching ? (
          <SkeletonBlock rows={6} />
        ) : !data ? (
          <ErrorState error={error ?? {}} onRetry={reload} />
        ) : items.length === 0 ? (
          <EmptyHint
            title={t('meetings.emptyTitle')}
            hint={canWrite ? t('meetings.emptyHintWrite') : t('meetings.emptyHintRead')}
            action={recordButton}
          />
        ) : (
          <ul className="djt-class-list" aria-label={t('meetings.listTitle', { year })}>
            {items.slice(0, shown).map((m) => (
              <li key={m.id} className="djt-class" data-testid="meeting-item" data-kind={m.kind} data-state={m.state}>
                <div className="djt-class__main">
                  <h3 className="djt-class-topic">{m.topic}</h3>
                  <Space wrap size={[8, 4]} className="djt-muted">
                    <Tag bordered={false} color="red">
                      {l(LABELS.meetingKind[m.kind])}
                    </Tag>
                    {m.heldOn ? (
                      <span>{t('meetings.held', { date: formatDate(m.heldOn, lang) })}</span>
                    ) : (
                      <Tag bordered={false} color={m.plannedOn < today ? 'warning' : 'blue'}>
                        {t('meetings.planned', { date: formatDate(m.plannedOn, lang) })}
                      </Tag>
                    )}
                    {m.partyGroup ? <span>{t('meetings.partyGroupValue', { name: m.partyGroup })}</span> : null}
                    {m.hostName ? <span>{t('meetings.hostValue', { name: m.hostName })}</span> : null}
                    {m.place ? <span>{t('meetings.placeValue', { place: m.place })}</span> : null}
                  </Space>
                  {m.heldOn ? (
                    <div className="djt-class__facts">
                      <Space wrap size={[16, 4]}>
                        <span data-testid="meeting-attendance">
                          {t('meetings.attendanceSummary', {
                            expected: m.expectedCount,
                            present: m.presentCount,
                            leave: m.leaveCount,
                            absent: m.absentCount,
                          })}
                        </span>
                        {m.quorumMet != null ? (
                          <span className={m.quorumMet ? undefined : 'djt-text-danger'}>
                            {t(m.quorumMet ? 'meetings.quorumMet' : 'meetings.quorumNotMet', {
                              present: m.memberPresentCount,
                              expected: m.memberExpectedCount,
                            })}
                            {' · '}
                            {t('meetings.votes', { count: m.votingPresentCount })}
                          </span>
                        ) : null}
                        {m.countsAsTheoryClass && m.classHours != null ? (
                          <Tag bordered={false} color="gold" className="djt-meeting-class-tag">
                            {t('meetings.countsAsClass', { hours: m.classHours })}
                          </Tag>
                        ) : null}
                      </Space>
                    </div>
                  ) : null}
                  {m.concentratedEducation && m.heldOn ? (
                    m.ideologicalWork ? (
                      <p className="djt-muted">{t('meetings.ideologicalWork', { text: m.ideologicalWork })}</p>
                    ) : (
                      <Tag color="error" data-testid="meeting-item-missing">
                        {t('meetings.ideologicalMissing')}
                      </Tag>
                    )
                  ) : null}
                  {m.resolutions ? (
                    <p className="djt-muted">{t('meetings.resolutions', { text: m.resolutions })}</p>
                  ) : null}
                  {m.attachments.length || canWrite ? (
                    <div className="djt-meeting-files" aria-label={t('meetings.attachments')}>
                      {m.attachments.map((f) => (
                        <Space key={f.id} size={2}>
                          <Button
                            type="link"
                            size="small"
                            icon={<PaperClipOutlined />}
                            onClick={() => void download(f.id)}
                            aria-label={t('meetings.download', { name: f.fileName })}
                            data-testid="meeting-file"
                          >
                            {l(LABELS.meetingAttachmentKind[f.kind])} · {f.fileName} ({formatBytes(f.sizeBytes)})
                          </Button>
                          {canWrite ? (
                            <Popconfirm
                              title={t('meetings.removeFileTitle')}
                              okText={t('common.delete')}
                              okButtonProps={{ danger: true }}
                              cancelText={t('common.cancel')}
                              onConfirm={() => onRemoveFile(f.id)}
                            >
                              <Button
                                type="text"
                                size="small"
                                icon={<DeleteOutlined />}
                                aria-label={t('meetings.removeFile', { name: f.fileName })}
                              />
                            </Popconfirm>
                          ) : null}
                        </Space>
                      ))}
                      {canWrite ? (
                        <Space size={4}>
                          {/* A native select: antd's would put its 30 KiB into the workspace's first page. */}
                          <select
                            className="djt-native-select"
                            value={fileKind}
                            onChange={(e) => setFileKind(e.target.value as MeetingAttachmentKind)}
                            aria-label={t('meetings.attachmentKind')}
                          >
                            {MEETING_ATTACHMENT_KINDS.map((k) => (
                              <option key={k} value={k}>
                                {l(LABELS.meetingAttachmentKind[k])}
                              </option>
                            ))}
                          </select>
                          <Button
                            size="small"
                            icon={<UploadOutlined />}
                            loading={uploading === m.id}
                            title={t('meetings.uploadHint', { max: formatBytes(FILE_LIMITS.maxBytes) })}
                            onClick={() => {
                              uploadFor.current = m.id;
                              fileInput.current?.click();
                            }}
                            data-testid="meeting-upload"
                          >
                            {t('meetings.upload')}
                          </Button>
                        </Space>
                      ) : null}
                    </div>
                  ) : null}
                </div>
                {canWrite ? (
                  <Space className="djt-class__actions" size={8}>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setDrawer({ mode: 'edit', item: m })}
                      onPointerEnter={preloadDrawer}
                      onFocus={preloadDrawer}
                      aria-label={t('meetings.editNamed', { topic: m.topic })}
                      data-testid="edit-meeting"
                    >
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('meetings.deleteTitle')}
                      description={t('meetings.deleteHint')}
                      okText={t('common.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onDelete(m)}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('meetings.deleteNamed', { topic: m.topic })}
                      >
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {items.length > shown ? (
          <Button block onClick={() => setShown((n) => n + FIRST_SHOWN * 2)} data-testid="meetings-more">
            {t('meetings.showMore', { count: items.length - shown })}
          </Button>
        ) : null}
      </Panel>

      {canWrite && drawer ? (
        <Suspense fallback={null}>
          <MeetingFormDrawer
            schoolId={schoolId}
            initial={drawer.mode === 'edit' ? drawer.item : null}
            defaultKind={drawer.mode === 'create' ? drawer.kind : undefined}
            onClose={() => setDrawer(null)}
            onSaved={() => {
              setDrawer(null);
              reload();
            }}
            onConflict={reload}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
