import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { allowIf, orgFromArg, type FieldRules } from '../authz/rules';
import { badInput, notFound } from '../errors';
import { checkPage } from '../pagination';
import { isUuid } from '../tenancy/uuid';
import { listAudit } from './audit.read';
import { AuditEntryPage } from './audit.types';

/** Longest entity kind or record id accepted as a filter (ids are uuids; kinds are table names). */
const KEY_MAX = 100;

function checkKey(value: string | null, field: string): string | null {
  if (value != null && [...value].length > KEY_MAX)
    throw badInput('INVALID_INPUT', { detail: `${field}: at most ${KEY_MAX} characters` }, field);
  return value;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryPage, {
    description:
      'The audit trail of an organisation and everything below it, newest first (bureau admin, district admin, school secretary)',
  })
  async audit(
    @Arg('scopeId', () => ID, { description: 'A school, district or bureau' }) scopeId: string,
    @Arg('entity', () => String, {
      nullable: true,
      description:
        "Only entries about this kind of record: its table's name, e.g. bureau_settings (with entityId: one record)",
    })
    entity: string | null,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only entries about this record' })
    entityId: string | null,
    @Arg('actorUserId', () => ID, { nullable: true, description: 'Only changes made by this user' })
    actorUserId: string | null,
    @Arg('from', () => GraphQLLocalDate, {
      nullable: true,
      description: "Only entries of this day or later (days in the bureau's time zone)",
    })
    from: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true, description: 'Only entries of this day or earlier' })
    to: string | null,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof AuditEntryPage>> {
    const page = checkPage(offset, limit);
    checkKey(entity, 'entity');
    checkKey(entityId, 'entityId');
    if (actorUserId != null && !isUuid(actorUserId))
      throw badInput('INVALID_INPUT', { detail: 'actorUserId is not a user id' }, 'actorUserId');
    if (from != null && to != null && from > to)
      throw badInput('INVALID_INPUT', { detail: '`from` is after `to`' }, 'to');
    // The rule resolved the scope already; this reads the same per-request loader.
    const scope = await ctx.loaders.orgRef.load(scopeId);
    if (!scope) throw notFound();
    const filter = { entity, entityId, actorUserId, from, to, timeZone: ctx.config.timeZone };
    return { ...(await ctx.db((em) => listAudit(em, scope, filter, page))), ...page };
  }
}

export const auditRules: FieldRules = {
  Query: {
    audit: allowIf('audit.read', orgFromArg('scopeId')),
  },
};
