import { useMemo, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Drawer, Form, Grid, Input, InputNumber, Radio, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  AUDIENCES,
  charCount,
  errorMessage,
  LABELS,
  LIMITS,
  THEORY_CLASS_FIELDS,
  THEORY_CLASS_KINDS,
  THEORY_CLASS_LIMITS,
  validateTheoryClass,
  type Audience,
  type TheoryClassField,
  type TheoryClassKind,
  type TheoryClassPerson,
  type TheoryClassProblem,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { describeError, REASON_FIELDS } from '../../lib/errors';
import { useLang } from '../../lib/use-lang';
import { AttendanceEditor, type AttendanceRow } from './attendance-editor';
import {
  createTheoryClassMutation,
  peopleQuery,
  updateTheoryClassMutation,
  type TheoryClassItem,
} from './theory-class.operations';

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
 * Create or edit one political-theory class. Checks run as the user types with the API's own
 * check (validateTheoryClass from @djt/shared), so what the form accepts is what the API accepts;
 * every problem shows on its field, an attendee's on their row.
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
  const future = !!date && date > today;

  const [{ data: audienceData }] = useQuery({
    query: peopleQuery,
    variables: { schoolId, search: null, partyMembersOnly: audience === 'MEMBERS', limit: LIMITS.pageMax },
  });
  const audiencePeople = audienceData?.people.items ?? [];
  const audienceSize = audienceData?.people.total ?? null;
  const audienceComplete = !!audienceData && audienceData.people.items.length >= audienceData.people.total;

  /** What the form knows of the people in the attendance: all of this school, with their status if known. */
  const peopleOf = (rows: readonly AttendanceRow[], aud: Audience): Map<string, TheoryClassPerson> => {
    const statusOf = new Map(audiencePeople.map((p) => [p.id, p.partyStatus]));
    // Someone missing from the complete list of the school's members is not a member.
    const otherwise = aud === 'MEMBERS' && audienceComplete ? 'NONE' : null;
    return new Map(
      rows.map((r) => [r.personId, { schoolId, partyStatus: r.partyStatus ?? statusOf.get(r.personId) ?? otherwise }]),
    );
  };

  const problemsOf = (v: Partial<FormValues>): TheoryClassProblem[] => {
    const rows = v.attendance ?? [];
    const aud = v.audience ?? audience;
    return validateTheoryClass(
      {
        topic: v.topic ?? '',
        date: v.date ? v.date.format('YYYY-MM-DD') : '',
        classHours: v.classHours ?? null,
        kind: v.kind ?? initialValues.kind,
        lecturer: v.lecturer ?? '',
        audience: aud,
        expectedCount: v.expectedCount,
        attendance: rows,
      },
      { today, schoolId, people: peopleOf(rows, aud), audienceSize },
    ).problems;
  };
  const textOf = (problems: readonly TheoryClassProblem[]) =>
    [...new Set(problems.map((p) => errorMessage(p.reason, lang, p.params)))].join(lang === 'zh' ? '；' : '; ');

  // Per-row messages for the attendance table (leave reasons, duplicates, non-members in a members' class).
  const live = problemsOf({ ...form.getFieldsValue(true), attendance });
  const rowProblems: Record<string, string> = {};
  for (const pid of new Set(live.flatMap((p) => (p.personId ? [p.personId] : []))))
    rowProblems[pid] = textOf(live.filter((p) => p.personId === pid));

  /**
   * An antd rule that reports the shared check's problems of one field. The attendance field also
   * fails while a row has a problem (shown on the row), so the form is not sent.
   */
  const rule = (field: TheoryClassField) => ({
    validator: async () => {
      const problems = problemsOf(form.getFieldsValue(true) as FormValues).filter((p) => p.field === field);
      const own = problems.filter((p) => !p.personId);
      if (problems.length) throw new Error(textOf(own.length ? own : problems));
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
      message.success(t('theoryClass.form.saved'));
      onSaved(saved);
      return;
    }
    const d = describeError(res.error, lang);
    if (!d) return;
    // The API names the field at fault, the same field the shared check gives.
    const sent = res.error?.graphQLErrors[0]?.extensions?.field;
    const field = THEORY_CLASS_FIELDS.find((f) => f === sent) ?? (d.reason ? REASON_FIELDS[d.reason] : undefined);
    if (field) form.setFields([{ name: field as keyof FormValues, errors: [d.message] }]);
    setServerError({ text: d.message, conflict: d.reason === 'STALE_UPDATE' || d.code === 'CONFLICT' });
  };

  const title = initial ? t('theoryClass.form.editTitle') : t('theoryClass.form.createTitle');
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
                {t('theoryClass.form.reloadLatest')}
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
        <Form.Item name="topic" label={t('theoryClass.form.topic')} required rules={[rule('topic')]}>
          <Input
            autoFocus
            count={{ show: true, max: THEORY_CLASS_LIMITS.topicMax, strategy: charCount }}
            placeholder={t('theoryClass.form.topicPlaceholder')}
            data-testid="field-topic"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="date" label={t('theoryClass.form.date')} required rules={[rule('date')]}>
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
              label={t('theoryClass.form.classHours')}
              required
              rules={[rule('classHours')]}
              extra={t('theoryClass.form.classHoursHint', {
                min: THEORY_CLASS_LIMITS.classHoursMin,
                max: THEORY_CLASS_LIMITS.classHoursMax,
              })}
            >
              <InputNumber
                style={{ width: '100%' }}
                min={THEORY_CLASS_LIMITS.classHoursMin}
                max={THEORY_CLASS_LIMITS.classHoursMax}
                step={THEORY_CLASS_LIMITS.classHoursStep}
                inputMode="decimal"
                data-testid="field-hours"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={t('theoryClass.form.kind')} required rules={[rule('kind')]}>
          <Radio.Group
            optionType="button"
            options={THEORY_CLASS_KINDS.map((k) => ({ value: k, label: l(LABELS.theoryClassKind[k]) }))}
          />
        </Form.Item>
        <Form.Item name="lecturer" label={t('theoryClass.form.lecturer')} required rules={[rule('lecturer')]}>
          <Input
            count={{ show: true, max: THEORY_CLASS_LIMITS.lecturerMax, strategy: charCount }}
            placeholder={t('theoryClass.form.lecturerPlaceholder')}
            data-testid="field-lecturer"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="audience" label={t('theoryClass.form.audience')} required rules={[rule('audience')]}>
              <Radio.Group options={AUDIENCES.map((a) => ({ value: a, label: l(LABELS.audience[a]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="expectedCount"
              label={t('theoryClass.form.expected')}
              dependencies={['attendance', 'audience']}
              rules={[rule('expectedCount')]}
              extra={audienceSize != null ? t('theoryClass.form.expectedHint', { count: audienceSize }) : undefined}
            >
              <InputNumber
                style={{ width: '100%' }}
                min={0}
                max={THEORY_CLASS_LIMITS.expectedMax}
                precision={0}
                placeholder={audienceSize != null ? String(audienceSize) : undefined}
                data-testid="field-expected"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="attendance"
          label={t('theoryClass.form.attendance')}
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
            message={t('theoryClass.form.attendanceFutureExisting', { count: attendance.length })}
            action={
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({ attendance: [] });
                  void form.validateFields(['attendance', 'expectedCount']).catch(() => undefined);
                }}
              >
                {t('theoryClass.form.clearAttendance')}
              </Button>
            }
          />
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
