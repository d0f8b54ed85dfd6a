import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrgLevel, OrgRef, SchoolType } from '@djt/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrgLevelEnum, SchoolTypeEnum } from '../graphql-enums';

/** 教育局党委 / 区县教育党工委 / 学校党组织: one row per organisation, with its ancestry. */
@Entity({ tableName: 'organisation' })
@ObjectType({
  simpleResolvers: true,
  description: '教育局党委 / 区县教育党工委 / 学校党组织: an organisation of the three levels, with its ancestry',
})
export class Organisation implements OrgRef {
  [OptionalProps]?: 'createdAt';
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The organisation' })
  id!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Its name' })
  name!: string;

  @Enum({ type: 'text', items: ['BUREAU', 'DISTRICT', 'SCHOOL'] })
  @Field(() => OrgLevelEnum, { description: 'Bureau, district or school' })
  level!: OrgLevel;

  @Property({ type: 'text', nullable: true })
  @Field(() => SchoolTypeEnum, { nullable: true, description: 'Type of school; null above the school' })
  schoolType!: SchoolType | null;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'Its bureau (itself for a bureau)' })
  bureauId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Its district (itself for a district); null for a bureau' })
  districtId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Itself for a school; null above' })
  schoolId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The organisation directly above; null for a bureau' })
  parentId!: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The policy's view of an organisation. */
export function orgRef(o: OrgRef): OrgRef {
  return { id: o.id, level: o.level, bureauId: o.bureauId, districtId: o.districtId, schoolId: o.schoolId };
}
