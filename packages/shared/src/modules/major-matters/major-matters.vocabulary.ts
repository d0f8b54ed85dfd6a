import type { Localized } from '../../rules/types';

/**
 * 重大事项 (三重一大, SPEC §3.3, seed §二.2): the categories of matter a school Party organisation
 * decides collectively. A large expenditure is a major matter only from the bureau's threshold on.
 */
export const MATTER_CATEGORIES = [
  'DEVELOPMENT_PLAN',
  'CADRE_APPOINTMENT',
  'AWARDS_SELECTION',
  'REWARDS_PENALTIES',
  'PERSONNEL_TITLES',
  'CONSTRUCTION_PROJECT',
  'LARGE_EXPENDITURE',
] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

/** The category whose quorum is the stricter one (at least ⅔ by default). */
export const CADRE_CATEGORY: MatterCategory = 'CADRE_APPOINTMENT';
/** The category that needs an amount at or above the bureau's threshold. */
export const EXPENDITURE_CATEGORY: MatterCategory = 'LARGE_EXPENDITURE';

/** DRAFT → PROPOSED (on the agenda) → DECIDED (approved / rejected / deferred) → EXECUTED. */
export const MATTER_STATES = ['DRAFT', 'PROPOSED', 'DECIDED', 'EXECUTED'] as const;
export type MatterState = (typeof MATTER_STATES)[number];

/** What the meeting decided. */
export const MATTER_OUTCOMES = ['APPROVED', 'REJECTED', 'DEFERRED'] as const;
export type MatterOutcome = (typeof MATTER_OUTCOMES)[number];

/** The result of one recorded vote: a decision, or no quorum (the matter stays PROPOSED). */
export const MATTER_VOTE_RESULTS = ['APPROVED', 'REJECTED', 'DEFERRED', 'NO_QUORUM'] as const;
export type MatterVoteResult = (typeof MATTER_VOTE_RESULTS)[number];

/** Meetings (三会一课 kinds) at which a matter can be decided: 支委会 or 支部党员大会. */
export const DECISION_MEETING_KINDS = ['BRANCH_COMMITTEE', 'MEMBERS_MEETING'] as const;

/**
 * Every state change a matter may make — the one table the service checks and the database
 * trigger is generated from. An edit keeps DRAFT or PROPOSED; a deferred matter (DECIDED,
 * DEFERRED) may be voted on again at a later meeting, so DECIDED → DECIDED is allowed only from
 * a deferral (the trigger checks that too). EXECUTED is final.
 */
export const MATTER_TRANSITIONS: readonly (readonly [MatterState, MatterState])[] = [
  ['DRAFT', 'DRAFT'],
  ['DRAFT', 'PROPOSED'],
  ['PROPOSED', 'PROPOSED'],
  ['PROPOSED', 'DECIDED'],
  ['DECIDED', 'DECIDED'],
  ['DECIDED', 'EXECUTED'],
];

export function canTransition(from: MatterState, to: MatterState): boolean {
  return MATTER_TRANSITIONS.some(([f, t]) => f === from && t === to);
}

export const MAJOR_MATTERS_LABELS = {
  matterCategory: {
    DEVELOPMENT_PLAN: { zh: '发展规划', en: 'Development plan' },
    CADRE_APPOINTMENT: { zh: '干部任免', en: 'Cadre appointment and removal' },
    AWARDS_SELECTION: { zh: '评优评先', en: 'Awards and selections' },
    REWARDS_PENALTIES: { zh: '奖惩', en: 'Rewards and penalties' },
    PERSONNEL_TITLES: { zh: '人事及职称', en: 'Personnel and professional titles' },
    CONSTRUCTION_PROJECT: { zh: '基建项目', en: 'Construction project' },
    LARGE_EXPENDITURE: { zh: '大额经费支出', en: 'Large expenditure' },
  },
  matterState: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    PROPOSED: { zh: '已提交会议', en: 'Proposed' },
    DECIDED: { zh: '已决策', en: 'Decided' },
    EXECUTED: { zh: '已执行', en: 'Executed' },
  },
  matterOutcome: {
    APPROVED: { zh: '通过', en: 'Approved' },
    REJECTED: { zh: '未通过', en: 'Rejected' },
    DEFERRED: { zh: '暂缓', en: 'Deferred' },
  },
  matterVoteResult: {
    APPROVED: { zh: '通过', en: 'Approved' },
    REJECTED: { zh: '未通过', en: 'Rejected' },
    DEFERRED: { zh: '暂缓', en: 'Deferred' },
    NO_QUORUM: { zh: '未达到法定人数', en: 'No quorum' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** Input limits of a major matter, shared by the API and the web form. Text lengths count characters. */
export const MATTER_LIMITS = {
  titleMax: 100,
  descriptionMax: 2000,
  communicationMax: 1000,
  executionNoteMax: 1000,
  commentMax: 1000,
  /** Yuan, two decimals. */
  amountMax: 10_000_000_000,
  /** How far back a date may be recorded, in days. */
  recordBackDays: 3 * 366,
} as const;
