import { covers, isAbove, type OrgRef } from '../tenancy';
import { PERMISSIONS, type Permission, type PermissionDef } from './permissions';
import { ROLE_GRANTS, ROLE_LEVEL, type Role } from './roles';

export interface RoleAssignmentRef {
  role: Role;
  org: OrgRef;
}

/** Who is acting: the user, the person record they are (if any), and their role assignments. */
export interface Actor {
  userId: string;
  personId: string | null;
  roles: readonly RoleAssignmentRef[];
}

/** What is acted on: the organisation that owns the record, and for personal data the person. */
export type Target = OrgRef & { personId?: string | null };

function grantApplies(ra: RoleAssignmentRef, permission: Permission, target: Target, actor: Actor): boolean {
  // A role is only valid at the level it belongs to; a mis-assigned role grants nothing.
  if (ROLE_LEVEL[ra.role] !== ra.org.level) return false;
  if (!ROLE_GRANTS[ra.role].includes(permission)) return false;
  const def: PermissionDef = PERMISSIONS[permission];
  switch (def.kind) {
    case 'read':
      if (ra.role === 'MEMBER' && permission !== 'organisation.read' && permission !== 'settings.read') {
        // Members read their own school's shared records, nothing above it is theirs to browse.
        return target.level === 'SCHOOL' && covers(ra.org, target);
      }
      return covers(ra.org, target);
    case 'own':
      return ra.org.level === def.ownerLevel && ra.org.id === target.id;
    case 'service':
      return isAbove(ra.org, target);
    case 'self':
      if (ra.role === 'MEMBER') return target.personId != null && target.personId === actor.personId;
      // Personal data stays at the school: only the school's own roles see it unmasked.
      return ra.org.level === 'SCHOOL' && ra.org.id === target.schoolId;
  }
}

/**
 * The one authority on what an actor may do, shared by the API (graphql-shield rules, row
 * filters) and the web client (menus, buttons). Pure, no I/O, deny by default.
 */
export function can(actor: Actor | null | undefined, permission: Permission, target: Target): boolean {
  if (!actor) return false;
  if (!(permission in PERMISSIONS)) return false;
  return actor.roles.some((ra) => grantApplies(ra, permission, target, actor));
}

/** Whether the actor holds the permission anywhere at all (for showing a menu entry). */
export function canSomewhere(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && actor.roles.some((ra) => ROLE_GRANTS[ra.role].includes(permission));
}

/** The highest-level organisation among the actor's roles: where the user lands after login. */
export function homeOrg(actor: Actor): RoleAssignmentRef | undefined {
  const order = { BUREAU: 0, DISTRICT: 1, SCHOOL: 2 } as const;
  return [...actor.roles].sort((a, b) => order[a.org.level] - order[b.org.level])[0];
}
