import { createHash, randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, OrgLevel, Role, SchoolType } from '@djt/shared';
import type { AppConfig } from '../../config/config';
import { DomainError } from '../errors';
import { hashPassword, verifyPassword } from './password';

export interface SessionOrg {
  id: string;
  name: string;
  level: OrgLevel;
  schoolType: SchoolType | null;
  parentId: string | null;
  bureauId: string;
  districtId: string | null;
  schoolId: string | null;
}

export interface SessionUser {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
  bureauId: string;
  expiresAt: string;
  roles: { role: Role; org: SessionOrg }[];
  actor: Actor;
}

export const SESSION_COOKIE = 'djt_session';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

function toSessionUser(row: Omit<SessionUser, 'actor'>): SessionUser {
  return {
    ...row,
    actor: { userId: row.userId, personId: row.personId, roles: row.roles.map((r) => ({ role: r.role, org: r.org })) },
  };
}

/** Resolves a bearer token to its user, through one SECURITY DEFINER lookup (no scope exists yet). */
export async function sessionFromToken(
  orm: MikroORM,
  token: string,
): Promise<{ user: SessionUser } | { error: 'SESSION_EXPIRED' } | null> {
  const [row] = await orm.em
    .getConnection()
    .execute<{ actor: Omit<SessionUser, 'actor'> | null }[]>('select app_session_actor(?) as actor', [sha256(token)]);
  const found = row?.actor;
  if (!found) return null;
  if (new Date(found.expiresAt).getTime() <= Date.now()) return { error: 'SESSION_EXPIRED' };
  return { user: toSessionUser(found) };
}

/** A hash to verify against when the username is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;

/**
 * Password login. Repeated failures lock the account for a while (RATE_LIMITED); the counter is
 * written in its own statement so the lock holds even though the request fails.
 */
export async function login(
  orm: MikroORM,
  config: AppConfig,
  username: string,
  password: string,
): Promise<{ token: string; user: SessionUser }> {
  const conn = orm.em.getConnection();
  const [user] = await conn.execute<
    { id: string; password_hash: string; failed_logins: number; locked_until: Date | null }[]
  >('select id, password_hash, failed_logins, locked_until from app_user where username = ?', [username.trim()]);
  if (!user) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    const minutes = Math.ceil((new Date(user.locked_until).getTime() - Date.now()) / 60000);
    throw new DomainError('ACCOUNT_LOCKED', { minutes });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    await conn.execute(
      `update app_user set failed_logins = failed_logins + 1,
         locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
       where id = ?`,
      [config.maxFailedLogins, config.lockMinutes, user.id],
    );
    if (user.failed_logins + 1 >= config.maxFailedLogins) {
      throw new DomainError('ACCOUNT_LOCKED', { minutes: config.lockMinutes });
    }
    throw new DomainError('INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionMinutes * 60_000);
  await conn.execute(
    // Also prunes the user's expired sessions, so the table does not grow with every login.
    `with reset as (update app_user set failed_logins = 0, locked_until = null where id = ?),
          pruned as (delete from user_session where user_id = ? and expires_at < now())
     insert into user_session (token_hash, user_id, expires_at) values (?, ?, ?)`,
    [user.id, user.id, sha256(token), user.id, expiresAt],
  );
  const session = await sessionFromToken(orm, token);
  if (!session || !('user' in session)) throw new Error('session just created was not found');
  return { token, user: session.user };
}

export async function logout(orm: MikroORM, token: string): Promise<void> {
  await orm.em.getConnection().execute('delete from user_session where token_hash = ?', [sha256(token)]);
}
