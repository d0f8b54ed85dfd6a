import { defineWebRecordModule } from '../record-module';
import { majorMattersMessages } from './major-matters.i18n';

/**
 * 重大事项 (三重一大, §二.2) in the web client: the school workspace's section (the decision rules
 * of the year, each matter with its decision flow as steps, votes, execution and the guidance of
 * the district and bureau), its strings and its audit record kinds. The forms are their own chunk.
 */
export const majorMattersWeb = defineWebRecordModule({
  name: 'major-matters',
  i18nKey: 'majorMatters',
  messages: majorMattersMessages,
  titleKey: 'majorMatters.title',
  loadSection: () => import('./major-matters-section').then((m) => m.MajorMattersSection),
  writePermission: 'majorMatters.write',
  auditEntities: {
    major_matter: 'majorMatters.entity',
    major_matter_vote: 'majorMatters.voteEntity',
    major_matter_comment: 'majorMatters.commentEntity',
  },
});
