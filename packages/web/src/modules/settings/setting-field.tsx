import { Button, Checkbox, InputNumber, Tag } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { defaultOf, type SettingDef } from '@djt/shared';
import { formatAmount, formatMonthNumber } from '../../lib/format';
import {
  formatSettingValue,
  isDefaultInput,
  type SettingInputValue,
  type SettingProblem,
} from '../../lib/settings-form';
import { useLang } from '../../lib/use-lang';
import type { BureauSetting } from './settings.operations';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

interface Props {
  setting: BureauSetting;
  def: SettingDef;
  /** What the field holds now (the saved value until edited). */
  input: SettingInputValue;
  /** The field differs from the saved value. */
  changed: boolean;
  problem: SettingProblem | null;
  /** A refusal of the API about this setting, already translated. */
  serverText?: string | null;
  /** False: the value is shown as text (bureau viewers). */
  editable: boolean;
  onChange: (input: SettingInputValue) => void;
}

/**
 * One rule setting, drawn from its kind: a number box with its range, step and unit, or twelve
 * month boxes with the most that may be chosen; the default beside it with a reset, and the
 * problem (the shared check's, or the API's) under it.
 */
export function SettingField({ setting, def, input, changed, problem, serverText, editable, onChange }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const id = `setting-${setting.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const unit = def.kind === 'NUMBER' ? def.unit[lang] : '';
  const atDefault = isDefaultInput(def, input);
  const defaultText = t('settings.defaultIs', { value: formatSettingValue(def, defaultOf(def), lang) });
  const problemText = problem
    ? problem.kind === 'required'
      ? t('settings.problem.required')
      : problem.kind === 'range'
        ? t('settings.problem.range', { min: problem.min, max: problem.max, step: problem.step, unit })
        : t('settings.problem.months', { max: problem.maxCount })
    : (serverText ?? null);
  const describedBy = `${id}-default${problemText ? ` ${id}-error` : ''}`;
  const changedTag = changed ? (
    // Dark brown on antd's gold tint: antd's own gold text is under 4.5:1 there.
    <Tag
      bordered={false}
      className="djt-setting__changed"
      style={{ color: '#874d00', background: '#fffbe6' }}
      data-testid="setting-changed"
    >
      {t('settings.changed')}
    </Tag>
  ) : null;

  const footer = (
    <div className="djt-setting__meta">
      <span id={`${id}-default`} className="djt-muted" data-testid="setting-default">
        {def.kind === 'MONTHS' && editable
          ? `${t('settings.monthsHint', { max: def.maxCount, count: Array.isArray(input) ? input.length : 0 })} · `
          : null}
        {defaultText}
      </span>
      {editable ? (
        <Button
          type="link"
          size="small"
          icon={<UndoOutlined />}
          disabled={atDefault}
          onClick={() => onChange(defaultOf(def))}
          aria-label={t('settings.resetNamed', { title: setting.title })}
          data-testid="setting-reset"
        >
          {t('settings.reset')}
        </Button>
      ) : null}
    </div>
  );
  const error = problemText ? (
    <p id={`${id}-error`} className="djt-setting__error" role="alert" data-testid="setting-error">
      {problemText}
    </p>
  ) : null;

  if (!editable) {
    return (
      <div className="djt-setting" data-testid="setting" data-key={setting.key}>
        <span className="djt-setting__label" id={`${id}-label`}>
          {setting.title}
        </span>
        <p className="djt-setting__value" aria-labelledby={`${id}-label`} data-testid="setting-value">
          {formatSettingValue(def, input, lang)}
        </p>
        {footer}
      </div>
    );
  }

  if (def.kind === 'NUMBER') {
    return (
      <div className="djt-setting" data-testid="setting" data-key={setting.key}>
        <label className="djt-setting__label" htmlFor={id}>
          {setting.title}
          {changedTag}
        </label>
        <div className="djt-setting__control">
          <InputNumber
            id={id}
            value={typeof input === 'number' ? input : null}
            min={def.min}
            max={def.max}
            step={def.step}
            // '1', not '1.0': a whole number reads as the default beside it does. (The value
            // arrives as a string at run time, whatever the type says.)
            formatter={(v, info) =>
              info.userTyping || v === undefined || String(v) === '' ? info.input : formatAmount(Number(v))
            }
            status={problemText ? 'error' : undefined}
            aria-invalid={!!problemText}
            aria-describedby={describedBy}
            onChange={(v) => onChange(typeof v === 'number' ? v : null)}
          />
          {unit ? <span className="djt-setting__unit">{unit}</span> : null}
        </div>
        {error}
        {footer}
      </div>
    );
  }

  const chosen = Array.isArray(input) ? input : [];
  return (
    <fieldset className="djt-setting" data-testid="setting" data-key={setting.key} aria-describedby={describedBy}>
      <legend className="djt-setting__label">
        {setting.title}
        {changedTag}
      </legend>
      <Checkbox.Group
        className="djt-setting__months"
        value={[...chosen]}
        onChange={(v) => onChange((v as number[]).slice().sort((a, b) => a - b))}
        options={MONTHS.map((m) => ({
          value: m,
          label: formatMonthNumber(m, lang),
          // Once the most months are chosen, the others wait until one is taken off.
          disabled: !chosen.includes(m) && chosen.length >= def.maxCount,
        }))}
      />
      {error}
      {footer}
    </fieldset>
  );
}
