import { Button, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, HistoryOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  charCount,
  LABELS,
  MEETING_ATTENDANCE_STATUSES,
  MEETING_LIMITS,
  type MeetingAttendanceStatus,
  type PartyStatus,
} from '@djt/shared';
import { useLang } from '../../lib/use-lang';

/** One expected person's row: the same shape as a class's attendance, with absent. */
export interface MeetingAttendanceRow {
  personId: string;
  personName: string;
  status: MeetingAttendanceStatus;
  leaveReason?: string | null;
  partyStatus?: PartyStatus | null;
}

export interface MeetingPersonOption {
  id: string;
  name: string;
  partyStatus: PartyStatus;
}

interface Props {
  id?: string;
  value?: MeetingAttendanceRow[];
  onChange?: (rows: MeetingAttendanceRow[]) => void;
  /** The school's people (up to the page limit), to pick from. */
  people: readonly MeetingPersonOption[];
  /** Its Party members, for "add all members". */
  members: readonly MeetingPersonOption[];
  /** The meeting has not been held: no attendance yet. */
  disabled?: boolean;
  /** Messages per personId (leave without reason, duplicates, not in the school). */
  rowProblems?: Record<string, string>;
  /** Starts from the people of the last meeting of the kind (enter once). */
  onReuseLast: () => void;
}

/**
 * Everyone expected at a meeting (应到), each present, on leave with a reason, or absent. Start
 * from the last meeting's people or all Party members, then mark the few who were not there.
 * Probationary members attend but do not vote; non-members sit in and do not count for a quorum.
 */
export function MeetingAttendanceEditor({
  id,
  value = [],
  onChange,
  people,
  members,
  disabled,
  rowProblems = {},
  onReuseLast,
}: Props) {
  const { t } = useTranslation();
  const { l } = useLang();
  const chosen = new Set(value.map((r) => r.personId));
  const update = (rows: MeetingAttendanceRow[]) => onChange?.(rows);
  const row = (p: MeetingPersonOption): MeetingAttendanceRow => ({
    personId: p.id,
    personName: p.name,
    status: 'PRESENT',
    leaveReason: null,
    partyStatus: p.partyStatus,
  });
  const patch = (personId: string, p: Partial<MeetingAttendanceRow>) =>
    update(value.map((r) => (r.personId === personId ? { ...r, ...p } : r)));

  if (disabled)
    return (
      <Space direction="vertical" id={id} data-testid="meeting-attendance-disabled">
        <Typography.Text type="secondary">{t('meetings.form.attendanceNotHeld')}</Typography.Text>
        {value.length ? (
          <Button size="small" onClick={() => update([])}>
            {t('meetings.form.clearAttendance')}
          </Button>
        ) : null}
      </Space>
    );

  const n = (s: MeetingAttendanceStatus) => value.filter((r) => r.status === s).length;
  return (
    <div id={id} className="djt-attendance" data-testid="meeting-attendance-editor">
      <Space wrap style={{ width: '100%' }}>
        <Button icon={<HistoryOutlined />} onClick={onReuseLast} data-testid="reuse-last-attendance">
          {t('meetings.form.reuseLast')}
        </Button>
        <Button
          icon={<UsergroupAddOutlined />}
          onClick={() => update([...value, ...members.filter((p) => !chosen.has(p.id)).map(row)])}
          disabled={members.every((p) => chosen.has(p.id))}
          data-testid="add-all-members"
        >
          {t('meetings.form.addMembers', { count: members.length })}
        </Button>
        <Select
          showSearch
          value={null}
          placeholder={t('meetings.form.addAttendee')}
          aria-label={t('meetings.form.addAttendee')}
          optionFilterProp="label"
          notFoundContent={t('meetings.form.noPeople')}
          onSelect={(pid: string | null) => {
            const p = people.find((x) => x.id === pid);
            if (p && !chosen.has(p.id)) update([...value, row(p)]);
          }}
          options={people.filter((p) => !chosen.has(p.id)).map((p) => ({ value: p.id, label: p.name }))}
          style={{ minWidth: 180 }}
          data-testid="meeting-attendee-search"
        />
      </Space>
      <Typography.Text type="secondary" className="djt-attendance__summary" aria-live="polite">
        {t('meetings.form.attendanceCounts', {
          expected: value.length,
          present: n('PRESENT'),
          leave: n('LEAVE'),
          absent: n('ABSENT'),
        })}
      </Typography.Text>
      {value.length > 0 ? (
        <Table<MeetingAttendanceRow>
          size="small"
          rowKey="personId"
          pagination={value.length > 50 ? { pageSize: 50, size: 'small' } : false}
          dataSource={value}
          aria-label={t('meetings.form.attendance')}
          columns={[
            {
              key: 'name',
              title: t('meetings.form.person'),
              width: 150,
              render: (_, r) => (
                <span>
                  {r.personName}
                  {r.partyStatus === 'PROBATIONARY' ? (
                    <Tag style={{ marginInlineStart: 4 }} title={t('meetings.form.probationary')}>
                      {l(LABELS.partyStatus.PROBATIONARY)}
                    </Tag>
                  ) : r.partyStatus === 'NONE' ? (
                    <Tag style={{ marginInlineStart: 4 }} title={t('meetings.form.nonMember')}>
                      {l(LABELS.partyStatus.NONE)}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            {
              key: 'status',
              title: t('meetings.form.status'),
              render: (_, r) => (
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Radio.Group
                    size="small"
                    optionType="button"
                    value={r.status}
                    aria-label={t('meetings.form.statusOf', { name: r.personName })}
                    onChange={(e) => patch(r.personId, { status: e.target.value as MeetingAttendanceStatus })}
                    options={MEETING_ATTENDANCE_STATUSES.map((s) => ({
                      value: s,
                      label: l(LABELS.meetingAttendance[s]),
                    }))}
                  />
                  {r.status === 'LEAVE' ? (
                    <Input
                      size="small"
                      value={r.leaveReason ?? ''}
                      count={{ max: MEETING_LIMITS.leaveReasonMax, strategy: charCount }}
                      placeholder={t('meetings.form.leaveReason')}
                      aria-label={t('meetings.form.leaveReasonOf', { name: r.personName })}
                      status={rowProblems[r.personId] ? 'error' : undefined}
                      onChange={(e) => patch(r.personId, { leaveReason: e.target.value })}
                    />
                  ) : null}
                  {rowProblems[r.personId] ? (
                    <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
                      {rowProblems[r.personId]}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            {
              key: 'remove',
              width: 44,
              render: (_, r) => (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('meetings.form.removeAttendee', { name: r.personName })}
                  onClick={() => update(value.filter((x) => x.personId !== r.personId))}
                />
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
