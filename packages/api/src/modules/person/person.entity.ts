import { Entity, Enum, Property } from '@mikro-orm/core';
import type { Gender, PartyPost, PartyStatus, StaffCategory } from '@djt/shared';
import { GENDERS, PARTY_STATUSES, STAFF_CATEGORIES } from '@djt/shared';
import { TenantRecord } from '../../core/records/tenant-record.entity';

/**
 * 党员/教职工: a member or staff of one school. Phone and ID numbers are masked above the school.
 * Writes go through set-based SQL in person.service.ts (an import writes thousands at once);
 * the entity maps the table for the ORM's schema knowledge and the module list.
 */
@Entity({ tableName: 'person' })
export class Person extends TenantRecord {
  /** 工号: the person's key at the school (an import matches by it). */
  @Property({ type: 'text' }) staffNo!: string;
  @Property({ type: 'text' }) name!: string;
  @Enum({ type: 'text', items: () => [...GENDERS] }) gender!: Gender;
  @Enum({ type: 'text', items: () => [...STAFF_CATEGORIES] }) category!: StaffCategory;
  @Enum({ type: 'text', items: () => [...PARTY_STATUSES] }) partyStatus!: PartyStatus;
  @Property({ type: 'string', columnType: 'date', nullable: true }) joinedOn!: string | null;
  @Property({ type: 'string', columnType: 'date', nullable: true }) fullMemberOn!: string | null;
  @Property({ type: 'text', nullable: true }) partyPost!: PartyPost | null;
  @Property({ type: 'text', nullable: true }) partyGroup!: string | null;
  @Property({ type: 'text', nullable: true }) phone!: string | null;
  @Property({ type: 'text', nullable: true }) idNumber!: string | null;
  @Property({ type: 'string', columnType: 'date', nullable: true }) leftOn!: string | null;
  @Property({ type: 'text', nullable: true }) leaveReason!: string | null;
}
