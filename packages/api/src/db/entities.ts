import { AppUser, RoleAssignment, UserSession } from '../core/auth/user.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Person } from '../modules/person/person.entity';
import { BureauSettingsRow } from '../modules/settings/bureau-settings.entity';
import { TheoryClass, TheoryClassAttendance } from '../modules/theory-class/theory-class.entity';

/** Every entity, listed once (explicit list: no folder scanning at start-up). */
export const ENTITIES = [
  Organisation,
  Person,
  AppUser,
  RoleAssignment,
  UserSession,
  BureauSettingsRow,
  TheoryClass,
  TheoryClassAttendance,
  AuditLog,
];
