import { defineModule } from '../../core/module';
import { Person } from './person.entity';
import { PersonResolver, personRules } from './person.resolver';

/** 党员/教职工: the people of each school (read-only so far; the roster comes with its own issue). */
export const personModule = defineModule({
  name: 'person',
  tables: ['person'],
  entities: [Person],
  resolvers: [PersonResolver],
  rules: personRules,
});
