import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  charCount,
  CONCENTRATED_EDUCATION_KINDS,
  errorMessage,
  LABELS,
  LIMITS,
  MEETING_FIELDS,
  MEETING_KINDS,
  MEETING_LIMITS,
  THEORY_CLASS_MEETING_KINDS,
  validateMeeting,
  type MeetingField,
  type MeetingKind,
  type MeetingPerson,
  type MeetingProblem,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { describeError } from '../../lib/errors';
import { useLang } from '../../lib/use-lang';
import { MeetingAttendanceEditor, type MeetingAttendanceRow } from './meeting-attendance-editor';
import {
  createMeetingMutation,
  lastMeetingAttendanceQuery,
  meetingPeopleQuery,
  updateMeetingMutation,
  type MeetingItem,
} from './meetings.operations';

interface FormValues {
  kind: MeetingKind;
  topic: string;
  partyGroup: string;
  plannedOn: Dayjs | null;
  heldOn: Dayjs | null;
  place: string;
  hostId: string | null;
  recorderId: string | null;
  content: string;
  ideologicalWork: string;
  resolutions: string;
  countsAsTheoryClass: boolean;
  classHours: number | null;
  attendance: MeetingAttendanceRow[];
}

interface Props {
  schoolId: string;
  /** The meeting to edit; null to record one. */
  initial: MeetingItem | null;
  defaultKind?: MeetingKind;
  onClose: () => void;
  onSaved: () => void;
  /** Someone else saved the meeting meanwhile: reload the workspace. */
  onConflict: () => void;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Record or edit one meeting. Checks run as the user types with the API's own check
 * (validateMeeting from @djt/shared); every problem shows on its field, an attendee's on their
 * row. Attendance starts from the last meeting of the kind (enter once), or all Party members.
 * An update sends the version it read: a concurrent edit comes back as CONFLICT.
 */
export function MeetingFormDrawer({ schoolId, initial, defaultKind, onClose, onSaved, onConflict }: Props) {
  const { t } = useTranslation();
  const { lang, l } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const client = useClient();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [serverError, setServerError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [{ fetching: creating }, create] = useMutation(createMeetingMutation);
  const [{ fetching: updating }, update] = useMutation(updateMeetingMutation);

  const initialValues = useMemo<FormValues>(
    () =>
      initial
        ? {
            kind: initial.kind,
            topic: initial.topic,
            partyGroup: initial.partyGroup ?? '',
            plannedOn: dayjs(initial.plannedOn),
            heldOn: initial.heldOn ? dayjs(initial.heldOn) : null,
            place: initial.place ?? '',
            hostId: initial.hostId,
            recorderId: initial.recorderId,
            content: initial.content ?? '',
            ideologicalWork: initial.ideologicalWork ?? '',
            resolutions: initial.resolutions ?? '',
            countsAsTheoryClass: initial.countsAsTheoryClass,
            classHours: initial.classHours,
            attendance: initial.attendance.map((a) => ({ ...a })),
          }
        : {
            kind: defaultKind ?? 'BRANCH_COMMITTEE',
            topic: '',
            partyGroup: '',
            plannedOn: dayjs(today),
            heldOn: dayjs(today),
            place: '',
            hostId: null,
            recorderId: null,
            content: '',
            ideologicalWork: '',
            resolutions: '',
            countsAsTheoryClass: false,
            classHours: 1,
            attendance: [],
          },
    [initial, defaultKind, today],
  );

  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const heldOnValue = Form.useWatch('heldOn', form);
  const heldOn = day(heldOnValue === undefined ? initialValues.heldOn : heldOnValue);
  const countsAsClass = Form.useWatch('countsAsTheoryClass', form) ?? initialValues.countsAsTheoryClass;
  const attendance = Form.useWatch('attendance', form) ?? initialValues.attendance;

  const [{ data: peopleData }] = useQuery({
    query: meetingPeopleQuery,
    variables: { schoolId, search: null, partyMembersOnly: false, limit: LIMITS.pageMax },
  });
  const everyone = peopleData?.people.items ?? [];
  const members = everyone.filter((p) => p.partyStatus !== 'NONE');
  const personOptions = everyone.map((p) => ({ value: p.id, label: p.name }));

  /** What the form knows of the people named: all of this school, with their status if known. */
  const peopleOf = (v: Partial<FormValues>): Map<string, MeetingPerson> => {
    const statusOf = new Map(everyone.map((p) => [p.id, p.partyStatus]));
    const ids = [...(v.attendance ?? []).map((r) => r.personId), v.hostId, v.recorderId].filter(
      (id): id is string => !!id,
    );
    return new Map(ids.map((id) => [id, { schoolId, partyStatus: statusOf.get(id) ?? null }]));
  };
  const problemsOf = (v: Partial<FormValues>): MeetingProblem[] =>
    validateMeeting(
      {
        kind: v.kind ?? kind,
        topic: v.topic ?? '',
        partyGroup: v.partyGroup,
        plannedOn: day(v.plannedOn),
        heldOn: day(v.heldOn),
        place: v.place,
        hostId: v.hostId,
        recorderId: v.recorderId,
        content: v.content,
        ideologicalWork: v.ideologicalWork,
        resolutions: v.resolutions,
        countsAsTheoryClass: v.countsAsTheoryClass,
        classHours: v.classHours,
        attendance: v.attendance ?? [],
      },
      { today, schoolId, people: peopleOf(v) },
    ).problems;
  const textOf = (problems: readonly MeetingProblem[]) =>
    [...new Set(problems.map((p) => errorMessage(p.reason, lang, p.params)))].join(lang === 'zh' ? '；' : '; ');

  const live = problemsOf({ ...form.getFieldsValue(true), attendance });
  const rowProblems: Record<string, string> = {};
  for (const pid of new Set(live.flatMap((p) => (p.personId ? [p.personId] : []))))
    rowProblems[pid] = textOf(live.filter((p) => p.personId === pid));

  /** An antd rule that reports the shared check's problems of one field. */
  const rule = (field: MeetingField) => ({
    validator: async () => {
      const problems = problemsOf(form.getFieldsValue(true) as FormValues).filter((p) => p.field === field);
      const own = problems.filter((p) => !p.personId);
      if (problems.length) throw new Error(textOf(own.length ? own : problems));
    },
  });

  /** Enter once: the people of the last meeting of this kind (and Party group), all marked present. */
  const reuseLast = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const res = await client
      .query(lastMeetingAttendanceQuery, { schoolId, kind: v.kind, partyGroup: v.partyGroup.trim() || null })
      .toPromise();
    const rows = res.data?.lastMeetingAttendance ?? [];
    if (!rows.length) {
      message.info(t('meetings.form.reuseNone'));
      return;
    }
    const have = new Set((v.attendance ?? []).map((r) => r.personId));
    const extra = rows
      .filter((r) => !have.has(r.personId))
      .map<MeetingAttendanceRow>((r) => ({ ...r, status: 'PRESENT', leaveReason: null }));
    form.setFieldsValue({ attendance: [...(v.attendance ?? []), ...extra] });
    message.success(t('meetings.form.reused', { count: extra.length }));
  };

  const onFinish = async (values: FormValues) => {
    setServerError(null);
    const text = (s: string) => s.trim() || null;
    const classKind = THEORY_CLASS_MEETING_KINDS.includes(values.kind);
    const base = {
      kind: values.kind,
      topic: values.topic.trim(),
      partyGroup: values.kind === 'PARTY_GROUP' ? text(values.partyGroup) : null,
      plannedOn: day(values.plannedOn),
      heldOn: day(values.heldOn),
      place: text(values.place),
      hostId: values.hostId ?? null,
      recorderId: values.recorderId ?? null,
      content: text(values.content),
      ideologicalWork: text(values.ideologicalWork),
      resolutions: text(values.resolutions),
      countsAsTheoryClass: classKind && values.countsAsTheoryClass,
      classHours: classKind && values.countsAsTheoryClass ? values.classHours : null,
      attendance: (values.attendance ?? []).map((a) => ({
        personId: a.personId,
        status: a.status,
        leaveReason: a.status === 'LEAVE' ? (a.leaveReason?.trim() ?? null) : null,
      })),
    };
    const res = initial
      ? await update({ id: initial.id, input: { ...base, version: initial.version } })
      : await create({ input: { ...base, schoolId } });
    const saved = res.data && ('updateMeeting' in res.data ? res.data.updateMeeting : res.data.createMeeting);
    if (saved) {
      message.success(t('meetings.form.saved'));
      onSaved();
      return;
    }
    const d = describeError(res.error, lang);
    if (!d) return;
    // The API names the field at fault, the same field the shared check gives.
    const sent = res.error?.graphQLErrors[0]?.extensions?.field;
    const field = MEETING_FIELDS.find((f) => f === sent);
    if (field) form.setFields([{ name: field as keyof FormValues, errors: [d.message] }]);
    setServerError({ text: d.message, conflict: d.reason === 'STALE_UPDATE' || d.code === 'CONFLICT' });
  };

  const title = initial ? t('meetings.form.editTitle') : t('meetings.form.createTitle');
  const textArea = (max: number, testId: string) => (
    <Input.TextArea
      autoSize={{ minRows: 2, maxRows: 6 }}
      count={{ show: true, max, strategy: charCount }}
      data-testid={testId}
    />
  );
  return (
    <Drawer
      open
      title={title}
      width={screens.sm ? 680 : '100%'}
      onClose={onClose}
      destroyOnClose
      maskClosable={false}
      data-testid="meeting-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={creating || updating}
            onClick={() => form.submit()}
            data-testid="save-meeting"
          >
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
                {t('meetings.form.reloadLatest')}
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
        {/* (No required marker: a kind is always chosen, and aria-required is not allowed on the group.) */}
        <Form.Item name="kind" label={t('meetings.form.kind')} rules={[rule('kind')]}>
          <Radio.Group
            optionType="button"
            options={MEETING_KINDS.map((k) => ({ value: k, label: l(LABELS.meetingKind[k]) }))}
            data-testid="field-kind"
          />
        </Form.Item>
        <Form.Item name="topic" label={t('meetings.form.topic')} required rules={[rule('topic')]}>
          <Input
            autoFocus
            count={{ show: true, max: MEETING_LIMITS.topicMax, strategy: charCount }}
            placeholder={t('meetings.form.topicPlaceholder')}
            data-testid="field-topic"
          />
        </Form.Item>
        {kind === 'PARTY_GROUP' ? (
          <Form.Item name="partyGroup" label={t('meetings.form.partyGroup')} required rules={[rule('partyGroup')]}>
            <Input
              count={{ show: true, max: MEETING_LIMITS.partyGroupMax, strategy: charCount }}
              placeholder={t('meetings.form.partyGroupPlaceholder')}
              data-testid="field-party-group"
            />
          </Form.Item>
        ) : null}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="plannedOn" label={t('meetings.form.plannedOn')} rules={[rule('plannedOn')]}>
              <DatePicker
                style={{ width: '100%' }}
                format="YYYY-MM-DD"
                inputReadOnly={!screens.sm}
                data-testid="field-planned"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="heldOn"
              label={t('meetings.form.heldOn')}
              rules={[rule('heldOn')]}
              extra={t('meetings.form.heldOnHint')}
            >
              <DatePicker
                style={{ width: '100%' }}
                format="YYYY-MM-DD"
                inputReadOnly={!screens.sm}
                data-testid="field-held"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="place" label={t('meetings.form.place')} rules={[rule('place')]}>
              <Input count={{ show: true, max: MEETING_LIMITS.placeMax, strategy: charCount }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="hostId" label={t('meetings.form.host')} rules={[rule('hostId')]}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                placeholder={t('meetings.form.pickPerson')}
                options={personOptions}
                data-testid="field-host"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="recorderId" label={t('meetings.form.recorder')} rules={[rule('recorderId')]}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                placeholder={t('meetings.form.pickPerson')}
                options={personOptions}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="content" label={t('meetings.form.content')} rules={[rule('content')]}>
          {textArea(MEETING_LIMITS.contentMax, 'field-content')}
        </Form.Item>
        <Form.Item
          name="ideologicalWork"
          label={t('meetings.form.ideologicalWork')}
          rules={[rule('ideologicalWork')]}
          extra={CONCENTRATED_EDUCATION_KINDS.includes(kind) ? t('meetings.form.ideologicalWorkHint') : undefined}
        >
          {textArea(MEETING_LIMITS.ideologicalWorkMax, 'field-ideological')}
        </Form.Item>
        <Form.Item name="resolutions" label={t('meetings.form.resolutions')} rules={[rule('resolutions')]}>
          {textArea(MEETING_LIMITS.resolutionsMax, 'field-resolutions')}
        </Form.Item>
        {THEORY_CLASS_MEETING_KINDS.includes(kind) ? (
          <Row gutter={12} align="middle">
            <Col xs={24} sm={16}>
              <Form.Item name="countsAsTheoryClass" valuePropName="checked" rules={[rule('countsAsTheoryClass')]}>
                <Checkbox data-testid="field-counts-as-class">{t('meetings.form.countsAsClass')}</Checkbox>
              </Form.Item>
            </Col>
            {countsAsClass ? (
              <Col xs={24} sm={8}>
                <Form.Item
                  name="classHours"
                  label={t('meetings.form.classHours')}
                  dependencies={['countsAsTheoryClass']}
                  rules={[rule('classHours')]}
                >
                  <InputNumber
                    style={{ width: '100%' }}
                    min={MEETING_LIMITS.classHoursMin}
                    max={MEETING_LIMITS.classHoursMax}
                    step={MEETING_LIMITS.classHoursStep}
                    inputMode="decimal"
                  />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        ) : null}
        <Form.Item
          name="attendance"
          label={t('meetings.form.attendance')}
          dependencies={['heldOn']}
          rules={[rule('attendance')]}
          validateTrigger={['onChange']}
        >
          <MeetingAttendanceEditor
            people={everyone}
            members={members}
            disabled={!heldOn}
            rowProblems={rowProblems}
            onReuseLast={() => void reuseLast()}
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
