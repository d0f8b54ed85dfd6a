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
