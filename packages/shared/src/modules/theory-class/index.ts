import { ROLES } from '../../policy/role-list';
import { defineSharedModule } from '../../rules/module';
import { THEORY_CLASS_REASONS } from './theory-class.reasons';
import { theoryClassMonthlyRule } from './theory-class.rule';
import { THEORY_CLASS_LABELS } from './theory-class.vocabulary';

export * from './theory-class.vocabulary';
export * from './theory-class.rule';
export * from './theory-class.reasons';
export * from './theory-class.validation';

/** 思想政治课 (§二.1): what the API and the web client share about the monthly class. */
export const theoryClassShared = defineSharedModule({
  name: 'theory-class',
  rules: [theoryClassMonthlyRule],
  labels: THEORY_CLASS_LABELS,
  reasons: THEORY_CLASS_REASONS,
  permissions: {
    'theoryClass.read': {
      kind: 'read',
      description: 'See political-theory classes (思想政治课)',
      grantedTo: ROLES,
    },
    'theoryClass.write': {
      kind: 'own',
      ownerLevel: 'SCHOOL',
      description: 'Create, edit and delete political-theory classes and their attendance',
      grantedTo: ['SCHOOL_SECRETARY', 'SCHOOL_CLERK'],
    },
  } as const,
});
