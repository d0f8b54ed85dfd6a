import {
  ALL_PERMISSIONS,
  can,
  MODULE_PERMISSIONS,
  PERMISSIONS,
  ROLES,
  ROLE_LEVEL,
  type Actor,
  type OrgRef,
  type Permission,
  type Role,
} from '..';
import type { ModulePermissionDef } from './permission-def';

// A small world: bureau B with districts D1, D2; schools S1, S2 in D1 and S3 in D2; bureau X with school XS.
const B: OrgRef = { id: 'B', level: 'BUREAU', bureauId: 'B', districtId: null, schoolId: null };
const D1: OrgRef = { id: 'D1', level: 'DISTRICT', bureauId: 'B', districtId: 'D1', schoolId: null };
const D2: OrgRef = { id: 'D2', level: 'DISTRICT', bureauId: 'B', districtId: 'D2', schoolId: null };
const S1: OrgRef = { id: 'S1', level: 'SCHOOL', bureauId: 'B', districtId: 'D1', schoolId: 'S1' };
const S2: OrgRef = { id: 'S2', level: 'SCHOOL', bureauId: 'B', districtId: 'D1', schoolId: 'S2' };
const S3: OrgRef = { id: 'S3', level: 'SCHOOL', bureauId: 'B', districtId: 'D2', schoolId: 'S3' };
const X: OrgRef = { id: 'X', level: 'BUREAU', bureauId: 'X', districtId: null, schoolId: null };
const XS: OrgRef = { id: 'XS', level: 'SCHOOL', bureauId: 'X', districtId: 'XD', schoolId: 'XS' };

/** Where each role sits in the world: at B, D1 or S1. */
const HOME: Record<string, OrgRef> = { BUREAU: B, DISTRICT: D1, SCHOOL: S1 };
const actorWith = (role: Role, personId: string | null = 'P-self'): Actor => ({
  userId: 'u',
  personId,
  roles: [{ role, org: HOME[ROLE_LEVEL[role]] }],
});

type Expect = Record<Role, Partial<Record<'S1' | 'S2' | 'S3' | 'D1' | 'D2' | 'B' | 'X' | 'XS', boolean>>>;
const TARGETS = { S1, S2, S3, D1, D2, B, X, XS };

/** Read permissions: a role reads its organisation and below, never a sibling or another bureau. */
const READ_SCOPE: Expect = {
  BUREAU_ADMIN: { S1: true, S2: true, S3: true, D1: true, D2: true, B: true, X: false, XS: false },
  BUREAU_VIEWER: { S1: true, S2: true, S3: true, D1: true, D2: true, B: true, X: false, XS: false },
  DISTRICT_ADMIN: { S1: true, S2: true, S3: false, D1: true, D2: false, B: false, X: false, XS: false },
  DISTRICT_VIEWER: { S1: true, S2: true, S3: false, D1: true, D2: false, B: false, X: false, XS: false },
  SCHOOL_SECRETARY: { S1: true, S2: false, S3: false, D1: false, D2: false, B: false, X: false, XS: false },
  SCHOOL_CLERK: { S1: true, S2: false, S3: false, D1: false, D2: false, B: false, X: false, XS: false },
  MEMBER: { S1: true, S2: false, S3: false, D1: false, D2: false, B: false, X: false, XS: false },
};

/**
 * Writing a school's own records: only that school's roles (those the permission is granted to);
 * a higher level never edits them.
 */
const SCHOOL_WRITE: Expect = {
  BUREAU_ADMIN: { S1: false, S2: false, XS: false },
  BUREAU_VIEWER: { S1: false },
  DISTRICT_ADMIN: { S1: false, S2: false, S3: false },
  DISTRICT_VIEWER: { S1: false },
  SCHOOL_SECRETARY: { S1: true, S2: false, S3: false, XS: false },
  SCHOOL_CLERK: { S1: true, S2: false, XS: false },
  MEMBER: { S1: true },
};

/**
 * Service objects (reviews, tasks, guidance comments): a role acts on organisations strictly
 * below its own, never on its own organisation, a sibling, or another bureau (SPEC §2).
 */
const SERVICE_BELOW: Expect = {
  BUREAU_ADMIN: { S1: true, S2: true, S3: true, D1: true, D2: true, B: false, X: false, XS: false },
  BUREAU_VIEWER: { S1: true, S3: true, B: false },
  DISTRICT_ADMIN: { S1: true, S2: true, S3: false, D1: false, D2: false, B: false, XS: false },
  DISTRICT_VIEWER: { S1: true, D1: false },
  SCHOOL_SECRETARY: { S1: false, S2: false, D1: false },
  SCHOOL_CLERK: { S1: false },
  MEMBER: { S1: false },
};

/** Each record module's permissions (declared in its shared folder), with the table of its kind. */
const MODULE_DEFS = Object.entries(MODULE_PERMISSIONS) as [Permission, ModulePermissionDef][];
const tableOf = (def: ModulePermissionDef): Expect | null =>
  def.kind === 'read'
    ? READ_SCOPE
    : def.kind === 'own' && def.ownerLevel === 'SCHOOL'
      ? SCHOOL_WRITE
      : def.kind === 'service'
        ? SERVICE_BELOW
        : null;

describe("can(): table of role × target × each record module's permission", () => {
  test('every module permission has a table here (add one for a new kind)', () => {
    expect(MODULE_DEFS.filter(([, def]) => !tableOf(def)).map(([p]) => p)).toEqual([]);
  });
  // A role the permission is not granted to is refused everywhere.
  const rows: [Role, Permission, string, boolean][] = [];
  for (const [permission, def] of MODULE_DEFS)
    for (const role of ROLES)
      for (const [t, inScope] of Object.entries(tableOf(def)?.[role] ?? {}))
        rows.push([role, permission, t, inScope! && def.grantedTo.includes(role)]);
  test.each(rows)('%s %s on %s → %s', (role, permission, target, expected) => {
    expect(can(actorWith(role), permission, TARGETS[target as keyof typeof TARGETS])).toBe(expected);
  });
});

describe('can(): every permission for every role', () => {
  // Nothing is granted across bureaus, for any role and any permission.
  test.each(ROLES.flatMap((r) => ALL_PERMISSIONS.map((p) => [r, p] as const)))(
    '%s %s is refused in another bureau',
    (role, p) => {
      expect(can(actorWith(role), p, XS)).toBe(false);
      expect(can(actorWith(role), p, X)).toBe(false);
    },
  );
  test.each(ROLES.flatMap((r) => ALL_PERMISSIONS.map((p) => [r, p] as const)))(
    '%s %s is refused on a sibling school',
    (role, p) => {
      // S3 is in the other district: only bureau roles may reach it, and only to read or to
      // serve it (a service object from above, never an edit of its own records).
      const allowed = can(actorWith(role), p, S3);
      const bureauRead = ROLE_LEVEL[role] === 'BUREAU' && ['read', 'service'].includes(PERMISSIONS[p].kind);
      expect(allowed).toBe(bureauRead && can(actorWith(role), p, S1));
    },
  );
});

describe('personal data', () => {
  const target = { ...S1, personId: 'P-other' };
  test('a member sees only their own contact details', () => {
    // expected: own record open, another person's masked
    expect(can(actorWith('MEMBER', 'P-self'), 'person.readContact', { ...S1, personId: 'P-self' })).toBe(true);
    expect(can(actorWith('MEMBER', 'P-self'), 'person.readContact', target)).toBe(false);
  });
  test('the school sees contacts; district and bureau see them masked', () => {
    expect(can(actorWith('SCHOOL_SECRETARY'), 'person.readContact', target)).toBe(true);
    expect(can(actorWith('SCHOOL_CLERK'), 'person.readContact', target)).toBe(true);
    expect(can(actorWith('DISTRICT_ADMIN'), 'person.readContact', target)).toBe(false);
    expect(can(actorWith('BUREAU_ADMIN'), 'person.readContact', target)).toBe(false);
  });
});

describe('deny by default', () => {
  test('no actor, unknown permission, mis-assigned role', () => {
    expect(can(null, 'person.read', S1)).toBe(false);
    expect(can(actorWith('BUREAU_ADMIN'), 'nope.nothing' as Permission, S1)).toBe(false);
    // A school role recorded at a district grants nothing.
    expect(
      can({ userId: 'u', personId: null, roles: [{ role: 'SCHOOL_SECRETARY', org: D1 }] }, 'person.read', S1),
    ).toBe(false);
  });
  test('settings are configured by the bureau admin of that bureau only', () => {
    expect(can(actorWith('BUREAU_ADMIN'), 'settings.configure', B)).toBe(true);
    expect(can(actorWith('BUREAU_VIEWER'), 'settings.configure', B)).toBe(false);
    expect(can(actorWith('DISTRICT_ADMIN'), 'settings.configure', B)).toBe(false);
    expect(can(actorWith('BUREAU_ADMIN'), 'settings.configure', X)).toBe(false);
  });
});
