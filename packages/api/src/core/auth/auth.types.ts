import type { Role } from '@djt/shared';
import { GraphQLLocalDate, GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../graphql-enums';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { BureauSettingsType } from '../../modules/settings/settings.types';

@ObjectType({ simpleResolvers: true })
export class RoleAssignmentType {
  @Field(() => RoleEnum) role!: Role;
  @Field(() => Organisation) organisation!: Organisation;
}

@ObjectType('Me', { simpleResolvers: true })
export class MeType {
  @Field(() => ID) userId!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => [RoleAssignmentType]) roles!: RoleAssignmentType[];
  @Field(() => BureauSettingsType, {
    description: "The bureau's rule settings (defaults merged with the bureau's own)",
  })
  settings!: BureauSettingsType;
  @Field(() => GraphQLLocalDate, {
    description: "Today's date in the bureau's time zone, which decides whether a month is over",
  })
  today!: string;
}

@ObjectType({ simpleResolvers: true })
export class LoginResult {
  @Field({ description: 'Bearer token for API clients; browsers use the HttpOnly cookie instead' }) token!: string;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}
