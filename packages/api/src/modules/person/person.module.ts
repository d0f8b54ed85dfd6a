import { defineModule } from '../../core/module';
import { Person } from './person.entity';
import {
  Migration20261129000000_person_roster,
  Migration20261130000400_person_transfer_other_school_idx,
} from './person.migration';
import { PersonResolver, personRules } from './person.resolver';
import { personSeed } from './person.seed';

/** 党员/教职工: the people roster (add, edit, transfer, leave, Excel import). */
export const personModule = defineModule({
  name: 'person',
  tables: ['person', 'person_transfer', 'person_import_chunk'],
  entities: [Person],
  resolvers: [PersonResolver],
  rules: personRules,
  seed: personSeed,
  migrations: [
    { name: 'Migration20261129000000_person_roster', class: Migration20261129000000_person_roster },
    {
      name: 'Migration20261130000400_person_transfer_other_school_idx',
      class: Migration20261130000400_person_transfer_other_school_idx,
    },
  ],
});
