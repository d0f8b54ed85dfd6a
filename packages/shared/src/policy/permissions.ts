/**
 * The permission registry: every permission the product checks, as `${resource}.${action}`.
 *
 * `kind` says how the target organisation must relate to the role's organisation
 * (SPEC §2, 上级党组织为下级党组织服务):
 * - `read`:    the role's organisation is the target or lies above it.
 * - `own`:     the role's organisation IS the organisation that owns the record, at `ownerLevel`.
 *              A higher level never edits a lower level's own records.
 * - `service`: the role's organisation lies strictly above the target (reviews, tasks, answers).
 * - `self`:    personal data: only the person themself, or a school role of that person's school.
 */
import { MODULE_PERMISSIONS } from '../modules';

export type { PermissionKind } from './permission-def';

export type { PermissionDef } from './permission-def';
import type { PermissionDef } from './permission-def';

const CORE_PERMISSIONS = {
  'organisation.read': { kind: 'read', description: 'See an organisation and everything under it' },
  'person.read': { kind: 'read', description: 'List people (names, party status, posts)' },
  'person.readContact': {
    kind: 'self',
    description: 'See unmasked phone and ID numbers (the school itself, or the person themself)',
  },
  'person.write': { kind: 'own', ownerLevel: 'SCHOOL', description: "Edit the school's people" },
  'compliance.read': { kind: 'read', description: 'See compliance status, dashboards and comparisons' },
  'compliance.export': { kind: 'read', description: 'Export dashboards and tables to Excel' },
  'settings.read': { kind: 'read', description: "See the bureau's rule settings" },
  'settings.configure': {
    kind: 'own',
    ownerLevel: 'BUREAU',
    description: "Change the bureau's rule settings (thresholds, exempt months)",
  },
  'audit.read': { kind: 'read', description: 'See the audit trail' },
} as const satisfies Record<string, PermissionDef>;

/** The core's permissions and each record module's (declared in its shared folder's index). */
export const PERMISSIONS = { ...CORE_PERMISSIONS, ...MODULE_PERMISSIONS };

export type Permission = Extract<keyof typeof PERMISSIONS, string>;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function permissionDef(p: Permission): PermissionDef {
  return PERMISSIONS[p];
}
