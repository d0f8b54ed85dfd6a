import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, type FieldRules, type TargetResolver } from '../../core/authz/rules';
import { badInput, notFound } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { isMonthKey } from '@djt/shared';
import { Organisation } from '../organisation/organisation.entity';
import { getSettings } from '../settings/settings.service';
import { comparison, monthWindow, schoolMonths } from './theory-class.compliance';
import { createClass, deleteClass, getClass, listClasses, updateClass } from './theory-class.service';
import {
  MonthStatusType,
  TheoryClassComparisonType,
  TheoryClassInput,
  TheoryClassPage,
  TheoryClassType,
  TheoryClassUpdateInput,
} from './theory-class.types';

/** Target: the school that owns the class whose id is the argument `id`. */
const classSchool: TargetResolver = async (args, ctx) => {
  const schoolId = await ctx.loaders.theoryClassSchool.load(String(args.id));
  return schoolId ? ctx.loaders.orgRef.load(schoolId) : null;
};

/** The rule already resolved the target; resolvers read it from the same per-request loaders. */
async function org(ctx: RequestContext, id: string): Promise<OrgRef> {
  const ref = await ctx.loaders.orgRef.load(id);
  if (!ref) throw notFound();
  return ref;
}
async function schoolOfClass(ctx: RequestContext, id: string): Promise<OrgRef> {
  const schoolId = await ctx.loaders.theoryClassSchool.load(id);
  if (!schoolId) throw notFound();
  return org(ctx, schoolId);
}

@Resolver()
export class TheoryClassResolver {
  @Query(() => TheoryClassPage, { description: "A school's classes, newest first" })
  async theoryClasses(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('fromMonth', () => String, { nullable: true }) fromMonth: string | null,
    @Arg('toMonth', () => String, { nullable: true }) toMonth: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof TheoryClassPage>> {
    const page = checkPage(offset, limit);
    for (const [name, m] of [
      ['fromMonth', fromMonth],
      ['toMonth', toMonth],
    ] as const)
      if (m != null && !isMonthKey(m)) throw badInput('INVALID_MONTH', {}, name);
    const school = await org(ctx, schoolId);
    const viewer = { actor: ctx.actor!, school };
    return { ...(await ctx.db((em) => listClasses(em, viewer, { fromMonth, toMonth, ...page }))), ...page };
  }

  @Query(() => TheoryClassType)
  async theoryClass(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TheoryClassType> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => getClass(em, { actor: ctx.actor!, school }, id));
  }

  @Query(() => [MonthStatusType], {
    description: 'Month-by-month status of one school (default: the 12 months ending this month)',
  })
  async schoolTheoryClassMonths(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('fromMonth', () => String, { nullable: true }) fromMonth: string | null,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthStatusType[]> {
    const window = monthWindow(fromMonth, months, ctx.today);
    const school = await org(ctx, schoolId);
    return ctx.db(async (em) =>
      schoolMonths(em, school, window, await getSettings(em, school.bureauId), ctx.today, ctx.lang),
    );
  }

  @Query(() => TheoryClassComparisonType, {
    description: 'Schools × months for a district or a bureau, with aggregates',
  })
  async theoryClassComparison(
    @Arg('scopeId', () => ID) scopeId: string,
    @Arg('fromMonth', () => String, { nullable: true }) fromMonth: string | null,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TheoryClassComparisonType> {
    const window = monthWindow(fromMonth, months, ctx.today);
    const scope = await org(ctx, scopeId);
    return ctx.db(async (em) => {
      const [scopeRow, settings] = await Promise.all([
        em.findOneOrFail(Organisation, { id: scope.id }, { failHandler: () => notFound() }),
        getSettings(em, scope.bureauId),
      ]);
      return {
        scope: scopeRow,
        months: window,
        ...(await comparison(em, scope, window, settings, ctx.today, ctx.lang)),
      };
    });
  }

  @Mutation(() => TheoryClassType, { description: 'Record a class and its attendance (school secretary or clerk)' })
  async createTheoryClass(@Arg('input') input: TheoryClassInput, @Ctx() ctx: RequestContext): Promise<TheoryClassType> {
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) => createClass(em, ctx, school, input));
  }

  @Mutation(() => TheoryClassType)
  async updateTheoryClass(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: TheoryClassUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TheoryClassType> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => updateClass(em, ctx, school, id, input));
  }

  @Mutation(() => ID)
  async deleteTheoryClass(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => deleteClass(em, ctx, school, id));
  }
}

export const theoryClassRules: FieldRules = {
  Query: {
    theoryClasses: allowIf('theoryClass.read', orgFromArg('schoolId')),
    theoryClass: allowIf('theoryClass.read', classSchool),
    schoolTheoryClassMonths: allowIf('theoryClass.read', orgFromArg('schoolId')),
    theoryClassComparison: allowIf('compliance.read', orgFromArg('scopeId')),
  },
  Mutation: {
    createTheoryClass: allowIf('theoryClass.write', orgFromArg('schoolId', true)),
    updateTheoryClass: allowIf('theoryClass.write', classSchool),
    deleteTheoryClass: allowIf('theoryClass.write', classSchool),
  },
};
