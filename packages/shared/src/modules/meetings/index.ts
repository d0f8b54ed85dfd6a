import { ROLES } from '../../policy/role-list';
import { defineSharedModule } from '../../rules/module';
import { MEETINGS_REASONS } from './meetings.reasons';
import { MEETINGS_RULES } from './meetings.rule';
import { MEETINGS_LABELS } from './meetings.vocabulary';

export * from './meetings.vocabulary';
export * from './meetings.rule';
export * from './meetings.reasons';
export * from './meetings.validation';

/** 三会一课 (§四.2, SPEC §3.9): what the API and the web client share about the school's meetings. */
export const meetingsShared = defineSharedModule({
  name: 'meetings',
  rules: MEETINGS_RULES,
  labels: MEETINGS_LABELS,
  reasons: MEETINGS_REASONS,
  permissions: {
    'meetings.read': {
      kind: 'read',
      description: 'See Party meetings (三会一课), their attendance and attached files',
      grantedTo: ROLES,
    },
    'meetings.write': {
      kind: 'own',
      ownerLevel: 'SCHOOL',
      description: 'Record, edit and delete Party meetings, their attendance and attached files',
      grantedTo: ['SCHOOL_SECRETARY', 'SCHOOL_CLERK'],
    },
  } as const,
});
