import { defineSharedModule } from '../../rules/module';
import { PERSON_REASONS } from './person.reasons';
import { PERSON_LABELS } from './person.vocabulary';

export * from './person.vocabulary';
export * from './person.reasons';
export * from './person.validation';
export * from './person.import';

/**
 * 党员/教职工: the people roster (add, edit, transfer within the bureau, leave, Excel import and
 * export). Its permissions (person.read, person.readContact, person.write) are the core's:
 * other modules' records name people and mask their personal data by them.
 */
export const personShared = defineSharedModule({
  name: 'person',
  rules: [],
  labels: PERSON_LABELS,
  reasons: PERSON_REASONS,
  permissions: {},
});
