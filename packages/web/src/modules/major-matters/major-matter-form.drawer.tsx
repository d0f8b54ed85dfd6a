import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  errorMessage,
  LABELS,
  MATTER_CATEGORIES,
  MATTER_LIMITS,
  matterDecidedFirstRule,
  validateMatter,
  type MatterCategory,
  type MatterDraft,
  type MatterField,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { yearMonths } from '../../lib/month-grid';
import { useLang } from '../../lib/use-lang';
import type { MatterDrawerState } from './major-matters-section';
import {
  createMajorMatterMutation,
  decisionMeetingsQuery,
  executeMajorMatterMutation,
  voteOnMajorMatterMutation,
} from './major-matters.operations';

interface Props {
  schoolId: string;
  year: number;
  state: NonNullable<MatterDrawerState>;
  onClose: () => void;
  onSaved: () => void;
}

/** The form values of a new matter (dates as the picker's). */
interface MatterValues {
  category: MatterCategory;
  title: string;
  description: string;
  amount: number | null;
  communicatedOn: Dayjs | null;
  communication: string;
}

const asDraft = (v: MatterValues): MatterDraft => ({
  category: v.category,
  title: v.title ?? '',
  description: v.description,
  amount: v.amount ?? null,
  communicatedOn: v.communicatedOn ? v.communicatedOn.format('YYYY-MM-DD') : null,
  communication: v.communication,
});

/**
 * The forms of a major matter: record one (checked as the user types with the API's own
 * validateMatter, every problem on its field), record the vote at a held 支委会 or 党员大会 of
 * the school (the counts come from that meeting's attendance), record the execution. A refusal
 * of the API shows with its translated reason; a stale version offers a reload.
 */
export function MajorMatterDrawer({ schoolId, year, state, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { lang, l } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const [serverError, setServerError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const [, create] = useMutation(createMajorMatterMutation);
  const [, vote] = useMutation(voteOnMajorMatterMutation);
  const [, execute] = useMutation(executeMajorMatterMutation);
  const [form] = Form.useForm();
  // The live check uses the default threshold; the API checks the bureau's own.
  const threshold = matterDecidedFirstRule.settings.expenditureThreshold.default;
  const range = useMemo(() => yearMonths(year), [year]);
  const [{ data: meetings }] = useQuery({
    query: decisionMeetingsQuery,
    variables: { schoolId, ...range },
    pause: state.mode !== 'vote',
  });
  const held = useMemo(
    () =>
      [...(meetings?.committee.items ?? []), ...(meetings?.members.items ?? [])]
        .filter((m) => m.heldOn && m.memberExpectedCount > 0)
        .sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? '')),
    [meetings],
  );

  const finish = async (run: () => Promise<{ error?: unknown }>, done: string) => {
    setSaving(true);
    setServerError(null);
    const res = await run();
    setSaving(false);
    if (res.error) {
      const d = describeError(res.error as Parameters<typeof describeError>[0], lang);
      setServerError({ text: d?.message ?? '', conflict: d?.reason === 'STALE_UPDATE' });
      return;
    }
    message.success(done);
    onSaved();
  };

  const rule = (field: MatterField) => ({
    validator: async () => {
      const values = form.getFieldsValue(true) as MatterValues;
      const problems = validateMatter(asDraft(values), { today, expenditureThreshold: threshold }).problems.filter(
        (p) => p.field === field,
      );
      if (problems.length)
        throw new Error(problems.map((p) => errorMessage(p.reason as never, lang, p.params ?? {})).join('；'));
    },
  });

  const title =
    state.mode === 'create'
      ? t('majorMatters.form.createTitle')
      : state.mode === 'vote'
        ? t('majorMatters.form.voteTitle', { title: state.item.title })
        : t('majorMatters.form.executeTitle', { title: state.item.title });

  const body =
    state.mode === 'create' ? (
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          category: 'DEVELOPMENT_PLAN',
          title: '',
          description: '',
          amount: null,
          communicatedOn: null,
          communication: '',
        }}
        onFinish={(v: MatterValues) =>
          finish(() => create({ input: { schoolId, ...asDraft(v) } }), t('majorMatters.record'))
        }
        onValuesChange={() => void form.validateFields({ validateOnly: false }).catch(() => undefined)}
      >
        {/* Not marked `required`: antd would put aria-required on the Select's wrapper (no role, an
            axe aria-allowed-attr finding); it always has a value, and validateMatter checks it. */}
        <Form.Item name="category" label={t('majorMatters.form.category')} rules={[rule('category')]}>
          <Select options={MATTER_CATEGORIES.map((c) => ({ value: c, label: l(LABELS.matterCategory[c]) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('majorMatters.form.title')} required rules={[rule('title')]}>
          <Input maxLength={MATTER_LIMITS.titleMax * 2} data-testid="matter-title" />
        </Form.Item>
        <Form.Item name="description" label={t('majorMatters.form.description')} rules={[rule('description')]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('majorMatters.form.amount')}
          extra={t('majorMatters.form.amountHint', { threshold })}
          rules={[rule('amount')]}
        >
          <InputNumber min={0} step={1000} style={{ width: '100%' }} data-testid="matter-amount" />
        </Form.Item>
        <Form.Item
          name="communicatedOn"
          label={t('majorMatters.form.communicatedOn')}
          extra={t('majorMatters.form.communicationHint')}
          rules={[rule('communicatedOn')]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
        </Form.Item>
        <Form.Item name="communication" label={t('majorMatters.form.communication')} rules={[rule('communication')]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    ) : state.mode === 'vote' ? (
      <Form
        form={form}
        layout="vertical"
        initialValues={{ votesFor: 0, votesAgainst: 0, abstentions: 0, deferred: false }}
        onFinish={(v: {
          meetingId: string;
          votesFor: number;
          votesAgainst: number;
          abstentions: number;
          deferred: boolean;
        }) =>
          finish(
            () => vote({ id: state.item.id, input: { ...v, version: state.item.version } }),
            t('majorMatters.voted'),
          )
        }
      >
        <Form.Item
          name="meetingId"
          label={t('majorMatters.form.meeting')}
          // A validator, not `required: true`: the latter puts aria-required on the Select's wrapper
          // (no role; axe aria-allowed-attr).
          rules={[
            {
              validator: async (_, v?: string) => {
                if (!v) throw new Error(t('majorMatters.form.noMeetings'));
              },
            },
          ]}
        >
          <Select
            data-testid="matter-meeting"
            notFoundContent={t('majorMatters.form.noMeetings')}
            options={held.map((m) => ({
              value: m.id,
              label: t('majorMatters.form.meetingOption', {
                date: formatDate(m.heldOn!, lang),
                kind: l(LABELS.meetingKind[m.kind]),
                topic: m.topic,
                expected: m.memberExpectedCount,
                present: m.memberPresentCount,
              }),
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="votesFor" label={t('majorMatters.form.votesFor')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="votesAgainst" label={t('majorMatters.form.votesAgainst')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="abstentions" label={t('majorMatters.form.abstentions')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="deferred" valuePropName="checked">
          <Checkbox>{t('majorMatters.form.deferred')}</Checkbox>
        </Form.Item>
      </Form>
    ) : (
      <Form
        form={form}
        layout="vertical"
        initialValues={{ executedOn: dayjs(today), executionNote: '' }}
        onFinish={(v: { executedOn: Dayjs; executionNote: string }) =>
          finish(
            () =>
              execute({
                id: state.item.id,
                input: {
                  executedOn: v.executedOn.format('YYYY-MM-DD'),
                  executionNote: v.executionNote,
                  version: state.item.version,
                },
              }),
            t('majorMatters.executed'),
          )
        }
      >
        <Form.Item name="executedOn" label={t('majorMatters.form.executedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
        </Form.Item>
        <Form.Item name="executionNote" label={t('majorMatters.form.executionNote')}>
          <Input.TextArea rows={3} maxLength={MATTER_LIMITS.executionNoteMax} />
        </Form.Item>
      </Form>
    );

  return (
    <Drawer
      open
      title={title}
      width={560}
      onClose={onClose}
      destroyOnClose
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="matter-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {serverError ? (
        <Alert
          type="error"
          showIcon
          className="djt-gap"
          message={serverError.conflict ? t('majorMatters.form.conflict') : serverError.text}
          action={
            serverError.conflict ? (
              <Button size="small" onClick={onSaved}>
                {t('majorMatters.form.reload')}
              </Button>
            ) : undefined
          }
          data-testid="matter-error"
        />
      ) : null}
      {body}
    </Drawer>
  );
}
