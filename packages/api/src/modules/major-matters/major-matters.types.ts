import {
  LABELS,
  MATTER_CATEGORIES,
  MATTER_OUTCOMES,
  MATTER_STATES,
  MATTER_VOTE_RESULTS,
  type MatterCategory,
  type MatterOutcome,
  type MatterState,
  type MatterVoteResult,
} from '@djt/shared';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

export const MatterCategoryEnum = graphqlEnum(
  'MatterCategory',
  MATTER_CATEGORIES,
  'Category of major matter (三重一大)',
  LABELS.matterCategory,
);
export const MatterStateEnum = graphqlEnum(
  'MatterState',
  MATTER_STATES,
  'Where a major matter is: draft, on the agenda, decided, executed',
  LABELS.matterState,
);
export const MatterOutcomeEnum = graphqlEnum(
  'MatterOutcome',
  MATTER_OUTCOMES,
  'What the meeting decided on a major matter',
  LABELS.matterOutcome,
);
export const MatterVoteResultEnum = graphqlEnum(
  'MatterVoteResult',
  MATTER_VOTE_RESULTS,
  'The result of one vote: a decision, or no quorum (the matter stays proposed)',
  LABELS.matterVoteResult,
);

@ObjectType('MajorMatterVote', { simpleResolvers: true, description: 'One vote on a major matter at a Party meeting' })
export class MajorMatterVoteType {
  @Field(() => ID, { description: 'The vote' }) id!: string;
  @Field(() => ID, { description: 'The meeting (支委会 or 支部党员大会) it was taken at' }) meetingId!: string;
  @Field({ description: "The meeting's topic" }) meetingTopic!: string;
  @Field(() => GraphQLLocalDate, { description: 'The date the meeting was held' }) heldOn!: string;
  @Field(() => Int, { description: "应到会: Party members expected, from the meeting's attendance" })
  memberExpected!: number;
  @Field(() => Int, { description: 'Party members present' }) memberPresent!: number;
  @Field(() => Int, { description: 'Full members present: the most ballots there can be' }) votingPresent!: number;
  @Field(() => Int, { description: 'Votes in favour' }) votesFor!: number;
  @Field(() => Int, { description: 'Votes against' }) votesAgainst!: number;
  @Field(() => Int, { description: 'Abstentions' }) abstentions!: number;
  @Field(() => Boolean, { description: 'The meeting deferred the matter' }) deferred!: boolean;
  @Field(() => Boolean, { description: 'Whether enough members were present for the matter' }) quorumMet!: boolean;
  @Field(() => MatterVoteResultEnum, { description: 'Approved, rejected, deferred, or no quorum' })
  result!: MatterVoteResult;
  @Field(() => GraphQLDateTimeISO, { description: 'When it was recorded' }) createdAt!: Date;
}

@ObjectType('MajorMatterComment', {
  simpleResolvers: true,
  description: 'A guidance comment (指导意见) of the district or the bureau on a matter',
})
export class MajorMatterCommentType {
  @Field(() => ID, { description: 'The comment' }) id!: string;
  @Field(() => ID, { description: 'The organisation that wrote it (district or bureau)' }) authorOrgId!: string;
  @Field({ description: "That organisation's name" }) authorOrgName!: string;
  @Field({ description: 'Who wrote it' }) authorName!: string;
  @Field({ description: 'The guidance' }) body!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When it was written' }) createdAt!: Date;
}

@ObjectType('MajorMatter', { simpleResolvers: true, description: '重大事项 (三重一大): a major matter of a school' })
export class MajorMatterType {
  @Field(() => ID, { description: 'The matter' }) id!: string;
  @Field(() => ID, { description: 'The school it belongs to' }) schoolId!: string;
  @Field(() => MatterCategoryEnum, { description: 'Category' }) category!: MatterCategory;
  @Field({ description: 'Title' }) title!: string;
  @Field(() => String, { nullable: true, description: 'What the matter is' }) description!: string | null;
  @Field(() => Float, { nullable: true, description: 'Amount in yuan (a large expenditure)' }) amount!: number | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: '会前沟通: when the secretary and the principal communicated; null while not recorded',
  })
  communicatedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'What the secretary and the principal agreed' })
  communication!: string | null;
  @Field(() => MatterStateEnum, { description: 'Draft, proposed, decided or executed' }) state!: MatterState;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was put on the agenda' })
  proposedOn!: string | null;
  @Field(() => MatterOutcomeEnum, { nullable: true, description: 'The decision, once decided' })
  outcome!: MatterOutcome | null;
  @Field(() => ID, { nullable: true, description: 'The vote that decided it' }) decisionVoteId!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The date of the meeting that decided it' })
  decidedOn!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was executed' }) executedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'How it was executed' }) executionNote!: string | null;
  @Field(() => Boolean, {
    description: 'A violation: recorded as executed before the date it was decided (shown on the dashboards)',
  })
  executedBeforeDecision!: boolean;
  @Field(() => Boolean, {
    description: 'The prior communication is dated after the meeting that decided the matter',
  })
  communicatedLate!: boolean;
  @Field(() => [MajorMatterVoteType], { description: 'Every vote on it, oldest first (no-quorum votes included)' })
  votes!: MajorMatterVoteType[];
  @Field(() => [MajorMatterCommentType], { description: 'Guidance comments of the district and the bureau' })
  comments!: MajorMatterCommentType[];
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with every change' }) version!: number;
  @Field(() => GraphQLDateTimeISO, { description: 'Last change' }) updatedAt!: Date;
}

export const MajorMatterPage = PageOf(MajorMatterType, 'MajorMatterPage');

@InputType('MajorMatterFields', { description: 'The fields of a major matter, for create and update' })
class MajorMatterFields {
  @Field(() => MatterCategoryEnum, { description: 'Category' }) category!: MatterCategory;
  @Field({ description: 'Title, at most 100 characters' }) title!: string;
  @Field(() => String, { nullable: true, description: 'What the matter is, at most 2000 characters' })
  description?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "Amount in yuan; required for a large expenditure, at least the bureau's threshold",
  })
  amount?: number | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: '会前沟通: when the secretary and the principal communicated (not after today)',
  })
  communicatedOn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the secretary and the principal agreed, at most 1000 characters; given with its date',
  })
  communication?: string | null;
}

@InputType({ description: 'A new major matter (a draft)' })
export class MajorMatterInput extends MajorMatterFields {
  @Field(() => ID, { description: 'The school recording it' }) schoolId!: string;
}

@InputType({ description: 'A changed major matter (while a draft or proposed)' })
export class MajorMatterUpdateInput extends MajorMatterFields {
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}

@InputType({ description: 'A vote on a proposed (or deferred) matter at a Party meeting' })
export class MajorMatterVoteInput {
  @Field(() => ID, { description: 'A held 支委会 or 支部党员大会 of the same school' }) meetingId!: string;
  @Field(() => Int, { description: 'Votes in favour' }) votesFor!: number;
  @Field(() => Int, { description: 'Votes against' }) votesAgainst!: number;
  @Field(() => Int, { description: 'Abstentions' }) abstentions!: number;
  @Field(() => Boolean, { defaultValue: false, description: 'The meeting deferred the matter (暂缓)' })
  deferred!: boolean;
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}

@InputType({ description: 'The execution of an approved matter' })
export class MajorMatterExecutionInput {
  @Field(() => GraphQLLocalDate, {
    description: 'When it was executed (not after today); before the decision it is flagged as a violation',
  })
  executedOn!: string;
  @Field(() => String, { nullable: true, description: 'How it was executed, at most 1000 characters' })
  executionNote?: string | null;
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}
