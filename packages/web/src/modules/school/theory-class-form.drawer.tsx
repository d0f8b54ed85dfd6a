import { useMemo, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Drawer, Form, Grid, Input, InputNumber, Radio, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  AUDIENCES,
  errorMessage,
  LABELS,
  LIMITS,
  THEORY_CLASS_KINDS,
  type Audience,
  type TheoryClassKind,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { describeError, REASON_FIELDS } from '../../lib/errors';
import {
  isFutureDate,
  validateTheoryClass,
  type DraftField,
  type DraftProblems,
} from '../../lib/theory-class-validation';
import { useLang } from '../../lib/use-lang';
import { AttendanceEditor, type AttendanceRow } from './attendance-editor';
import { createTheoryClassMutation, peopleQuery, updateTheoryClassMutation } from './school.operations';
import type { TheoryClassItem } from './school-workspace';

interface FormValues {
  topic: string;
  date: Dayjs | null;
  classHours: number | null;
  kind: TheoryClassKind;
  lecturer: string;
  audience: Audience;
  expectedCount: number | null;
  attendance: AttendanceRow[];
}

interface Props {
  schoolId: string;
  /** The class to edit; null to create one. */
  initial: TheoryClassItem | null;
  defaultDate?: string;
  onClose: () => void;
  onSaved: (saved: { id: string; date: string }) => void;
  /** Someone else saved the class meanwhile: reload the workspace. */
  onConflict: () => void;
}

/**
 * Create or edit one political-theory class. Checks run as the user types with the shared
 * LIMITS and the API's own reason texts, so what the form accepts is what the API accepts.
 * An update sends the version it read; a concurrent edit comes back as CONFLICT, never as a
 * silent overwrite.
 */
export function TheoryClassFormDrawer({ schoolId, initial, defaultDate, onClose, onSaved, onConflict }: Props) {
  const { t } = useTranslation();
  const { lang, l } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [serverError, setServerError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [{ fetching: creating }, create] = useMutation(createTheoryClassMutation);
  const [{ fetching: updating }, update] = useMutation(updateTheoryClassMutation);

  const initialValues = useMemo<FormValues>(
    () =>
      initial
        ? {
            topic: initial.topic,
            date: dayjs(initial.date),
            classHours: initial.classHours,
            kind: initial.kind,
            lecturer: initial.lecturer,
            audience: initial.audience,
            expectedCount: initial.expectedCount,
            attendance: initial.attendance.map((a) => ({ ...a })),
          }
        : {
            topic: '',
            date: dayjs(defaultDate ?? today),
            classHours: 1,
            kind: 'IDEALS',
            lecturer: '',
            audience: 'MEMBERS',
            expectedCount: null,
            attendance: [],
          },
    [initial, defaultDate, today],
  );

  const audience = Form.useWatch('audience', form) ?? initialValues.audience;
  const dateValue = Form.useWatch('date', form);
  const attendance = Form.useWatch('attendance', form) ?? initialValues.attendance;
  const date = (dateValue === undefined ? initialValues.date : dateValue)?.format('YYYY-MM-DD') ?? '';
  const future = isFutureDate(date, today);

  const [{ data: audienceData }] = useQuery({
    query: peopleQuery,
    variables: { schoolId, search: null, partyMembersOnly: audience === 'MEMBERS', limit: LIMITS.pageMax },
  });
  const audiencePeople = audienceData?.people.items ?? [];
  const audienceSize = audienceData?.people.total ?? null;
  const audienceComplete = !!audienceData && audienceData.people.items.length >= audienceData.people.total;

  const problemsOf = (v: Partial<FormValues>): DraftProblems =>
    validateTheoryClass(
      {
        topic: v.topic,
        date: v.date ? v.date.format('YYYY-MM-DD') : '',
        classHours: v.classHours,
        lecturer: v.lecturer,
        expectedCount: v.expectedCount,
        audienceSize,
        attendance: v.attendance ?? [],
      },
      today,
    );

  const notInAudience = (rows: readonly AttendanceRow[], aud: Audience): AttendanceRow[] => {
    if (aud !== 'MEMBERS') return [];
    const members = new Set(audiencePeople.map((p) => p.id));
    return rows.filter((r) => r.partyStatus === 'NONE' || (audienceComplete && !members.has(r.personId)));
  };

  // Per-row messages for the attendance table (leave reasons, non-members in a members' class).
  const rowProblems: Record<string, string> = {};
  const live = problemsOf({ ...form.getFieldsValue(true), attendance });
  for (const [pid, p] of Object.entries(live.leaveReasons ?? {}))
    rowProblems[pid] = errorMessage(p.reason, lang, p.params);
  for (const r of notInAudience(attendance, audience))
    rowProblems[r.personId] = errorMessage('PERSON_NOT_IN_AUDIENCE', lang);

  /** An antd rule that reports the shared validator's verdict on one field. */
  const rule = (field: DraftField) => ({
    validator: async () => {
      const values = form.getFieldsValue(true) as FormValues;
      const p = problemsOf(values);
      let problem = p[field];
      if (field === 'attendance' && !problem) {
        const leave = Object.values(p.leaveReasons ?? {})[0];
        if (leave) problem = leave;
        else if (notInAudience(values.attendance ?? [], values.audience).length)
          problem = { reason: 'PERSON_NOT_IN_AUDIENCE' };
      }
      if (problem) throw new Error(errorMessage(problem.reason, lang, problem.params));
    },
  });

  const onFinish = async (values: FormValues) => {
    setServerError(null);
    const base = {
      date: values.date!.format('YYYY-MM-DD'),
      classHours: values.classHours!,
      topic: values.topic.trim(),
      kind: values.kind,
      lecturer: values.lecturer.trim(),
      audience: values.audience,
      expectedCount: values.expectedCount ?? null,
      attendance: (values.attendance ?? []).map((a) => ({
        personId: a.personId,
        status: a.status,
        leaveReason: a.status === 'LEAVE' ? (a.leaveReason?.trim() ?? null) : null,
      })),
    };
    const res = initial
      ? await update({ id: initial.id, input: { ...base, version: initial.version } })
      : await create({ input: { ...base, schoolId } });
    const saved =
      res.data && ('updateTheoryClass' in res.data ? res.data.updateTheoryClass : res.data.createTheoryClass);
    if (saved) {
      message.success(t('form.saved'));
      onSaved(saved);
      return;
    }
    const d = describeError(res.error, lang);
    if (!d) return;
    const field = d.reason ? REASON_FIELDS[d.reason] : undefined;
    if (field) form.setFields([{ name: field as keyof FormValues, errors: [d.message] }]);
    setServerError({ text: d.message, conflict: d.reason === 'STALE_UPDATE' || d.code === 'CONFLICT' });
  };

  const title = initial ? t('form.editTitle') : t('form.createTitle');
  return (
    <Drawer
      open
      title={title}
      width={screens.sm ? 620 : '100%'}
      onClose={onClose}
      destroyOnClose
      maskClosable={false}
      data-testid="class-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="save-class">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {serverError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={serverError.text}
          style={{ marginBottom: 16 }}
          data-testid="form-error"
          action={
            serverError.conflict ? (
              <Button
                size="small"
                onClick={() => {
                  onConflict();
                  onClose();
                }}
              >
                {t('form.reloadLatest')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        aria-label={title}
        scrollToFirstError
      >
        <Form.Item name="topic" label={t('form.topic')} required rules={[rule('topic')]}>
          <Input
            autoFocus
            count={{ show: true, max: LIMITS.topicMax }}
            placeholder={t('form.topicPlaceholder')}
            data-testid="field-topic"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="date" label={t('form.date')} required rules={[rule('date')]}>
              <DatePicker
                style={{ width: '100%' }}
                format="YYYY-MM-DD"
                allowClear={false}
                inputReadOnly={!screens.sm}
                data-testid="field-date"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="classHours"
              label={t('form.classHours')}
              required
              rules={[rule('classHours')]}
              extra={t('form.classHoursHint', { min: LIMITS.classHoursMin, max: LIMITS.classHoursMax })}
            >
              <InputNumber
                style={{ width: '100%' }}
                min={LIMITS.classHoursMin}
                max={LIMITS.classHoursMax}
                step={0.5}
                inputMode="decimal"
                data-testid="field-hours"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={t('form.kind')} required>
          <Radio.Group
            optionType="button"
            options={THEORY_CLASS_KINDS.map((k) => ({ value: k, label: l(LABELS.theoryClassKind[k]) }))}
          />
        </Form.Item>
        <Form.Item name="lecturer" label={t('form.lecturer')} required rules={[rule('lecturer')]}>
          <Input
            maxLength={LIMITS.lecturerMax}
            placeholder={t('form.lecturerPlaceholder')}
            data-testid="field-lecturer"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="audience" label={t('form.audience')} required>
              <Radio.Group options={AUDIENCES.map((a) => ({ value: a, label: l(LABELS.audience[a]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="expectedCount"
              label={t('form.expected')}
              dependencies={['attendance', 'audience']}
              rules={[rule('expectedCount')]}
              extra={audienceSize != null ? t('form.expectedHint', { count: audienceSize }) : undefined}
            >
              <InputNumber
                style={{ width: '100%' }}
                min={0}
                max={LIMITS.expectedMax}
                precision={0}
                placeholder={audienceSize != null ? String(audienceSize) : undefined}
                data-testid="field-expected"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="attendance"
          label={t('form.attendance')}
          dependencies={['date', 'audience']}
          rules={[rule('attendance')]}
          validateTrigger={['onChange']}
        >
          <AttendanceEditor
            schoolId={schoolId}
            audience={audience}
            audiencePeople={audiencePeople}
            disabled={future}
            rowProblems={rowProblems}
          />
        </Form.Item>
        {future && attendance.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={t('form.attendanceFutureExisting', { count: attendance.length })}
            action={
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({ attendance: [] });
                  void form.validateFields(['attendance', 'expectedCount']).catch(() => undefined);
                }}
              >
                {t('form.clearAttendance')}
              </Button>
            }
          />
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
