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
  /** Runs `fn` in a transaction bound to the actor's scope (RLS). */
  db<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
}

export function buildContext(input: Omit<RequestContext, 'actor' | 'loaders' | 'db'>): RequestContext {
  const actor = input.user?.actor ?? null;
  return {
    ...input,
    actor,
    loaders: createLoaders(input.orm),
    db: (fn) => withScope(input.orm, actor, fn),
  };
}
