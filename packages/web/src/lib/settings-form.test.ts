import { SETTINGS, settingByKey } from '@djt/shared';
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

const MIN = 'theory-class.monthly.minClassHours';
const EXEMPT = 'theory-class.monthly.exemptMonths';

/** A setting as the API lists it, with the bureau's value. */
function apiSetting(key: string, value: unknown): SettingLike {
  const entry = settingByKey(key)!;
  const def = entry.def;
  return {
    key,
    ruleId: entry.ruleId,
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
    expect(settingDefOf(apiSetting(MIN, 1))).toBe(settingByKey(MIN)!.def);
    const future: SettingLike = { ...apiSetting(MIN, 3), key: 'later.rule.limit', ruleId: 'later.rule' };
    expect(settingDefOf(future)).toMatchObject({ kind: 'NUMBER', min: 0.5, max: 8, step: 0.5, default: 1 });
    const months: SettingLike = { ...apiSetting(EXEMPT, [1]), key: 'later.rule.months', ruleId: 'later.rule' };
    expect(settingDefOf(months)).toMatchObject({ kind: 'MONTHS', maxCount: 6, default: [7, 8] });
  });

  test('values to form inputs and back: numbers as they are, months sorted and once each', () => {
    const num = settingByKey(MIN)!.def;
    const mon = settingByKey(EXEMPT)!.def;
    expect(toInput(num, 1.5)).toBe(1.5);
    expect(toInput(num, 'x')).toBeNull();
    expect(toInput(mon, [8, 7, 8])).toEqual([7, 8]);
    expect(toInput(mon, null)).toEqual([]);
    expect(fromInput(num, null)).toBeNull();
    expect(fromInput(mon, [12, 1])).toEqual([1, 12]);
  });

  test('problems come from the shared check: empty, outside min–max, off the step, too many months', () => {
    const num = settingByKey(MIN)!.def;
    const mon = settingByKey(EXEMPT)!.def;
    expect(problemOf(num, 2)).toBeNull();
    expect(problemOf(num, 0.5)).toBeNull();
    expect(problemOf(num, null)).toEqual({ kind: 'required' });
    const range = { kind: 'range', min: 0.5, max: 8, step: 0.5 };
    expect(problemOf(num, 1.3)).toEqual(range);
    expect(problemOf(num, 0)).toEqual(range);
    expect(problemOf(num, 8.5)).toEqual(range);
    expect(problemOf(mon, [])).toBeNull();
    expect(problemOf(mon, [1, 2, 3, 4, 5, 6])).toBeNull();
    expect(problemOf(mon, [1, 2, 3, 4, 5, 6, 7])).toEqual({ kind: 'months', maxCount: 6 });
    expect(problemOf(mon, [13])).toEqual({ kind: 'months', maxCount: 6 });
  });

  test('same value: months in any order; defaults', () => {
    expect(sameValue([8, 7], [7, 8])).toBe(true);
    expect(sameValue([7], [7, 8])).toBe(false);
    expect(sameValue(1, 1)).toBe(true);
    expect(sameValue(1, [1])).toBe(false);
    expect(isDefaultInput(settingByKey(MIN)!.def, 1)).toBe(true);
    expect(isDefaultInput(settingByKey(EXEMPT)!.def, [8, 7])).toBe(true);
    expect(isDefaultInput(settingByKey(EXEMPT)!.def, [])).toBe(false);
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
    const num = settingByKey(MIN)!.def;
    const mon = settingByKey(EXEMPT)!.def;
    expect(formatSettingValue(num, 1, 'zh')).toBe('1 课时');
    expect(formatSettingValue(num, 1.5, 'en')).toBe('1.5 class-hours');
    expect(formatSettingValue(mon, [8, 7], 'zh')).toBe('7月、8月');
    expect(formatSettingValue(mon, [7, 8], 'en')).toBe('Jul, Aug');
    expect(formatSettingValue(mon, [], 'zh')).toBe('无');
  });
});

describe('settings grouped by rule', () => {
  const rules = [
    { id: 'a', title: 'Rule A', section: '§1' },
    { id: 'theory-class.monthly', title: '每月思想政治课', section: '§二.1' },
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
      ['theory-class.monthly', '每月思想政治课', [MIN, EXEMPT]],
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
