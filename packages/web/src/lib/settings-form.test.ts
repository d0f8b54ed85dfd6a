import { SETTINGS, type SettingDef } from '@djt/shared';
import {
  changesOf,
  formatSettingValue,
  fromInput,
  groupByRule,
  isDefaultInput,
  problemOf,
  sameValue,
  settingDefOf,
  settingKeyOfError,
  toInput,
  type SettingLike,
} from './settings-form';

/**
 * A number setting and a months setting of a sample rule, defined here so that the form's logic
 * is tested apart from any record module's real settings (the registry's are used where the
 * test is about the registry).
 */
const RULE = 'sample.monthly';
const MIN = `${RULE}.minHours`;
const EXEMPT = `${RULE}.exemptMonths`;
const NUM: SettingDef = {
  kind: 'NUMBER',
  title: { zh: '每月最少课时', en: 'Minimum class-hours a month' },
  unit: { zh: '课时', en: 'class-hours' },
  default: 1,
  min: 0.5,
  max: 8,
  step: 0.5,
};
const MON: SettingDef = {
  kind: 'MONTHS',
  title: { zh: '免于考核的月份', en: 'Exempt months' },
  default: [7, 8],
  maxCount: 6,
};
const SAMPLE: Record<string, SettingDef> = { [MIN]: NUM, [EXEMPT]: MON };

/** A setting as the API lists it, with the bureau's value: a sample one, or one of the registry. */
function apiSetting(key: string, value: unknown): SettingLike {
  const entry = SETTINGS.find((x) => x.key === key);
  const def = SAMPLE[key] ?? entry!.def;
  return {
    key,
    ruleId: entry?.ruleId ?? RULE,
    title: def.title.zh,
    kind: def.kind,
    unit: def.kind === 'NUMBER' ? def.unit.zh : null,
    value,
    default: def.kind === 'MONTHS' ? [...def.default] : def.default,
    min: def.kind === 'NUMBER' ? def.min : null,
    max: def.kind === 'NUMBER' ? def.max : null,
    step: def.kind === 'NUMBER' ? def.step : null,
    maxCount: def.kind === 'MONTHS' ? def.maxCount : null,
  };
}

describe('the settings form follows the shared definitions', () => {
  test('a known key uses the registry definition; an unknown one the definition the API sent', () => {
    for (const known of SETTINGS) expect(settingDefOf(apiSetting(known.key, null))).toBe(known.def);
    const future: SettingLike = { ...apiSetting(MIN, 3), key: 'later.rule.limit', ruleId: 'later.rule' };
    expect(settingDefOf(future)).toMatchObject({ kind: 'NUMBER', min: 0.5, max: 8, step: 0.5, default: 1 });
    const months: SettingLike = { ...apiSetting(EXEMPT, [1]), key: 'later.rule.months', ruleId: 'later.rule' };
    expect(settingDefOf(months)).toMatchObject({ kind: 'MONTHS', maxCount: 6, default: [7, 8] });
  });

  test('values to form inputs and back: numbers as they are, months sorted and once each', () => {
    expect(toInput(NUM, 1.5)).toBe(1.5);
    expect(toInput(NUM, 'x')).toBeNull();
    expect(toInput(MON, [8, 7, 8])).toEqual([7, 8]);
    expect(toInput(MON, null)).toEqual([]);
    expect(fromInput(NUM, null)).toBeNull();
    expect(fromInput(MON, [12, 1])).toEqual([1, 12]);
  });

  test('problems come from the shared check: empty, outside min–max, off the step, too many months', () => {
    expect(problemOf(NUM, 2)).toBeNull();
    expect(problemOf(NUM, 0.5)).toBeNull();
    expect(problemOf(NUM, null)).toEqual({ kind: 'required' });
    const range = { kind: 'range', min: 0.5, max: 8, step: 0.5 };
    expect(problemOf(NUM, 1.3)).toEqual(range);
    expect(problemOf(NUM, 0)).toEqual(range);
    expect(problemOf(NUM, 8.5)).toEqual(range);
    expect(problemOf(MON, [])).toBeNull();
    expect(problemOf(MON, [1, 2, 3, 4, 5, 6])).toBeNull();
    expect(problemOf(MON, [1, 2, 3, 4, 5, 6, 7])).toEqual({ kind: 'months', maxCount: 6 });
    expect(problemOf(MON, [13])).toEqual({ kind: 'months', maxCount: 6 });
  });

  test('same value: months in any order; defaults', () => {
    expect(sameValue([8, 7], [7, 8])).toBe(true);
    expect(sameValue([7], [7, 8])).toBe(false);
    expect(sameValue(1, 1)).toBe(true);
    expect(sameValue(1, [1])).toBe(false);
    expect(isDefaultInput(NUM, 1)).toBe(true);
    expect(isDefaultInput(MON, [8, 7])).toBe(true);
    expect(isDefaultInput(MON, [])).toBe(false);
  });

  test('only real, valid changes are sent, each with its value before', () => {
    const settings = [apiSetting(MIN, 1), apiSetting(EXEMPT, [7, 8])];
    expect(changesOf(settings, {})).toEqual([]);
    // back to the saved value, or the same months reordered: no change
    expect(changesOf(settings, { [MIN]: 1, [EXEMPT]: [8, 7] })).toEqual([]);
    // a value that cannot be saved is not a change to send
    expect(changesOf(settings, { [MIN]: 1.3 })).toEqual([]);
    const changes = changesOf(settings, { [MIN]: 2, [EXEMPT]: [8, 2, 7] });
    expect(changes.map((c) => [c.setting.key, c.before, c.after])).toEqual([
      [MIN, 1, 2],
      [EXEMPT, [7, 8], [2, 7, 8]],
    ]);
  });

  test('values read in both languages', () => {
    expect(formatSettingValue(NUM, 1, 'zh')).toBe('1 课时');
    expect(formatSettingValue(NUM, 1.5, 'en')).toBe('1.5 class-hours');
    expect(formatSettingValue(MON, [8, 7], 'zh')).toBe('7月、8月');
    expect(formatSettingValue(MON, [7, 8], 'en')).toBe('Jul, Aug');
    expect(formatSettingValue(MON, [], 'zh')).toBe('无');
  });
});

describe('settings grouped by rule', () => {
  const rules = [
    { id: 'a', title: 'Rule A', section: '§1' },
    { id: RULE, title: '每月样例规则', section: '§二.1' },
    { id: 'b', title: 'Rule B', section: '§2' },
  ];

  test("in the rules' order; rules without settings left out; an unlisted rule's settings kept", () => {
    const settings = [
      apiSetting(MIN, 1),
      { ...apiSetting(MIN, 1), key: 'orphan.x', ruleId: 'orphan' },
      apiSetting(EXEMPT, [7, 8]),
      { ...apiSetting(MIN, 1), key: 'a.x', ruleId: 'a' },
    ];
    const groups = groupByRule(settings, rules);
    expect(groups.map((g) => [g.ruleId, g.rule?.title ?? null, g.settings.map((s) => s.key)])).toEqual([
      ['a', 'Rule A', ['a.x']],
      [RULE, '每月样例规则', [MIN, EXEMPT]],
      ['orphan', null, ['orphan.x']],
    ]);
  });

  test('every setting of the registry lands in a group', () => {
    const settings = SETTINGS.map((s) => apiSetting(s.key, s.def.default));
    const groups = groupByRule(settings, []);
    expect(groups.flatMap((g) => g.settings.map((s) => s.key))).toEqual(SETTINGS.map((s) => s.key));
  });
});

test('an API refusal names its setting: SETTINGS_RANGE by its detail, UNKNOWN_SETTING by its key', () => {
  const keys = [MIN, EXEMPT];
  expect(settingKeyOfError({ detail: `${MIN}: 0.5–8, step 0.5` }, keys)).toBe(MIN);
  expect(settingKeyOfError({ key: EXEMPT }, keys)).toBe(EXEMPT);
  expect(settingKeyOfError({ key: 'nope.x' }, keys)).toBeNull();
  expect(settingKeyOfError({ detail: 'something else' }, keys)).toBeNull();
  expect(settingKeyOfError(null, keys)).toBeNull();
});
