import { useEffect, useMemo, useState } from 'react';
import { Button, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  charCount,
  LABELS,
  THEORY_CLASS_LIMITS,
  type Audience,
  type AttendanceStatus,
  type PartyStatus,
} from '@djt/shared';
import { useLang } from '../../lib/use-lang';
import { peopleQuery } from './theory-class.operations';

export interface AttendanceRow {
  personId: string;
  personName: string;
  status: AttendanceStatus;
  leaveReason?: string | null;
  partyStatus?: PartyStatus | null;
}

export interface PersonOption {
  id: string;
  name: string;
  partyStatus: PartyStatus;
}

interface AttendanceEditorProps {
  id?: string;
  value?: AttendanceRow[];
  onChange?: (rows: AttendanceRow[]) => void;
  schoolId: string;
  audience: Audience;
  /** Everyone in the audience (up to the page limit), for "add everyone". */
  audiencePeople: readonly PersonOption[];
  /** Attendance is not recorded for a class that has not happened yet. */
  disabled?: boolean;
  /** Messages per personId (leave without reason, not in the audience). */
  rowProblems?: Record<string, string>;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/**
 * Who attended: pick people of the school by name (server search, Party members only when the
 * class is for members), or add the whole audience at once and mark the few on leave — the
 * common case in a school of 40 teachers, and far fewer clicks.
 */
export function AttendanceEditor({
  id,
  value = [],
  onChange,
  schoolId,
  audience,
  audiencePeople,
  disabled,
  rowProblems = {},
}: AttendanceEditorProps) {
  const { t } = useTranslation();
  const { l } = useLang();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: peopleQuery,
    variables: { schoolId, search: term || null, partyMembersOnly: audience === 'MEMBERS', limit: 50 },
    pause: disabled,
  });
  const chosen = useMemo(() => new Set(value.map((r) => r.personId)), [value]);
  const options = (data?.people.items ?? []).filter((p) => !chosen.has(p.id));

  const update = (rows: AttendanceRow[]) => onChange?.(rows);
  const add = (p: PersonOption) => {
    if (chosen.has(p.id)) return;
    update([
      ...value,
      { personId: p.id, personName: p.name, status: 'PRESENT', leaveReason: null, partyStatus: p.partyStatus },
    ]);
  };
  const addAll = () => {
    const extra = audiencePeople
      .filter((p) => !chosen.has(p.id))
      .map<AttendanceRow>((p) => ({
        personId: p.id,
        personName: p.name,
        status: 'PRESENT',
        leaveReason: null,
        partyStatus: p.partyStatus,
      }));
    update([...value, ...extra]);
  };
  const patch = (personId: string, p: Partial<AttendanceRow>) =>
    update(value.map((r) => (r.personId === personId ? { ...r, ...p } : r)));
  const remove = (personId: string) => update(value.filter((r) => r.personId !== personId));

  if (disabled) {
    return (
      <Typography.Text type="secondary" id={id} data-testid="attendance-disabled">
        {t('theoryClass.form.attendanceFuture')}
      </Typography.Text>
    );
  }

  const present = value.filter((r) => r.status === 'PRESENT').length;
  const leave = value.length - present;

  return (
    <div id={id} className="djt-attendance" data-testid="attendance-editor">
      <Space.Compact style={{ width: '100%' }}>
        <Select
          showSearch
          value={null}
          placeholder={
            audience === 'MEMBERS' ? t('theoryClass.form.searchMembers') : t('theoryClass.form.searchPeople')
          }
          aria-label={t('theoryClass.form.addAttendee')}
          filterOption={false}
          searchValue={search}
          onSearch={setSearch}
          onSelect={(pid) => {
            const p = data?.people.items.find((x) => x.id === pid);
            if (p) add(p);
            setSearch('');
          }}
          loading={fetching}
          notFoundContent={fetching ? t('common.loading') : t('theoryClass.form.noPeople')}
          options={options.map((p) => ({
            value: p.id,
            label: (
              <span>
                {p.name}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l(LABELS.partyStatus[p.partyStatus])}
                </Typography.Text>
              </span>
            ),
          }))}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="attendee-search"
        />
        <Button
          icon={<UsergroupAddOutlined />}
          onClick={addAll}
          disabled={audiencePeople.every((p) => chosen.has(p.id))}
          data-testid="add-all-attendees"
        >
          {t('theoryClass.form.addAll', { count: audiencePeople.length })}
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary" className="djt-attendance__summary" aria-live="polite">
        {t('theoryClass.form.attendanceCounts', { present, leave })}
      </Typography.Text>
      {value.length > 0 ? (
        <Table<AttendanceRow>
          size="small"
          rowKey="personId"
          pagination={value.length > 50 ? { pageSize: 50, size: 'small' } : false}
          dataSource={value}
          aria-label={t('theoryClass.form.attendance')}
          columns={[
            {
              key: 'name',
              title: t('theoryClass.form.person'),
              width: 110,
              render: (_, r) => (
                <span>
                  {r.personName}
                  {r.partyStatus && r.partyStatus !== 'NONE' ? null : r.partyStatus === 'NONE' &&
                    audience === 'MEMBERS' ? (
                    <Tag color="error" style={{ marginInlineStart: 4 }}>
                      {l(LABELS.partyStatus.NONE)}
                    </Tag>
                  ) : null}
                </span>
              ),
            },
            {
              key: 'status',
              title: t('theoryClass.form.status'),
              render: (_, r) => (
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Radio.Group
                    size="small"
                    optionType="button"
                    value={r.status}
                    aria-label={t('theoryClass.form.statusOf', { name: r.personName })}
                    onChange={(e) => patch(r.personId, { status: e.target.value as AttendanceStatus })}
                    options={[
                      { value: 'PRESENT', label: l(LABELS.attendance.PRESENT) },
                      { value: 'LEAVE', label: l(LABELS.attendance.LEAVE) },
                    ]}
                  />
                  {r.status === 'LEAVE' ? (
                    <Input
                      size="small"
                      value={r.leaveReason ?? ''}
                      count={{ max: THEORY_CLASS_LIMITS.leaveReasonMax, strategy: charCount }}
                      placeholder={t('theoryClass.form.leaveReason')}
                      aria-label={t('theoryClass.form.leaveReasonOf', { name: r.personName })}
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
                  aria-label={t('theoryClass.form.removeAttendee', { name: r.personName })}
                  onClick={() => remove(r.personId)}
                />
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
