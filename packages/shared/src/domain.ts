/** Domain vocabularies shared by the API's GraphQL enums and the web client's labels. */
import { MODULE_LABELS } from './modules';
import type { Localized } from './rules/types';
import { PEOPLE_LABELS } from './vocabulary';

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
  ...PEOPLE_LABELS,
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
