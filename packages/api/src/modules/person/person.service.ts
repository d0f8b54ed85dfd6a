import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  can,
  checkImportRows,
  errorMessage,
  leaveReasonProblem,
  PERSON_LIMITS,
  validatePerson,
  type Actor,
  type OrgRef,
  type PersonDraft,
  type PersonValue,
} from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { badInput, DomainError, notFound } from '../../core/errors';
import { recordAudit } from '../../core/audit/audit.service';
import type {
  PersonFields,
  PersonImportChunkInput,
  PersonImportResultType,
  PersonTransferType,
  PersonType,
  PersonUpdateInput,
} from './person.types';

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 110101199001011234 → 1101**********1234 */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return id.length >= 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****';
}

type PersonRow = Omit<PersonType, 'updatedAt'> & { updatedAt: string | Date };

/** Personal data is minimised above the school: phone and ID numbers masked unless the policy allows. */
export function presentPerson(actor: Actor, school: OrgRef, row: PersonRow): PersonType {
  const p = { ...row, updatedAt: new Date(row.updatedAt) };
  const open = can(actor, 'person.readContact', { ...school, personId: row.id });
  return open ? p : { ...p, phone: maskPhone(p.phone), idNumber: maskIdNumber(p.idNumber) };
}

const PERSON_COLUMNS_SQL = `id, school_id as "schoolId", staff_no as "staffNo", name, gender, category,
  party_status as "partyStatus", to_char(joined_on, 'YYYY-MM-DD') as "joinedOn",
  to_char(full_member_on, 'YYYY-MM-DD') as "fullMemberOn", party_post as "partyPost", party_group as "partyGroup",
  phone, id_number as "idNumber", to_char(left_on, 'YYYY-MM-DD') as "leftOn", leave_reason as "leaveReason",
  version, updated_at as "updatedAt"`;

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listPeople(
  em: EntityManager,
  actor: Actor,
  school: OrgRef,
  opts: {
    search?: string | null;
    partyMembersOnly?: boolean;
    includeLeft?: boolean;
    offset: number;
    limit: number;
  },
): Promise<{ items: PersonType[]; total: number }> {
  const where: string[] = ['school_id = ?'];
  const params: unknown[] = [school.id];
  if (opts.search?.trim()) {
    where.push(`(name like ? escape '\\' or staff_no like ? escape '\\')`);
    params.push(likePattern(opts.search.trim()), likePattern(opts.search.trim()));
  }
  if (opts.partyMembersOnly) where.push(`party_status <> 'NONE'`);
  if (!opts.includeLeft) where.push('left_on is null');
  const rows = await em.execute<(PersonRow & { total: string })[]>(
    `select ${PERSON_COLUMNS_SQL}, count(*) over () as total
       from person where ${where.join(' and ')}
      order by name, id limit ? offset ?`,
    [...params, opts.limit, opts.offset],
  );
  return {
    items: rows.map(({ total: _total, ...p }) => presentPerson(actor, school, p)),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}

export async function getPerson(em: EntityManager, actor: Actor, school: OrgRef, id: string): Promise<PersonType> {
  const [row] = await em.execute<PersonRow[]>(`select ${PERSON_COLUMNS_SQL} from person where id = ?`, [id]);
  if (!row) throw notFound();
  return presentPerson(actor, school, row);
}

/** The school's transfer history (both directions), newest first. */
export async function listTransfers(
  em: EntityManager,
  school: OrgRef,
  page: { offset: number; limit: number },
): Promise<{ items: PersonTransferType[]; total: number }> {
  // Names are kept on the row: after a transfer out, the person is outside the school's scope.
  const rows = await em.execute<(PersonTransferType & { total: string })[]>(
    `select t.id, t.person_name as "personName", t.direction, t.other_school_name as "otherSchoolName",
            to_char(t.on_date, 'YYYY-MM-DD') as "onDate", t.note, count(*) over () as total
       from person_transfer t
      where t.school_id = ? order by t.on_date desc, t.created_at desc limit ? offset ?`,
    [school.id, page.limit, page.offset],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows.length ? Number(rows[0].total) : 0 };
}

/** The stored value of a person, or the first problem as BAD_USER_INPUT. */
function checked(ctx: RequestContext, input: PersonFields): PersonValue {
  const { value, problems } = validatePerson(input as PersonDraft, { today: ctx.today });
  if (!value) {
    const [first] = problems;
    throw badInput(first.reason, first.params, first.field);
  }
  return value;
}

/** What the audit trail keeps of a person: no phone or ID number (the trail is read above the school). */
const snapshot = (v: PersonValue | PersonType) => ({
  staffNo: v.staffNo,
  name: v.name,
  gender: v.gender,
  category: v.category,
  partyStatus: v.partyStatus,
  joinedOn: v.joinedOn,
  fullMemberOn: v.fullMemberOn,
  partyPost: v.partyPost,
  partyGroup: v.partyGroup,
});

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

async function staffNoFree(em: EntityManager, schoolId: string, staffNo: string, exceptId: string | null) {
  const [taken] = await em.execute<{ id: string }[]>(
    'select id from person where school_id = ? and staff_no = ? and id is distinct from ?',
    [schoolId, staffNo, exceptId],
  );
  if (taken) throw new DomainError('STAFF_NO_TAKEN', { staffNo }, 'staffNo');
}

export async function createPerson(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: PersonFields,
): Promise<PersonType> {
  const v = checked(ctx, input);
  await staffNoFree(em, school.id, v.staffNo, null);
  const id = randomUUID();
  try {
    await em.execute(
      `insert into person (id, bureau_id, district_id, school_id, staff_no, name, gender, category, party_status,
         joined_on, full_member_on, party_post, party_group, phone, id_number, created_by, updated_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        school.bureauId,
        school.districtId,
        school.id,
        v.staffNo,
        v.name,
        v.gender,
        v.category,
        v.partyStatus,
        v.joinedOn,
        v.fullMemberOn,
        v.partyPost,
        v.partyGroup,
        v.phone,
        v.idNumber,
        ctx.user!.userId,
        ctx.user!.userId,
      ],
    );
  } catch (e) {
    // A concurrent create took the staff number between the check and the insert.
    if (isUniqueViolation(e)) throw new DomainError('STAFF_NO_TAKEN', { staffNo: v.staffNo }, 'staffNo');
    throw e;
  }
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'person',
    entityId: id,
    changes: { after: snapshot(v) },
  });
  await em.flush();
  return getPerson(em, ctx.actor!, school, id);
}

/** The stored row, locked for the change; refused when stale or when the person has left. */
async function lockedPerson(em: EntityManager, ctx: RequestContext, school: OrgRef, id: string, version?: number) {
  const [row] = await em.execute<PersonRow[]>(`select ${PERSON_COLUMNS_SQL} from person where id = ? for update`, [id]);
  if (!row) throw notFound();
  if (version !== undefined && row.version !== version) throw new DomainError('STALE_UPDATE');
  if (row.leftOn) throw new DomainError('PERSON_HAS_LEFT');
  return presentPerson(ctx.actor!, school, row);
}

export async function updatePerson(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: PersonUpdateInput,
): Promise<PersonType> {
  const before = await lockedPerson(em, ctx, school, id, input.version);
  const v = checked(ctx, input);
  if (v.staffNo !== before.staffNo) await staffNoFree(em, school.id, v.staffNo, id);
  await em.execute(
    `update person set staff_no = ?, name = ?, gender = ?, category = ?, party_status = ?, joined_on = ?::date,
       full_member_on = ?::date, party_post = ?, party_group = ?, phone = ?, id_number = ?,
       version = version + 1, updated_by = ?, updated_at = now()
     where id = ?`,
    [
      v.staffNo,
      v.name,
      v.gender,
      v.category,
      v.partyStatus,
      v.joinedOn,
      v.fullMemberOn,
      v.partyPost,
      v.partyGroup,
      v.phone,
      v.idNumber,
      ctx.user!.userId,
      id,
    ],
  );
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'person',
    entityId: id,
    changes: {
      before: snapshot(before),
      after: snapshot(v),
      ...(before.phone !== v.phone || before.idNumber !== v.idNumber ? { contactChanged: true } : {}),
    },
  });
  await em.flush();
  return getPerson(em, ctx.actor!, school, id);
}

/** 离开: the person leaves the school (retired elsewhere, left the system, deceased…); the row stays. */
export async function leavePerson(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: { version: number; leftOn: string; reason: string },
): Promise<PersonType> {
  await lockedPerson(em, ctx, school, id, input.version);
  const problem = leaveReasonProblem(input.reason);
  if (problem) throw badInput(problem, { max: PERSON_LIMITS.leaveReasonMax }, 'reason');
  if (input.leftOn > ctx.today) throw badInput('PERSON_DATE_INVALID', {}, 'leftOn');
  await em.execute(
    `update person set left_on = ?::date, leave_reason = ?, version = version + 1, updated_by = ?, updated_at = now() where id = ?`,
    [input.leftOn, input.reason.trim(), ctx.user!.userId, id],
  );
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'person',
    entityId: id,
    changes: { left: { leftOn: input.leftOn, reason: input.reason.trim() } },
  });
  await em.flush();
  return getPerson(em, ctx.actor!, school, id);
}

/**
 * Transfers a person to another school of the same bureau (app_transfer_person: both history
 * rows and the move, in this transaction). Another bureau, a district, the same school, or an id
 * that is not a school is refused with one reason, so the answer says nothing about other bureaus.
 */
export async function transferPerson(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  target: OrgRef | null,
  id: string,
  input: { version: number; onDate: string; note?: string | null },
): Promise<string> {
  const before = await lockedPerson(em, ctx, school, id, input.version);
  if (!target || target.level !== 'SCHOOL' || target.bureauId !== school.bureauId || target.id === school.id)
    throw badInput('TRANSFER_TARGET_INVALID', {}, 'toSchoolId');
  if (input.onDate > ctx.today) throw badInput('PERSON_DATE_INVALID', {}, 'onDate');
  const note = input.note?.trim() || null;
  if (note && [...note].length > PERSON_LIMITS.leaveReasonMax)
    throw badInput('LEAVE_REASON_TOO_LONG_PERSON', { max: PERSON_LIMITS.leaveReasonMax }, 'note');
  const [{ result }] = await em.execute<{ result: string }[]>(
    'select app_transfer_person(?::uuid, ?::uuid, ?::date, ?, ?::uuid) as result',
    [id, target.id, input.onDate, note, ctx.user!.userId],
  );
  if (result === 'NOT_FOUND') throw notFound();
  if (result === 'LEFT') throw new DomainError('PERSON_HAS_LEFT');
  if (result === 'TARGET') throw badInput('TRANSFER_TARGET_INVALID', {}, 'toSchoolId');
  if (result === 'STAFF_NO_TAKEN') throw new DomainError('STAFF_NO_TAKEN', { staffNo: before.staffNo }, 'staffNo');
  // The sending school's trail (the receiving school's history is its person_transfer row: the
  // audit trail's row-level security lets a school write only its own entries).
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'person',
    entityId: id,
    changes: { transfer: { from: school.id, to: target.id, onDate: input.onDate, note } },
  });
  await em.flush();
  return id;
}

// ---------------------------------------------------------------------------------------------
// Excel import: staged in chunks, committed in one transaction

/** Stages one chunk of an import (replacing a chunk sent again); abandoned imports of the school expire after a day. */
export async function stageImportChunk(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: PersonImportChunkInput,
): Promise<number> {
  const maxChunks = Math.ceil(PERSON_LIMITS.importRowsMax / PERSON_LIMITS.importChunkRows);
  if (input.rows.length > PERSON_LIMITS.importChunkRows)
    throw badInput('IMPORT_TOO_MANY_ROWS', { max: PERSON_LIMITS.importChunkRows, rows: input.rows.length }, 'rows');
  if (!Number.isInteger(input.chunk) || input.chunk < 0 || input.chunk >= maxChunks)
    throw badInput('INVALID_INPUT', { detail: 'chunk' }, 'chunk');
  await em.execute(`delete from person_import_chunk where school_id = ? and created_at < now() - interval '1 day'`, [
    school.id,
  ]);
  await em.execute(
    `insert into person_import_chunk (id, bureau_id, district_id, school_id, import_id, chunk, rows, created_by)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
     on conflict (school_id, import_id, chunk) do update set rows = excluded.rows, created_at = now()`,
    [
      randomUUID(),
      school.bureauId,
      school.districtId,
      school.id,
      input.importId,
      input.chunk,
      JSON.stringify(input.rows),
      ctx.user!.userId,
    ],
  );
  return input.rows.length;
}

/** The columns an import writes, and how each is read from the JSON rows. */
const IMPORT_COLUMNS = [
  ['staff_no', 'text'],
  ['name', 'text'],
  ['gender', 'text'],
  ['category', 'text'],
  ['party_status', 'text'],
  ['joined_on', 'date'],
  ['full_member_on', 'date'],
  ['party_post', 'text'],
  ['party_group', 'text'],
  ['phone', 'text'],
  ['id_number', 'text'],
] as const;
const SNAPSHOT_SQL = (t: string) =>
  `jsonb_build_object('staffNo', ${t}.staff_no, 'name', ${t}.name, 'gender', ${t}.gender, 'category', ${t}.category,
     'partyStatus', ${t}.party_status, 'joinedOn', ${t}.joined_on, 'fullMemberOn', ${t}.full_member_on,
     'partyPost', ${t}.party_post, 'partyGroup', ${t}.party_group)`;

/**
 * Commits a staged import: every row checked again with the shared validation (the browser's
 * check is a convenience, this one is the authority), then, when no row has a problem, one
 * set-based statement inserts the new people, updates the changed ones (matched by staff
 * number) and writes an audit entry for each; identical rows are left alone, so re-importing a
 * file changes nothing. With any problem nothing is written and the report lists them by row.
 * The statement count does not grow with the rows. The staged chunks are removed either way.
 */
export async function commitImport(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  importId: string,
): Promise<PersonImportResultType> {
  const chunks = await em.execute<{ rows: (PersonDraft & { row: number })[] }[]>(
    'select rows from person_import_chunk where school_id = ? and import_id = ? order by chunk',
    [school.id, importId],
  );
  if (!chunks.length) throw new DomainError('IMPORT_UNKNOWN');
  await em.execute('delete from person_import_chunk where school_id = ? and import_id = ?', [school.id, importId]);
  const staged = chunks.flatMap((c) => c.rows);
  const { rows, problems, problemCount } = checkImportRows(staged, { today: ctx.today });
  const result = { rows: staged.length, created: 0, updated: 0, unchanged: 0, problemCount };
  if (problemCount)
    return {
      ...result,
      committed: false,
      problems: problems.map((p) => ({ ...p, field: p.field, message: errorMessage(p.reason, ctx.lang, p.params) })),
    };

  const cols = IMPORT_COLUMNS.map(([c]) => c);
  const [counts] = await em.execute<{ created: number; updated: number }[]>(
    `with input as (
       select * from jsonb_to_recordset(?::jsonb) as r(${IMPORT_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
     ),
     old as (
       select p.id, ${SNAPSHOT_SQL('p')} as snap from person p
        where p.school_id = ? and p.staff_no in (select staff_no from input)
     ),
     up as (
       insert into person (id, bureau_id, district_id, school_id, ${cols.join(', ')}, created_by, updated_by)
       select gen_random_uuid(), ?, ?, ?, ${cols.map((c) => `r.${c}`).join(', ')}, ?, ?
         from input r
       on conflict (school_id, staff_no) do update set
         ${cols
           .filter((c) => c !== 'staff_no')
           .map((c) => `${c} = excluded.${c}`)
           .join(', ')},
         version = person.version + 1, updated_by = excluded.updated_by, updated_at = now()
       where (${cols.map((c) => `person.${c}`).join(', ')}) is distinct from (${cols.map((c) => `excluded.${c}`).join(', ')})
       returning person.id, (xmax = 0) as inserted, ${SNAPSHOT_SQL('person')} as snap
     ),
     audit as (
       insert into audit_log (bureau_id, district_id, school_id, org_id, actor_user_id, request_id, action, entity, entity_id, changes)
       select ?, ?, ?, ?, ?::uuid, ?, case when up.inserted then 'create' else 'update' end, 'person', up.id::text,
              jsonb_strip_nulls(jsonb_build_object('before', old.snap, 'after', up.snap, 'importId', ?::text))
         from up left join old on old.id = up.id
       returning 1
     )
     select (count(*) filter (where inserted))::int as created, (count(*) filter (where not inserted))::int as updated,
            (select count(*) from audit)::int as audited
       from up`,
    [
      JSON.stringify(rows.map(({ row: _row, ...v }) => Object.fromEntries(cols.map((c, i) => [c, v[FIELD_OF[i]]])))),
      school.id,
      school.bureauId,
      school.districtId,
      school.id,
      ctx.user!.userId,
      ctx.user!.userId,
      school.bureauId,
      school.districtId,
      school.id,
      school.id,
      ctx.user!.userId,
      ctx.requestId,
      importId,
    ],
  );
  return {
    ...result,
    committed: true,
    created: counts.created,
    updated: counts.updated,
    unchanged: rows.length - counts.created - counts.updated,
    problems: [],
  };
}

/** The value's key for each of IMPORT_COLUMNS, in the same order. */
const FIELD_OF = [
  'staffNo',
  'name',
  'gender',
  'category',
  'partyStatus',
  'joinedOn',
  'fullMemberOn',
  'partyPost',
  'partyGroup',
  'phone',
  'idNumber',
] as const satisfies readonly (keyof PersonValue)[];
