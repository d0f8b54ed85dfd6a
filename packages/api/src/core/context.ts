import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, Lang } from '@djt/shared';
import type { Response } from 'express';
import type { AppConfig } from '../config/config';
import type { SessionUser } from './auth/auth.service';
import type { ComplianceCache } from './compliance/compliance.cache';
import type { FactsEngine } from './compliance/facts.service';
import type { RateLimits } from './rate-limit';
import { createLoaders, type Loaders } from './tenancy/loaders';
import { withScope } from './tenancy/scope';
import type { ReplicaRouter } from '../db/replicas';

/** Everything a resolver may use, built once per request in one place. */
export interface RequestContext {
  requestId: string;
  /** The client's address (for the login rate limit per IP). */
  ip: string;
  /** Rate limits (one per application; in Redis when REDIS_URL is set). */
  limits: RateLimits;
  lang: Lang;
  /** The authenticated user, or null. */
  user: SessionUser | null;
  actor: Actor | null;
  /** Why there is no user although a token was sent (e.g. SESSION_EXPIRED). */
  authError: 'SESSION_EXPIRED' | null;
  token: string | null;
  /** The Idempotency-Key header of a create: a retry with the same key returns the first result. */
  idempotencyKey: string | null;
  /** Today in the bureau's time zone (YYYY-MM-DD). */
  today: string;
  config: AppConfig;
  orm: MikroORM;
  res?: Response;
  loaders: Loaders;
  /** Keeps the compliance facts in step with the records (one per application). */
  facts: FactsEngine;
  /** Computed dashboard answers, keyed by the bureau's compliance version (one per application). */
  reports: ComplianceCache;
  /** Read replicas (db/replicas.ts), or null: every transaction on the primary. */
  replicas: ReplicaRouter | null;
  /**
   * Shared by the copies Apollo makes of the context (it clones it shallowly per operation):
   * `readOnly`, set once the operation is known and before any resolver runs, says it is a query,
   * so `db` may run on a replica (until then, and for mutations, the primary); `ranOn` says where
   * this request's scoped transactions ran ('primary', 'replica1'…), for the log line.
   */
  route: { readOnly: boolean; ranOn: Set<string> };
  /** Runs `fn` in a transaction bound to the actor's scope (RLS), on a replica when fit. */
  db<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  /** `db` as another actor (the login's new user), with the same routing. */
  dbAs<T>(actor: Actor | null, fn: (em: EntityManager) => Promise<T>): Promise<T>;
}

export function buildContext(
  input: Omit<RequestContext, 'actor' | 'loaders' | 'db' | 'dbAs' | 'route' | 'replicas'> & {
    replicas?: ReplicaRouter | null;
  },
): RequestContext {
  const actor = input.user?.actor ?? null;
  const replicas = input.replicas ?? null;
  const route = { readOnly: false, ranOn: new Set<string>() };
  const dbAs = <T>(as: Actor | null, fn: (em: EntityManager) => Promise<T>) =>
    withScope(input.orm, as, fn, {
      router: route.readOnly ? replicas : null,
      userId: as?.userId ?? null,
      ran: (where) => route.ranOn.add(where),
    });
  return {
    ...input,
    replicas,
    actor,
    loaders: createLoaders(input.orm),
    route,
    db: (fn) => dbAs(actor, fn),
    dbAs,
  };
}
