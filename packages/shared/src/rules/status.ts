import type { ComplianceStatus } from './types';

/**
 * Today's status from the status a period has once it is due (what the facts table stores).
 * A period that is not met is PENDING until its due date has passed, then MISSED; so a month
 * turns from PENDING to MISSED at local midnight without anything being recomputed.
 */
export function statusAt(finalStatus: ComplianceStatus, dueOn: string, today: string): ComplianceStatus {
  return finalStatus === 'MISSED' && today <= dueOn ? 'PENDING' : finalStatus;
}

export interface Tally {
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
}

export function tally(statuses: Iterable<ComplianceStatus>): Tally {
  const t: Tally = { met: 0, missed: 0, pending: 0, notApplicable: 0 };
  for (const s of statuses) {
    if (s === 'MET') t.met++;
    else if (s === 'MISSED') t.missed++;
    else if (s === 'PENDING') t.pending++;
    else t.notApplicable++;
  }
  return t;
}

/**
 * Completion rate over the periods that are due: met / (met + missed); null when none is due.
 * Pending and exempt periods do not count either way. The one definition every figure uses.
 */
export function rateOf(met: number, missed: number): number | null {
  return met + missed === 0 ? null : met / (met + missed);
}

export function completionRate(statuses: Iterable<ComplianceStatus>): number | null {
  const t = tally(statuses);
  return rateOf(t.met, t.missed);
}

/**
 * A school's score (SPEC §4): the weighted share of its rules met, over the rules with something
 * due. Null when no rule has anything due yet.
 */
export function weightedScore(rules: readonly { weight: number; rate: number | null }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const r of rules) {
    if (r.rate == null) continue;
    sum += r.weight * r.rate;
    weights += r.weight;
  }
  return weights === 0 ? null : sum / weights;
}
