import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { completionRate, LABELS, type SchoolType } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { formatDate, formatHours, formatMonth } from '../../lib/format';
import {
  buildMonthGrid,
  countStatuses,
  defaultClassDate,
  defaultSelectedMonth,
  monthWindow,
} from '../../lib/month-grid';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { MonthStatusCell, MonthStatusTag, StatusLegend } from '../../ui/month-status-cell';
import { EmptyHint, ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { StatRow } from '../../ui/stats';
import { deleteTheoryClassMutation, schoolWorkspaceQuery, theoryClassFields } from './school.operations';

// The form (date picker, attendance table, validation) is the heaviest part of the school's
// code and is needed only after a click: it is loaded then, or on hover/focus of the button.
const loadDrawer = () => import('./theory-class-form.drawer');
const TheoryClassFormDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.TheoryClassFormDrawer })));
const preloadDrawer = () => void loadDrawer();

export type TheoryClassItem = ResultOf<typeof theoryClassFields>;

export interface SchoolOrg {
  id: string;
  name: string;
  level: 'BUREAU' | 'DISTRICT' | 'SCHOOL';
  schoolType: SchoolType | null;
  bureauId: string;
  districtId: string | null;
  schoolId: string | null;
}

type DrawerState = { mode: 'create'; date: string } | { mode: 'edit'; item: TheoryClassItem } | null;

/**
 * A school's political-theory classes month by month. The same component is the school's own
 * workspace and the read-only drill-down of district and bureau users: edit controls appear only
 * where the shared policy grants `theoryClass.write` on this school.
 */
export function SchoolWorkspace({ school }: { school: SchoolOrg }) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const { today, settings } = useSession();
  const { can } = useCan();
  const canWrite = can('theoryClass.write', school);
  const range = useMemo(() => monthWindow(today), [today]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: schoolWorkspaceQuery,
    variables: { schoolId: school.id, ...range },
    requestPolicy: 'cache-and-network',
  });
  const [, deleteClass] = useMutation(deleteTheoryClassMutation);
  const [selected, setSelected] = useState<string | undefined>();
  const [drawer, setDrawer] = useState<DrawerState>(null);

  const grid = useMemo(
    () => buildMonthGrid(data?.schoolTheoryClassMonths ?? [], data?.theoryClasses.items ?? [], today),
    [data, today],
  );
  useEffect(() => {
    if (!selected && grid.length) setSelected(defaultSelectedMonth(grid, today));
  }, [grid, selected, today]);

  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!data && fetching) return <PageSkeleton />;
  if (!data) return <ErrorState error={error ?? {}} onRetry={reload} />;

  const entry = grid.find((g) => g.month === selected) ?? grid[grid.length - 1];
  const counts = countStatuses(grid);
  const rate = completionRate(grid.map((g) => g.status));

  const onDelete = async (item: TheoryClassItem) => {
    const res = await deleteClass({ id: item.id });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('school.deleted'));
      reload();
    }
  };

  const recordButton =
    canWrite && entry ? (
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setDrawer({ mode: 'create', date: defaultClassDate(entry.month, today) })}
        onPointerEnter={preloadDrawer}
        onFocus={preloadDrawer}
        data-testid="record-class"
      >
        {t('school.record')}
      </Button>
    ) : null;

  return (
    <div className="djt-school" data-testid="school-workspace">
      <PageHead
        title={
          <>
            {school.name}
            {school.schoolType ? (
              <Tag bordered={false} className="djt-title-tag">
                {l(LABELS.schoolType[school.schoolType])}
              </Tag>
            ) : null}
          </>
        }
        subtitle={t('school.subtitle', { min: formatHours(settings.theoryClass.minClassHoursPerMonth) })}
      />

      {!canWrite ? (
        <Alert type="info" showIcon message={t('school.readOnly')} className="djt-gap" data-testid="read-only-notice" />
      ) : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}

      <Panel className="djt-gap">
        <StatRow
          items={[
            { key: 'rate', title: t('school.completion12'), value: formatRate(rate) },
            {
              key: 'met',
              title: l(LABELS.complianceStatus.MET),
              value: `${counts.MET} ${t('school.monthsUnit')}`,
            },
            {
              key: 'missed',
              title: l(LABELS.complianceStatus.MISSED),
              value: `${counts.MISSED} ${t('school.monthsUnit')}`,
              danger: counts.MISSED > 0,
            },
            { key: 'classes', title: t('school.classCount'), value: data.theoryClasses.total },
          ]}
        />
        <StatusLegend />
        <nav className="djt-strip" aria-label={t('school.monthsNav')}>
          {grid.map((g, i) => (
            <MonthStatusCell
              key={g.month}
              month={g.month}
              status={g.status}
              classHours={g.classHours}
              reason={g.reason}
              selected={g.month === entry?.month}
              current={g.isCurrent}
              onSelect={setSelected}
              showYear={i === 0 || g.month.endsWith('-01')}
            />
          ))}
        </nav>
      </Panel>

      {entry ? (
        <Panel
          className="djt-gap"
          data-testid="month-panel"
          title={
            <Space wrap size={8}>
              <span>{formatMonth(entry.month, lang)}</span>
              <span data-testid="month-panel-status">
                <MonthStatusTag status={entry.status} />
              </span>
            </Space>
          }
          extra={entry.classes.length ? recordButton : null}
        >
          <p className="djt-muted" data-testid="month-reason">
            {entry.reason}
          </p>
          {entry.classes.length === 0 ? (
            <EmptyHint
              title={t('school.emptyTitle')}
              hint={canWrite ? t('school.emptyHintWrite') : t('school.emptyHintRead')}
              action={recordButton}
            />
          ) : (
            <ul className="djt-class-list" aria-label={t('school.classList')}>
              {entry.classes.map((c) => (
                <li key={c.id} className="djt-class" data-testid="class-item">
                  <div className="djt-class__main">
                    <h3 className="djt-class-topic">{c.topic}</h3>
                    <Space wrap size={[8, 4]} className="djt-muted">
                      <span>{formatDate(c.date, lang)}</span>
                      <Tag bordered={false} color="red">
                        {l(LABELS.theoryClassKind[c.kind])}
                      </Tag>
                      <span>{t('school.lecturerValue', { name: c.lecturer })}</span>
                      <span>{l(LABELS.audience[c.audience])}</span>
                    </Space>
                    <Space wrap size={[16, 4]} className="djt-class__facts">
                      <span>{t('school.hoursValue', { hours: formatHours(c.classHours) })}</span>
                      <span data-testid="class-attendance">
                        {t('school.attendanceSummary', {
                          present: c.presentCount,
                          expected: c.expectedCount,
                          leave: c.leaveCount,
                        })}
                      </span>
                    </Space>
                    {c.leaveCount > 0 ? (
                      <p className="djt-muted djt-class__leave">
                        {t('school.leaveList')}
                        {c.attendance
                          .filter((a) => a.status === 'LEAVE')
                          .map((a) => (a.leaveReason ? `${a.personName}（${a.leaveReason}）` : a.personName))
                          .join(lang === 'en' ? ', ' : '、')}
                      </p>
                    ) : null}
                  </div>
                  {canWrite ? (
                    <Space className="djt-class__actions" size={8}>
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setDrawer({ mode: 'edit', item: c })}
                        onPointerEnter={preloadDrawer}
                        onFocus={preloadDrawer}
                        aria-label={t('school.editNamed', { topic: c.topic })}
                        data-testid="edit-class"
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('school.deleteTitle')}
                        description={t('school.deleteHint')}
                        okText={t('common.delete')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => onDelete(c)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('school.deleteNamed', { topic: c.topic })}
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
        </Panel>
      ) : (
        <EmptyHint title={t('school.noMonths')} />
      )}

      {canWrite && drawer ? (
        <Suspense fallback={null}>
          <TheoryClassFormDrawer
            schoolId={school.id}
            initial={drawer.mode === 'edit' ? drawer.item : null}
            defaultDate={drawer.mode === 'create' ? drawer.date : undefined}
            onClose={() => setDrawer(null)}
            onSaved={(saved) => {
              setDrawer(null);
              setSelected(saved.date.slice(0, 7));
              reload();
            }}
            onConflict={reload}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
