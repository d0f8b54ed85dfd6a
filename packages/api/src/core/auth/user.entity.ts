import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@djt/shared';

@Entity({ tableName: 'app_user' })
export class AppUser {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) username!: string;
  @Property({ type: 'text', hidden: true }) passwordHash!: string;
  @Property({ type: 'text' }) displayName!: string;
  @Property({ type: 'uuid', nullable: true }) personId!: string | null;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'int' }) failedLogins = 0;
  @Property({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
}

/** A role held at one organisation (SPEC §2). */
@Entity({ tableName: 'role_assignment' })
export class RoleAssignment {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) userId!: string;
  @Property({ type: 'text' }) role!: Role;
  @Property({ type: 'uuid' }) orgId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid', nullable: true }) districtId!: string | null;
  @Property({ type: 'uuid', nullable: true }) schoolId!: string | null;
}

/** A login session; only the SHA-256 of its token is stored. */
@Entity({ tableName: 'user_session' })
export class UserSession {
  @PrimaryKey({ type: 'text' }) tokenHash!: string;
  @Property({ type: 'uuid' }) userId!: string;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz' }) expiresAt!: Date;
}
