import type { SchoolType } from '../tenancy';

export const COMPLIANCE_STATUSES = ['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export type Localized = { zh: string; en: string };

/** The outcome of a rule for one period, with a reason that can be shown in either language. */
export interface RuleResult {
  status: ComplianceStatus;
  reason: Localized;
}

/**
 * How often a rule is due. Period keys: month 'YYYY-MM'; calendar quarter 'YYYY-Q1'…'YYYY-Q4'
 * (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec); term 'YYYY-1' (spring, Feb–Jul) and 'YYYY-2' (autumn,
 * Aug–Jan of the next year); year 'YYYY'; an event rule is judged per year of its events ('YYYY').
 */
export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'TERM', 'YEAR', 'EVENT'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A numeric bureau setting of a rule: one definition gives the default, the range and the form. */
export interface NumberSetting {
  kind: 'NUMBER';
  title: Localized;
  unit: Localized;
  default: number;
  min: number;
  max: number;
  /** Values are whole multiples of the step (0.5 for class-hours). */
  step: number;
}

/** A set of months (1–12) of the year, e.g. the exempt summer months. */
export interface MonthsSetting {
  kind: 'MONTHS';
  title: Localized;
  default: readonly number[];
  /** At most this many months may be chosen. */
  maxCount: number;
}

export type SettingDef = NumberSetting | MonthsSetting;
export type SettingDefs = Record<string, SettingDef>;
export type SettingValue = number | number[];
export type SettingValueOf<D extends SettingDef> = D extends NumberSetting ? number : number[];
export type SettingValues<S extends SettingDefs> = { -readonly [K in keyof S]: SettingValueOf<S[K]> };

/**
 * What a rule is judged on for one school and period, read from the compliance facts: a measure
 * (`value`, e.g. class-hours held) and a small numeric breakdown (`detail`, e.g. classes: 3).
 * A period without records has the empty fact { value: 0, detail: {} }.
 */
export interface Fact {
  value: number;
  detail: Record<string, number>;
}
export const EMPTY_FACT: Fact = Object.freeze({ value: 0, detail: Object.freeze({}) }) as Fact;

export interface EvalContext<S extends SettingDefs> {
  /** Today in the bureau's time zone, 'YYYY-MM-DD': decides whether a period is still open. */
  today: string;
  period: string;
  /** The last day on which the period can still be met (see RuleDef.dueOn). */
  dueOn: string;
  settings: SettingValues<S>;
  schoolType: SchoolType;
}

/**
 * A compliance rule (SPEC §4): a typed value with a pure evaluation. Its settings are bureau
 * settings with defaults; the same definitions drive defaults, merging, API validation and the
 * settings form.
 */
export interface RuleDef<S extends SettingDefs = SettingDefs> {
  /** Stable id, `<module>.<rule>`, e.g. '<module>.monthly'. */
  id: string;
  title: Localized;
  description: Localized;
  /** Section of the seed document the rule comes from. */
  section: string;
  period: PeriodKind;
  /** Weight in a school's score (SPEC §4: the weighted share of rules met). */
  weight: number;
  /** School types the rule applies to; all when omitted. */
  schoolTypes?: readonly SchoolType[];
  /** What a fact's value measures, e.g. 课时 / class-hours. */
  measure: Localized;
  settings: S;
  /** The last day a period can be met; by default the period's last day. */
  dueOn?(period: string, settings: SettingValues<S>): string;
  /**
   * Decides one period. Must be monotone in time: before `dueOn` a period that is not met is
   * PENDING, after it MISSED, so that the status stored for "after the due date" can be turned
   * into today's status without the records (see statusAt).
   */
  evaluate(fact: Fact, ctx: EvalContext<S>): RuleResult;
}

/** Declares a rule with its settings typed from their definitions. */
export function defineRule<S extends SettingDefs>(def: RuleDef<S>): RuleDef<S> {
  return def;
}
