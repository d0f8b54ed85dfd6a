import { lazy, Suspense, useMemo, useState } from 'react';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LABELS, MAJOR_MATTERS_RULES } from '@djt/shared';
import { formatDate } from '../../lib/format';
import { formatPeriod } from '../../lib/periods';
import { useLang } from '../../lib/use-lang';
import { EmptyHint, ErrorState, SkeletonBlock } from '../../ui/page-states';
import { Panel } from '../../ui/panel';
import { StatusTag } from '../../ui/status-cell';
import './major-matters.css';
import type { RecordSectionProps } from '../record-module';
import {
  deleteMajorMatterMutation,
  majorMattersQuery,
  proposeMajorMatterMutation,
  type MajorMatterItem,
} from './major-matters.operations';

// The forms (matter, vote, execution) are needed only after a click: their own chunk.
const loadDrawer = () => import('./major-matter-form.drawer');
const MajorMatterDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.MajorMatterDrawer })));
const preloadDrawer = () => void loadDrawer();

export type MatterDrawerState =
  | { mode: 'create' }
  | { mode: 'vote'; item: MajorMatterItem }
  | { mode: 'execute'; item: MajorMatterItem }
  | null;

const RULE_IDS = new Set<string>(MAJOR_MATTERS_RULES.map((r) => r.id));

/**
 * The decision flow as steps: recorded → prior communication → on the agenda → decided →
 * executed. The current step is marked; a rejected decision, a vote without quorum, or an
 * execution before the decision shows as an error on its step.
 */
function flowOf(m: MajorMatterItem): { current: number; error: boolean } {
  const noQuorum = m.state === 'PROPOSED' && m.votes.some((v) => v.result === 'NO_QUORUM');
  switch (m.state) {
    case 'DRAFT':
      return { current: m.communicatedOn ? 1 : 0, error: false };
    case 'PROPOSED':
      return { current: noQuorum ? 3 : 2, error: noQuorum };
    case 'DECIDED':
      return { current: 3, error: m.outcome === 'REJECTED' };
    case 'EXECUTED':
      return { current: 4, error: m.executedBeforeDecision };
  }
}

/**
 * 重大事项 (三重一大) in the school workspace: the year's decision rules and the matters, each
 * with its flow as steps. Edit controls only where the shared policy grants `majorMatters.write`
 * (`canWrite`); the district and the bureau get the same view read-only, with their guidance.
 */
export function MajorMattersSection({ schoolId, year, scorecard, canWrite, onChanged }: RecordSectionProps) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: majorMattersQuery,
    variables: { schoolId, year },
    requestPolicy: 'cache-and-network',
  });
  const [, propose] = useMutation(proposeMajorMatterMutation);
  const [, remove] = useMutation(deleteMajorMatterMutation);
  const [drawer, setDrawer] = useState<MatterDrawerState>(null);
  const rules = useMemo(() => scorecard.rules.filter((r) => RULE_IDS.has(r.rule.id)), [scorecard]);
  const stepTitles = [
    t('majorMatters.steps.draft'),
    t('majorMatters.steps.communication'),
    t('majorMatters.steps.proposed'),
    t('majorMatters.steps.decided'),
    t('majorMatters.steps.executed'),
  ];

  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const onPropose = async (m: MajorMatterItem) => {
    const res = await propose({ id: m.id, version: m.version });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('majorMatters.proposed'));
      reload();
    }
  };
  const onDelete = async (m: MajorMatterItem) => {
    const res = await remove({ id: m.id, version: m.version });
    if (res.error) message.error(errorText(res.error));
    else {
      message.success(t('majorMatters.deleted'));
      reload();
    }
  };

  const recordButton = canWrite ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setDrawer({ mode: 'create' })}
      onPointerEnter={preloadDrawer}
      onFocus={preloadDrawer}
      data-testid="record-matter"
    >
      {t('majorMatters.record')}
    </Button>
  ) : null;
  const items = data?.majorMatters.items ?? [];

  return (
    <section className="djt-gap" aria-labelledby="matters-title" data-testid="matters-section">
      <Panel title={<span id="matters-title">{t('majorMatters.rulesTitle')}</span>}>
        <ul className="djt-class-list">
          {rules.map((r) => (
            <li key={r.rule.id} data-testid="matter-rule" data-rule={r.rule.id}>
              <Space wrap size={8}>
                <strong>{r.rule.title}</strong>
                {r.current ? (
                  <>
                    <span className="djt-muted">{formatPeriod(r.rule.period, r.current.period, lang)}</span>
                    <StatusTag status={r.current.status} />
                  </>
                ) : null}
              </Space>
              {r.current ? <p className="djt-muted">{r.current.reason}</p> : null}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel
        className="djt-gap"
        title={
          <Space wrap size={8}>
            <span>{t('majorMatters.listTitle', { year })}</span>
            {data ? (
              <span className="djt-muted">{t('majorMatters.count', { count: data.majorMatters.total })}</span>
            ) : null}
          </Space>
        }
        extra={recordButton}
      >
        {!data && fetching ? (
          <SkeletonBlock rows={6} />
        ) : !data ? (
          <ErrorState error={error ?? {}} onRetry={reload} />
        ) : items.length === 0 ? (
          <EmptyHint
            title={t('majorMatters.emptyTitle')}
            hint={canWrite ? t('majorMatters.emptyHintWrite') : t('majorMatters.emptyHintRead')}
            action={recordButton}
          />
        ) : (
          <ul className="djt-class-list" aria-label={t('majorMatters.listTitle', { year })}>
            {items.map((m) => {
              const flow = flowOf(m);
              return (
                <li key={m.id} className="djt-class" data-testid="matter-item" data-state={m.state}>
                  <div className="djt-class__main">
                    <h3 className="djt-class-topic">{m.title}</h3>
                    <Space wrap size={[8, 4]} className="djt-muted">
                      <Tag bordered={false} color="red">
                        {l(LABELS.matterCategory[m.category])}
                      </Tag>
                      <Tag bordered={false}>{l(LABELS.matterState[m.state])}</Tag>
                      {m.outcome ? (
                        <Tag className="djt-matter-outcome" color={m.outcome === 'APPROVED' ? 'green' : 'orange'}>
                          {l(LABELS.matterOutcome[m.outcome])}
                        </Tag>
                      ) : null}
                      {m.amount != null ? (
                        <span>{t('majorMatters.amountValue', { amount: m.amount.toLocaleString() })}</span>
                      ) : null}
                      {m.executedBeforeDecision ? (
                        <Tag color="error" data-testid="matter-violation">
                          {t('majorMatters.violation')}
                        </Tag>
                      ) : null}
                      {m.communicatedLate ? <Tag color="warning">{t('majorMatters.communicatedLate')}</Tag> : null}
                    </Space>
                    <ol className="djt-matter-steps" aria-label={t('majorMatters.flow')} data-testid="matter-steps">
                      {stepTitles.map((title, i) => {
                        const done = i < flow.current || (i === flow.current && m.state === 'EXECUTED' && !flow.error);
                        const state =
                          i === flow.current && flow.error
                            ? 'error'
                            : done
                              ? 'done'
                              : i === flow.current
                                ? 'current'
                                : 'todo';
                        return (
                          <li
                            key={title}
                            className={`djt-matter-steps__step djt-matter-steps__step--${state}`}
                            aria-current={i === flow.current ? 'step' : undefined}
                          >
                            {title}
                          </li>
                        );
                      })}
                    </ol>
                    {m.communicatedOn ? (
                      <p className="djt-muted">
                        {t('majorMatters.communicatedOn', { date: formatDate(m.communicatedOn, lang) })}
                        {m.communication ? ` · ${m.communication}` : ''}
                      </p>
                    ) : null}
                    {m.votes.map((v) => (
                      <p key={v.id} className={v.result === 'NO_QUORUM' ? 'djt-text-danger' : 'djt-muted'}>
                        {v.result === 'NO_QUORUM'
                          ? t('majorMatters.noQuorum', {
                              date: formatDate(v.heldOn, lang),
                              expected: v.memberExpected,
                              present: v.memberPresent,
                            })
                          : t('majorMatters.decidedAt', {
                              date: formatDate(v.heldOn, lang),
                              for: v.votesFor,
                              against: v.votesAgainst,
                              abstain: v.abstentions,
                              expected: v.memberExpected,
                              present: v.memberPresent,
                            })}
                      </p>
                    ))}
                    {m.executedOn ? (
                      <p className={m.executedBeforeDecision ? 'djt-text-danger' : 'djt-muted'}>
                        {t('majorMatters.executedOn', { date: formatDate(m.executedOn, lang) })}
                        {m.executionNote ? ` · ${m.executionNote}` : ''}
                      </p>
                    ) : null}
                    {m.comments.length ? (
                      <div aria-label={t('majorMatters.comments')}>
                        <strong>{t('majorMatters.comments')}</strong>
                        {m.comments.map((c) => (
                          <p key={c.id} className="djt-muted" data-testid="matter-comment">
                            {c.authorOrgName}：{c.body}
                          </p>
                        ))}
                      </div>
                    ) : null}
                  </div>
                  {canWrite ? (
                    <Space className="djt-class__actions" size={8} wrap>
                      {m.state === 'DRAFT' ? (
                        <>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => void onPropose(m)}
                            data-testid="matter-propose"
                          >
                            {t('majorMatters.propose')}
                          </Button>
                          <Popconfirm
                            title={t('majorMatters.deleteTitle')}
                            okText={t('common.delete')}
                            okButtonProps={{ danger: true }}
                            cancelText={t('common.cancel')}
                            onConfirm={() => onDelete(m)}
                          >
                            <Button size="small" danger icon={<DeleteOutlined />}>
                              {t('common.delete')}
                            </Button>
                          </Popconfirm>
                        </>
                      ) : null}
                      {m.state === 'PROPOSED' || (m.state === 'DECIDED' && m.outcome === 'DEFERRED') ? (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setDrawer({ mode: 'vote', item: m })}
                          onPointerEnter={preloadDrawer}
                          data-testid="matter-vote"
                        >
                          {t('majorMatters.vote')}
                        </Button>
                      ) : null}
                      {m.state === 'DECIDED' && m.outcome === 'APPROVED' ? (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setDrawer({ mode: 'execute', item: m })}
                          onPointerEnter={preloadDrawer}
                          data-testid="matter-execute"
                        >
                          {t('majorMatters.execute')}
                        </Button>
                      ) : null}
                    </Space>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Panel>

      {canWrite && drawer ? (
        <Suspense fallback={null}>
          <MajorMatterDrawer
            schoolId={schoolId}
            year={year}
            state={drawer}
            onClose={() => setDrawer(null)}
            onSaved={() => {
              setDrawer(null);
              reload();
            }}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
