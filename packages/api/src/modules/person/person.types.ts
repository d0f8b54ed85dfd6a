import type { Gender, PartyPost, PartyStatus } from '@djt/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { GenderEnum, PartyPostEnum, PartyStatusEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

@ObjectType('Person', { simpleResolvers: true })
export class PersonType {
  @Field(() => ID) id!: string;
  @Field(() => ID) schoolId!: string;
  @Field() name!: string;
  @Field(() => GenderEnum) gender!: Gender;
  @Field(() => PartyStatusEnum) partyStatus!: PartyStatus;
  @Field(() => PartyPostEnum, { nullable: true }) partyPost!: PartyPost | null;
  @Field(() => String, {
    nullable: true,
    description: 'Masked (138****1234) unless the viewer is the school itself or the person',
  })
  phone!: string | null;
}

export const PersonPage = PageOf(PersonType, 'PersonPage');
