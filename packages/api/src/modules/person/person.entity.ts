import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { Gender, PartyPost, PartyStatus } from '@djt/shared';

/** 党员/教职工: a member or staff of one school. Phone numbers are masked above the school. */
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'createdAt' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) districtId!: string;
  @Property({ type: 'uuid' }) schoolId!: string;
  @Property({ type: 'text' }) name!: string;
  @Enum({ type: 'text', items: ['MALE', 'FEMALE'] }) gender!: Gender;
  @Enum({ type: 'text', items: ['FULL', 'PROBATIONARY', 'NONE'] }) partyStatus!: PartyStatus;
  @Property({ type: 'text', nullable: true }) partyPost!: PartyPost | null;
  @Property({ type: 'text', nullable: true }) phone!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
