import { useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Drawer, Form, Grid, Input, Radio, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  charCount,
  errorMessage,
  GENDERS,
  LABELS,
  PARTY_POSTS,
  PARTY_STATUSES,
  PERSON_COLUMNS,
  PERSON_FIELDS,
  PERSON_LIMITS,
  STAFF_CATEGORIES,
  validatePerson,
  type Gender,
  type PartyPost,
  type PartyStatus,
  type PersonField,
  type PersonProblem,
  type StaffCategory,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { describeError } from '../../lib/errors';
import { useLang } from '../../lib/use-lang';
import { createPersonMutation, updatePersonMutation, type PersonItem } from './person.operations';

interface FormValues {
  staffNo: string;
  name: string;
  gender: Gender | null;
  category: StaffCategory | null;
  partyStatus: PartyStatus | null;
  joinedOn: Dayjs | null;
  fullMemberOn: Dayjs | null;
  partyPost: PartyPost | null;
  partyGroup: string;
  phone: string;
  idNumber: string;
}

interface Props {
  schoolId: string;
  /** The person to edit; null to add one. */
  initial: PersonItem | null;
  onClose: () => void;
  onSaved: () => void;
}

/** antd's Radio.Group passes role through (rc-util pickAttrs) but does not type it; axe wants it for aria-required. */
const RADIOGROUP = { role: 'radiogroup' } as object;

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Add or edit one person. Checked as the user types with the API's own check (validatePerson
 * from @djt/shared): every problem shows on its field. An edit sends the version it read.
 */
export function PersonFormDrawer({ schoolId, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { lang, l } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(createPersonMutation);
  const [{ fetching: updating }, update] = useMutation(updatePersonMutation);
  const header = (f: PersonField) => l(PERSON_COLUMNS.find((c) => c.field === f)!.header);

  const initialValues: FormValues = initial
    ? {
        staffNo: initial.staffNo,
        name: initial.name,
        gender: initial.gender,
        category: initial.category,
        partyStatus: initial.partyStatus,
        joinedOn: initial.joinedOn ? dayjs(initial.joinedOn) : null,
        fullMemberOn: initial.fullMemberOn ? dayjs(initial.fullMemberOn) : null,
        partyPost: initial.partyPost ?? null,
        partyGroup: initial.partyGroup ?? '',
        phone: initial.phone ?? '',
        idNumber: initial.idNumber ?? '',
      }
    : {
        staffNo: '',
        name: '',
        gender: null,
        category: 'TEACHER',
        partyStatus: 'FULL',
        joinedOn: null,
        fullMemberOn: null,
        partyPost: null,
        partyGroup: '',
        phone: '',
        idNumber: '',
      };
  const status = Form.useWatch('partyStatus', form) ?? initialValues.partyStatus;
  const member = status === 'FULL' || status === 'PROBATIONARY';

  // The party fields the form hides for the status chosen are not sent (nor checked).
  const draftOf = (v: FormValues) => {
    const isMember = v.partyStatus === 'FULL' || v.partyStatus === 'PROBATIONARY';
    return {
      staffNo: v.staffNo ?? '',
      name: v.name ?? '',
      gender: v.gender ?? null,
      category: v.category ?? null,
      partyStatus: v.partyStatus ?? null,
      joinedOn: isMember ? day(v.joinedOn) : null,
      fullMemberOn: v.partyStatus === 'PROBATIONARY' ? day(v.fullMemberOn) : null,
      partyPost: isMember ? (v.partyPost ?? null) : null,
      partyGroup: isMember ? (v.partyGroup ?? null) : null,
      phone: v.phone ?? null,
      idNumber: v.idNumber ?? null,
    };
  };
  const problemsOf = (v: FormValues): PersonProblem[] => validatePerson(draftOf(v), { today }).problems;
  const rule = (field: PersonField) => ({
    validator: async () => {
      const mine = problemsOf(form.getFieldsValue(true) as FormValues).filter((p) => p.field === field);
      if (mine.length) throw new Error(mine.map((p) => errorMessage(p.reason, lang, p.params)).join('；'));
    },
  });

  const onFinish = async (values: FormValues) => {
    setServerError(null);
    const { value } = validatePerson(draftOf(values), { today });
    if (!value) return;
    const res = initial
      ? await update({ id: initial.id, input: { ...value, version: initial.version } })
      : await create({ input: { ...value, schoolId } });
    if (res.data) {
      message.success(t('people.saved'));
      onSaved();
      return;
    }
    const d = describeError(res.error, lang);
    if (!d) return;
    const sent = res.error?.graphQLErrors[0]?.extensions?.field;
    const field = PERSON_FIELDS.find((f) => f === sent);
    if (field) form.setFields([{ name: field, errors: [d.message] }]);
    setServerError(d.message);
  };

  const title = initial ? t('people.form.editTitle') : t('people.form.createTitle');
  const deps = ['partyStatus', 'joinedOn', 'fullMemberOn'];
  return (
    <Drawer
      open
      title={title}
      width={screens.sm ? 560 : '100%'}
      onClose={onClose}
      destroyOnClose
      maskClosable={false}
      data-testid="person-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="save-person">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {serverError ? (
        <Alert type="error" showIcon role="alert" message={serverError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        aria-label={title}
        scrollToFirstError
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="staffNo" label={header('staffNo')} required rules={[rule('staffNo')]}>
              <Input
                autoFocus
                count={{ show: true, max: PERSON_LIMITS.staffNoMax, strategy: charCount }}
                data-testid="field-staffNo"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={header('name')} required rules={[rule('name')]}>
              <Input count={{ show: true, max: PERSON_LIMITS.nameMax, strategy: charCount }} data-testid="field-name" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={header('gender')} required rules={[rule('gender')]}>
              <Radio.Group
                {...RADIOGROUP}
                aria-label={header('gender')}
                options={GENDERS.map((g) => ({ value: g, label: l(LABELS.gender[g]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label={header('category')} required rules={[rule('category')]}>
              <Radio.Group
                {...RADIOGROUP}
                aria-label={header('category')}
                options={STAFF_CATEGORIES.map((c) => ({ value: c, label: l(LABELS.staffCategory[c]) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="partyStatus" label={header('partyStatus')} required rules={[rule('partyStatus')]}>
          <Radio.Group
            {...RADIOGROUP}
            aria-label={header('partyStatus')}
            optionType="button"
            options={PARTY_STATUSES.map((s) => ({ value: s, label: l(LABELS.partyStatus[s]) }))}
          />
        </Form.Item>
        {member ? (
          <>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="joinedOn"
                  label={header('joinedOn')}
                  required={status === 'PROBATIONARY'}
                  dependencies={deps}
                  rules={[rule('joinedOn')]}
                >
                  <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid="field-joinedOn" />
                </Form.Item>
              </Col>
              {status === 'PROBATIONARY' ? (
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="fullMemberOn"
                    label={header('fullMemberOn')}
                    required
                    dependencies={deps}
                    rules={[rule('fullMemberOn')]}
                  >
                    <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid="field-fullMemberOn" />
                  </Form.Item>
                </Col>
              ) : null}
            </Row>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="partyPost" label={header('partyPost')} dependencies={deps} rules={[rule('partyPost')]}>
                  <Select
                    allowClear
                    placeholder={t('people.form.none')}
                    options={PARTY_POSTS.map((p) => ({ value: p, label: l(LABELS.partyPost[p]) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="partyGroup"
                  label={header('partyGroup')}
                  dependencies={deps}
                  rules={[rule('partyGroup')]}
                >
                  <Input
                    placeholder={t('people.form.partyGroupPlaceholder')}
                    count={{ show: true, max: PERSON_LIMITS.partyGroupMax, strategy: charCount }}
                  />
                </Form.Item>
              </Col>
            </Row>
          </>
        ) : null}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={header('phone')} rules={[rule('phone')]}>
              <Input inputMode="tel" data-testid="field-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="idNumber" label={header('idNumber')} rules={[rule('idNumber')]}>
              <Input data-testid="field-idNumber" />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
