import { ROLES } from '../../policy/role-list';
import { defineSharedModule } from '../../rules/module';
import { MAJOR_MATTERS_REASONS } from './major-matters.reasons';
import { MAJOR_MATTERS_RULES } from './major-matters.rule';
import { MAJOR_MATTERS_LABELS } from './major-matters.vocabulary';

export * from './major-matters.vocabulary';
export * from './major-matters.rule';
export * from './major-matters.reasons';
export * from './major-matters.validation';

/** 重大事项 (三重一大, §二.2, SPEC §3.3): what the API and the web client share about major matters. */
export const majorMattersShared = defineSharedModule({
  name: 'major-matters',
  rules: MAJOR_MATTERS_RULES,
  labels: MAJOR_MATTERS_LABELS,
  reasons: MAJOR_MATTERS_REASONS,
  permissions: {
    'majorMatters.read': {
      kind: 'read',
      description: 'See major matters (三重一大), their votes, execution, compliance and guidance comments',
      grantedTo: ROLES,
    },
    'majorMatters.write': {
      kind: 'own',
      ownerLevel: 'SCHOOL',
      description: 'Record major matters, their prior communication, votes and execution',
      grantedTo: ['SCHOOL_SECRETARY', 'SCHOOL_CLERK'],
    },
    'majorMatters.guide': {
      kind: 'service',
      description: "Add a guidance comment to a lower organisation's major matter (a service object, SPEC §2)",
      grantedTo: ['DISTRICT_ADMIN', 'BUREAU_ADMIN'],
    },
  } as const,
});
