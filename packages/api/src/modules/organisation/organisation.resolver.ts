import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, type FieldRules } from '../../core/authz/rules';
import { notFound } from '../../core/errors';
import { Organisation } from './organisation.entity';

@Resolver()
export class OrganisationResolver {
  @Query(() => Organisation)
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return ctx.db(async (em) => (await em.findOne(Organisation, { id })) ?? Promise.reject(notFound()));
  }

  @Query(() => [Organisation], {
    description: 'Children of an organisation (districts of a bureau, schools of a district)',
  })
  organisations(@Arg('parentId', () => ID) parentId: string, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return ctx.db((em) => em.find(Organisation, { parentId }, { orderBy: { name: 'asc' } }));
  }
}

export const organisationRules: FieldRules = {
  Query: {
    organisation: allowIf('organisation.read', orgFromArg('id')),
    organisations: allowIf('organisation.read', orgFromArg('parentId')),
  },
};
