import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { addMonths, can, validateTheoryClass, type Actor, type OrgRef, type TheoryClassPerson } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { badInput, DomainError, notFound } from '../../core/errors';
import { isUuid, uuidArray } from '../../core/tenancy/uuid';
import { recordAudit } from '../../core/audit/audit.service';
import { TheoryClass, TheoryClassAttendance } from './theory-class.entity';
import type { AttendanceType, TheoryClassInput, TheoryClassType, TheoryClassUpdateInput } from './theory-class.types';

type SchoolPerson = TheoryClassPerson & { id: string };

/** Who reads, and the school whose records they read (decides what personal data is shown). */
export interface Viewer {
  actor: Actor;
  school: OrgRef;
}

/** Raw rows carry timestamps as strings (the driver's parser); the GraphQL scalar wants a Date. */
type ClassRow = Omit<TheoryClassType, 'attendance' | 'updatedAt'> & { updatedAt: string | Date };
const toClass = (row: ClassRow, attendance: AttendanceType[]): TheoryClassType => ({
  ...row,
  updatedAt: new Date(row.updatedAt),
  attendance,
});

const CLASS_COLUMNS = `id, school_id as "schoolId", date, class_hours::float8 as "classHours", topic, kind, lecturer, audience,
  expected_count as "expectedCount", present_count as "presentCount", leave_count as "leaveCount", version, updated_at as "updatedAt"`;

/**
 * Attendance of many classes in one set-based query (never row by row). A leave's reason is
 * personal data: shown only to the school's own roles and to the person themself (the same
 * policy as phone numbers); everyone else sees that the person was on leave.
 */
async function attendanceOf(
  em: EntityManager,
  viewer: Viewer,
  classIds: string[],
): Promise<Map<string, AttendanceType[]>> {
  const byClass = new Map<string, AttendanceType[]>(classIds.map((id) => [id, []]));
  if (!classIds.length) return byClass;
  const rows = await em.execute<(AttendanceType & { classId: string })[]>(
    `select a.class_id as "classId", a.person_id as "personId", p.name as "personName", a.status, a.leave_reason as "leaveReason"
       from theory_class_attendance a join person p on p.id = a.person_id
      where a.class_id = any(?::uuid[]) order by a.status desc, p.name`,
    [uuidArray(classIds)],
  );
  for (const { classId, ...a } of rows) {
    const open =
      a.leaveReason == null || can(viewer.actor, 'person.readContact', { ...viewer.school, personId: a.personId });
    byClass.get(classId)!.push(open ? a : { ...a, leaveReason: null });
  }
  return byClass;
}

export async function listClasses(
  em: EntityManager,
  viewer: Viewer,
  opts: { fromMonth?: string | null; toMonth?: string | null; offset: number; limit: number },
): Promise<{ items: TheoryClassType[]; total: number }> {
  const where = ['school_id = ?'];
  const params: unknown[] = [viewer.school.id];
  if (opts.fromMonth) {
    where.push('date >= ?::date');
    params.push(`${opts.fromMonth}-01`);
  }
  if (opts.toMonth) {
    where.push('date < ?::date');
    params.push(`${addMonths(opts.toMonth, 1)}-01`);
  }
  const rows = await em.execute<(ClassRow & { total: string })[]>(
    `select ${CLASS_COLUMNS}, count(*) over () as total from theory_class
      where ${where.join(' and ')} order by date desc, created_at desc limit ? offset ?`,
    [...params, opts.limit, opts.offset],
  );
  const attendance = await attendanceOf(
    em,
    viewer,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map(({ total: _t, ...c }) => toClass(c, attendance.get(c.id)!)),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}

export async function getClass(em: EntityManager, viewer: Viewer, id: string): Promise<TheoryClassType> {
  const [row] = await em.execute<ClassRow[]>(`select ${CLASS_COLUMNS} from theory_class where id = ?`, [id]);
  if (!row) throw notFound();
  return toClass(row, (await attendanceOf(em, viewer, [id])).get(id)!);
}

/** People named in the attendance (any school), and the size of the audience at the school. */
async function attendanceContext(em: EntityManager, schoolId: string, audience: string, personIds: string[]) {
  const ids = personIds.filter(isUuid);
  // One after the other: both run in the request's transaction, on its one connection.
  const rows = ids.length
    ? await em.execute<SchoolPerson[]>(
        `select id, school_id as "schoolId", party_status as "partyStatus" from person where id = any(?::uuid[])`,
        [uuidArray(ids)],
      )
    : [];
  const [size] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from person where school_id = ? and left_on is null and (? = 'ALL_STAFF' or party_status <> 'NONE')`,
    [schoolId, audience],
  );
  return { people: new Map(rows.map((p) => [p.id, p])), audienceSize: size.n };
}

function writeAttendance(em: EntityManager, cls: TheoryClass, input: TheoryClassInput | TheoryClassUpdateInput) {
  for (const a of input.attendance) {
    em.persist(
      em.create(TheoryClassAttendance, {
        classId: cls.id,
        personId: a.personId,
        bureauId: cls.bureauId,
        districtId: cls.districtId,
        schoolId: cls.schoolId,
        status: a.status,
        leaveReason: a.status === 'LEAVE' ? a.leaveReason!.trim() : null,
      }),
    );
  }
}

/** Attendance as the audit trail keeps it: who, and present or on leave (reasons stay out). */
const attendanceSnapshot = (rows: readonly { personId: string; status: string }[]) =>
  rows.map((a) => ({ personId: a.personId, status: a.status }));

async function storedAttendance(em: EntityManager, classId: string) {
  return attendanceSnapshot(
    await em.execute<{ personId: string; status: string }[]>(
      'select person_id as "personId", status from theory_class_attendance where class_id = ? order by person_id',
      [classId],
    ),
  );
}

const snapshot = (c: TheoryClass) => ({
  date: c.date,
  classHours: c.classHours,
  topic: c.topic,
  kind: c.kind,
  lecturer: c.lecturer,
  audience: c.audience,
  expectedCount: c.expectedCount,
  presentCount: c.presentCount,
  leaveCount: c.leaveCount,
});

/** Validates a class and its attendance, and returns the columns that create and update write. */
async function checkedFields(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: TheoryClassInput | TheoryClassUpdateInput,
) {
  const ac = await attendanceContext(
    em,
    school.id,
    input.audience,
    input.attendance.map((a) => a.personId),
  );
  // The same check as the web form's (@djt/shared); the API refuses with the first problem.
  const { value, problems } = validateTheoryClass(input, { today: ctx.today, schoolId: school.id, ...ac });
  if (!value) {
    const [first] = problems; // there is one: the API always knows the audience size
    throw badInput(first.reason, first.params, first.field);
  }
  return {
    date: value.date,
    classHours: value.classHours,
    topic: value.topic,
    kind: value.kind,
    lecturer: value.lecturer,
    audience: value.audience,
    expectedCount: value.expectedCount,
    presentCount: value.presentCount,
    leaveCount: value.leaveCount,
    updatedBy: ctx.user!.userId,
  };
}

export async function createClass(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  input: TheoryClassInput,
): Promise<TheoryClassType> {
  const cls = em.create(TheoryClass, {
    id: randomUUID(),
    bureauId: school.bureauId,
    districtId: school.districtId!,
    schoolId: school.id,
    ...(await checkedFields(em, ctx, school, input)),
    createdBy: ctx.user!.userId,
  });
  // The class row first: attendance references it, and the unit of work does not know that.
  await em.persist(cls).flush();
  writeAttendance(em, cls, input);
  recordAudit(em, ctx, {
    org: school,
    action: 'create',
    entity: 'theory_class',
    entityId: cls.id,
    changes: { after: snapshot(cls), attendance: attendanceSnapshot(input.attendance) },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'theory_class', school, [cls.date]);
  return getClass(em, { actor: ctx.actor!, school }, cls.id);
}

export async function updateClass(
  em: EntityManager,
  ctx: RequestContext,
  school: OrgRef,
  id: string,
  input: TheoryClassUpdateInput,
): Promise<TheoryClassType> {
  // Lock the row so two concurrent edits cannot both pass the version check.
  const cls = await em.findOne(TheoryClass, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!cls) throw notFound();
  if (cls.version !== input.version) throw new DomainError('STALE_UPDATE');
  const fields = await checkedFields(em, ctx, school, input);
  const before = snapshot(cls);
  const dateBefore = cls.date;
  const attendanceBefore = await storedAttendance(em, id);
  Object.assign(cls, { ...fields, version: cls.version + 1, updatedAt: new Date() });
  await em.nativeDelete(TheoryClassAttendance, { classId: id });
  writeAttendance(em, cls, input);
  recordAudit(em, ctx, {
    org: school,
    action: 'update',
    entity: 'theory_class',
    entityId: id,
    changes: { before, after: snapshot(cls), attendanceBefore, attendance: attendanceSnapshot(input.attendance) },
  });
  await em.flush();
  await ctx.facts.recordsChanged(em, 'theory_class', school, [dateBefore, cls.date]);
  return getClass(em, { actor: ctx.actor!, school }, id);
}

export async function deleteClass(em: EntityManager, ctx: RequestContext, school: OrgRef, id: string): Promise<string> {
  // Locked: of concurrent deletes one wins, the others wait and then find nothing (NOT_FOUND).
  const cls = await em.findOne(TheoryClass, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!cls) throw notFound();
  recordAudit(em, ctx, {
    org: school,
    action: 'delete',
    entity: 'theory_class',
    entityId: id,
    changes: { before: snapshot(cls), attendanceBefore: await storedAttendance(em, id) },
  });
  em.remove(cls);
  await em.flush();
  await ctx.facts.recordsChanged(em, 'theory_class', school, [cls.date]);
  return id;
}
