import type { OrgLevel } from '../tenancy';
import { MODULE_PERMISSIONS } from '../modules';
import type { Permission } from './permissions';
import { ROLES, type Role } from './role-list';

export { ROLES, type Role };

/** The level of organisation a role is assigned at. */
export const ROLE_LEVEL: Record<Role, OrgLevel> = {
  BUREAU_ADMIN: 'BUREAU',
  BUREAU_VIEWER: 'BUREAU',
  DISTRICT_ADMIN: 'DISTRICT',
  DISTRICT_VIEWER: 'DISTRICT',
  SCHOOL_SECRETARY: 'SCHOOL',
  SCHOOL_CLERK: 'SCHOOL',
  MEMBER: 'SCHOOL',
};

const READ_ALL: Permission[] = [
  'organisation.read',
  'person.read',
  'compliance.read',
  'compliance.export',
  'settings.read',
];

/**
 * What each role is granted. Whether a grant applies to a given target is decided by the
 * permission's kind (see permissions.ts), so a DISTRICT_ADMIN holding a school's `*.write`
 * would still not edit a school's class; we simply do not grant it.
 */
const CORE_GRANTS: Record<Role, readonly Permission[]> = {
  BUREAU_ADMIN: [...READ_ALL, 'settings.configure', 'audit.read'],
  BUREAU_VIEWER: READ_ALL,
  DISTRICT_ADMIN: [...READ_ALL, 'audit.read'],
  DISTRICT_VIEWER: READ_ALL,
  SCHOOL_SECRETARY: [...READ_ALL, 'person.readContact', 'person.write', 'audit.read'],
  SCHOOL_CLERK: [...READ_ALL, 'person.readContact', 'person.write'],
  // compliance.read: their own school's checklist (can() limits a member's reads to the school).
  MEMBER: ['organisation.read', 'compliance.read', 'settings.read', 'person.readContact'],
};

/** The core's grants plus each record module's (its permissions name the roles they go to). */
export const ROLE_GRANTS: Record<Role, readonly Permission[]> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    [
      ...CORE_GRANTS[role],
      ...(Object.entries(MODULE_PERMISSIONS) as [Permission, { grantedTo: readonly Role[] }][])
        .filter(([, def]) => def.grantedTo.includes(role))
        .map(([p]) => p),
    ],
  ]),
) as unknown as Record<Role, readonly Permission[]>;

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  BUREAU_ADMIN: { zh: '教育局党委管理员', en: 'Bureau administrator' },
  BUREAU_VIEWER: { zh: '教育局党委查看员', en: 'Bureau viewer' },
  DISTRICT_ADMIN: { zh: '区县教育党工委管理员', en: 'District administrator' },
  DISTRICT_VIEWER: { zh: '区县教育党工委查看员', en: 'District viewer' },
  SCHOOL_SECRETARY: { zh: '学校党组织书记', en: 'School Party secretary' },
  SCHOOL_CLERK: { zh: '组织委员/党务干事', en: 'School Party clerk' },
  MEMBER: { zh: '党员/教职工', en: 'Member / staff' },
};
