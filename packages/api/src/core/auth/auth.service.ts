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

const lockedError = (until: Date) =>
  new DomainError('ACCOUNT_LOCKED', { minutes: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000)) });

/** Failures for names that are no account, kept in memory (bounded) to answer like real accounts. */
const unknownNames = new Map<string, { count: number; until: number }>();
function unknownNameFailure(name: string, config: AppConfig): Date | null {
  const now = Date.now();
  const entry = unknownNames.get(name);
  if (entry && entry.until > now) return new Date(entry.until);
  const count = (entry && entry.until === 0 ? entry.count : 0) + 1;
  const until = count >= config.maxFailedLogins ? now + config.lockMinutes * 60_000 : 0;
  unknownNames.delete(name);
  unknownNames.set(name, { count, until });
  if (unknownNames.size > 10_000) unknownNames.delete(unknownNames.keys().next().value!);
  return until ? new Date(until) : null;
}

/**
 * Password login. Repeated failures lock the account for a while (RATE_LIMITED); the counter is
 * written outside the request's transaction, so the lock holds even though the request fails.
 */
export async function login(
  orm: MikroORM,
  config: AppConfig,
  username: string,
  password: string,
): Promise<{ token: string; user: SessionUser }> {
  const conn = orm.em.getConnection();
  const name = username.trim();
  // Claim the attempt before verifying: it is counted (and the account locked at the threshold)
  // in one atomic UPDATE, so parallel guesses cannot all pass a lock check made before any of
  // them is counted. A locked account yields no row and no verification at all.
  const [claim] = await conn.execute<{ id: string; password_hash: string; failed_logins: number }[]>(
    `update app_user
        set failed_logins = case when locked_until is not null then 1 else failed_logins + 1 end,
            locked_until = case when (case when locked_until is not null then 1 else failed_logins + 1 end) >= ?
                                then now() + make_interval(mins => ?) else null end
      where username = ? and (locked_until is null or locked_until <= now())
      returning id, password_hash, failed_logins`,
    [config.maxFailedLogins, config.lockMinutes, name],
  );
  if (!claim) {
    const [locked] = await conn.execute<{ locked_until: Date }[]>(
      'select locked_until from app_user where username = ? and locked_until > now()',
      [name],
    );
    if (locked) throw lockedError(new Date(locked.locked_until));
    // Unknown name: spend the same time, and lock it the same way, so neither the timing nor
    // the answer after repeated failures tells which accounts exist.
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, password);
    const until = unknownNameFailure(name, config);
    throw until ? lockedError(until) : new DomainError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(claim.password_hash, password))) {
    if (claim.failed_logins >= config.maxFailedLogins)
      throw new DomainError('ACCOUNT_LOCKED', { minutes: config.lockMinutes });
    throw new DomainError('INVALID_CREDENTIALS');
  }
  const user = { id: claim.id };
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
