import type { Gender, PartyPost, PartyStatus } from '@djt/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { GenderEnum, PartyPostEnum, PartyStatusEnum } from '../../core/graphql-enums';
import { PageOf } from '../../core/pagination';

@ObjectType('Person', { simpleResolvers: true, description: '党员/教职工: a member or staff of a school' })
export class PersonType {
  @Field(() => ID, { description: 'The person' }) id!: string;
  @Field(() => ID, { description: 'Their school' }) schoolId!: string;
  @Field({ description: 'Name (visible at every level)' }) name!: string;
  @Field(() => GenderEnum, { description: 'Gender' }) gender!: Gender;
  @Field(() => PartyStatusEnum, { description: 'Full, probationary or not a member' }) partyStatus!: PartyStatus;
  @Field(() => PartyPostEnum, { nullable: true, description: 'Party post held, if any' }) partyPost!: PartyPost | null;
  @Field(() => String, {
    nullable: true,
    description: 'Masked (138****1234) unless the viewer is the school itself or the person',
  })
  phone!: string | null;
}

export const PersonPage = PageOf(PersonType, 'PersonPage');
