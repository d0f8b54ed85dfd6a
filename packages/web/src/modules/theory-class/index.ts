import { defineWebRecordModule } from '../record-module';
import { theoryClassMessages } from './theory-class.i18n';

/**
 * 思想政治课 (§二.1) in the web client: the school workspace's section (month strip, class list,
 * the class drawer with attendance), its strings and its audit record kind. Only this entry is
 * loaded up front; the section is its own chunk and the drawer another, loaded on first use.
 */
export const theoryClassWeb = defineWebRecordModule({
  name: 'theory-class',
  i18nKey: 'theoryClass',
  messages: theoryClassMessages,
  titleKey: 'theoryClass.title',
  loadSection: () => import('./theory-class-section').then((m) => m.TheoryClassSection),
  writePermission: 'theoryClass.write',
  auditEntities: { theory_class: 'theoryClass.entity' },
});
