import type { BureauSettings } from './settings';

export const COMPLIANCE_STATUSES = ['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export type Localized = { zh: string; en: string };

/** The outcome of a rule for one period, with a reason that can be shown in either language. */
export interface RuleResult {
  status: ComplianceStatus;
  reason: Localized;
}

export interface ComplianceRule<Facts> {
  id: string;
  title: Localized;
  /** Section of the seed document the rule comes from. */
  section: string;
  period: 'month' | 'quarter' | 'year';
  weight: number;
  evaluate(facts: Facts, settings: BureauSettings): RuleResult;
}
