import { homeOrg, type Actor, type OrgLevel, type OrgRef, type Role } from '@djt/shared';

/** The parts of the API's `Me` the policy needs. */
export interface MeLike {
  userId: string;
  personId?: string | null;
  roles: readonly {
    role: Role;
    organisation: {
      id: string;
      level: OrgLevel;
      bureauId: string;
      districtId?: string | null;
      schoolId?: string | null;
    };
  }[];
}

export function orgRefOf(org: {
  id: string;
  level: OrgLevel;
  bureauId: string;
  districtId?: string | null;
  schoolId?: string | null;
}): OrgRef {
  return {
    id: org.id,
    level: org.level,
    bureauId: org.bureauId,
    districtId: org.districtId ?? null,
    schoolId: org.schoolId ?? null,
  };
}

/** The shared policy's Actor, built from `me`. */
export function actorFromMe(me: MeLike): Actor {
  return {
    userId: me.userId,
    personId: me.personId ?? null,
    roles: me.roles.map((r) => ({ role: r.role, org: orgRefOf(r.organisation) })),
  };
}

/** Where a user lands after login: the view of their highest organisation. */
export function homePath(actor: Actor): string {
  const home = homeOrg(actor);
  if (!home) return '/no-role';
  return orgPath(home.org);
}

export function orgPath(org: { id: string; level: OrgLevel }): string {
  switch (org.level) {
    case 'BUREAU':
      return `/bureau/${org.id}`;
    case 'DISTRICT':
      return `/district/${org.id}`;
    case 'SCHOOL':
      return `/school/${org.id}`;
  }
}
