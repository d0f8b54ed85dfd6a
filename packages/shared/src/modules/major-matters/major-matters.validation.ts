import { daysBetween } from '../../rules/periods';
import { MAJOR_MATTERS_REASONS } from './major-matters.reasons';
import {
  CADRE_CATEGORY,
  EXPENDITURE_CATEGORY,
  MATTER_CATEGORIES,
  MATTER_LIMITS as L,
  type MatterCategory,
  type MatterVoteResult,
} from './major-matters.vocabulary';

/**
 * The checks of a major matter and of its vote, run by the API before it writes and by the web
 * form as the user types: every problem, in the order of the form's fields. The API refuses with
 * the first. Text lengths count characters (code points).
 */

type Reason = keyof typeof MAJOR_MATTERS_REASONS;
type Params = Record<string, string | number>;

export const MATTER_FIELDS = ['category', 'title', 'description', 'amount', 'communicatedOn', 'communication'] as const;
export type MatterField = (typeof MATTER_FIELDS)[number];

export interface MatterProblem<F extends string = MatterField> {
  field: F;
  reason: Reason | 'INVALID_INPUT';
  params?: Params;
}

/** A matter as the user gave it. */
export interface MatterDraft {
  category: MatterCategory;
  title: string;
  description?: string | null;
  /** Yuan; required for a large expenditure, which must reach the bureau's threshold. */
  amount?: number | null;
  /** 会前沟通: when the secretary and the principal communicated, and what they agreed. */
  communicatedOn?: string | null;
  communication?: string | null;
}

export interface MatterValue {
  category: MatterCategory;
  title: string;
  description: string | null;
  amount: number | null;
  communicatedOn: string | null;
  communication: string | null;
}

export interface MatterContext {
  /** 'YYYY-MM-DD' in the bureau's time zone. */
  today: string;
  /** The bureau's large-expenditure threshold in yuan (setting of the decided-first rule). */
  expenditureThreshold: number;
}

const chars = (text: string): number => [...text].length;
const trimmed = (s: string | null | undefined): string | null => (typeof s === 'string' && s.trim() ? s.trim() : null);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** Problems of a date that must be well-formed, not after today and not too far back. */
export function matterDateProblem(date: string, today: string): Reason | null {
  if (!isDate(date)) return 'MATTER_DATE_INVALID';
  if (date > today) return 'MATTER_DATE_IN_FUTURE';
  if (daysBetween(date, today) > L.recordBackDays) return 'MATTER_DATE_TOO_FAR';
  return null;
}

/** Whether an amount is a positive number of yuan with at most two decimals, within the limit. */
const isAmount = (n: number) =>
  Number.isFinite(n) && n > 0 && n <= L.amountMax && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

export function validateMatter(
  input: MatterDraft,
  ctx: MatterContext,
): { value?: MatterValue; problems: MatterProblem[] } {
  const problems: MatterProblem[] = [];
  const add = (field: MatterField, reason: Reason | 'INVALID_INPUT', params?: Params) =>
    problems.push(params ? { field, reason, params } : { field, reason });

  if (!MATTER_CATEGORIES.includes(input.category)) add('category', 'INVALID_INPUT', { detail: 'category' });
  const title = trimmed(input.title);
  if (!title) add('title', 'MATTER_TITLE_REQUIRED');
  else if (chars(title) > L.titleMax) add('title', 'MATTER_TITLE_TOO_LONG', { max: L.titleMax });
  const description = trimmed(input.description);
  if (description && chars(description) > L.descriptionMax)
    add('description', 'MATTER_DESCRIPTION_TOO_LONG', { max: L.descriptionMax });

  const amount = input.amount ?? null;
  if (amount !== null && !isAmount(amount)) add('amount', 'MATTER_AMOUNT_INVALID', { max: L.amountMax });
  else if (input.category === EXPENDITURE_CATEGORY) {
    if (amount === null) add('amount', 'MATTER_AMOUNT_REQUIRED');
    else if (amount < ctx.expenditureThreshold)
      add('amount', 'MATTER_BELOW_THRESHOLD', { amount, threshold: ctx.expenditureThreshold });
  }

  const communicatedOn = trimmed(input.communicatedOn);
  const communication = trimmed(input.communication);
  if (communicatedOn) {
    const p = matterDateProblem(communicatedOn, ctx.today);
    if (p) add('communicatedOn', p);
  }
  // The communication is recorded whole or not at all: a date and what was agreed.
  if (!!communicatedOn !== !!communication)
    add(communicatedOn ? 'communication' : 'communicatedOn', 'MATTER_COMMUNICATION_REQUIRED');
  if (communication && chars(communication) > L.communicationMax)
    add('communication', 'MATTER_COMMUNICATION_TOO_LONG', { max: L.communicationMax });

  if (problems.length) return { problems };
  return {
    problems,
    value: { category: input.category, title: title!, description, amount, communicatedOn, communication },
  };
}

// ---------------------------------------------------------------------------------------------
// The vote

/** A meeting's counts that decide a vote: Party members expected (应到会), present, and voting present. */
export interface VoteMeetingCounts {
  memberExpected: number;
  memberPresent: number;
  /** Full members present: the ballots cannot exceed them (probationary members do not vote). */
  votingPresent: number;
}

export interface VoteDraft {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** The meeting decided to defer the matter (暂缓), whatever the tally. */
  deferred?: boolean | null;
}

/** The bureau's thresholds (settings of the quorum rule), in percent. */
export interface VoteThresholds {
  /** Quorum: present must be MORE than this share of those expected. */
  quorumPercent: number;
  /** Quorum of a cadre appointment or removal: present must be AT LEAST this share. */
  cadreQuorumPercent: number;
  /** Passes when votes in favour are MORE than this share of those expected (应到会). */
  passPercent: number;
}

export const DEFAULT_VOTE_THRESHOLDS: VoteThresholds = {
  quorumPercent: 50,
  cadreQuorumPercent: 66.67,
  passPercent: 50,
};

/** present / expected ≥ percent (within half a hundredth of a percent, so 66.67 % is ⅔). */
export const atLeastShare = (n: number, of: number, percent: number) => of > 0 && n / of >= percent / 100 - 0.00005;
/** present / expected > percent. */
export const moreThanShare = (n: number, of: number, percent: number) => of > 0 && n * 100 > percent * of + 1e-9;

/** Whether a meeting with these counts has the quorum for a matter of this category. */
export function quorumReached(category: MatterCategory, counts: VoteMeetingCounts, t: VoteThresholds): boolean {
  return category === CADRE_CATEGORY
    ? atLeastShare(counts.memberPresent, counts.memberExpected, t.cadreQuorumPercent)
    : moreThanShare(counts.memberPresent, counts.memberExpected, t.quorumPercent);
}

export const VOTE_FIELDS = ['meetingId', 'votesFor', 'votesAgainst', 'abstentions'] as const;
export type VoteField = (typeof VOTE_FIELDS)[number];

/**
 * Checks a vote against its meeting's counts and judges it: every problem (a count that is not
 * a whole number, more ballots than voting members present), else the result — NO_QUORUM when
 * too few were present (recorded as such; the matter stays PROPOSED), DEFERRED when the meeting
 * deferred it, APPROVED when the votes in favour exceed the pass share of those expected.
 */
export function judgeVote(
  category: MatterCategory,
  vote: VoteDraft,
  counts: VoteMeetingCounts,
  t: VoteThresholds,
): { result?: MatterVoteResult; quorumMet?: boolean; problems: MatterProblem<VoteField>[] } {
  const problems: MatterProblem<VoteField>[] = [];
  for (const f of ['votesFor', 'votesAgainst', 'abstentions'] as const)
    if (!Number.isInteger(vote[f]) || vote[f] < 0) problems.push({ field: f, reason: 'MATTER_VOTES_INVALID' });
  if (problems.length) return { problems };
  if (counts.memberExpected === 0)
    return { problems: [{ field: 'meetingId', reason: 'MATTER_MEETING_NO_ATTENDANCE' }] };
  const ballots = vote.votesFor + vote.votesAgainst + vote.abstentions;
  if (ballots > counts.votingPresent)
    return {
      problems: [
        {
          field: 'votesFor',
          reason: 'MATTER_BALLOTS_EXCEED_PRESENT',
          params: { ballots, present: counts.votingPresent },
        },
      ],
    };
  const quorumMet = quorumReached(category, counts, t);
  if (!quorumMet) return { result: 'NO_QUORUM', quorumMet, problems };
  if (vote.deferred) return { result: 'DEFERRED', quorumMet, problems };
  return {
    result: moreThanShare(vote.votesFor, counts.memberExpected, t.passPercent) ? 'APPROVED' : 'REJECTED',
    quorumMet,
    problems,
  };
}

/** The quorum's wording for a reason: "more than 50%" or "at least 66.67%". */
export function quorumWords(category: MatterCategory, t: VoteThresholds): { zh: string; en: string } {
  return category === CADRE_CATEGORY
    ? { zh: `干部任免须不少于 ${t.cadreQuorumPercent}%`, en: `at least ${t.cadreQuorumPercent}% for a cadre matter` }
    : { zh: `须超过 ${t.quorumPercent}%`, en: `more than ${t.quorumPercent}%` };
}
