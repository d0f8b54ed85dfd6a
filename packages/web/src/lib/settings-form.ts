import { checkSetting, defaultOf, settingByKey, type Lang, type SettingDef } from '@djt/shared';
import { formatAmount, formatMonthNumber } from './format';

/**
 * The bureau's rule settings form, as pure functions: which definition a setting follows, the
 * form's value for a setting and back, the problem of a value (by the shared `checkSetting`, the
 * same check the API refuses with), what changed, and the settings grouped under their rules.
 */

/** A rule setting as the API lists it (`me.settings`, the answer of `updateBureauSettings`). */
export interface SettingLike {
  key: string;
  ruleId: string;
  title: string;
  kind: 'NUMBER' | 'MONTHS';
  unit: string | null;
  value: unknown;
  default: unknown;
  min: number | null;
  max: number | null;
  step: number | null;
  maxCount: number | null;
}

/** What a field holds: a number (null while the box is empty), or the chosen months 1–12. */
export type SettingInputValue = number | null | readonly number[];

/**
 * The setting's definition: the shared registry's (one schema for defaults, merging, the API's
 * validation and this form), or, for a key this build does not know yet, the one the API sent.
 */
export function settingDefOf(s: SettingLike): SettingDef {
  const known = settingByKey(s.key)?.def;
  if (known && known.kind === s.kind) return known;
  const title = { zh: s.title, en: s.title };
  if (s.kind === 'MONTHS')
    return {
      kind: 'MONTHS',
      title,
      default: Array.isArray(s.default) ? (s.default as number[]) : [],
      maxCount: s.maxCount ?? 12,
    };
  return {
    kind: 'NUMBER',
    title,
    unit: { zh: s.unit ?? '', en: s.unit ?? '' },
    default: typeof s.default === 'number' ? s.default : 0,
    min: s.min ?? Number.NEGATIVE_INFINITY,
    max: s.max ?? Number.POSITIVE_INFINITY,
    step: s.step ?? 1,
  };
}

const sortedMonths = (v: readonly unknown[]): number[] =>
  [...new Set(v.filter((m): m is number => typeof m === 'number'))].sort((a, b) => a - b);

/** A stored value as the form shows it. */
export function toInput(def: SettingDef, value: unknown): SettingInputValue {
  if (def.kind === 'NUMBER') return typeof value === 'number' ? value : null;
  return Array.isArray(value) ? sortedMonths(value) : [];
}

/** The form's value as the API takes it (months in order, each once). */
export function fromInput(def: SettingDef, input: SettingInputValue): number | number[] | null {
  if (def.kind === 'NUMBER') return typeof input === 'number' ? input : null;
  return Array.isArray(input) ? sortedMonths(input) : [];
}

/** Why a value cannot be saved, in terms the page translates. */
export type SettingProblem =
  | { kind: 'required' }
  | { kind: 'range'; min: number; max: number; step: number }
  | { kind: 'months'; maxCount: number };

/** The problem of a form value, by the shared check the API applies too; null when it can be saved. */
export function problemOf(def: SettingDef, input: SettingInputValue): SettingProblem | null {
  const value = fromInput(def, input);
  if (value === null) return { kind: 'required' };
  if (checkSetting(def, value).ok) return null;
  return def.kind === 'NUMBER'
    ? { kind: 'range', min: def.min, max: def.max, step: def.step }
    : { kind: 'months', maxCount: def.maxCount };
}

/** Two setting values are the same: equal numbers, or the same months in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = sortedMonths(a);
    const y = sortedMonths(b);
    return x.length === y.length && x.every((m, i) => m === y[i]);
  }
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : false;
}

export function isDefaultInput(def: SettingDef, input: SettingInputValue): boolean {
  return sameValue(fromInput(def, input), defaultOf(def));
}

/** One change the form would send, with the value before it (for the confirmation). */
export interface SettingChange<S extends SettingLike = SettingLike> {
  setting: S;
  def: SettingDef;
  before: unknown;
  after: number | number[];
}

/**
 * The edits that differ from the saved values, in the settings' order. Drafts equal to the saved
 * value are not changes; a draft that cannot be saved is left out (see `problemOf`).
 */
export function changesOf<S extends SettingLike>(
  settings: readonly S[],
  drafts: Readonly<Record<string, SettingInputValue>>,
): SettingChange<S>[] {
  const out: SettingChange<S>[] = [];
  for (const s of settings) {
    if (!(s.key in drafts)) continue;
    const def = settingDefOf(s);
    const after = fromInput(def, drafts[s.key]);
    if (after === null || problemOf(def, drafts[s.key])) continue;
    if (!sameValue(after, s.value)) out.push({ setting: s, def, before: s.value, after });
  }
  return out;
}

/** A value for reading: '1 课时' / '1.5 class-hours'; months '7月、8月' / 'Jul, Aug', none '无' / 'none'. */
export function formatSettingValue(def: SettingDef, value: unknown, lang: Lang): string {
  if (def.kind === 'NUMBER') {
    if (typeof value !== 'number') return '—';
    const unit = def.unit[lang];
    return unit ? `${formatAmount(value)} ${unit}` : formatAmount(value);
  }
  const months = Array.isArray(value) ? sortedMonths(value) : [];
  if (!months.length) return lang === 'en' ? 'none' : '无';
  return months.map((m) => formatMonthNumber(m, lang)).join(lang === 'en' ? ', ' : '、');
}

/** A rule as `complianceRules` lists it (in the registry's order). */
export interface RuleLike {
  id: string;
  title: string;
  section?: string | null;
  description?: string | null;
}

export interface SettingGroup<S extends SettingLike, R extends RuleLike> {
  ruleId: string;
  /** The rule, or null when the rule list does not name it (the group is then titled by its id). */
  rule: R | null;
  settings: S[];
}

/**
 * The settings under their rules, in the rules' order, each rule's settings in the API's order.
 * Rules without a setting are left out; a setting of a rule missing from the list still shows,
 * in a group of its own at the end, so nothing the bureau can change is hidden.
 */
export function groupByRule<S extends SettingLike, R extends RuleLike>(
  settings: readonly S[],
  rules: readonly R[],
): SettingGroup<S, R>[] {
  const byRule = new Map<string, S[]>();
  for (const s of settings) byRule.set(s.ruleId, [...(byRule.get(s.ruleId) ?? []), s]);
  const groups: SettingGroup<S, R>[] = [];
  for (const rule of rules) {
    const own = byRule.get(rule.id);
    if (!own) continue;
    groups.push({ ruleId: rule.id, rule, settings: own });
    byRule.delete(rule.id);
  }
  for (const [ruleId, own] of byRule) groups.push({ ruleId, rule: null, settings: own });
  return groups;
}

/**
 * The key named by a settings refusal of the API (`SETTINGS_RANGE` sends `detail: "<key>: …"`,
 * `UNKNOWN_SETTING` sends `key`), so the message can sit on that field; null if none is known.
 */
export function settingKeyOfError(
  params: Record<string, unknown> | null | undefined,
  keys: readonly string[],
): string | null {
  if (!params) return null;
  if (typeof params.key === 'string' && keys.includes(params.key)) return params.key;
  if (typeof params.detail === 'string') {
    const key = params.detail.split(':')[0]?.trim();
    if (key && keys.includes(key)) return key;
  }
  return null;
}
