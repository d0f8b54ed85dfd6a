import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  canTransition,
  judgeVote,
  LABELS,
  MATTER_LIMITS,
  matterDateProblem,
  matterDecidedFirstRule,
  matterQuorumRule,
  quorumWords,
  ruleSettings,
  validateMatter,
  DECISION_MEETING_KINDS,
  type MatterCategory,
  type MatterState,
  type OrgRef,
  type VoteThresholds,
} from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { badInput, DomainError, notFound } from '../../core/errors';
import { uuidArray } from '../../core/tenancy/uuid';
import { recordAudit } from '../../core/audit/audit.service';
import { getStoredSettings } from '../../core/settings/settings.service';
import { MajorMatter } from './major-matters.entity';
import type {
  MajorMatterCommentType,
  MajorMatterExecutionInput,
  MajorMatterInput,
  MajorMatterType,
  MajorMatterUpdateInput,
  MajorMatterVoteInput,
  MajorMatterVoteType,
} from './major-matters.types';

/**
 * 重大事项: reads as set-based SQL (a page of matters, its votes and its comments in three
 * statements, whatever their number); every write locks the matter, checks its version and its
 * state against the shared transition table (the database trigger checks the same table), and
 * writes the audit entry and the facts in the request's transaction. A refusal writes nothing.
 */

type MatterRow = Omit<MajorMatterType, 'votes' | 'comments' | 'updatedAt'> & { updatedAt: string | Date };

const MATTER_COLUMNS = `m.id, m.school_id as "schoolId", m.category, m.title, m.description, m.amount::float8 as amount,
  m.communicated_on as "communicatedOn", m.communication, m.state, m.proposed_on as "proposedOn", m.outcome,
  m.decision_vote_id as "decisionVoteId", m.decided_on as "decidedOn", m.executed_on as "executedOn",
  m.execution_note as "executionNote",
  coalesce(m.executed_on < m.decided_on, false) as "executedBeforeDecision",
  coalesce(m.communicated_on > m.decided_on, false) as "communicatedLate",
  m.version, m.updated_at as "updatedAt"`;

async function childrenOf(em: EntityManager, ids: string[]) {
  const votes = new Map<string, MajorMatterVoteType[]>(ids.map((id) => [id, []]));
  const comments = new Map<string, MajorMatterCommentType[]>(ids.map((id) => [id, []]));
  if (!ids.length) return { votes, comments };
  const voteRows = await em.execute<(MajorMatterVoteType & { matterId: string; createdAt: string | Date })[]>(
    `select v.matter_id as "matterId", v.id, v.meeting_id as "meetingId", mt.topic as "meetingTopic",
            v.held_on as "heldOn", v.member_expected as "memberExpected", v.member_present as "memberPresent",
            v.voting_present as "votingPresent", v.votes_for as "votesFor", v.votes_against as "votesAgainst",
            v.abstentions, v.deferred, v.quorum_met as "quorumMet", v.result, v.created_at as "createdAt"
       from major_matter_vote v join meeting mt on mt.id = v.meeting_id
      where v.matter_id = any(?::uuid[]) order by v.held_on, v.created_at, v.id`,
    [uuidArray(ids)],
  );
  for (const { matterId, ...v } of voteRows) votes.get(matterId)!.push({ ...v, createdAt: new Date(v.createdAt) });
  const commentRows = await em.execute<(MajorMatterCommentType & { matterId: string; createdAt: string | Date })[]>(
    `select c.matter_id as "matterId", c.id, c.author_org_id as "authorOrgId", o.name as "authorOrgName",
            c.author_name as "authorName", c.body, c.created_at as "createdAt"
       from major_matter_comment c join organisation o on o.id = c.author_org_id
      where c.matter_id = any(?::uuid[]) order by c.created_at, c.id`,
    [uuidArray(ids)],
  );
  for (const { matterId, ...c } of commentRows)
    comments.get(matterId)!.push({ ...c, createdAt: new Date(c.createdAt) });
  return { votes, comments };
}

const toMatter = (row: MatterRow, votes: MajorMatterVoteType[], comments: MajorMatterCommentType[]) => ({
  ...row,
  updatedAt: new Date(row.updatedAt),
  votes,
  comments,
});

export async function listMatters(
  em: EntityManager,
  school: OrgRef,
  opts: {
    state?: MatterState | null;
    category?: MatterCategory | null;
    year?: number | null;
    offset: number;
    limit: number;
  },
): Promise<{ items: MajorMatterType[]; total: number }> {
  const where = ['m.school_id = ?'];
  const params: unknown[] = [school.id];
  if (opts.state) {
    where.push('m.state = ?');
    params.push(opts.state);
  }
  if (opts.category) {
    where.push('m.category = ?');
    params.push(opts.category);
  }
  if (opts.year) {
    // A matter's year: when it was executed, else decided, else proposed, else created.
    where.push(`extract(year from coalesce(m.executed_on, m.decided_on, m.proposed_on, m.created_at::date)) = ?`);
    params.push(opts.year);
  }
  const rows = await em.execute<(MatterRow & { total: string })[]>(
    `select ${MATTER_COLUMNS}, count(*) over () as total from major_matter m
      where ${where.join(' and ')}
      order by coalesce(m.executed_on, m.decided_on, m.proposed_on, m.created_at::date) desc, m.created_at desc, m.id
      limit ? offset ?`,
    [...params, opts.limit, opts.offset],
  );
  const { votes, comments } = await childrenOf(
    em,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map(({ total: _t, ...m }) => toMatter(m, votes.get(m.id)!, comments.get(m.id)!)),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}

export async function getMatter(em: EntityManager, id: string): Promise<MajorMatterType> {
  const [row] = await em.execute<MatterRow[]>(`select ${MATTER_COLUMNS} from major_matter m where m.id = ?`, [id]);
  if (!row) throw notFound();
  const { votes, comments } = await childrenOf(em, [id]);
  return toMatter(row, votes.get(id)!, comments.get(id)!);
}

/** The bureau's settings of the module: the expenditure threshold and the vote thresholds. */
async function settingsOf(em: EntityManager, school: OrgRef) {
  const stored = await getStoredSettings(em, school.bureauId);
  return {
    expenditureThreshold: ruleSettings(matterDecidedFirstRule, stored).expenditureThreshold as number,
    thresholds: ruleSettings(matterQuorumRule, stored) as unknown as VoteThresholds,
  };
}

async function checked(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: MajorMatterInput | MajorMatterUpdateInput,
) {
  const { expenditureThreshold } = await settingsOf(em, school);
  const { value, problems } = validateMatter(input, { today: ctx.today, expenditureThreshold });
  if (!value) {
    const [first] = problems;
    throw badInput(first.reason, first.params, first.field);
  }
  return value;
}

const snapshot = (m: MajorMatter) => ({
  category: m.category,
  title: m.title,
  description: m.description,
  amount: m.amount,
  communicatedOn: m.communicatedOn,
  communication: m.communication,
  state: m.state,
  proposedOn: m.proposedOn,
  outcome: m.outcome,
  decisionVoteId: m.decisionVoteId,
  decidedOn: m.decidedOn,
  executedOn: m.executedOn,
  executionNote: m.executionNote,
});

/** The dates whose facts a change touches: decided and executed, before and after. */
const factDates = (...dates: (string | null)[]) => [...new Set(dates.filter((d): d is string => !!d))];

/** A step the state does not allow: CONFLICT with the state and the step in words. */
function wrongState(state: MatterState, action: { zh: string; en: string }): DomainError {
  const label = LABELS.matterState[state];
  return new DomainError('MATTER_WRONG_STATE', {
    state: label.zh,
    stateEn: label.en.toLowerCase(),
    action: action.zh,
    actionEn: action.en,
  });
}

/** The matter locked (two clerks' concurrent changes cannot both pass the version check), at that version. */
async function locked(em: EntityManager, id: string, version: number): Promise<MajorMatter> {
  const matter = await em.findOne(MajorMatter, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!matter) throw notFound();
  if (matter.version !== version) throw new DomainError('STALE_UPDATE');
  return matter;
}

function touch(matter: MajorMatter, ctx: RequestContext) {
  matter.version += 1;
  matter.updatedBy = ctx.user!.userId;
  matter.updatedAt = new Date();
}

export async function createMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: MajorMatterInput,
): Promise<MajorMatterType> {
  const value = await checked(em, ctx, school, input);
  const matter = em.create(MajorMatter, {
    id: randomUUID(),
    bureauId: school.bureauId,
    districtId: school.districtId!,
    schoolId: school.id,
    ...value,
    state: 'DRAFT',
    proposedOn: null,
    outcome: null,
    decisionVoteId: null,
    decidedOn: null,
    executedOn: null,
    executionNote: null,
    createdBy: ctx.user!.userId,
    updatedBy: ctx.user!.userId,
  });
  em.persist(matter);
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'major_matter',
    entityId: matter.id,
    changes: { after: snapshot(matter) },
  });
  await em.flush();
  return getMatter(em, matter.id);
}

/** Edits a draft or a proposed matter (a proposed one keeps its prior communication). */
export async function updateMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: MajorMatterUpdateInput,
): Promise<MajorMatterType> {
  const matter = await locked(em, id, input.version);
  if (!canTransition(matter.state, matter.state) || matter.state === 'DECIDED')
    throw wrongState(matter.state, { zh: '修改', en: 'edited' });
  const value = await checked(em, ctx, school, input);
  if (matter.state === 'PROPOSED' && !value.communicatedOn)
    throw badInput('MATTER_COMMUNICATION_REQUIRED', {}, 'communicatedOn');
  const before = snapshot(matter);
  Object.assign(matter, value);
  touch(matter, ctx);
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'major_matter',
    entityId: id,
    changes: { before, after: snapshot(matter) },
  });
  await em.flush();
  return getMatter(em, id);
}

/** 提交会议: DRAFT → PROPOSED, only once the secretary and the principal recorded their communication. */
export async function proposeMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  version: number,
): Promise<MajorMatterType> {
  const matter = await locked(em, id, version);
  if (!canTransition(matter.state, 'PROPOSED') || matter.state !== 'DRAFT')
    throw wrongState(matter.state, { zh: '提交会议', en: 'put on the agenda' });
  if (!matter.communicatedOn || !matter.communication) throw new DomainError('MATTER_NOT_COMMUNICATED');
  const before = snapshot(matter);
  matter.state = 'PROPOSED';
  matter.proposedOn = ctx.today;
  touch(matter, ctx);
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'major_matter',
    entityId: id,
    changes: { step: 'propose', before, after: snapshot(matter) },
  });
  await em.flush();
  return getMatter(em, id);
}

/**
 * 表决: records a vote at a held 支委会 or 支部党员大会 of the school, with the counts of that
 * meeting's attendance. Refused, writing nothing: a meeting of another school or kind, not held,
 * without members; ballots that are not whole numbers or more than the voting members present.
 * A vote without quorum is recorded as such and the matter stays PROPOSED; otherwise the matter
 * is DECIDED with the vote's result (a deferred matter may be voted on again).
 */
export async function voteOnMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: MajorMatterVoteInput,
): Promise<MajorMatterType> {
  const matter = await locked(em, id, input.version);
  const open = matter.state === 'PROPOSED' || (matter.state === 'DECIDED' && matter.outcome === 'DEFERRED');
  if (!open || !canTransition(matter.state, 'DECIDED')) throw wrongState(matter.state, { zh: '表决', en: 'voted on' });
  const [meeting] = await em.execute<
    { kind: string; heldOn: string | null; memberExpected: number; memberPresent: number; votingPresent: number }[]
  >(
    `select kind, held_on as "heldOn", member_expected_count as "memberExpected",
            member_present_count as "memberPresent", voting_present_count as "votingPresent"
       from meeting where id = ? and school_id = ? for share`,
    [input.meetingId, school.id],
  );
  if (!meeting) throw badInput('MATTER_MEETING_NOT_FOUND', {}, 'meetingId');
  if (!(DECISION_MEETING_KINDS as readonly string[]).includes(meeting.kind))
    throw badInput('MATTER_MEETING_KIND', {}, 'meetingId');
  if (!meeting.heldOn) throw badInput('MATTER_MEETING_NOT_HELD', {}, 'meetingId');
  const { thresholds } = await settingsOf(em, school);
  const judged = judgeVote(matter.category, input, meeting, thresholds);
  if (!judged.result) {
    const [first] = judged.problems;
    throw badInput(first.reason, first.params, first.field);
  }
  const voteId = randomUUID();
  await em.execute(
    `insert into major_matter_vote (id, matter_id, meeting_id, bureau_id, district_id, school_id, held_on,
       member_expected, member_present, voting_present, votes_for, votes_against, abstentions, deferred,
       quorum_met, result, created_by)
     values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)`,
    [
      voteId,
      id,
      input.meetingId,
      matter.bureauId,
      matter.districtId,
      matter.schoolId,
      meeting.heldOn,
      input.votesFor,
      input.votesAgainst,
      input.abstentions,
      input.deferred,
      judged.quorumMet,
      judged.result,
      ctx.user!.userId,
    ],
    'run',
  );
  const before = snapshot(matter);
  const datesBefore = [matter.decidedOn];
  if (judged.result !== 'NO_QUORUM') {
    matter.state = 'DECIDED';
    matter.outcome = judged.result;
    matter.decisionVoteId = voteId;
    matter.decidedOn = meeting.heldOn;
  }
  touch(matter, ctx);
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'major_matter_vote',
    entityId: voteId,
    changes: {
      after: {
        matterId: id,
        meetingId: input.meetingId,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        abstentions: input.abstentions,
        deferred: input.deferred,
        counts: { memberExpected: meeting.memberExpected, memberPresent: meeting.memberPresent },
        result: judged.result,
        ...(judged.result === 'NO_QUORUM' ? { quorum: quorumWords(matter.category, thresholds).en } : {}),
      },
    },
  });
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'major_matter',
    entityId: id,
    changes: { step: 'vote', before, after: snapshot(matter) },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'major_matter', school, factDates(...datesBefore, matter.decidedOn));
  return getMatter(em, id);
}

/**
 * 执行: DECIDED (approved) → EXECUTED. Executing an undecided or a rejected/deferred matter is
 * CONFLICT. An execution dated before the decision is recorded and flagged as a violation (it is
 * history the dashboards must show), never silently accepted.
 */
export async function executeMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: MajorMatterExecutionInput,
): Promise<MajorMatterType> {
  const matter = await locked(em, id, input.version);
  if (matter.state === 'DRAFT' || matter.state === 'PROPOSED') throw new DomainError('MATTER_EXECUTE_UNDECIDED');
  if (matter.state === 'EXECUTED') throw wrongState(matter.state, { zh: '再次登记执行', en: 'executed again' });
  if (matter.outcome !== 'APPROVED') {
    const label = LABELS.matterOutcome[matter.outcome!];
    throw new DomainError('MATTER_EXECUTE_NOT_APPROVED', { outcome: label.zh, outcomeEn: label.en.toLowerCase() });
  }
  const dateProblem = matterDateProblem(input.executedOn, ctx.today);
  if (dateProblem) throw badInput(dateProblem, {}, 'executedOn');
  const note = input.executionNote?.trim() || null;
  if (note && [...note].length > MATTER_LIMITS.executionNoteMax)
    throw badInput('MATTER_EXECUTION_NOTE_TOO_LONG', { max: MATTER_LIMITS.executionNoteMax }, 'executionNote');
  const before = snapshot(matter);
  matter.state = 'EXECUTED';
  matter.executedOn = input.executedOn;
  matter.executionNote = note;
  touch(matter, ctx);
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'major_matter',
    entityId: id,
    changes: {
      step: 'execute',
      before,
      after: snapshot(matter),
      ...(matter.executedOn! < matter.decidedOn! ? { violation: 'executed before decision' } : {}),
    },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'major_matter', school, factDates(matter.executedOn));
  return getMatter(em, id);
}

/** Deletes a draft (a matter on the agenda or decided is history and stays). */
export async function deleteMatter(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  version: number,
): Promise<string> {
  const matter = await locked(em, id, version);
  if (matter.state !== 'DRAFT') throw wrongState(matter.state, { zh: '删除', en: 'deleted' });
  recordAudit(em, ctx, {
    org: school,
    action: 'delete',
    entity: 'major_matter',
    entityId: id,
    changes: { before: snapshot(matter) },
  });
  em.remove(matter);
  await em.flush();
  return id;
}

/**
 * 指导意见: a guidance comment of the district or the bureau (a service object, SPEC §2): it
 * changes nothing of the school's matter. Written in the name of the actor's organisation above
 * the school (the district when the actor holds a role at both).
 */
export async function addComment(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  body: string,
): Promise<MajorMatterCommentType> {
  const text = body.trim();
  if (!text) throw badInput('MATTER_COMMENT_REQUIRED', {}, 'body');
  if ([...text].length > MATTER_LIMITS.commentMax)
    throw badInput('MATTER_COMMENT_TOO_LONG', { max: MATTER_LIMITS.commentMax }, 'body');
  const [matter] = await em.execute<{ id: string }[]>('select id from major_matter where id = ?', [id]);
  if (!matter) throw notFound();
  const above = ctx
    .actor!.roles.map((r) => r.org)
    .filter(
      (o) =>
        (o.level === 'DISTRICT' && o.id === school.districtId) || (o.level === 'BUREAU' && o.id === school.bureauId),
    )
    .sort((a, b) => (a.level === 'DISTRICT' ? -1 : 0) - (b.level === 'DISTRICT' ? -1 : 0))[0];
  if (!above) throw new DomainError('FORBIDDEN');
  const comment = { id: randomUUID(), authorOrgId: above.id, authorName: ctx.user!.displayName, body: text };
  const [row] = await em.execute<{ createdAt: string | Date; authorOrgName: string }[]>(
    `with c as (
       insert into major_matter_comment (id, matter_id, bureau_id, district_id, school_id, author_org_id, author_name, body, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning created_at, author_org_id)
     select c.created_at as "createdAt", o.name as "authorOrgName" from c join organisation o on o.id = c.author_org_id`,
    [
      comment.id,
      id,
      school.bureauId,
      school.districtId,
      school.id,
      comment.authorOrgId,
      comment.authorName,
      text,
      ctx.user!.userId,
    ],
  );
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'major_matter_comment',
    entityId: comment.id,
    changes: { after: { matterId: id, authorOrgId: comment.authorOrgId, body: text } },
  });
  await em.flush();
  return { ...comment, authorOrgName: row.authorOrgName, createdAt: new Date(row.createdAt) };
}
