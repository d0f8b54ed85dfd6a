import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { allowIf, orgFromArg, type FieldRules } from '../authz/rules';
import { notFound } from '../errors';
import { Organisation } from './organisation.entity';

@Resolver()
export class OrganisationResolver {
  @Query(() => Organisation, { description: 'One organisation the caller can see' })
  organisation(
    @Arg('id', () => ID, { description: 'The organisation' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return ctx.db(async (em) => (await em.findOne(Organisation, { id })) ?? Promise.reject(notFound()));
  }

  @Query(() => [Organisation], {
    description: 'Children of an organisation (districts of a bureau, schools of a district)',
  })
  organisations(
    @Arg('parentId', () => ID, { description: 'A bureau or district' }) parentId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation[]> {
    return ctx.db((em) => em.find(Organisation, { parentId }, { orderBy: { name: 'asc' } }));
  }
}

export const organisationRules: FieldRules = {
  Query: {
    organisation: allowIf('organisation.read', orgFromArg('id')),
    organisations: allowIf('organisation.read', orgFromArg('parentId')),
  },
};
