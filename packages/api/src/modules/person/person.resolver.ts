import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, type FieldRules } from '../../core/authz/rules';
import { LIMITS } from '@djt/shared';
import { badInput } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { PersonPage } from './person.types';
import { listPeople } from './person.service';

@Resolver()
export class PersonResolver {
  @Query(() => PersonPage, { description: "A school's members and staff, by name" })
  async people(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name' }) search: string | null,
    @Arg('partyMembersOnly', { defaultValue: false, description: 'Full and probationary members only' })
    partyMembersOnly: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof PersonPage>> {
    const page = checkPage(offset, limit);
    if (search && [...search].length > LIMITS.searchMax)
      throw badInput('SEARCH_TOO_LONG', { max: LIMITS.searchMax }, 'search');
    const school = (await ctx.loaders.orgRef.load(schoolId))!;
    const result = await ctx.db((em) => listPeople(em, ctx.actor!, school, { search, partyMembersOnly, ...page }));
    return { ...result, ...page };
  }
}

export const personRules: FieldRules = {
  Query: { people: allowIf('person.read', orgFromArg('schoolId')) },
};
