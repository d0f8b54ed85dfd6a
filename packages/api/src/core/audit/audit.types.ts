import { GraphQLDateTimeISO, GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../pagination';

/** What an entry records; the GraphQL names map to the values stored in audit_log.action. */
export const AuditActionEnum = { CREATE: 'create', UPDATE: 'update', DELETE: 'delete' } as const;
export type AuditAction = (typeof AuditActionEnum)[keyof typeof AuditActionEnum];
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What happened to the record',
  valuesConfig: {
    CREATE: { description: '新增 / Created' },
    UPDATE: { description: '修改 / Changed' },
    DELETE: { description: '删除 / Deleted' },
  },
});

@ObjectType('AuditEntry', {
  simpleResolvers: true,
  description: 'One entry of the append-only audit trail: who changed which record, when, and how',
})
export class AuditEntryType {
  @Field(() => ID, { description: 'The entry (increases across the whole trail)' }) id!: string;
  @Field(() => Int, {
    description: "Position in its bureau's hash chain: 1, 2, 3, … without gaps, in the order the changes were written",
  })
  seq!: number;
  @Field(() => GraphQLDateTimeISO, { description: 'When the change was made' }) at!: Date;
  @Field(() => ID, { description: 'The organisation the record belongs to (a school, or the bureau for its settings)' })
  orgId!: string;
  @Field({ description: "That organisation's name" }) orgName!: string;
  @Field(() => ID, { nullable: true, description: 'Its district (null for a bureau-level record)' })
  districtId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Its school (null for a district- or bureau-level record)' })
  schoolId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Who made the change (null when the system did)' })
  actorUserId!: string | null;
  @Field(() => String, { nullable: true, description: "That user's display name" }) actorName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The API request that made the change (the same id as in the server log)',
  })
  requestId!: string | null;
  @Field(() => AuditActionEnum, { description: 'Created, changed or deleted' }) action!: AuditAction;
  @Field({ description: "The kind of record: its table's name, e.g. bureau_settings" }) entity!: string;
  @Field(() => ID, { description: 'The record' }) entityId!: string;
  @Field(() => GraphQLJSON, {
    description: 'What changed: the values before and/or after (never passwords, nor reasons for leave)',
  })
  changes!: unknown;
  @Field({
    description:
      "SHA-256 (hex) of the previous entry's hash and this entry's fields; `pnpm audit:verify` recomputes every chain",
  })
  hash!: string;
}

export const AuditEntryPage = PageOf(AuditEntryType, 'AuditEntryPage');
