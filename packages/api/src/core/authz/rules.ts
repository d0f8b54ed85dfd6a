import { allow, deny, rule, shield } from 'graphql-shield';
import { can, covers, type Actor, type OrgRef, type Permission, type Target } from '@djt/shared';
import type { RequestContext } from '../context';
import { DomainError, forbidden, notFound } from '../errors';

type Args = Record<string, unknown>;

/** What a target resolver reads, so tests and the permission snapshot can be derived from the rules. */
export type TargetSpec =
  | { kind: 'org'; arg: string; inInput: boolean }
  | { kind: 'record'; table: string; arg: string }
  | { kind: 'actorBureau' };

/** Finds the organisation (and person) a root field acts on, from its arguments. */
export type TargetResolver = ((args: Args, ctx: RequestContext) => Promise<Target | null>) & { spec: TargetSpec };

/** How a root field is guarded: the permission snapshot and the generated outsider tests read this. */
export type RuleSpec =
  | { access: 'public' }
  | { access: 'authenticated' }
  | { access: 'permission'; permission: Permission; target: TargetSpec };

const SPECS = new WeakMap<object, RuleSpec>();
export function ruleSpec(r: ShieldRule): RuleSpec | undefined {
  return SPECS.get(r as object);
}

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
SPECS.set(isPublic as object, { access: 'public' });

/** Any logged-in user (e.g. the list of rules, which is the same for everyone). */
export const isAuthenticated = rule({ cache: 'no_cache' })((_p, _a, ctx: RequestContext) =>
  ctx.user ? true : unauthenticated(ctx),
);
SPECS.set(isAuthenticated as object, { access: 'authenticated' });

/**
 * The shared policy's `can(actor, permission, target)` as a shield rule. The target is resolved
 * per call (cache 'no_cache': a rule that depends on arguments must not reuse another call's answer).
 */
export function allowIf(permission: Permission, target: TargetResolver): ShieldRule {
  const r = rule({ cache: 'no_cache' })(async (_parent, args: Args, ctx: RequestContext) => {
    if (!ctx.actor) return unauthenticated(ctx);
    try {
      const t = await target(args, ctx);
      if (!t) return notFound();
      if (can(ctx.actor, permission, t)) return true;
      // Outside what the actor can see, a record is answered like one that does not exist, so
      // ids of other schools and bureaus cannot be told from random ones (no existence oracle).
      return visibleTo(ctx.actor, t) ? forbidden() : notFound();
    } catch (e) {
      // shield turns a thrown error into `false` (a FORBIDDEN); returned, it reaches formatError,
      // which masks and logs it as the internal error it is.
      return e instanceof Error ? e : new Error(String(e));
    }
  });
  SPECS.set(r, { access: 'permission', permission, target: target.spec });
  return r;
}

/**
 * Whether the actor can see the organisation at all: it is one of theirs, lies below one, or
 * lies above one (a school sees the names of its district and bureau, as RLS lets it).
 */
function visibleTo(actor: Actor, target: OrgRef): boolean {
  return actor.roles.some((r) => covers(r.org, target) || covers(target, r.org));
}

/** Target: the organisation whose id is the argument `name` (or `input.name`). */
export function orgFromArg(name: string, inInput = false): TargetResolver {
  const resolve = async (args: Args, ctx: RequestContext) => {
    const source = inInput ? (args.input as Args | undefined) : args;
    const id = source?.[name];
    return typeof id === 'string' ? ctx.loaders.orgRef.load(id) : null;
  };
  return Object.assign(resolve, { spec: { kind: 'org', arg: name, inInput } as const });
}

/**
 * Target: the school that owns the record of a tenant table whose id is the argument `arg`
 * (one generic lookup for every table, see core/records/record-owner.ts).
 */
export function recordOwner(table: string, arg: string): TargetResolver {
  const resolve = async (args: Args, ctx: RequestContext) => {
    const schoolId = await ctx.loaders.recordSchool.load(`${table}:${String(args[arg])}`);
    return schoolId ? ctx.loaders.orgRef.load(schoolId) : null;
  };
  return Object.assign(resolve, { spec: { kind: 'record', table, arg } as const });
}

/** Target: the actor's own bureau (bureau-wide settings). */
export const actorBureau: TargetResolver = Object.assign(
  async (_args: Args, ctx: RequestContext) => (ctx.user ? ctx.loaders.orgRef.load(ctx.user.bureauId) : null),
  { spec: { kind: 'actorBureau' } as const },
);

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
