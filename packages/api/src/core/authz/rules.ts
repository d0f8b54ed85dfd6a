import { allow, deny, rule, shield } from 'graphql-shield';
import { can, type Permission, type Target } from '@djt/shared';
import type { RequestContext } from '../context';
import { DomainError, forbidden, notFound } from '../errors';

type Args = Record<string, unknown>;
/** Finds the organisation (and person) a root field acts on, from its arguments. */
export type TargetResolver = (args: Args, ctx: RequestContext) => Promise<Target | null>;

/** Each root field names exactly one of these rules: deny by default. */
export type ShieldRule = NonNullable<NonNullable<Parameters<typeof shield>[1]>['fallbackRule']>;
export interface FieldRules {
  Query?: Record<string, ShieldRule>;
  Mutation?: Record<string, ShieldRule>;
}

export const unauthenticated = (ctx: RequestContext) =>
  new DomainError(ctx.authError === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'NOT_LOGGED_IN');

/** Open to anyone (login, logout, me). */
export const isPublic = allow;

export const isAuthenticated = rule({ cache: 'no_cache' })((_p, _a, ctx: RequestContext) =>
  ctx.user ? true : unauthenticated(ctx),
);

/**
 * The shared policy's `can(actor, permission, target)` as a shield rule. The target is resolved
 * per call (cache 'no_cache': a rule that depends on arguments must not reuse another call's answer).
 */
export function allowIf(permission: Permission, target: TargetResolver): ShieldRule {
  return rule({ cache: 'no_cache' })(async (_parent, args: Args, ctx: RequestContext) => {
    if (!ctx.actor) return unauthenticated(ctx);
    try {
      const t = await target(args, ctx);
      if (!t) return notFound();
      return can(ctx.actor, permission, t) ? true : forbidden();
    } catch (e) {
      // shield turns a thrown error into `false` (a FORBIDDEN); returned, it reaches formatError,
      // which masks and logs it as the internal error it is.
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/** Target: the organisation whose id is the argument `name` (or `input.name`). */
export function orgFromArg(name: string, inInput = false): TargetResolver {
  return async (args, ctx) => {
    const source = inInput ? (args.input as Args | undefined) : args;
    const id = source?.[name];
    return typeof id === 'string' ? ctx.loaders.orgRef.load(id) : null;
  };
}

/** Target: the actor's own bureau (bureau-wide settings). */
export const actorBureau: TargetResolver = async (_args, ctx) =>
  ctx.user ? ctx.loaders.orgRef.load(ctx.user.bureauId) : null;

export function buildShield(rules: FieldRules[]) {
  const merged = {
    Query: Object.assign({}, ...rules.map((r) => r.Query ?? {})),
    Mutation: Object.assign({}, ...rules.map((r) => r.Mutation ?? {})),
  };
  return {
    rules: merged,
    middleware: shield(merged, {
      fallbackRule: deny,
      // Resolver errors (validation, conflicts) must reach the client as they are.
      allowExternalErrors: true,
      // A rule that said no is FORBIDDEN (rules return their errors; see allowIf).
      fallbackError: (thrown) => (thrown instanceof Error ? thrown : forbidden()),
      debug: false,
    }),
  };
}
