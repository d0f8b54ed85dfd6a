import { defineWebRecordModule } from '../record-module';
import { meetingsMessages } from './meetings.i18n';

/**
 * 三会一课 (§四.2) in the web client: the school workspace's section (the meeting rules of this
 * period, the year's meetings with attendance and files, the meeting drawer), its strings and
 * its audit record kinds. The section is its own chunk and the drawer another.
 */
export const meetingsWeb = defineWebRecordModule({
  name: 'meetings',
  i18nKey: 'meetings',
  messages: meetingsMessages,
  titleKey: 'meetings.title',
  loadSection: () => import('./meetings-section').then((m) => m.MeetingsSection),
  writePermission: 'meetings.write',
  auditEntities: { meeting: 'meetings.entity', meeting_attachment: 'meetings.attachmentEntity' },
});
