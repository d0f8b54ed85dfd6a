import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { MatterCategory, MatterOutcome, MatterState, MatterVoteResult } from '@djt/shared';
import { MATTER_CATEGORIES, MATTER_OUTCOMES, MATTER_STATES, MATTER_VOTE_RESULTS } from '@djt/shared';
import { TenantRecord, TenantRow } from '../../core/records/tenant-record.entity';

/** 重大事项 (三重一大, §二.2): one major matter of a school, from draft to execution. */
@Entity({ tableName: 'major_matter' })
export class MajorMatter extends TenantRecord {
  @Enum({ type: 'text', items: () => [...MATTER_CATEGORIES] }) category!: MatterCategory;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text', nullable: true }) description!: string | null;
  /** Yuan; a large expenditure's amount (at or above the bureau threshold). */
  @Property({ type: 'double', columnType: 'numeric(14,2)', nullable: true }) amount!: number | null;
  /** 会前沟通: when the secretary and the principal communicated, and what they agreed. */
  @Property({ type: 'string', columnType: 'date', nullable: true }) communicatedOn!: string | null;
  @Property({ type: 'text', nullable: true }) communication!: string | null;
  @Enum({ type: 'text', items: () => [...MATTER_STATES] }) state: MatterState = 'DRAFT';
  /** When it was put on the agenda (PROPOSED). */
  @Property({ type: 'string', columnType: 'date', nullable: true }) proposedOn!: string | null;
  @Enum({ type: 'text', items: () => [...MATTER_OUTCOMES], nullable: true }) outcome!: MatterOutcome | null;
  /** The quorate vote that decided it, and that meeting's date. */
  @Property({ type: 'uuid', nullable: true }) decisionVoteId!: string | null;
  @Property({ type: 'string', columnType: 'date', nullable: true }) decidedOn!: string | null;
  @Property({ type: 'string', columnType: 'date', nullable: true }) executedOn!: string | null;
  @Property({ type: 'text', nullable: true }) executionNote!: string | null;
}

/** One vote on a matter at a 支委会 or 支部党员大会, with its meeting's counts (copied by the database). */
@Entity({ tableName: 'major_matter_vote' })
export class MajorMatterVote extends TenantRow {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) matterId!: string;
  @Property({ type: 'uuid' }) meetingId!: string;
  @Property({ type: 'string', columnType: 'date' }) heldOn!: string;
  @Property({ type: 'int' }) memberExpected!: number;
  @Property({ type: 'int' }) memberPresent!: number;
  @Property({ type: 'int' }) votingPresent!: number;
  @Property({ type: 'int' }) votesFor!: number;
  @Property({ type: 'int' }) votesAgainst!: number;
  @Property({ type: 'int' }) abstentions!: number;
  @Property({ type: 'boolean' }) deferred = false;
  @Property({ type: 'boolean' }) quorumMet!: boolean;
  @Enum({ type: 'text', items: () => [...MATTER_VOTE_RESULTS] }) result!: MatterVoteResult;
  @Property({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
}

/** A guidance comment (指导意见) of the district or the bureau on a school's matter: a service object. */
@Entity({ tableName: 'major_matter_comment' })
export class MajorMatterComment extends TenantRow {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) matterId!: string;
  @Property({ type: 'uuid' }) authorOrgId!: string;
  @Property({ type: 'text' }) authorName!: string;
  @Property({ type: 'text' }) body!: string;
  @Property({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
