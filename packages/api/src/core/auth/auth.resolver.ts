import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { isPublic, type FieldRules } from '../authz/rules';
import { DomainError } from '../errors';
import { getStoredSettings, settingsList } from '../settings/settings.service';
import { Organisation } from '../organisation/organisation.entity';
import { login, logout, SESSION_COOKIE, type SessionUser } from './auth.service';
import { LoginResult, MeType } from './auth.types';

async function toMe(ctx: RequestContext, user: SessionUser): Promise<MeType> {
  const stored = await ctx.dbAs(user.actor, (em) => getStoredSettings(em, user.bureauId));
  return {
    userId: user.userId,
    username: user.username,
    displayName: user.displayName,
    personId: user.personId,
    roles: user.roles.map((r) => ({ role: r.role, organisation: Object.assign(new Organisation(), r.org) })),
    settings: settingsList(stored, ctx.lang),
    today: ctx.today,
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => MeType, { nullable: true, description: 'The logged-in user, or null' })
  async me(@Ctx() ctx: RequestContext): Promise<MeType | null> {
    if (ctx.authError) throw new DomainError(ctx.authError);
    return ctx.user ? toMe(ctx, ctx.user) : null;
  }

  @Mutation(() => LoginResult, { description: 'Password login; also sets the HttpOnly session cookie' })
  async login(
    @Arg('username', { description: 'Login name' }) username: string,
    @Arg('password', { description: 'Password' }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginResult> {
    // Attempts per account and per address, on top of the lockout after failed passwords.
    await ctx.limits.consume('loginIp', ctx.ip);
    await ctx.limits.consume('loginAccount', username.trim().toLowerCase().slice(0, 100));
    const { token, user } = await login(ctx.orm, ctx.config, username, password);
    const expiresAt = new Date(user.expiresAt);
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.production,
      expires: expiresAt,
      path: '/',
    });
    return { token, expiresAt, me: await toMe(ctx, user) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.token) await logout(ctx.orm, ctx.token);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}

export const authRules: FieldRules = {
  Query: { me: isPublic },
  Mutation: { login: isPublic, logout: isPublic },
};
