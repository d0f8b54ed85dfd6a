/** Domain vocabularies shared by the API's GraphQL enums and the web client's labels. */
import { MODULE_LABELS } from './modules';
import type { Localized } from './rules/types';

export * from './vocabulary';

const CORE_LABELS = {
  level: {
    BUREAU: { zh: '教育局党委', en: 'Bureau' },
    DISTRICT: { zh: '区县教育党工委', en: 'District' },
    SCHOOL: { zh: '学校党组织', en: 'School' },
  },
  schoolType: {
    PRIMARY: { zh: '小学', en: 'Primary' },
    JUNIOR: { zh: '初中', en: 'Junior secondary' },
    SENIOR: { zh: '高中', en: 'Senior secondary' },
    NINE_YEAR: { zh: '九年一贯制', en: 'Nine-year' },
    VOCATIONAL: { zh: '职业学校', en: 'Vocational' },
  },
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
  complianceStatus: {
    MET: { zh: '已完成', en: 'Met' },
    MISSED: { zh: '未完成', en: 'Missed' },
    PENDING: { zh: '进行中', en: 'Pending' },
    NOT_APPLICABLE: { zh: '免排', en: 'Exempt' },
  },
  periodKind: {
    MONTH: { zh: '每月', en: 'Monthly' },
    QUARTER: { zh: '每季度', en: 'Quarterly' },
    TERM: { zh: '每学期', en: 'Each term' },
    YEAR: { zh: '每年', en: 'Yearly' },
    EVENT: { zh: '每项', en: 'Each event' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** Labels of every vocabulary, the core's and each record module's. */
export const LABELS = { ...CORE_LABELS, ...MODULE_LABELS };

export { LIMITS } from './limits';
