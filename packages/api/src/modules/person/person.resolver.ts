import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { LIMITS, type OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { allowIf, orgFromArg, recordOwner, type FieldRules } from '../../core/authz/rules';
import { badInput, notFound } from '../../core/errors';
import { checkPage } from '../../core/pagination';
import { idempotentCreate } from '../../core/records/idempotency';
import { isUuid } from '../../core/tenancy/uuid';
import {
  PersonImportChunkInput,
  PersonImportResultType,
  PersonInput,
  PersonPage,
  PersonTransferType,
  PersonType,
  PersonUpdateInput,
  TransferTargetType,
} from './person.types';
import {
  commitImport,
  createPerson,
  getPerson,
  leavePerson,
  listPeople,
  listTransfers,
  stageImportChunk,
  transferPerson,
  updatePerson,
} from './person.service';
import { PageOf } from '../../core/pagination';

const PersonTransferPage = PageOf(PersonTransferType, 'PersonTransferPage');

/** Target of the rules on one person: the school the person is at. */
const personSchool = recordOwner('person', 'id');

async function org(ctx: RequestContext, id: string): Promise<OrgRef> {
  const ref = await ctx.loaders.orgRef.load(id);
  if (!ref) throw notFound();
  return ref;
}
async function schoolOfPerson(ctx: RequestContext, id: string): Promise<OrgRef> {
  const schoolId = await ctx.loaders.recordSchool.load(`person:${id}`);
  if (!schoolId) throw notFound();
  return org(ctx, schoolId);
}

@Resolver()
export class PersonResolver {
  @Query(() => PersonPage, { description: "A school's members and staff, by name" })
  async people(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or staff number' })
    search: string | null,
    @Arg('partyMembersOnly', { defaultValue: false, description: 'Full and probationary members only' })
    partyMembersOnly: boolean,
    @Arg('includeLeft', { defaultValue: false, description: 'Also people who have left the school' })
    includeLeft: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof PersonPage>> {
    const page = checkPage(offset, limit);
    if (search && [...search].length > LIMITS.searchMax)
      throw badInput('SEARCH_TOO_LONG', { max: LIMITS.searchMax }, 'search');
    const school = await org(ctx, schoolId);
    const result = await ctx.db((em) =>
      listPeople(em, ctx.actor!, school, { search, partyMembersOnly, includeLeft, ...page }),
    );
    return { ...result, ...page };
  }

  @Query(() => PersonType, { description: 'One person' })
  async person(
    @Arg('id', () => ID, { description: 'The person' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonType> {
    const school = await schoolOfPerson(ctx, id);
    return ctx.db((em) => getPerson(em, ctx.actor!, school, id));
  }

  @Query(() => PersonTransferPage, { description: "A school's transfers in and out, newest first" })
  async personTransfers(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Rows to return (at most 200)' }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof PersonTransferPage>> {
    const page = checkPage(offset, limit);
    const school = await org(ctx, schoolId);
    return { ...(await ctx.db((em) => listTransfers(em, school, page))), ...page };
  }

  @Query(() => [TransferTargetType], {
    description: "The other schools of the school's bureau, by name: where its people can be transferred (at most 50)",
  })
  async personTransferTargets(
    @Arg('schoolId', () => ID, { description: 'The sending school' }) schoolId: string,
    @Arg('search', () => String, { nullable: true, description: "Part of the school's name" }) search: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TransferTargetType[]> {
    if (search && [...search].length > LIMITS.searchMax)
      throw badInput('SEARCH_TOO_LONG', { max: LIMITS.searchMax }, 'search');
    return ctx.db((em) =>
      em.execute<TransferTargetType[]>(
        'select id, name, district_name as "districtName" from app_transfer_targets(?::uuid, ?, 50)',
        [schoolId, search?.trim() || null],
      ),
    );
  }

  @Mutation(() => PersonType, {
    description:
      'Add a person to the school (school secretary or clerk). Send an Idempotency-Key header to retry safely.',
  })
  async createPerson(
    @Arg('input', { description: 'The person' }) input: PersonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonType> {
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) =>
      idempotentCreate(
        em,
        ctx,
        'createPerson',
        () => createPerson(em, ctx, school, input),
        (id) => getPerson(em, ctx.actor!, school, id),
      ),
    );
  }

  @Mutation(() => PersonType, { description: 'Change a person (optimistic lock by version)' })
  async updatePerson(
    @Arg('id', () => ID, { description: 'The person' }) id: string,
    @Arg('input', { description: 'The new values and the version read' }) input: PersonUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonType> {
    const school = await schoolOfPerson(ctx, id);
    return ctx.db((em) => updatePerson(em, ctx, school, id, input));
  }

  @Mutation(() => PersonType, { description: 'Record that a person left the school; the record and its history stay' })
  async leavePerson(
    @Arg('id', () => ID, { description: 'The person' }) id: string,
    @Arg('version', () => Int, { description: 'The version read' }) version: number,
    @Arg('leftOn', () => GraphQLLocalDate, { description: 'Date of leaving (not in the future)' }) leftOn: string,
    @Arg('reason', { description: 'Why, at most 200 characters' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonType> {
    const school = await schoolOfPerson(ctx, id);
    return ctx.db((em) => leavePerson(em, ctx, school, id, { version, leftOn, reason }));
  }

  @Mutation(() => ID, {
    description:
      'Transfer a person to another school of the same bureau (refused for any other target); both schools keep a history row. Returns the person id.',
  })
  async transferPerson(
    @Arg('id', () => ID, { description: 'The person' }) id: string,
    @Arg('toSchoolId', () => ID, { description: 'The receiving school, of the same bureau' }) toSchoolId: string,
    @Arg('version', () => Int, { description: 'The version read' }) version: number,
    @Arg('onDate', () => GraphQLLocalDate, { description: 'Date of the transfer (not in the future)' }) onDate: string,
    @Arg('note', () => String, { nullable: true, description: 'Note, at most 200 characters' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    const school = await schoolOfPerson(ctx, id);
    const target = isUuid(toSchoolId) ? await ctx.loaders.orgRef.load(toSchoolId) : null;
    return ctx.db((em) => transferPerson(em, ctx, school, target ?? null, id, { version, onDate, note }));
  }

  @Mutation(() => Int, {
    description:
      'Stage one chunk (at most 500 rows) of an Excel import; nothing is saved until commitPeopleImport. Returns the rows staged.',
  })
  async stagePeopleImport(
    @Arg('input', { description: 'The chunk' }) input: PersonImportChunkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    if (!isUuid(input.importId)) throw badInput('INVALID_INPUT', { detail: 'importId' }, 'importId');
    const school = await org(ctx, input.schoolId);
    return ctx.db((em) => stageImportChunk(em, ctx, school, input));
  }

  @Mutation(() => PersonImportResultType, {
    description:
      'Commit a staged import, all or nothing: with any problem nothing is saved and every problem is listed by row; otherwise people are added or updated by staff number (re-importing the same file changes nothing).',
  })
  async commitPeopleImport(
    @Arg('schoolId', () => ID, { description: 'The school importing' }) schoolId: string,
    @Arg('importId', () => ID, { description: 'The import, as staged' }) importId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonImportResultType> {
    if (!isUuid(importId)) throw badInput('INVALID_INPUT', { detail: 'importId' }, 'importId');
    const school = await org(ctx, schoolId);
    return ctx.db((em) => commitImport(em, ctx, school, importId));
  }
}

export const personRules: FieldRules = {
  Query: {
    people: allowIf('person.read', orgFromArg('schoolId')),
    person: allowIf('person.read', personSchool),
    personTransfers: allowIf('person.read', orgFromArg('schoolId')),
    personTransferTargets: allowIf('person.write', orgFromArg('schoolId')),
  },
  Mutation: {
    createPerson: allowIf('person.write', orgFromArg('schoolId', true)),
    updatePerson: allowIf('person.write', personSchool),
    leavePerson: allowIf('person.write', personSchool),
    transferPerson: allowIf('person.write', personSchool),
    stagePeopleImport: allowIf('person.write', orgFromArg('schoolId', true)),
    commitPeopleImport: allowIf('person.write', orgFromArg('schoolId')),
  },
};
