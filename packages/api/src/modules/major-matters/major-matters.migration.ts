import { Migration } from '@mikro-orm/migrations';
import {
  DECISION_MEETING_KINDS,
  EXPENDITURE_CATEGORY,
  MATTER_CATEGORIES,
  MATTER_OUTCOMES,
  MATTER_STATES,
  MATTER_TRANSITIONS,
  MATTER_VOTE_RESULTS,
} from '@djt/shared';
import { IN_SCOPE, tenantTableSql } from '../../core/records/migration-kit';
import { TENANT_RECORD_COLUMNS, TENANT_ROW_COLUMNS } from '../../core/records/tenant-record.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** The shared transition table as SQL rows: the trigger and the service check the same pairs. */
/**
 * Whether the new row is in the application's scope. A row outside it is left to row-level
 * security (which checks after BEFORE triggers): refused as any write outside the scope is.
 */
const NEW_IN_SCOPE = IN_SCOPE.replace(/\b(bureau_id|district_id|school_id) = any/g, 'new.$1 = any');
const transitions = MATTER_TRANSITIONS.map(([f, t]) => `('${f}', '${t}')`).join(', ');

/**
 * 重大事项 (三重一大): matters, the votes on them (at a 支委会 or 支部党员大会 of the meetings
 * module, same school), and the district's and bureau's guidance comments.
 *
 * The state machine is enforced here as well as in the service, whatever writes the row:
 * - a CHECK ties each state to the columns it needs (PROPOSED: the prior communication; DECIDED:
 *   the outcome, the deciding vote and its date; EXECUTED: approved and an execution date);
 * - a trigger allows only the shared MATTER_TRANSITIONS (no state is skipped, EXECUTED is final,
 *   DECIDED is re-decided only after a deferral), requires the deciding vote to be this matter's,
 *   quorate and of the same outcome and date, and lets the application role insert only drafts;
 * - a vote takes its counts from its meeting's attendance (the trigger copies them, so a vote
 *   cannot claim more people than the meeting had), at a held meeting of a deciding kind; a CHECK
 *   keeps the ballots within the voting members present.
 */
export class Migration20261129100000_major_matters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table major_matter (${TENANT_RECORD_COLUMNS},
  category text not null check (category in (${list(MATTER_CATEGORIES)})),
  title text not null,
  description text,
  amount numeric(14,2) check (amount is null or amount > 0),
  communicated_on date,
  communication text,
  state text not null default 'DRAFT' check (state in (${list(MATTER_STATES)})),
  proposed_on date,
  outcome text check (outcome in (${list(MATTER_OUTCOMES)})),
  decision_vote_id uuid,
  decided_on date,
  executed_on date,
  execution_note text,
  constraint major_matter_id_school_key unique (id, school_id),
  constraint major_matter_communication_check check ((communicated_on is null) = (communication is null)),
  constraint major_matter_expenditure_check check (category <> '${EXPENDITURE_CATEGORY}' or amount is not null),
  constraint major_matter_state_columns_check check (
    (state = 'DRAFT' and proposed_on is null and outcome is null and decision_vote_id is null
      and decided_on is null and executed_on is null)
    or (state = 'PROPOSED' and communicated_on is not null and proposed_on is not null and outcome is null
      and decision_vote_id is null and decided_on is null and executed_on is null)
    or (state = 'DECIDED' and communicated_on is not null and proposed_on is not null and outcome is not null
      and decision_vote_id is not null and decided_on is not null and executed_on is null)
    or (state = 'EXECUTED' and communicated_on is not null and proposed_on is not null and outcome = 'APPROVED'
      and decision_vote_id is not null and decided_on is not null and executed_on is not null))
);
${tenantTableSql('major_matter', { indexColumns: ['decided_on'] })}
create index major_matter_school_executed_idx on major_matter (school_id, executed_on) where executed_on is not null;

create table major_matter_vote (
  id uuid primary key,
  matter_id uuid not null,
  meeting_id uuid not null,
  ${TENANT_ROW_COLUMNS},
  held_on date not null,
  member_expected int not null,
  member_present int not null,
  voting_present int not null,
  votes_for int not null check (votes_for >= 0),
  votes_against int not null check (votes_against >= 0),
  abstentions int not null check (abstentions >= 0),
  deferred boolean not null default false,
  quorum_met boolean not null,
  result text not null check (result in (${list(MATTER_VOTE_RESULTS)})),
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint major_matter_vote_matter_fk foreign key (matter_id, school_id)
    references major_matter (id, school_id) on delete cascade,
  constraint major_matter_vote_meeting_fk foreign key (meeting_id, school_id) references meeting (id, school_id),
  constraint major_matter_vote_counts_check check (
    member_expected > 0 and member_present <= member_expected and voting_present <= member_present),
  constraint major_matter_vote_ballots_check check (votes_for + votes_against + abstentions <= voting_present),
  constraint major_matter_vote_quorum_check check ((result = 'NO_QUORUM') = (not quorum_met))
);
${tenantTableSql('major_matter_vote', { indexColumns: ['held_on'] })}
create index major_matter_vote_matter_idx on major_matter_vote (matter_id);
create index major_matter_vote_meeting_idx on major_matter_vote (meeting_id);

create table major_matter_comment (
  id uuid primary key,
  matter_id uuid not null,
  ${TENANT_ROW_COLUMNS},
  author_org_id uuid not null references organisation (id),
  author_name text not null,
  body text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint major_matter_comment_matter_fk foreign key (matter_id, school_id)
    references major_matter (id, school_id) on delete cascade
);
${tenantTableSql('major_matter_comment')}
create index major_matter_comment_matter_idx on major_matter_comment (matter_id);

-- A vote's counts are its meeting's: copied from the meeting's attendance counts when it is recorded.
create function major_matter_vote_from_meeting() returns trigger language plpgsql as $$
declare m record;
begin
  select kind, held_on, member_expected_count, member_present_count, voting_present_count into m
    from meeting where id = new.meeting_id and school_id = new.school_id;
  if not found then
    if current_user = 'djt_app' and not ${NEW_IN_SCOPE} then
      return new;
    end if;
    raise exception 'major_matter_vote: meeting % is not of the school', new.meeting_id using errcode = '23503';
  end if;
  if m.kind not in (${list(DECISION_MEETING_KINDS)}) or m.held_on is null then
    raise exception 'major_matter_vote: a matter is voted on at a held branch committee or members'' meeting'
      using errcode = '23514';
  end if;
  new.held_on := m.held_on;
  new.member_expected := m.member_expected_count;
  new.member_present := m.member_present_count;
  new.voting_present := m.voting_present_count;
  return new;
end $$;
create trigger major_matter_vote_from_meeting before insert on major_matter_vote
  for each row execute function major_matter_vote_from_meeting();

-- The state machine (MATTER_TRANSITIONS), whatever writes the row.
create function major_matter_state_machine() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.state <> 'DRAFT' and current_user = 'djt_app' and ${NEW_IN_SCOPE} then
      raise exception 'major_matter: a matter starts as a draft, not %', new.state using errcode = '23514';
    end if;
    return new;
  end if;
  -- An executed matter is final: a write that leaves its decision and execution as they were
  -- (a no-op, a text correction by the owner) passes; anything else is refused below.
  if old.state = 'EXECUTED' and new.state = 'EXECUTED' then
    if (new.outcome, new.decision_vote_id, new.decided_on, new.executed_on)
       is distinct from (old.outcome, old.decision_vote_id, old.decided_on, old.executed_on) then
      raise exception 'major_matter: an executed matter keeps its decision and execution' using errcode = '23514';
    end if;
    return new;
  end if;
  if (old.state, new.state) not in (${transitions}) then
    raise exception 'major_matter: % -> % is not a transition', old.state, new.state using errcode = '23514';
  end if;
  if old.state = 'DECIDED' and new.state = 'DECIDED'
     and (new.outcome, new.decision_vote_id, new.decided_on) is distinct from (old.outcome, old.decision_vote_id, old.decided_on)
     and old.outcome <> 'DEFERRED' then
    raise exception 'major_matter: only a deferred matter is decided again' using errcode = '23514';
  end if;
  if new.state = 'DECIDED' and new.decision_vote_id is distinct from old.decision_vote_id
     and not exists (select 1 from major_matter_vote v
                      where v.id = new.decision_vote_id and v.matter_id = new.id and v.quorum_met
                        and v.result = new.outcome and v.held_on = new.decided_on) then
    raise exception 'major_matter: decided only by a quorate vote of the same outcome and date' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger major_matter_state_machine before insert or update on major_matter
  for each row execute function major_matter_state_machine();
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
delete from app_tenant_table where name in ('major_matter', 'major_matter_vote', 'major_matter_comment');
drop table if exists major_matter_comment, major_matter_vote, major_matter cascade;
drop function if exists major_matter_state_machine(), major_matter_vote_from_meeting();`);
  }
}

/** An index behind major_matter_comment.author_org_id (test/schema-catalogue.test.ts). */
export class Migration20261130000500_major_matter_comment_author_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index major_matter_comment_author_org_idx on major_matter_comment (author_org_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists major_matter_comment_author_org_idx;');
  }
}
