import { defineModule } from '../../core/module';
import { TheoryClass, TheoryClassAttendance } from './theory-class.entity';
import { theoryClassFacts } from './theory-class.facts';
import {
  Migration20261126000100_theory_class_kit,
  Migration20261130000000_theory_class_person_idx,
} from './theory-class.migration';
import { TheoryClassResolver, theoryClassRules } from './theory-class.resolver';
import { theoryClassSeed } from './theory-class.seed';

/** 思想政治课 (§二.1), the example of docs/adding-a-record-type.md. */
export const theoryClassModule = defineModule({
  name: 'theory-class',
  tables: ['theory_class', 'theory_class_attendance'],
  entities: [TheoryClass, TheoryClassAttendance],
  resolvers: [TheoryClassResolver],
  rules: theoryClassRules,
  migrations: [
    { name: 'Migration20261126000100_theory_class_kit', class: Migration20261126000100_theory_class_kit },
    { name: 'Migration20261130000000_theory_class_person_idx', class: Migration20261130000000_theory_class_person_idx },
  ],
  facts: [theoryClassFacts],
  seed: theoryClassSeed,
});
