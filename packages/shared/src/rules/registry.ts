import { SHARED_MODULES } from '../modules';
import { EMPTY_FACT, type Fact, type RuleDef, type RuleResult, type SettingDef, type SettingValue } from './types';
import { periodEnd, nextDay } from './periods';
import type { SchoolType } from '../tenancy';

/** Every compliance rule, in the order of the module list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly RuleDef<any>[] = SHARED_MODULES.flatMap((m) => m.rules);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}

/** A setting's key: `<rule id>.<name>`, e.g. '<module>.monthly.minClassHours'. */
export const settingKey = (ruleId: string, name: string) => `${ruleId}.${name}`;

export interface SettingEntry {
  key: string;
  ruleId: string;
  name: string;
  def: SettingDef;
}

/** Every bureau setting of every rule. */
export const SETTINGS: readonly SettingEntry[] = RULES.flatMap((r) =>
  Object.entries(r.settings as Record<string, SettingDef>).map(([name, def]) => ({
    key: settingKey(r.id, name),
    ruleId: r.id,
    name,
    def,
  })),
);
const SETTING_BY_KEY = new Map(SETTINGS.map((s) => [s.key, s]));
export function settingByKey(key: string): SettingEntry | undefined {
  return SETTING_BY_KEY.get(key);
}

/** What a bureau stores: only the settings it changed, by key. */
export type StoredSettings = Record<string, SettingValue>;

/** One rule's settings: the bureau's own values over the defaults (unknown keys are ignored). */
export function ruleSettings(rule: RuleDef, stored: StoredSettings | null | undefined): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const [name, def] of Object.entries(rule.settings as Record<string, SettingDef>)) {
    const v = stored?.[settingKey(rule.id, name)];
    out[name] = v !== undefined && checkSetting(def, v).ok ? v : defaultOf(def);
  }
  return out;
}

export function defaultOf(def: SettingDef): SettingValue {
  return def.kind === 'MONTHS' ? [...def.default] : def.default;
}

export type SettingCheck = { ok: true; value: SettingValue } | { ok: false; detail: string };

/** Validates one setting value against its definition (the API refuses, the form shows it). */
export function checkSetting(def: SettingDef, value: unknown): SettingCheck {
  if (def.kind === 'NUMBER') {
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= def.min &&
      value <= def.max &&
      Math.abs(value / def.step - Math.round(value / def.step)) < 1e-9;
    return ok ? { ok, value } : { ok: false, detail: `${def.min}–${def.max}, step ${def.step}` };
  }
  const ok =
    Array.isArray(value) &&
    value.length <= def.maxCount &&
    value.every((m) => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12);
  return ok
    ? { ok, value: [...new Set(value as number[])].sort((a, b) => a - b) }
    : { ok: false, detail: `months 1–12, at most ${def.maxCount}` };
}

/** The last day a period of the rule can be met, under these settings. */
export function dueOnOf(rule: RuleDef, period: string, settings: Record<string, SettingValue>): string {
  return rule.dueOn ? rule.dueOn(period, settings) : periodEnd(rule.period, period);
}

/**
 * Evaluates one period of a rule for a school. With `today` after the due date this is the
 * period's final status, the one the facts table stores.
 */
export function evaluateRule(
  rule: RuleDef,
  fact: Fact | null | undefined,
  opts: { period: string; today: string; settings: Record<string, SettingValue>; schoolType: SchoolType },
): RuleResult & { dueOn: string } {
  const dueOn = dueOnOf(rule, opts.period, opts.settings);
  if (rule.schoolTypes && !rule.schoolTypes.includes(opts.schoolType)) {
    return {
      status: 'NOT_APPLICABLE',
      dueOn,
      reason: { zh: '不适用于该类学校', en: 'Does not apply to this type of school' },
    };
  }
  return { ...rule.evaluate(fact ?? EMPTY_FACT, { ...opts, dueOn }), dueOn };
}

/** The final status of a period: as decided the day after it is due. */
export function finalResult(
  rule: RuleDef,
  fact: Fact | null | undefined,
  opts: { period: string; settings: Record<string, SettingValue>; schoolType: SchoolType },
) {
  const dueOn = dueOnOf(rule, opts.period, opts.settings);
  return evaluateRule(rule, fact, { ...opts, today: nextDay(dueOn) });
}
