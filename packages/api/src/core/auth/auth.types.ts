import type { Role } from '@djt/shared';
import { GraphQLLocalDate, GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../graphql-enums';
import { Organisation } from '../organisation/organisation.entity';
import { SettingType } from '../settings/settings.types';

@ObjectType({ simpleResolvers: true, description: 'A role held at one organisation' })
export class RoleAssignmentType {
  @Field(() => RoleEnum, { description: 'The role' }) role!: Role;
  @Field(() => Organisation, { description: 'Where it is held' }) organisation!: Organisation;
}

@ObjectType('Me', { simpleResolvers: true, description: 'The logged-in user' })
export class MeType {
  @Field(() => ID, { description: 'The user' }) userId!: string;
  @Field({ description: 'Login name' }) username!: string;
  @Field({ description: 'Name shown in the header' }) displayName!: string;
  @Field(() => ID, { nullable: true, description: 'The person record of the user, if any' }) personId!: string | null;
  @Field(() => [RoleAssignmentType], { description: 'Roles, each at one organisation' }) roles!: RoleAssignmentType[];
  @Field(() => [SettingType], {
    description: "The bureau's rule settings (the bureau's own values over the defaults)",
  })
  settings!: SettingType[];
  @Field(() => GraphQLLocalDate, {
    description: "Today's date in the bureau's time zone, which decides whether a month is over",
  })
  today!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A new session' })
export class LoginResult {
  @Field({ description: 'Bearer token for API clients; browsers use the HttpOnly cookie instead' }) token!: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When the session ends' }) expiresAt!: Date;
  @Field(() => MeType, { description: 'The user' }) me!: MeType;
}
