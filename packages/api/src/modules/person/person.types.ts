import {
  LABELS,
  PERSON_COLUMNS,
  PERSON_FIELDS,
  STAFF_CATEGORIES,
  type Gender,
  type PartyPost,
  type PartyStatus,
  type StaffCategory,
} from '@djt/shared';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GenderEnum, graphqlEnum, PartyPostEnum, PartyStatusEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

export const StaffCategoryEnum = graphqlEnum(
  'StaffCategory',
  STAFF_CATEGORIES,
  'Teacher, staff or retired',
  LABELS.staffCategory,
);
const PERSON_FIELD_LABELS = Object.fromEntries(PERSON_COLUMNS.map((c) => [c.field, c.header])) as Record<
  (typeof PERSON_FIELDS)[number],
  { zh: string; en: string }
>;
export const PersonFieldEnum = graphqlEnum(
  'PersonField',
  PERSON_FIELDS,
  'A field of a person (a column of the roster sheet)',
  PERSON_FIELD_LABELS,
);
export const TransferDirectionEnum = graphqlEnum(
  'TransferDirection',
  ['OUT', 'IN'] as const,
  'Which way a transfer went, seen from the school',
  {
    OUT: { zh: '调出', en: 'Transferred out' },
    IN: { zh: '调入', en: 'Transferred in' },
  },
);

@ObjectType('Person', { simpleResolvers: true, description: '党员/教职工: a member or staff of a school' })
export class PersonType {
  @Field(() => ID, { description: 'The person' }) id!: string;
  @Field(() => ID, { description: 'Their school' }) schoolId!: string;
  @Field({ description: '工号: staff number, unique at the school (the key of an Excel import)' }) staffNo!: string;
  @Field({ description: 'Name (visible at every level)' }) name!: string;
  @Field(() => GenderEnum, { description: 'Gender' }) gender!: Gender;
  @Field(() => StaffCategoryEnum, { description: 'Teacher, staff or retired' }) category!: StaffCategory;
  @Field(() => PartyStatusEnum, { description: 'Full, probationary or not a member' }) partyStatus!: PartyStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of joining the Party (members)' })
  joinedOn!: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Expected full-membership date (probationary members)',
  })
  fullMemberOn!: string | null;
  @Field(() => PartyPostEnum, { nullable: true, description: 'Party post held, if any' }) partyPost!: PartyPost | null;
  @Field(() => String, { nullable: true, description: '党小组: the Party group (members)' }) partyGroup!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Masked (138****1234) unless the viewer is the school itself or the person',
  })
  phone!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ID number: masked (1101**********1234) unless the viewer is the school itself or the person',
  })
  idNumber!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the person left the school; null while there' })
  leftOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the person left' }) leaveReason!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update' }) version!: number;
  @Field(() => GraphQLDateTimeISO, { description: 'Last change' }) updatedAt!: Date;
}

export const PersonPage = PageOf(PersonType, 'PersonPage');

@ObjectType('PersonTransfer', { simpleResolvers: true, description: "A transfer in a school's history" })
export class PersonTransferType {
  @Field(() => ID, { description: 'The history row' }) id!: string;
  // No ids of the person or the other school: after a transfer out, both lie outside the school's scope.
  @Field({ description: "The person's name, as recorded at the transfer" }) personName!: string;
  @Field(() => TransferDirectionEnum, { description: 'Out of this school or into it' }) direction!: 'OUT' | 'IN';
  @Field({ description: "The other school's name, as recorded at the transfer" }) otherSchoolName!: string;
  @Field(() => GraphQLLocalDate, { description: 'Date of the transfer' }) onDate!: string;
  @Field(() => String, { nullable: true, description: 'Note' }) note!: string | null;
}

/** The fields of a person, for create, update and each import row. */
@InputType('PersonFields', { description: 'The fields of a person' })
export class PersonFields {
  @Field({ description: 'Staff number: letters, digits, - and _, at most 32' }) staffNo!: string;
  @Field({ description: 'Name, at most 50 characters' }) name!: string;
  @Field(() => GenderEnum, { description: 'Gender' }) gender!: Gender;
  @Field(() => StaffCategoryEnum, { description: 'Teacher, staff or retired' }) category!: StaffCategory;
  @Field(() => PartyStatusEnum, { description: 'Full, probationary or not a member' }) partyStatus!: PartyStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of joining (required for probationary members)' })
  joinedOn?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Expected full-membership date (required for probationary members)',
  })
  fullMemberOn?: string | null;
  @Field(() => PartyPostEnum, { nullable: true, description: 'Party post (members only)' })
  partyPost?: PartyPost | null;
  @Field(() => String, { nullable: true, description: 'Party group, at most 30 characters (members only)' })
  partyGroup?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number, 7 to 20 digits' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'ID number (18 characters, with check digit)' })
  idNumber?: string | null;
}

@InputType({ description: 'A new person' })
export class PersonInput extends PersonFields {
  @Field(() => ID, { description: 'The school' }) schoolId!: string;
}

@InputType({ description: 'A changed person' })
export class PersonUpdateInput extends PersonFields {
  @Field(() => Int, { description: 'The version read; a stale version is refused with CONFLICT' }) version!: number;
}

@InputType({ description: 'One row of an import: the sheet row number and the person' })
export class PersonImportRowInput extends PersonFields {
  @Field(() => Int, { description: 'Row number in the sheet (for the error report)' }) row!: number;
}

@InputType({ description: 'One chunk of an import being staged (at most 500 rows)' })
export class PersonImportChunkInput {
  @Field(() => ID, { description: 'The school importing' }) schoolId!: string;
  @Field(() => ID, { description: 'The import: a new UUID chosen by the client, the same for every chunk' })
  importId!: string;
  @Field(() => Int, { description: 'The chunk number, from 0; sending a chunk again replaces it' }) chunk!: number;
  @Field(() => [PersonImportRowInput], { description: 'The rows of this chunk' }) rows!: PersonImportRowInput[];
}

@ObjectType('PersonImportProblem', { simpleResolvers: true, description: 'A problem in one row of an import' })
export class PersonImportProblemType {
  @Field(() => Int, { description: 'Row number in the sheet (1 is the header)' }) row!: number;
  @Field(() => PersonFieldEnum, { nullable: true, description: 'The column, if the problem is one cell' })
  field!: string | null;
  @Field({ description: 'Stable reason code (translated by the client with the shared catalogue)' }) reason!: string;
  @Field({ description: "The reason in the request's language" }) message!: string;
}

@ObjectType('PersonImportResult', { simpleResolvers: true, description: 'What an import did' })
export class PersonImportResultType {
  @Field({ description: 'Whether the rows were saved; false when any row has a problem (nothing saved)' })
  committed!: boolean;
  @Field(() => Int, { description: 'Rows in the import' }) rows!: number;
  @Field(() => Int, { description: 'People added' }) created!: number;
  @Field(() => Int, { description: 'People changed (matched by staff number)' }) updated!: number;
  @Field(() => Int, { description: 'People already exactly as in the file' }) unchanged!: number;
  @Field(() => Int, { description: 'Problems found in all (at most 1,000 are listed)' }) problemCount!: number;
  @Field(() => [PersonImportProblemType], { description: 'The problems, by row' }) problems!: PersonImportProblemType[];
}

@ObjectType('TransferTarget', { simpleResolvers: true, description: 'A school a person can be transferred to' })
export class TransferTargetType {
  @Field(() => ID, { description: 'The school' }) id!: string;
  @Field({ description: "The school's name" }) name!: string;
  @Field({ description: "Its district's name" }) districtName!: string;
}
