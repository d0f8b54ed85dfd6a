import type { Localized } from './rules/types';

/** The core's vocabularies (people), a leaf module: record modules' types can use them freely. */
export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

/** 正式党员 / 预备党员 / 非党员 */
export const PARTY_STATUSES = ['FULL', 'PROBATIONARY', 'NONE'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];

/** Party posts held part-time by teachers (§三). */
export const PARTY_POSTS = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'COMMITTEE_MEMBER',
  'ORGANISATION_COMMITTEE',
  'PROPAGANDA_COMMITTEE',
  'DISCIPLINE_COMMITTEE',
  'GROUP_LEADER',
  'PARTY_AFFAIRS_OFFICER',
] as const;
export type PartyPost = (typeof PARTY_POSTS)[number];

/** Labels of the people vocabularies (a leaf: the roster's importer reads them without an import cycle). */
export const PEOPLE_LABELS = {
  gender: { MALE: { zh: '男', en: 'Male' }, FEMALE: { zh: '女', en: 'Female' } },
  partyStatus: {
    FULL: { zh: '正式党员', en: 'Full member' },
    PROBATIONARY: { zh: '预备党员', en: 'Probationary member' },
    NONE: { zh: '非党员', en: 'Non-member' },
  },
  partyPost: {
    SECRETARY: { zh: '书记', en: 'Secretary' },
    DEPUTY_SECRETARY: { zh: '副书记', en: 'Deputy secretary' },
    COMMITTEE_MEMBER: { zh: '支委', en: 'Committee member' },
    ORGANISATION_COMMITTEE: { zh: '组织委员', en: 'Organisation committee member' },
    PROPAGANDA_COMMITTEE: { zh: '宣传委员', en: 'Propaganda committee member' },
    DISCIPLINE_COMMITTEE: { zh: '纪检委员', en: 'Discipline committee member' },
    GROUP_LEADER: { zh: '党小组长', en: 'Party group leader' },
    PARTY_AFFAIRS_OFFICER: { zh: '党务干事', en: 'Party affairs officer' },
  },
} satisfies Record<string, Record<string, Localized>>;
