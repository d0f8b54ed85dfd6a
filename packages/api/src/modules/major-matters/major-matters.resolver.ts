import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LIMITS, type MatterCategory, type MatterState, type OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, recordOwner, type FieldRules } from '../../core/authz/rules';
import { badInput, notFound } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { idempotentCreate } from '../../core/records/idempotency';
import {
  addComment,
  createMatter,
  deleteMatter,
  executeMatter,
  getMatter,
  listMatters,
  proposeMatter,
  updateMatter,
  voteOnMatter,
} from './major-matters.service';
import {
  MajorMatterCommentType,
  MajorMatterExecutionInput,
  MajorMatterInput,
  MajorMatterPage,
  MajorMatterType,
  MajorMatterUpdateInput,
  MajorMatterVoteInput,
  MatterCategoryEnum,
  MatterStateEnum,
} from './major-matters.types';

/** Target of the rules on one matter: the school that owns it. */
const matterSchool = recordOwner('major_matter', 'id');

async function org(ctx: RequestContext, id: string): Promise<OrgRef> {
  const ref = await ctx.loaders.orgRef.load(id);
  if (!ref) throw notFound();
  return ref;
}
async function schoolOf(ctx: RequestContext, id: string): Promise<OrgRef> {
  const schoolId = await ctx.loaders.recordSchool.load(`major_matter:${id}`);
  if (!schoolId) throw notFound();
  return org(ctx, schoolId);
}

@Resolver()
export class MajorMattersResolver {
  @Query(() => MajorMatterPage, {
    description: "A school's major matters (重大事项), newest first (by execution, decision or proposal date)",
  })
  async majorMatters(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('state', () => MatterStateEnum, { nullable: true, description: 'Only matters in this state' })
    state: MatterState | null,
    @Arg('category', () => MatterCategoryEnum, { nullable: true, description: 'Only matters of this category' })
    category: MatterCategory | null,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Only matters of this year (executed, decided or proposed)',
    })
    year: number | null,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof MajorMatterPage>> {
    const page = checkPage(offset, limit);
    if (year != null && (year < LIMITS.yearMin || year > LIMITS.yearMax))
      throw badInput('INVALID_YEAR', { min: LIMITS.yearMin, max: LIMITS.yearMax }, 'year');
    const school = await org(ctx, schoolId);
    return { ...(await ctx.db((em) => listMatters(em, school, { state, category, year, ...page }))), ...page };
  }

  @Query(() => MajorMatterType, { description: 'One major matter with its votes and guidance comments' })
  async majorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    await schoolOf(ctx, id);
    return ctx.db((em) => getMatter(em, id));
  }

  @Mutation(() => MajorMatterType, {
    description:
      'Record a major matter as a draft (school secretary or clerk). Send an Idempotency-Key header to retry safely: the same key returns the first result.',
  })
  async createMajorMatter(
    @Arg('input', { description: 'The matter' }) input: MajorMatterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) =>
      idempotentCreate(
        em,
        ctx,
        'createMajorMatter',
        () => createMatter(em, ctx, school, input),
        (id) => getMatter(em, id),
      ),
    );
  }

  @Mutation(() => MajorMatterType, {
    description:
      'Change a draft or proposed matter, including its prior communication (optimistic lock by version: a stale version is CONFLICT)',
  })
  async updateMajorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('input', { description: 'The new values and the version read' }) input: MajorMatterUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => updateMatter(em, ctx, school, id, input));
  }

  @Mutation(() => MajorMatterType, {
    description:
      '提交会议: put a draft on the agenda (DRAFT → PROPOSED); refused (CONFLICT) until the prior communication is recorded',
  })
  async proposeMajorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; a stale version is CONFLICT' }) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => proposeMatter(em, ctx, school, id, version));
  }

  @Mutation(() => MajorMatterType, {
    description:
      "表决: record the vote at a held branch committee or members' meeting of the school. Counts come from the meeting's attendance; without quorum the vote is recorded as such and the matter stays PROPOSED",
  })
  async voteOnMajorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('input', { description: 'The meeting, the tally and the version read' }) input: MajorMatterVoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => voteOnMatter(em, ctx, school, id, input));
  }

  @Mutation(() => MajorMatterType, {
    description:
      '执行: record the execution of an approved matter (DECIDED → EXECUTED); an undecided or rejected matter is CONFLICT; executed before its decision date it is flagged as a violation',
  })
  async executeMajorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('input', { description: 'The execution and the version read' }) input: MajorMatterExecutionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterType> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => executeMatter(em, ctx, school, id, input));
  }

  @Mutation(() => ID, { description: 'Delete a draft matter (only a draft); returns its id' })
  async deleteMajorMatter(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; a stale version is CONFLICT' }) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => deleteMatter(em, ctx, school, id, version));
  }

  @Mutation(() => MajorMatterCommentType, {
    description:
      "指导意见: the district or the bureau adds a guidance comment to a school's matter (a service object: the matter itself is not changed)",
  })
  async addMajorMatterComment(
    @Arg('id', () => ID, { description: 'The matter' }) id: string,
    @Arg('body', () => String, { description: 'The guidance, at most 1000 characters' }) body: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MajorMatterCommentType> {
    const school = await schoolOf(ctx, id);
    return ctx.db((em) => addComment(em, ctx, school, id, body));
  }
}

export const majorMattersRules: FieldRules = {
  Query: {
    majorMatters: allowIf('majorMatters.read', orgFromArg('schoolId')),
    majorMatter: allowIf('majorMatters.read', matterSchool),
  },
  Mutation: {
    createMajorMatter: allowIf('majorMatters.write', orgFromArg('schoolId', true)),
    updateMajorMatter: allowIf('majorMatters.write', matterSchool),
    proposeMajorMatter: allowIf('majorMatters.write', matterSchool),
    voteOnMajorMatter: allowIf('majorMatters.write', matterSchool),
    executeMajorMatter: allowIf('majorMatters.write', matterSchool),
    deleteMajorMatter: allowIf('majorMatters.write', matterSchool),
    addMajorMatterComment: allowIf('majorMatters.guide', matterSchool),
  },
};
