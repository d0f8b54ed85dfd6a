import type { Role } from './role-list';

/**
 * How the target organisation must relate to the role's organisation (SPEC §2):
 * - `read`:    the role's organisation is the target or lies above it.
 * - `own`:     the role's organisation IS the organisation that owns the record, at `ownerLevel`.
 *              A higher level never edits a lower level's own records.
 * - `service`: the role's organisation lies strictly above the target (reviews, tasks, answers).
 * - `self`:    personal data: only the person themself, or a school role of that person's school.
 */
export type PermissionKind = 'read' | 'own' | 'service' | 'self';

export interface PermissionDef {
  kind: PermissionKind;
  description: string;
  /** For `own`: the level whose organisation owns the records. */
  ownerLevel?: 'BUREAU' | 'DISTRICT' | 'SCHOOL';
}

/** A record module's permission, with the roles it is granted to (see rules/module.ts). */
export interface ModulePermissionDef extends PermissionDef {
  grantedTo: readonly Role[];
}
