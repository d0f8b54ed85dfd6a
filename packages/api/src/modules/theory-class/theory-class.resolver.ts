import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LIMITS, monthKeyProblem, type OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, recordOwner, type FieldRules } from '../../core/authz/rules';
import { badInput, notFound } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { idempotentCreate } from '../../core/records/idempotency';
import { createClass, deleteClass, getClass, listClasses, updateClass } from './theory-class.service';
import { TheoryClassInput, TheoryClassPage, TheoryClassType, TheoryClassUpdateInput } from './theory-class.types';

/** Target of the rules on one class: the school that owns it. */
const classSchool = recordOwner('theory_class', 'id');

/** The rule already resolved the target; resolvers read it from the same per-request loaders. */
async function org(ctx: RequestContext, id: string): Promise<OrgRef> {
  const ref = await ctx.loaders.orgRef.load(id);
  if (!ref) throw notFound();
  return ref;
}
async function schoolOfClass(ctx: RequestContext, id: string): Promise<OrgRef> {
  const schoolId = await ctx.loaders.recordSchool.load(`theory_class:${id}`);
  if (!schoolId) throw notFound();
  return org(ctx, schoolId);
}

@Resolver()
export class TheoryClassResolver {
  @Query(() => TheoryClassPage, { description: "A school's political-theory classes, newest first" })
  async theoryClasses(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('fromMonth', () => String, { nullable: true, description: 'Classes from this month on (YYYY-MM)' })
    fromMonth: string | null,
    @Arg('toMonth', () => String, { nullable: true, description: 'Classes up to this month (YYYY-MM)' })
    toMonth: string | null,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof TheoryClassPage>> {
    const page = checkPage(offset, limit);
    for (const [name, m] of [
      ['fromMonth', fromMonth],
      ['toMonth', toMonth],
    ] as const)
      if (m != null && monthKeyProblem(m))
        throw badInput(monthKeyProblem(m)!, { min: LIMITS.yearMin, max: LIMITS.yearMax }, name);
    const school = await org(ctx, schoolId);
    const viewer = { actor: ctx.actor!, school };
    return { ...(await ctx.db((em) => listClasses(em, viewer, { fromMonth, toMonth, ...page }))), ...page };
  }

  @Query(() => TheoryClassType, { description: 'One class with its attendance' })
  async theoryClass(
    @Arg('id', () => ID, { description: 'The class' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TheoryClassType> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => getClass(em, { actor: ctx.actor!, school }, id));
  }

  @Mutation(() => TheoryClassType, {
    description:
      'Record a class and its attendance (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result.',
  })
  async createTheoryClass(
    @Arg('input', { description: 'The class and its attendance' }) input: TheoryClassInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TheoryClassType> {
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) =>
      idempotentCreate(
        em,
        ctx,
        'createTheoryClass',
        () => createClass(em, ctx, school, input),
        (id) => getClass(em, { actor: ctx.actor!, school }, id),
      ),
    );
  }

  @Mutation(() => TheoryClassType, {
    description: 'Change a class and replace its attendance (school secretary or clerk; optimistic lock by version)',
  })
  async updateTheoryClass(
    @Arg('id', () => ID, { description: 'The class' }) id: string,
    @Arg('input', { description: 'The new values and the version read' }) input: TheoryClassUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TheoryClassType> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => updateClass(em, ctx, school, id, input));
  }

  @Mutation(() => ID, { description: 'Delete a class and its attendance; returns its id' })
  async deleteTheoryClass(
    @Arg('id', () => ID, { description: 'The class' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const school = await schoolOfClass(ctx, id);
    return ctx.db((em) => deleteClass(em, ctx, school, id));
  }
}

export const theoryClassRules: FieldRules = {
  Query: {
    theoryClasses: allowIf('theoryClass.read', orgFromArg('schoolId')),
    theoryClass: allowIf('theoryClass.read', classSchool),
  },
  Mutation: {
    createTheoryClass: allowIf('theoryClass.write', orgFromArg('schoolId', true)),
    updateTheoryClass: allowIf('theoryClass.write', classSchool),
    deleteTheoryClass: allowIf('theoryClass.write', classSchool),
  },
};
