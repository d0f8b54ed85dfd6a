import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { charCount, errorMessage, leaveReasonProblem, PERSON_LIMITS } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useLang } from '../../lib/use-lang';
import {
  leavePersonMutation,
  transferPersonMutation,
  transferTargetsQuery,
  type PersonItem,
} from './person.operations';

/**
 * Transfer to another school of the same bureau, after confirmation: the picker offers only
 * those schools (the API refuses any other target too). The receiving school sees the person
 * afterwards; both schools keep a history row.
 */
export function TransferModal({
  schoolId,
  person,
  onClose,
  onDone,
}: {
  schoolId: string;
  person: PersonItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [target, setTarget] = useState<string | null>(null);
  const [onDate, setOnDate] = useState<Dayjs>(dayjs(today));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({
    query: transferTargetsQuery,
    variables: { schoolId, search: debounced || null },
  });
  const [{ fetching: saving }, transfer] = useMutation(transferPersonMutation);
  const options = (data?.personTransferTargets ?? []).map((s) => ({
    value: s.id,
    label: `${s.name}（${s.districtName}）`,
  }));

  const onOk = async () => {
    if (!target) return;
    const res = await transfer({
      id: person.id,
      toSchoolId: target,
      version: person.version,
      onDate: onDate.format('YYYY-MM-DD'),
      note: note.trim() || null,
    });
    if (res.error) setError(errorText(res.error));
    else {
      message.success(t('people.transferDialog.done', { school: options.find((o) => o.value === target)?.label }));
      onDone();
    }
  };

  return (
    <Modal
      open
      title={t('people.transferDialog.title', { name: person.name })}
      okText={t('people.transferDialog.confirm')}
      okButtonProps={{ disabled: !target, danger: true, loading: saving }}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      data-testid="transfer-modal"
    >
      <p className="djt-muted">{t('people.transferDialog.hint')}</p>
      {error ? <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('people.transferDialog.target')} required>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={fetching}
            value={target}
            onChange={setTarget}
            options={options}
            placeholder={t('people.transferDialog.targetPlaceholder')}
            data-testid="transfer-target"
          />
        </Form.Item>
        <Form.Item label={t('people.transferDialog.onDate')} required>
          <DatePicker
            value={onDate}
            allowClear={false}
            format="YYYY-MM-DD"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            onChange={(d) => d && setOnDate(d)}
          />
        </Form.Item>
        <Form.Item label={t('people.transferDialog.note')}>
          <Input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            count={{ show: true, max: PERSON_LIMITS.leaveReasonMax, strategy: charCount }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 离开: the person leaves the school, after confirmation; the record and its history stay. */
export function LeaveModal({
  person,
  onClose,
  onDone,
}: {
  person: PersonItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang, errorText } = useLang();
  const { message } = App.useApp();
  const { today } = useSession();
  const [leftOn, setLeftOn] = useState<Dayjs>(dayjs(today));
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, leave] = useMutation(leavePersonMutation);
  const problem = leaveReasonProblem(reason);

  const onOk = async () => {
    setTouched(true);
    if (problem) return;
    const res = await leave({
      id: person.id,
      version: person.version,
      leftOn: leftOn.format('YYYY-MM-DD'),
      reason: reason.trim(),
    });
    if (res.error) setError(errorText(res.error));
    else {
      message.success(t('people.leaveDialog.done'));
      onDone();
    }
  };

  return (
    <Modal
      open
      title={t('people.leaveDialog.title', { name: person.name })}
      okText={t('people.leaveDialog.confirm')}
      okButtonProps={{ danger: true, loading: fetching }}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      data-testid="leave-modal"
    >
      <p className="djt-muted">{t('people.leaveDialog.hint')}</p>
      {error ? <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('people.leaveDialog.onDate')} required>
          <DatePicker
            value={leftOn}
            allowClear={false}
            format="YYYY-MM-DD"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            onChange={(d) => d && setLeftOn(d)}
          />
        </Form.Item>
        <Form.Item
          label={t('people.leaveDialog.reason')}
          required
          validateStatus={touched && problem ? 'error' : undefined}
          help={touched && problem ? errorMessage(problem, lang, { max: PERSON_LIMITS.leaveReasonMax }) : undefined}
        >
          <Input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('people.leaveDialog.reasonPlaceholder')}
            count={{ show: true, max: PERSON_LIMITS.leaveReasonMax, strategy: charCount }}
            data-testid="leave-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
