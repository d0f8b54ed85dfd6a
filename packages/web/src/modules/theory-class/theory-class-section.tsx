import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LABELS, theoryClassMonthlyRule } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { formatDate, formatMonth } from '../../lib/format';
import {
  buildMonthGrid,
  countStatuses,
  defaultClassDate,
  defaultSelectedMonth,
  yearMonths,
} from '../../lib/month-grid';
import { formatMeasure } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useLang } from '../../lib/use-lang';
import { EmptyHint, ErrorState, SkeletonBlock } from '../../ui/page-states';
import { Panel } from '../../ui/panel';
import { PeriodStatusCell, StatusLegend, StatusTag } from '../../ui/status-cell';
import { StatRow } from '../../ui/stats';
import type { RecordSectionProps } from '../record-module';
import type { ScorecardRule } from '../school/school-checklist';
import { deleteTheoryClassMutation, theoryClassesQuery, type TheoryClassItem } from './theory-class.operations';

// The form (date picker, attendance table, validation) is the heaviest part of the school's
// code and is needed only after a click: it is loaded then, or on hover/focus of the button.
const loadDrawer = () => import('./theory-class-form.drawer');
const TheoryClassFormDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.TheoryClassFormDrawer })));
const preloadDrawer = () => void loadDrawer();

type DrawerState = { mode: 'create'; date: string } | { mode: 'edit'; item: TheoryClassItem } | null;

/**
 * 思想政治课 (§二.1) in the school workspace: the module's section (see ./index.ts). Draws the
 * scorecard's monthly class rule, if the registry has it.
 */
export function TheoryClassSection({ scorecard, ...props }: RecordSectionProps) {
  const rule = scorecard.rules.find((r) => r.rule.id === theoryClassMonthlyRule.id);
  return rule ? <MonthlyClasses {...props} rule={rule} /> : null;
}

/**
 * One school's classes of one year, month by month: the statuses and reasons of the scorecard's
 * monthly rule, and the classes recorded, with the form to record or change one. Edit controls
 * appear only where the shared policy grants `theoryClass.write` on this school (`canWrite`);
 * district and bureau users get the same view read-only.
 */
function MonthlyClasses({
  schoolId,
  year,
  rule,
  canWrite,
  onChanged,
}: Omit<RecordSectionProps, 'scorecard'> & {
  /** The scorecard's entry for the monthly class rule: its months' statuses and reasons. */
  rule: ScorecardRule;
}) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const range = useMemo(() => yearMonths(year), [year]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: theoryClassesQuery,
    variables: { schoolId, ...range },
    requestPolicy: 'cache-and-network',
  });
  const [, deleteClass] = useMutation(deleteTheoryClassMutation);
  const [selected, setSelected] = useState<string | undefined>();
  const [drawer, setDrawer] = useState<DrawerState>(null);

  const months = useMemo(
    () =>
      rule.periods.map((p) => ({
        month: p.period,
        status: p.status,
        value: p.value,
        records: p.records,
        reason: p.reason,
      })),
    [rule],
  );
  const grid = useMemo(() => buildMonthGrid(months, data?.theoryClasses.items ?? [], today), [months, data, today]);
  useEffect(() => {
    if (!selected && grid.length) setSelected(defaultSelectedMonth(grid, today));
  }, [grid, selected, today]);

  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };

  if (!data && fetching) return <SkeletonBlock rows={8} />;
  if (!data) return <ErrorState error={error ?? {}} onRetry={reload} />;

  const entry = grid.find((g) => g.month === selected) ?? grid[grid.length - 1];
  const counts = countStatuses(grid);

  const onDelete = async (item: TheoryClassItem) => {
    const res = await deleteClass({ id: item.id });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('theoryClass.deleted'));
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
        {t('theoryClass.record')}
      </Button>
    ) : null;

  return (
    <section className="djt-gap" aria-labelledby="theory-class-title" data-testid="theory-class-section">
      <Panel
        title={
          <span id="theory-class-title">
            {rule.rule.title}
            <span className="djt-muted djt-col-sub">{rule.rule.section}</span>
          </span>
        }
      >
        <StatRow
          items={[
            { key: 'rate', title: t('theoryClass.completionYear', { year }), value: formatRate(rule.completionRate) },
            {
              key: 'met',
              title: l(LABELS.complianceStatus.MET),
              value: `${counts.MET} ${t('theoryClass.monthsUnit')}`,
            },
            {
              key: 'missed',
              title: l(LABELS.complianceStatus.MISSED),
              value: `${counts.MISSED} ${t('theoryClass.monthsUnit')}`,
              danger: counts.MISSED > 0,
            },
            { key: 'classes', title: t('theoryClass.classCount'), value: data.theoryClasses.total },
          ]}
        />
        <StatusLegend />
        <nav className="djt-strip" aria-label={t('theoryClass.monthsNav')}>
          {grid.map((g, i) => (
            <PeriodStatusCell
              key={g.month}
              period={g.month}
              status={g.status}
              value={g.value}
              measure={rule.rule.measure}
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
                <StatusTag status={entry.status} />
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
              title={t('theoryClass.emptyTitle')}
              hint={canWrite ? t('theoryClass.emptyHintWrite') : t('theoryClass.emptyHintRead')}
              action={recordButton}
            />
          ) : (
            <ul className="djt-class-list" aria-label={t('theoryClass.classList')}>
              {entry.classes.map((c) => (
                <li key={c.id} className="djt-class" data-testid="class-item">
                  <div className="djt-class__main">
                    <h3 className="djt-class-topic">{c.topic}</h3>
                    <Space wrap size={[8, 4]} className="djt-muted">
                      <span>{formatDate(c.date, lang)}</span>
                      <Tag bordered={false} color="red">
                        {l(LABELS.theoryClassKind[c.kind])}
                      </Tag>
                      <span>{t('theoryClass.lecturerValue', { name: c.lecturer })}</span>
                      <span>{l(LABELS.audience[c.audience])}</span>
                    </Space>
                    <div className="djt-class__facts">
                      <Space wrap size={[16, 4]}>
                        <span>{formatMeasure(c.classHours, rule.rule.measure)}</span>
                        <span data-testid="class-attendance">
                          {t('theoryClass.attendanceSummary', {
                            present: c.presentCount,
                            expected: c.expectedCount,
                            leave: c.leaveCount,
                          })}
                        </span>
                      </Space>
                    </div>
                    {c.leaveCount > 0 ? (
                      <p className="djt-muted djt-class__leave">
                        {t('theoryClass.leaveList')}
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
                        aria-label={t('theoryClass.editNamed', { topic: c.topic })}
                        data-testid="edit-class"
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('theoryClass.deleteTitle')}
                        description={t('theoryClass.deleteHint')}
                        okText={t('common.delete')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => onDelete(c)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('theoryClass.deleteNamed', { topic: c.topic })}
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
        <EmptyHint title={t('theoryClass.noMonths')} />
      )}

      {canWrite && drawer ? (
        <Suspense fallback={null}>
          <TheoryClassFormDrawer
            schoolId={schoolId}
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
    </section>
  );
}
