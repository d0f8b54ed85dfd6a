import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrgLevel, OrgRef, SchoolType } from '@djt/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrgLevelEnum, SchoolTypeEnum } from '../../core/graphql-enums';

/** 教育局党委 / 区县教育党工委 / 学校党组织: one row per organisation, with its ancestry. */
@Entity({ tableName: 'organisation' })
@ObjectType({ simpleResolvers: true })
export class Organisation implements OrgRef {
  [OptionalProps]?: 'createdAt';
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Enum({ type: 'text', items: ['BUREAU', 'DISTRICT', 'SCHOOL'] })
  @Field(() => OrgLevelEnum)
  level!: OrgLevel;

  @Property({ type: 'text', nullable: true })
  @Field(() => SchoolTypeEnum, { nullable: true })
  schoolType!: SchoolType | null;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  bureauId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  districtId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  schoolId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The policy's view of an organisation. */
export function orgRef(o: OrgRef): OrgRef {
  return { id: o.id, level: o.level, bureauId: o.bureauId, districtId: o.districtId, schoolId: o.schoolId };
}
