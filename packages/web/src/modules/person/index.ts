import { defineWebRecordModule } from '../record-module';
import { personMessages } from './person.i18n';

/**
 * 党员/教职工 in the web client: the school workspace's roster section (list, add/edit drawer,
 * transfer and leave, Excel import and export), its strings and its audit record kind. Only this
 * entry is loaded up front; the section is its own chunk, the drawers and exceljs load on use.
 */
export const personWeb = defineWebRecordModule({
  name: 'person',
  i18nKey: 'people',
  messages: personMessages,
  titleKey: 'people.title',
  loadSection: () => import('./person-section').then((m) => m.PersonSection),
  writePermission: 'person.write',
  auditEntities: { person: 'people.entity' },
});
