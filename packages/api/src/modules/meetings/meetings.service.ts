import { createHash, randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths,
  base64Bytes,
  can,
  CONCENTRATED_EDUCATION_KINDS,
  FILE_CONTENT_TYPES,
  FILE_LIMITS,
  fileProblem,
  formatBytes,
  isBase64,
  MEETING_LIMITS,
  quorumMet,
  sniffFileType,
  validateMeeting,
  type Actor,
  type MeetingKind,
  type MeetingPerson,
  type MeetingValue,
  type OrgRef,
  type PartyStatus,
} from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { badInput, DomainError, notFound } from '../../core/errors';
import { isUuid, uuidArray } from '../../core/tenancy/uuid';
import { recordAudit } from '../../core/audit/audit.service';
import { Meeting } from './meetings.entity';
import type {
  MeetingAttachmentFileType,
  MeetingAttachmentInput,
  MeetingAttachmentType,
  MeetingAttendanceType,
  MeetingInput,
  MeetingType,
  MeetingUpdateInput,
} from './meetings.types';

/**
 * 三会一课: reads as set-based SQL (a page of meetings, its attendance and its files' metadata in
 * three statements, whatever their number), writes in the request's transaction. A meeting's
 * attendance is written with one statement whatever the number of people (jsonb_to_recordset),
 * so recording a meeting costs the same number of statements for 5 or 500 attendees.
 */

/** Who reads, and the school whose records they read (decides what personal data is shown). */
export interface Viewer {
  actor: Actor;
  school: OrgRef;
}

/** Raw rows carry timestamps as strings (the driver's parser); the GraphQL scalar wants a Date. */
type MeetingRow = Omit<
  MeetingType,
  'attendance' | 'attachments' | 'updatedAt' | 'state' | 'quorumMet' | 'concentratedEducation'
> & { updatedAt: string | Date };

const MEETING_COLUMNS = `m.id, m.school_id as "schoolId", m.kind, m.topic, m.party_group as "partyGroup",
  m.planned_on as "plannedOn", m.held_on as "heldOn", m.place, m.host_id as "hostId", h.name as "hostName",
  m.recorder_id as "recorderId", r.name as "recorderName", m.content, m.ideological_work as "ideologicalWork",
  m.resolutions, m.counts_as_theory_class as "countsAsTheoryClass", m.class_hours::float8 as "classHours",
  m.expected_count as "expectedCount", m.present_count as "presentCount", m.leave_count as "leaveCount",
  m.absent_count as "absentCount", m.member_expected_count as "memberExpectedCount",
  m.member_present_count as "memberPresentCount", m.voting_present_count as "votingPresentCount",
  m.version, m.updated_at as "updatedAt"`;
const MEETING_FROM = `meeting m left join person h on h.id = m.host_id left join person r on r.id = m.recorder_id`;

const ATTACHMENT_COLUMNS = `id, meeting_id as "meetingId", kind, file_name as "fileName", content_type as "contentType",
  size_bytes as "sizeBytes", sha256, created_at as "createdAt"`;

function toMeeting(
  row: MeetingRow,
  attendance: MeetingAttendanceType[],
  attachments: MeetingAttachmentType[],
): MeetingType {
  return {
    ...row,
    state: row.heldOn ? 'HELD' : 'PLANNED',
    concentratedEducation: CONCENTRATED_EDUCATION_KINDS.includes(row.kind),
    quorumMet: quorumMet(row.kind, row.heldOn, {
      expected: row.expectedCount,
      present: row.presentCount,
      leave: row.leaveCount,
      absent: row.absentCount,
      memberExpected: row.memberExpectedCount,
      memberPresent: row.memberPresentCount,
      votingPresent: row.votingPresentCount,
    }),
    updatedAt: new Date(row.updatedAt),
    attendance,
    attachments,
  };
}

/**
 * A leave's reason is personal data: shown only to the school's own roles and to the person
 * themself (the same policy as phone numbers); everyone else sees that the person was on leave.
 */
function present(viewer: Viewer, a: MeetingAttendanceType): MeetingAttendanceType {
  const open =
    a.leaveReason == null || can(viewer.actor, 'person.readContact', { ...viewer.school, personId: a.personId });
  return open ? a : { ...a, leaveReason: null };
}

/** Attendance and files of many meetings: two set-based queries (never row by row). */
async function childrenOf(em: EntityManager, viewer: Viewer, ids: string[]) {
  const attendance = new Map<string, MeetingAttendanceType[]>(ids.map((id) => [id, []]));
  const attachments = new Map<string, MeetingAttachmentType[]>(ids.map((id) => [id, []]));
  if (!ids.length) return { attendance, attachments };
  // One after the other: both run in the request's transaction, on its one connection.
  const rows = await em.execute<(MeetingAttendanceType & { meetingId: string })[]>(
    `select a.meeting_id as "meetingId", a.person_id as "personId", p.name as "personName",
            a.party_status as "partyStatus", a.status, a.leave_reason as "leaveReason"
       from meeting_attendance a join person p on p.id = a.person_id
      where a.meeting_id = any(?::uuid[])
      order by array_position(array['PRESENT','LEAVE','ABSENT'], a.status), p.name, a.person_id`,
    [uuidArray(ids)],
  );
  for (const { meetingId, ...a } of rows) attendance.get(meetingId)!.push(present(viewer, a));
  const files = await em.execute<(MeetingAttachmentType & { createdAt: string | Date })[]>(
    `select ${ATTACHMENT_COLUMNS} from meeting_attachment where meeting_id = any(?::uuid[]) order by created_at, id`,
    [uuidArray(ids)],
  );
  for (const f of files) attachments.get(f.meetingId)!.push({ ...f, createdAt: new Date(f.createdAt) });
  return { attendance, attachments };
}

export async function listMeetings(
  em: EntityManager,
  viewer: Viewer,
  opts: {
    kind?: MeetingKind | null;
    fromMonth?: string | null;
    toMonth?: string | null;
    offset: number;
    limit: number;
  },
): Promise<{ items: MeetingType[]; total: number }> {
  // A meeting's date in lists: when it was held, or while not held, when it is planned.
  const where = ['m.school_id = ?'];
  const params: unknown[] = [viewer.school.id];
  if (opts.kind) {
    where.push('m.kind = ?');
    params.push(opts.kind);
  }
  if (opts.fromMonth) {
    where.push('coalesce(m.held_on, m.planned_on) >= ?::date');
    params.push(`${opts.fromMonth}-01`);
  }
  if (opts.toMonth) {
    where.push('coalesce(m.held_on, m.planned_on) < ?::date');
    params.push(`${addMonths(opts.toMonth, 1)}-01`);
  }
  const rows = await em.execute<(MeetingRow & { total: string })[]>(
    `select ${MEETING_COLUMNS}, count(*) over () as total from ${MEETING_FROM}
      where ${where.join(' and ')}
      order by coalesce(m.held_on, m.planned_on) desc, m.created_at desc, m.id limit ? offset ?`,
    [...params, opts.limit, opts.offset],
  );
  const { attendance, attachments } = await childrenOf(
    em,
    viewer,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map(({ total: _t, ...m }) => toMeeting(m, attendance.get(m.id)!, attachments.get(m.id)!)),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}

export async function getMeeting(em: EntityManager, viewer: Viewer, id: string): Promise<MeetingType> {
  const [row] = await em.execute<MeetingRow[]>(`select ${MEETING_COLUMNS} from ${MEETING_FROM} where m.id = ?`, [id]);
  if (!row) throw notFound();
  const { attendance, attachments } = await childrenOf(em, viewer, [id]);
  return toMeeting(row, attendance.get(id)!, attachments.get(id)!);
}

/**
 * Attendance reuse (enter once): the people of the school's last held meeting of this kind (of
 * this Party group, for a 党小组会), with their current Party status, to start the next meeting's
 * attendance from. People who have left the school are left out. Empty when there is none.
 */
export async function lastMeetingAttendance(
  em: EntityManager,
  viewer: Viewer,
  kind: MeetingKind,
  partyGroup: string | null,
): Promise<MeetingAttendanceType[]> {
  const rows = await em.execute<MeetingAttendanceType[]>(
    `select a.person_id as "personId", p.name as "personName", p.party_status as "partyStatus", a.status,
            a.leave_reason as "leaveReason"
       from meeting_attendance a join person p on p.id = a.person_id and p.school_id = ?
      where a.meeting_id = (
              select id from meeting
               where school_id = ? and kind = ? and held_on is not null and expected_count > 0
                 and (?::text is null or party_group = ?)
               order by held_on desc, created_at desc limit 1)
      order by p.name, a.person_id`,
    [viewer.school.id, viewer.school.id, kind, partyGroup, partyGroup],
  );
  return rows.map((a) => present(viewer, a));
}

/** The people named in a meeting (attendees, host, recorder) that exist, in any school. */
async function peopleNamed(em: EntityManager, input: MeetingInput | MeetingUpdateInput) {
  const ids = [...input.attendance.map((a) => a.personId), input.hostId, input.recorderId].filter(
    (id): id is string => !!id && isUuid(id),
  );
  const rows = ids.length
    ? await em.execute<(MeetingPerson & { id: string; partyStatus: PartyStatus })[]>(
        `select id, school_id as "schoolId", party_status as "partyStatus" from person where id = any(?::uuid[])`,
        [uuidArray([...new Set(ids)])],
      )
    : [];
  return new Map(rows.map((p) => [p.id, p]));
}

/** Validates a meeting and its attendance (the shared check), and returns it with the people it names. */
async function checked(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: MeetingInput | MeetingUpdateInput,
): Promise<{ value: MeetingValue; people: Map<string, { partyStatus: PartyStatus }> }> {
  if (input.attendance.length > MEETING_LIMITS.attendeesMax)
    // Refused before anything is looked up: the list is bounded before the person query.
    throw badInput('MEETING_TOO_MANY_ATTENDEES', { max: MEETING_LIMITS.attendeesMax }, 'attendance');
  const people = await peopleNamed(em, input);
  // The same check as the web form's (@djt/shared); the API refuses with the first problem.
  const { value, problems } = validateMeeting(input, { today: ctx.today, schoolId: school.id, people });
  if (!value) {
    const [first] = problems;
    throw badInput(first.reason, first.params, first.field);
  }
  return { value, people };
}

/** The columns create and update write, from a checked meeting. */
const columnsOf = (v: MeetingValue) => ({
  kind: v.kind,
  topic: v.topic,
  partyGroup: v.partyGroup,
  plannedOn: v.plannedOn,
  heldOn: v.heldOn,
  place: v.place,
  hostId: v.hostId,
  recorderId: v.recorderId,
  content: v.content,
  ideologicalWork: v.ideologicalWork,
  resolutions: v.resolutions,
  countsAsTheoryClass: v.countsAsTheoryClass,
  classHours: v.classHours,
  expectedCount: v.counts.expected,
  presentCount: v.counts.present,
  leaveCount: v.counts.leave,
  absentCount: v.counts.absent,
  memberExpectedCount: v.counts.memberExpected,
  memberPresentCount: v.counts.memberPresent,
  votingPresentCount: v.counts.votingPresent,
});

/** A meeting as the audit trail keeps it: every field but the free texts' personal parts (none here). */
const snapshot = (m: Meeting) => ({
  kind: m.kind,
  topic: m.topic,
  partyGroup: m.partyGroup,
  plannedOn: m.plannedOn,
  heldOn: m.heldOn,
  place: m.place,
  hostId: m.hostId,
  recorderId: m.recorderId,
  content: m.content,
  ideologicalWork: m.ideologicalWork,
  resolutions: m.resolutions,
  countsAsTheoryClass: m.countsAsTheoryClass,
  classHours: m.classHours,
  expectedCount: m.expectedCount,
  presentCount: m.presentCount,
  leaveCount: m.leaveCount,
  absentCount: m.absentCount,
});

/** Attendance as the audit trail keeps it: who, and how (leave reasons stay out). */
const attendanceSnapshot = (rows: readonly { personId: string; status: string }[]) =>
  rows.map((a) => ({ personId: a.personId, status: a.status }));

async function storedAttendance(em: EntityManager, meetingId: string) {
  return attendanceSnapshot(
    await em.execute<{ personId: string; status: string }[]>(
      'select person_id as "personId", status from meeting_attendance where meeting_id = ? order by person_id',
      [meetingId],
    ),
  );
}

/** The whole attendance of a meeting in one statement, whatever the number of people. */
async function writeAttendance(
  em: EntityManager,
  meeting: Meeting,
  value: MeetingValue,
  people: Map<string, { partyStatus: PartyStatus }>,
): Promise<void> {
  if (!value.attendance.length) return;
  const rows = value.attendance.map((a) => ({
    person_id: a.personId,
    status: a.status,
    leave_reason: a.leaveReason,
    party_status: people.get(a.personId)!.partyStatus,
  }));
  await em.execute(
    `insert into meeting_attendance (meeting_id, person_id, bureau_id, district_id, school_id, status, leave_reason, party_status)
     select ?, a.person_id, ?, ?, ?, a.status, a.leave_reason, a.party_status
       from jsonb_to_recordset(?::jsonb) as a(person_id uuid, status text, leave_reason text, party_status text)`,
    [meeting.id, meeting.bureauId, meeting.districtId, meeting.schoolId, JSON.stringify(rows)],
    'run',
  );
}

/** The dates whose facts a change of this meeting touches: the held dates before and after. */
const heldDates = (...dates: (string | null)[]) => dates.filter((d): d is string => !!d);

export async function createMeeting(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: MeetingInput,
): Promise<MeetingType> {
  const { value, people } = await checked(em, ctx, school, input);
  const meeting = em.create(Meeting, {
    id: randomUUID(),
    bureauId: school.bureauId,
    districtId: school.districtId!,
    schoolId: school.id,
    ...columnsOf(value),
    createdBy: ctx.user!.userId,
    updatedBy: ctx.user!.userId,
  });
  // The meeting row first: attendance references it.
  await em.persist(meeting).flush();
  await writeAttendance(em, meeting, value, people);
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'meeting',
    entityId: meeting.id,
    changes: { after: snapshot(meeting), attendance: attendanceSnapshot(value.attendance) },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'meeting', school, heldDates(meeting.heldOn));
  return getMeeting(em, { actor: ctx.actor!, school }, meeting.id);
}

export async function updateMeeting(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: MeetingUpdateInput,
): Promise<MeetingType> {
  // Locked, so two clerks' concurrent edits cannot both pass the version check.
  const meeting = await em.findOne(Meeting, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!meeting) throw notFound();
  if (meeting.version !== input.version) throw new DomainError('STALE_UPDATE');
  const { value, people } = await checked(em, ctx, school, input);
  const before = snapshot(meeting);
  const heldBefore = meeting.heldOn;
  const attendanceBefore = await storedAttendance(em, id);
  Object.assign(meeting, {
    ...columnsOf(value),
    version: meeting.version + 1,
    updatedBy: ctx.user!.userId,
    updatedAt: new Date(),
  });
  // The attendance is replaced: one delete, the meeting's row, one insert.
  await em.execute('delete from meeting_attendance where meeting_id = ?', [id], 'run');
  await em.flush();
  await writeAttendance(em, meeting, value, people);
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'meeting',
    entityId: id,
    changes: {
      before,
      after: snapshot(meeting),
      attendanceBefore,
      attendance: attendanceSnapshot(value.attendance),
    },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'meeting', school, heldDates(heldBefore, meeting.heldOn));
  return getMeeting(em, { actor: ctx.actor!, school }, id);
}

export async function deleteMeeting(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
): Promise<string> {
  // Locked: of concurrent deletes one wins, the others wait and then find nothing (NOT_FOUND).
  const meeting = await em.findOne(Meeting, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!meeting) throw notFound();
  const files = await em.execute<{ id: string; fileName: string; sha256: string }[]>(
    'select id, file_name as "fileName", sha256 from meeting_attachment where meeting_id = ? order by id',
    [id],
  );
  recordAudit(em, ctx, {
    org: school,
    action: 'delete',
    entity: 'meeting',
    entityId: id,
    changes: { before: snapshot(meeting), attendanceBefore: await storedAttendance(em, id), attachmentsBefore: files },
  });
  // Attendance and files go with it (on delete cascade).
  em.remove(meeting);
  await em.flush();
  await ctx.facts.recordsChanged(em, 'meeting', school, heldDates(meeting.heldOn));
  return id;
}

/**
 * Attaches a file. Refused, with nothing written: a name that is empty or too long, content that
 * is not base64, larger than the limit (measured before decoding), or not a PDF, JPEG or PNG by
 * its first bytes (whatever its name says), or a meeting that already has the most files.
 */
export async function addAttachment(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  meetingId: string,
  input: MeetingAttachmentInput,
): Promise<MeetingAttachmentType> {
  const fileName = input.fileName.trim();
  if (!fileName) throw badInput('FILE_NAME_REQUIRED', {}, 'fileName');
  if ([...fileName].length > FILE_LIMITS.nameMax)
    throw badInput('FILE_NAME_TOO_LONG', { max: FILE_LIMITS.nameMax }, 'fileName');
  const encoded = input.contentBase64;
  if (base64Bytes(encoded) > FILE_LIMITS.maxBytes)
    throw badInput('FILE_TOO_LARGE', { max: formatBytes(FILE_LIMITS.maxBytes) }, 'contentBase64');
  if (!isBase64(encoded)) throw badInput('FILE_ENCODING_INVALID', {}, 'contentBase64');
  const bytes = Buffer.from(encoded, 'base64');
  const problem = fileProblem(bytes);
  if (problem) throw badInput(problem.reason, 'params' in problem ? problem.params : {}, 'contentBase64');

  // The meeting locked: concurrent uploads are counted one after the other against the limit.
  const [meeting] = await em.execute<{ id: string; bureau_id: string; district_id: string }[]>(
    'select id, bureau_id, district_id from meeting where id = ? for update',
    [meetingId],
  );
  if (!meeting) throw notFound();
  const [{ n }] = await em.execute<{ n: number }[]>(
    'select count(*)::int as n from meeting_attachment where meeting_id = ?',
    [meetingId],
  );
  if (n >= MEETING_LIMITS.attachmentsMax)
    throw badInput('MEETING_ATTACHMENTS_TOO_MANY', { max: MEETING_LIMITS.attachmentsMax }, 'meetingId');

  const file = {
    id: randomUUID(),
    meetingId,
    kind: input.kind,
    fileName,
    contentType: FILE_CONTENT_TYPES[sniffFileType(bytes)!],
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const [{ createdAt }] = await em.execute<{ createdAt: string | Date }[]>(
    `insert into meeting_attachment (id, meeting_id, bureau_id, district_id, school_id, kind, file_name, content_type,
       size_bytes, sha256, content, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning created_at as "createdAt"`,
    [
      file.id,
      meetingId,
      meeting.bureau_id,
      meeting.district_id,
      school.id,
      file.kind,
      file.fileName,
      file.contentType,
      file.sizeBytes,
      file.sha256,
      bytes,
      ctx.user!.userId,
    ],
  );
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'meeting_attachment',
    entityId: file.id,
    changes: { after: { ...file } },
  });
  await em.flush();
  return { ...file, createdAt: new Date(createdAt) };
}

export async function readAttachment(em: EntityManager, id: string): Promise<MeetingAttachmentFileType> {
  const [row] = await em.execute<(MeetingAttachmentType & { content: Buffer; createdAt: string | Date })[]>(
    `select ${ATTACHMENT_COLUMNS}, content from meeting_attachment where id = ?`,
    [id],
  );
  if (!row) throw notFound();
  const { content, ...meta } = row;
  return { ...meta, createdAt: new Date(meta.createdAt), contentBase64: content.toString('base64') };
}

export async function deleteAttachment(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
): Promise<string> {
  const [gone] = await em.execute<(Omit<MeetingAttachmentType, 'createdAt'> & { createdAt: string })[]>(
    `delete from meeting_attachment where id = ? returning ${ATTACHMENT_COLUMNS}`,
    [id],
  );
  if (!gone) throw notFound();
  recordAudit(em, ctx, {
    org: school,
    action: 'delete',
    entity: 'meeting_attachment',
    entityId: id,
    changes: { before: gone },
  });
  await em.flush();
  return id;
}
