import { Migration } from '@mikro-orm/migrations';
import {
  FILE_CONTENT_TYPES,
  FILE_LIMITS,
  MEETING_ATTACHMENT_KINDS,
  MEETING_ATTENDANCE_STATUSES,
  MEETING_KINDS,
  PARTY_STATUSES,
  THEORY_CLASS_MEETING_KINDS,
} from '@djt/shared';
import { tenantTableSql } from '../../core/records/migration-kit';
import { TENANT_RECORD_COLUMNS, TENANT_ROW_COLUMNS } from '../../core/records/tenant-record.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * 三会一课: meetings, their attendance and their attached files, on the record kit.
 *
 * - Attendance and files reference their meeting by (meeting_id, school_id), so neither can
 *   belong to another school than its meeting; both go with the meeting when it is deleted.
 * - Counts are stored with the meeting (lists and facts read no attendance rows); the check
 *   constraints keep them and the enter-once flag consistent whatever writes the row.
 * - Files are kept in the database (bytea, TOASTed), under the same row-level security as the
 *   meeting. The size cap here is a backstop with the value of FILE_LIMITS when this migration
 *   was written; raising the limit needs a migration that raises it here too.
 */
export class Migration20261128100000_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table meeting (${TENANT_RECORD_COLUMNS},
  kind text not null check (kind in (${list(MEETING_KINDS)})),
  topic text not null,
  party_group text,
  planned_on date not null,
  held_on date,
  place text,
  host_id uuid references person (id),
  recorder_id uuid references person (id),
  content text,
  ideological_work text,
  resolutions text,
  counts_as_theory_class boolean not null default false,
  class_hours numeric(3,1),
  expected_count int not null default 0,
  present_count int not null default 0,
  leave_count int not null default 0,
  absent_count int not null default 0,
  member_expected_count int not null default 0,
  member_present_count int not null default 0,
  voting_present_count int not null default 0,
  constraint meeting_id_school_key unique (id, school_id),
  constraint meeting_party_group_check check ((kind = 'PARTY_GROUP') = (party_group is not null)),
  constraint meeting_theory_class_check check (
    counts_as_theory_class = (class_hours is not null)
    and (not counts_as_theory_class or kind in (${list(THEORY_CLASS_MEETING_KINDS)}))),
  constraint meeting_counts_check check (
    expected_count = present_count + leave_count + absent_count
    and member_expected_count <= expected_count and member_present_count <= member_expected_count
    and member_present_count <= present_count and voting_present_count <= member_present_count),
  constraint meeting_attendance_when_held check (held_on is not null or expected_count = 0)
);
${tenantTableSql('meeting', { indexColumns: ['held_on'] })}
create index meeting_school_kind_idx on meeting (school_id, kind, held_on);

create table meeting_attendance (
  meeting_id uuid not null,
  person_id uuid not null references person (id),
  ${TENANT_ROW_COLUMNS},
  status text not null check (status in (${list(MEETING_ATTENDANCE_STATUSES)})),
  leave_reason text,
  party_status text not null check (party_status in (${list(PARTY_STATUSES)})),
  primary key (meeting_id, person_id),
  constraint meeting_attendance_meeting_fk foreign key (meeting_id, school_id)
    references meeting (id, school_id) on delete cascade,
  constraint meeting_attendance_leave_check check ((status = 'LEAVE') = (leave_reason is not null))
);
${tenantTableSql('meeting_attendance')}

create table meeting_attachment (
  id uuid primary key,
  meeting_id uuid not null,
  ${TENANT_ROW_COLUMNS},
  kind text not null check (kind in (${list(MEETING_ATTACHMENT_KINDS)})),
  file_name text not null,
  content_type text not null check (content_type in (${list(Object.values(FILE_CONTENT_TYPES))})),
  size_bytes int not null check (size_bytes > 0 and size_bytes <= ${FILE_LIMITS.maxBytes}),
  sha256 text not null,
  content bytea not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint meeting_attachment_meeting_fk foreign key (meeting_id, school_id)
    references meeting (id, school_id) on delete cascade,
  constraint meeting_attachment_size_check check (octet_length(content) = size_bytes)
);
${tenantTableSql('meeting_attachment')}
create index meeting_attachment_meeting_idx on meeting_attachment (meeting_id);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
delete from app_tenant_table where name in ('meeting', 'meeting_attendance', 'meeting_attachment');
drop table if exists meeting_attachment, meeting_attendance, meeting cascade;`);
  }
}

/**
 * An index on the attendance's person: every delete or re-key of a person checks this foreign
 * key, and without it each check scanned the whole attendance table.
 */
export class Migration20261130000100_meeting_person_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index meeting_attendance_person_idx on meeting_attendance (person_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists meeting_attendance_person_idx;');
  }
}

/**
 * Indexes on a meeting's host and recorder: they reference person too, and without them each
 * person deleted (a bench import's people removed, a roster clean-up) scanned every meeting twice.
 * Partial: most meetings name them, but the index need not hold the ones that don't.
 */
export class Migration20261130000200_meeting_host_recorder_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index meeting_host_idx on meeting (host_id) where host_id is not null;');
    this.addSql('create index meeting_recorder_idx on meeting (recorder_id) where recorder_id is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists meeting_host_idx;');
    this.addSql('drop index if exists meeting_recorder_idx;');
  }
}
