import http from 'node:http';
import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { sampleInput, type SampleSource } from './graphql-samples';
import { escapeLiteral } from 'pg';
import { addMonths, can, covers, monthOf, ROLES, ROLE_LEVEL, type Actor, type OrgRef, type Role } from '@djt/shared';
import { buildBareSchema, PERMISSION_RULES } from '../src/app/schema';
import { TENANT_TABLES } from '../src/app/modules';
import { startApp, type RunningApp } from '../src/app/server';
import { readConfig } from '../src/config/config';
import { ruleSpec, type RuleSpec, type ShieldRule } from '../src/core/authz/rules';
import { scopeOrgIds, withScope } from '../src/core/tenancy/scope';
import { initOrm } from '../src/db/orm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/db/seed/demo-data';
import { rngFor, uuidFrom, type Rng } from '../src/db/seed/random';
import { today, withOwner } from './harness';

/**
 * Isolation fuzz: thousands of generated (actor × root field × target) cases over the seeded
 * organisations, checked against the shared policy, in two halves.
 *
 * - Through the API (real GraphQL over HTTP, every demo account): a refused call answers
 *   NOT_FOUND outside what the actor can see and FORBIDDEN inside it, with no data; an allowed
 *   call answers nothing (no organisation or record id, organisation or person name, unmasked
 *   phone or leave reason) outside the actor's scope and the target's subtree.
 * - With the application filter switched off (withScope on the app connection, synthetic actors
 *   holding roles at random organisations): unfiltered SELECT, UPDATE … SET x = x, DELETE,
 *   INSERT of another scope's row and moving a row out of the scope, on every tenant table plus
 *   organisation, role_assignment, bureau_settings and audit_log, all rolled back: RLS alone
 *   shows and changes 0 rows outside the scope computed from the organisation tree.
 *
 * Deterministic: one seeded generator (DJT_FUZZ_SEED; the seed and the counts are printed).
 * `pnpm fuzz` runs this file with four times the cases (or DJT_FUZZ_API_CASES / DJT_FUZZ_RLS_CASES);
 * it names a second small test file and a worker memory limit so that jest runs the file in a
 * worker, not in the process that started the server. The API half runs against an instance of
 * its own on loopback (same code and database, rate limits off), so its thousands of requests never
 * spend the shared test server's per-user limits.
 */

const SEED = process.env.DJT_FUZZ_SEED || 'isolation-fuzz-2026';
const SCALE = process.env.npm_lifecycle_event === 'fuzz' ? 4 : 1;
const API_CASES = Number(process.env.DJT_FUZZ_API_CASES ?? 5_000 * SCALE);
const RLS_CASES = Number(process.env.DJT_FUZZ_RLS_CASES ?? 5_200 * SCALE);
/** Requests in flight at once against the fuzz's own API instance. */
const CONCURRENCY = 4;
/** Problems listed in a failure (all are counted). */
const SHOWN = 25;

// ---------------------------------------------------------------------------------------------
// The world, read as the owner: the organisation tree, the seeded records, people and users.

interface Org extends OrgRef {
  name: string;
}
interface PersonRow {
  id: string;
  schoolId: string;
  name: string;
  phone: string | null;
}
interface UserRow {
  id: string;
  username: string;
  personId: string | null;
  bureauId: string;
  roles: { role: Role; orgId: string }[];
}
interface World {
  orgs: Org[];
  org: Map<string, Org>;
  orgsByName: Map<string, Org[]>;
  /** Every record id of a tenant table with a uuid `id` → its table and school. */
  records: Map<string, { table: string; schoolId: string }>;
  /** Seeded records (deterministic) of each table, for record targets. */
  recordIds: Map<string, string[]>;
  people: Map<string, PersonRow>;
  peopleByPhone: Map<string, PersonRow[]>;
  peopleByName: Map<string, PersonRow[]>;
  users: UserRow[];
}

async function loadWorld(recordTables: string[]): Promise<World> {
  return withOwner(async (c) => {
    const orgs: Org[] = (
      await c.query(
        `select id, level, name, bureau_id as "bureauId", district_id as "districtId", school_id as "schoolId"
           from organisation order by id`,
      )
    ).rows;
    const records = new Map<string, { table: string; schoolId: string }>();
    const recordIds = new Map<string, string[]>();
    const idTables = (
      await c.query(
        `select table_name as t from information_schema.columns
          where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' and table_name = any($1)`,
        [TENANT_TABLES],
      )
    ).rows.map((r) => r.t as string);
    for (const t of new Set([...idTables, ...recordTables])) {
      const rows = (await c.query(`select id::text as id, school_id::text as "schoolId" from ${t} order by id`)).rows;
      for (const r of rows) records.set(r.id, { table: t, schoolId: r.schoolId });
      // Seeded rows only (records written by concurrent suites have an author), so the draw is
      // the same on every run.
      const hasAuthor = (
        await c.query(`select 1 from information_schema.columns where table_name = $1 and column_name = 'created_by'`, [
          t,
        ])
      ).rowCount;
      const seeded = hasAuthor
        ? (await c.query(`select id::text as id from ${t} where created_by is null order by id`)).rows
        : rows;
      recordIds.set(
        t,
        seeded.map((r) => r.id),
      );
    }
    const people: PersonRow[] = (
      await c.query(`select id, school_id as "schoolId", name, phone from person order by id`)
    ).rows;
    const users: UserRow[] = (
      await c.query(
        `select u.id, u.username, u.person_id as "personId", u.bureau_id as "bureauId",
                coalesce(json_agg(json_build_object('role', r.role, 'orgId', r.org_id) order by r.role, r.org_id)
                  filter (where r.id is not null), '[]') as roles
           from app_user u left join role_assignment r on r.user_id = u.id
          group by u.id order by u.username`,
      )
    ).rows;
    const group = <T>(items: T[], key: (t: T) => string | null) => {
      const m = new Map<string, T[]>();
      for (const i of items) {
        const k = key(i);
        if (k != null) m.set(k, [...(m.get(k) ?? []), i]);
      }
      return m;
    };
    return {
      orgs,
      org: new Map(orgs.map((o) => [o.id, o])),
      orgsByName: group(orgs, (o) => o.name),
      records,
      recordIds,
      people: new Map(people.map((p) => [p.id, p])),
      peopleByPhone: group(people, (p) => p.phone),
      peopleByName: group(people, (p) => p.name),
      users,
    };
  });
}

const actorOf = (w: World, u: UserRow): Actor => ({
  userId: u.id,
  personId: u.personId,
  roles: u.roles.flatMap((r) => (w.org.has(r.orgId) ? [{ role: r.role, org: w.org.get(r.orgId)! }] : [])),
});

/** The actor holds a role at the organisation or above it (what RLS scopes to). */
const inScope = (a: Actor, o: OrgRef) => a.roles.some((r) => covers(r.org, o));
/** As the API's `visibleTo`: in scope, or above one of the actor's organisations. */
const visible = (a: Actor, o: OrgRef) => a.roles.some((r) => covers(r.org, o) || covers(o, r.org));
const related = (t: OrgRef, o: OrgRef) => covers(t, o) || covers(o, t);

// ---------------------------------------------------------------------------------------------
// The leak scan of an API answer: every id, name, phone and leave reason in it, data and errors.

interface ScanContext {
  w: World;
  actor: Actor;
  /** The organisation the call acted on (allowed calls): everything must lie under it or above it. */
  target: OrgRef | null;
  /** Values the caller sent (an error may echo them). */
  sent: Set<string>;
}

/**
 * Answers that name something outside the scope by design, each reviewed as a permission change
 * (keep this list short): the people roster's transfer target picker lists the other schools
 * (and their districts) of the actor's own bureau, by id and name, to the school roles that may
 * transfer people (person.write on the sending school); a school's transfer history keeps the
 * name of a person who left, as recorded when they left (the school's own record).
 */
function byDesign(path: string, actor: Actor, org: OrgRef | null): boolean {
  const bureaus = new Set(actor.roles.map((r) => r.org.bureauId));
  if (/^personTransferTargets\[\d+\]\.(id|name|districtName)$/.test(path))
    return org != null && bureaus.has(org.bureauId) && org.level !== 'BUREAU';
  return /^personTransfers\.items\[\d+\]\.personName$/.test(path);
}

const NAME_KEYS = new Set(['name', 'schoolName', 'districtName', 'personName', 'scopeName', 'orgName']);
const PHONE = /^1\d{10}$/;

function scan(value: unknown, ctx: ScanContext, path: string, out: string[]): void {
  const { w, actor, target } = ctx;
  if (typeof value === 'string') {
    if (ctx.sent.has(value)) return;
    const org = w.org.get(value);
    if (org && !(visible(actor, org) && (!target || related(target, org))) && !byDesign(path, actor, org))
      out.push(`${path}: organisation ${org.name} (${org.level} ${org.id})`);
    const rec = w.records.get(value);
    if (rec) {
      const school = w.org.get(rec.schoolId)!;
      if (!(inScope(actor, school) && (!target || covers(target, school))))
        out.push(`${path}: ${rec.table} ${value} of ${school.name}`);
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => scan(v, ctx, `${path}[${i}]`, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    const here = `${path}.${k}`;
    if (typeof v === 'string' && NAME_KEYS.has(k)) {
      const orgs = w.orgsByName.get(v);
      if (orgs && !orgs.some((o) => visible(actor, o) || byDesign(here, actor, o)))
        out.push(`${here}: name of ${orgs[0].name}`);
      const people = w.peopleByName.get(v);
      if (people && !people.some((p) => inScope(actor, w.org.get(p.schoolId)!)) && !byDesign(here, actor, null))
        out.push(`${here}: name of a person of ${w.org.get(people[0].schoolId)!.name}`);
    }
    if (k === 'phone' && typeof v === 'string' && PHONE.test(v)) {
      const open = (w.peopleByPhone.get(v) ?? []).some((p) =>
        can(actor, 'person.readContact', { ...w.org.get(p.schoolId)!, personId: p.id }),
      );
      if (!open) out.push(`${here}: unmasked phone ${v}`);
    }
    if (k === 'leaveReason' && v != null) {
      const p = w.people.get(String(obj.personId));
      if (!p || !can(actor, 'person.readContact', { ...w.org.get(p.schoolId)!, personId: p.id }))
        out.push(`${here}: leave reason of ${String(obj.personId)}`);
    }
    scan(v, ctx, here, out);
  }
}

// ---------------------------------------------------------------------------------------------
// API cases, generated from the schema and the rule specs (as the permission matrix is).

const schema = buildBareSchema();
type RootType = 'Query' | 'Mutation';
interface Root {
  type: RootType;
  field: GraphQLField<unknown, unknown>;
  spec: RuleSpec;
}
const ROOTS: Root[] = (['Query', 'Mutation'] as const).flatMap((type) =>
  Object.values((schema.getType(type) as GraphQLObjectType).getFields()).flatMap((field) => {
    const spec = ruleSpec((PERMISSION_RULES[type] as Record<string, ShieldRule>)[field.name]);
    // Public mutations are login and logout: the fuzz's own sessions must survive.
    if (!spec || (spec.access === 'public' && type === 'Mutation')) return [];
    return [{ type, field, spec }];
  }),
);
const RECORD_TABLES = [
  ...new Set(
    ROOTS.flatMap((r) =>
      r.spec.access === 'permission' && r.spec.target.kind === 'record' ? [r.spec.target.table] : [],
    ),
  ),
];

/** Scalars that can carry an id, a name, a phone or a reason (numbers, dates and enums cannot). */
const TELLING = new Set(['ID', 'String', 'JSON']);
const selections = new Map<string, string>();

/**
 * Every field that can tell something (ids, names, texts, JSON) and every object field down to
 * `depth`, skipping fields with required arguments; `__typename` where nothing else is left.
 */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const cached = selections.get(`${named.name}:${depth}`);
  if (cached !== undefined) return cached;
  const parts =
    depth >= 4
      ? []
      : Object.values(named.getFields())
          .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
          .flatMap((f) => {
            const t = getNamedType(f.type);
            if (isObjectType(t)) return [`${f.name} ${selection(f.type, depth + 1)}`];
            return TELLING.has(t.name) ? [f.name] : [];
          });
  const out = `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
  selections.set(`${named.name}:${depth}`, out);
  return out;
}

interface ApiCase {
  who: string;
  root: Root;
  targetId: string | null;
  args: Record<string, unknown>;
  /** ALLOWED when can() says yes; otherwise the code the refusal must carry. */
  expected: 'ALLOWED' | 'NOT_FOUND' | 'FORBIDDEN';
  target: OrgRef | null;
}

function generateApiCases(w: World, accounts: Map<string, { actor: Actor; user: UserRow }>, rng: Rng): ApiCase[] {
  const todayKey = today();
  const thisMonth = monthOf(todayKey);
  const thisYear = Number(todayKey.slice(0, 4));
  const uuid = () => uuidFrom(rng);
  const recordIdsOf = (t: string) => w.recordIds.get(t) ?? [];
  const anyRecordId = () => rng.pick(rng.pick([...w.recordIds.values()].filter((l) => l.length)));

  const samples: SampleSource = {
    id: uuid,
    pick: (values) => rng.pick(values),
    bool: () => rng.chance(0.5),
    today: todayKey,
    text: '思政',
  };
  const sample = (type: GraphQLInputType) => sampleInput(type, samples);

  /** Optional arguments, drawn by name and type; half are left out. */
  function optional(a: GraphQLArgument, all: readonly GraphQLArgument[]): unknown {
    if (rng.chance(0.5)) return undefined;
    const named = getNamedType(a.type).name;
    const month = (back: number) => addMonths(thisMonth, -back);
    switch (a.name) {
      case 'limit':
        return rng.int(1, 200);
      case 'offset':
        return rng.pick([0, 0, 0, rng.int(1, 40)]);
      case 'year':
        return rng.pick([thisYear, thisYear - 1]);
      case 'search':
        return [...rng.pick([...w.people.values()]).name].slice(0, rng.int(1, 2)).join('');
      case 'entity':
        return rng.pick([...TENANT_TABLES, 'organisation']);
      case 'entityId':
        return anyRecordId();
      case 'actorUserId':
        return rng.pick(w.users).id;
    }
    if (named === 'Boolean') return rng.chance(0.5);
    const day = (m: string) => `${m}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    if ((named === 'String' || named === 'LocalDate') && /^(from|to)(Month)?$/.test(a.name)) {
      // A window (of months or days) that holds together when both ends are drawn: `to` after `from`.
      const pairedWithFrom = a.name.startsWith('to') && all.some((x) => x.name === a.name.replace('to', 'from'));
      const m = pairedWithFrom ? month(rng.int(0, 2)) : month(rng.int(3, 11));
      return named === 'LocalDate' ? day(m) : m;
    }
    if (named === 'LocalDate') return day(month(rng.int(0, 14)));
    return undefined;
  }

  function argsFor(root: Root, targetId: string | null): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    for (const a of root.field.args) {
      const value =
        isNonNullType(a.type) && a.defaultValue === undefined ? sample(a.type) : optional(a, root.field.args);
      if (value !== undefined) args[a.name] = value;
    }
    if (root.spec.access === 'permission' && targetId) {
      const t = root.spec.target;
      if (t.kind === 'org' && t.inInput) args.input = { ...(args.input as object), [t.arg]: targetId };
      else if (t.kind !== 'actorBureau') args[t.arg] = targetId;
    }
    return args;
  }

  /** The organisation a target id stands for, as the rule's target resolver finds it. */
  function resolveTarget(spec: RuleSpec, targetId: string | null, user: UserRow): OrgRef | null {
    if (spec.access !== 'permission') return null;
    const t = spec.target;
    if (t.kind === 'actorBureau') return w.org.get(user.bureauId) ?? null;
    if (!targetId) return null;
    if (t.kind === 'org') return w.org.get(targetId) ?? null;
    const rec = w.records.get(targetId);
    return rec && rec.table === t.table ? (w.org.get(rec.schoolId) ?? null) : null;
  }

  /** Targets of a field: every organisation of both bureaus, every seeded record, stray ids. */
  function targetPool(root: Root): (string | null)[] {
    const spec = root.spec;
    if (spec.access !== 'permission' || spec.target.kind === 'actorBureau') return [null];
    const strays = [uuid(), uuid(), anyRecordId(), anyRecordId()];
    if (spec.target.kind === 'org') return [...w.orgs.map((o) => o.id), ...strays];
    return [...recordIdsOf(spec.target.table), rng.pick(w.orgs).id, ...strays];
  }

  /** What can() and visibleTo say of the account acting on the target, as the rule decides it. */
  const expectation = (who: string, root: Root, targetId: string | null) => {
    const { actor, user } = accounts.get(who)!;
    const target = resolveTarget(root.spec, targetId, user);
    let expected: ApiCase['expected'] = 'ALLOWED';
    if (root.spec.access === 'permission') {
      if (!target) expected = 'NOT_FOUND';
      else if (!can(actor, root.spec.permission, target)) expected = visible(actor, target) ? 'FORBIDDEN' : 'NOT_FOUND';
    }
    return { who, root, targetId, target, expected };
  };
  type Triple = ReturnType<typeof expectation>;
  // Every account × root field × target, sorted by what must happen. A mutation is sent only
  // where it must be refused: nothing the fuzz sends may change data.
  const allowed: Triple[] = [];
  const refused = new Map<string, Triple[]>();
  for (const who of accounts.keys())
    for (const root of ROOTS)
      for (const t of targetPool(root)) {
        const x = expectation(who, root, t);
        if (x.expected === 'ALLOWED') {
          if (root.type === 'Query') allowed.push(x);
        } else {
          const key = `${who} ${root.type}.${root.field.name} ${x.expected}`;
          refused.set(key, [...(refused.get(key) ?? []), x]);
        }
      }
  const cases: ApiCase[] = [];
  const add = (x: Triple) => cases.push({ ...x, args: argsFor(x.root, x.targetId) });
  // Every way of being refused for every account and root field, a few times each (each refusal
  // is a request of its own), and the allowed triples once (up to half the budget)…
  for (const list of refused.values()) for (const x of rng.shuffle(list).slice(0, 3)) add(x);
  for (const x of rng.shuffle(allowed).slice(0, API_CASES / 2)) add(x);
  // …then free draws, three in four among allowed ones (batched ten to a request), each with
  // freshly drawn optional arguments (windows, pages, searches, filters).
  const refusals = [...refused.values()].flat();
  while (cases.length < API_CASES) add(rng.chance(0.75) ? rng.pick(allowed) : rng.pick(refusals));
  return rng.shuffle(cases);
}

/**
 * One request for several cases of one account (aliases c0, c1, …; variables prefixed the same).
 * A refusal is asked for `__typename` only: whatever it answers must be nothing.
 */
function batchOperation(batch: readonly ApiCase[]): { query: string; variables: Record<string, unknown> } {
  const decl: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  batch.forEach((c, i) => {
    const used = c.root.field.args.filter((a) => a.name in c.args);
    for (const a of used) {
      decl.push(`$c${i}_${a.name}: ${a.type.toString()}`);
      variables[`c${i}_${a.name}`] = c.args[a.name];
    }
    const pass = used.map((a) => `${a.name}: $c${i}_${a.name}`).join(', ');
    const sel =
      c.expected === 'ALLOWED'
        ? selection(c.root.field.type)
        : isObjectType(getNamedType(c.root.field.type))
          ? '{ __typename }'
          : '';
    fields.push(`c${i}: ${c.root.field.name}${pass ? `(${pass})` : ''} ${sel}`);
  });
  const type = batch[0].root.type === 'Query' ? 'query' : 'mutation';
  return { query: `${type}${decl.length ? `(${decl.join(', ')})` : ''} { ${fields.join(' ')} }`, variables };
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One GraphQL request over HTTP (node:http with keep-alive: lighter than fetch for thousands). */
function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (e) {
            reject(e);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function inParallel<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

const sentValues = (args: unknown, out = new Set<string>()): Set<string> => {
  if (typeof args === 'string') out.add(args);
  else if (Array.isArray(args)) args.forEach((a) => sentValues(a, out));
  else if (args && typeof args === 'object') Object.values(args).forEach((a) => sentValues(a, out));
  return out;
};

/**
 * Requests: each refusal alone (graphql-js stops at the first error of a non-null root field, so
 * a request of several refusals would answer for one of them only); allowed cases of one account,
 * root field and level of target up to `size` per request (a request with an error is asked again
 * case by case).
 */
function batches(cases: readonly ApiCase[], size: number): ApiCase[][] {
  const open = new Map<string, ApiCase[]>();
  const out: ApiCase[][] = [];
  for (const c of cases) {
    if (c.expected !== 'ALLOWED') {
      out.push([c]);
      continue;
    }
    // Cases alike (account, field, level of the target) fail alike, so a batch mostly succeeds or fails whole.
    const key = `${c.who}|${c.root.type}.${c.root.field.name}|${c.target?.level}`;
    const b = open.get(key) ?? [];
    b.push(c);
    open.set(key, b);
    if (b.length === size) {
      out.push(b);
      open.delete(key);
    }
  }
  return [...out, ...open.values()];
}

// ---------------------------------------------------------------------------------------------
// RLS alone: tables, the scope expected from the tree, and the statements.

type Grant = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';
interface RlsTable {
  name: string;
  /** bureau/district/school of a row as one text, '-' for an empty level (as orgKey). */
  key: string;
  /** A column to `set x = x`. */
  setColumn: string;
  /** Columns an INSERT may name (not generated). */
  insertColumns: string[];
  hasId: boolean;
  hasUser: boolean;
  /** Where a row can be moved to: a school for school-owned rows, a bureau for bureau_settings. */
  rowLevel: 'SCHOOL' | 'BUREAU';
  grants: Set<Grant>;
  /** A DELETE keeps the rows a restricting foreign key refers to. */
  deleteGuards: { child: string; pairs: [string, string][] }[];
}

const orgKey = (o: OrgRef) => `${o.bureauId}/${o.districtId ?? '-'}/${o.schoolId ?? '-'}`;
const TRIPLE_KEY = `concat_ws('/', bureau_id, coalesce(district_id::text, '-'), coalesce(school_id::text, '-'))`;
const BUREAU_KEY = `concat_ws('/', bureau_id, '-', '-')`;
const RLS_TABLES = [...new Set([...TENANT_TABLES, 'organisation', 'role_assignment', 'bureau_settings', 'audit_log'])];
/** The application role: the user of the app connection. */
const appRole = () => decodeURIComponent(new URL(process.env.DJT_TEST_SEEDED_APP_URL!).username);

/**
 * Rows the seed leaves some organisations without, written (uncommitted) in each actor's
 * transaction under a scope of every organisation, so that every table has rows outside every
 * actor's scope: an audit entry at each organisation, the settings row of each bureau.
 */
const FIXTURES: Record<string, string> = {
  audit_log: `insert into audit_log (bureau_id, district_id, school_id, org_id, action, entity, entity_id)
    select bureau_id, district_id, school_id, id, 'isolation-fuzz', 'organisation', id::text from organisation`,
  bureau_settings: `insert into bureau_settings (bureau_id) select id from organisation where level = 'BUREAU' on conflict do nothing`,
};

async function loadTables(): Promise<RlsTable[]> {
  return withOwner(async (c) => {
    const fks = (
      await c.query(`
        select conrelid::regclass::text as child, confrelid::regclass::text as parent, confdeltype as del,
               array(select a.attname::text from unnest(conkey) with ordinality k(n, i)
                       join pg_attribute a on a.attrelid = conrelid and a.attnum = k.n order by k.i) as ccols,
               array(select a.attname::text from unnest(confkey) with ordinality k(n, i)
                       join pg_attribute a on a.attrelid = confrelid and a.attnum = k.n order by k.i) as pcols
          from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`)
    ).rows as { child: string; parent: string; del: string; ccols: string[]; pcols: string[] }[];
    const tables: RlsTable[] = [];
    for (const name of RLS_TABLES) {
      const cols = (
        await c.query(
          `select attname::text as name, attidentity as identity, attgenerated as generated
             from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum`,
          [name],
        )
      ).rows as { name: string; identity: string; generated: string }[];
      const has = (n: string) => cols.some((col) => col.name === n);
      const grants = new Set<Grant>();
      for (const g of ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] as const)
        if ((await c.query(`select has_table_privilege($1, $2, $3) as ok`, [appRole(), name, g])).rows[0].ok)
          grants.add(g);
      const triple = has('district_id') && has('school_id');
      const indexed = (
        await c.query(
          `select distinct a.attname::text as name from pg_index i
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indrelid = $1::regclass`,
          [name],
        )
      ).rows.map((r) => r.name as string);
      const plain = cols.find((col) => !indexed.includes(col.name) && col.identity !== 'a' && !col.generated);
      tables.push({
        name,
        key: triple ? TRIPLE_KEY : BUREAU_KEY,
        // A column no index or key holds, so that SET x = x is a cheap (HOT) update.
        setColumn: plain?.name ?? (triple ? 'school_id' : 'bureau_id'),
        insertColumns: cols.filter((col) => col.identity !== 'a' && !col.generated).map((col) => col.name),
        hasId: has('id') && name !== 'audit_log',
        hasUser: name === 'role_assignment',
        rowLevel: triple ? 'SCHOOL' : 'BUREAU',
        grants,
        // A restricting foreign key keeps the rows it refers to (an anti-join of what the actor sees);
        // a cascading one is left to cascade.
        deleteGuards: fks
          .filter((f) => f.parent === name && f.child !== name && f.del !== 'c')
          .map((f) => ({ child: f.child, pairs: f.ccols.map((cc, i) => [cc, f.pcols[i]] as [string, string]) })),
      });
    }
    // The order of the DELETEs: a child before a parent it cascades from (so the child's own
    // DELETE has rows to take), a parent before a child that restricts it (so the guard, not a
    // foreign key check per row, keeps the referenced rows).
    const before = (a: RlsTable, b: RlsTable) =>
      fks.some(
        (f) =>
          (f.child === a.name && f.parent === b.name && f.del === 'c') ||
          (f.parent === a.name && f.child === b.name && f.del !== 'c'),
      );
    const order: RlsTable[] = [];
    const visit = (t: RlsTable, path: Set<string>) => {
      if (order.includes(t) || path.has(t.name)) return;
      path.add(t.name);
      for (const x of tables) if (x !== t && before(x, t)) visit(x, path);
      order.push(t);
    };
    for (const t of tables) visit(t, new Set());
    return order;
  });
}

/** What RLS must let an actor see and change, from the organisation tree (not from the policies). */
interface ExpectedScope {
  covered: Set<string>;
  /** Organisations: covered, plus the bureaus and districts above the scope organisations. */
  orgs: Set<string>;
  /** bureau_settings read: the bureau of each scope organisation. */
  settingsRead: Set<string>;
  /** bureau_settings write: the bureaus where the scope holds the bureau itself. */
  settingsWrite: Set<string>;
}

function expectedScope(w: World, actor: Actor): ExpectedScope {
  const scope = scopeOrgIds(actor).flatMap((id) => (w.org.has(id) ? [w.org.get(id)!] : []));
  const covered = new Set(w.orgs.filter((o) => scope.some((s) => covers(s, o))).map(orgKey));
  const above = scope.flatMap((s) => [s.bureauId, s.districtId]).flatMap((id) => (id ? [orgKey(w.org.get(id)!)] : []));
  const bureauKey = (id: string) => `${id}/-/-`;
  return {
    covered,
    orgs: new Set([...covered, ...above]),
    settingsRead: new Set(scope.map((s) => bureauKey(s.bureauId))),
    settingsWrite: new Set(scope.filter((s) => s.level === 'BUREAU').map((s) => bureauKey(s.id))),
  };
}

function readScope(t: RlsTable, e: ExpectedScope): (key: string, own: boolean) => boolean {
  if (t.name === 'organisation') return (k) => e.orgs.has(k);
  if (t.name === 'bureau_settings') return (k) => e.settingsRead.has(k);
  if (t.hasUser) return (k, own) => own || e.covered.has(k);
  return (k) => e.covered.has(k);
}
function writeScope(t: RlsTable, e: ExpectedScope): (key: string) => boolean {
  if (t.name === 'bureau_settings') return (k) => e.settingsWrite.has(k);
  if (t.name === 'organisation') return () => false;
  return (k) => e.covered.has(k);
}

const lit = (v: unknown) => (v == null ? 'null' : escapeLiteral(String(v)));

/** Rows per table, key (and for role_assignment whether they are the actor's own), in one statement. */
function censusSql(tables: readonly RlsTable[], userId: string): string {
  return tables
    .map(
      (t) =>
        `select ${lit(t.name)} as t, ${t.key} as key, ${t.hasUser ? `user_id = ${lit(userId)}::uuid` : 'false'} as own, count(*)::int as n from ${t.name} group by 2, 3`,
    )
    .join(' union all ');
}

type Outcome = 'rows' | 'rls' | 'denied' | 'fk' | `error ${string}`;
class LockBusy extends Error {}
class RolledBack extends Error {}

interface RlsPlan {
  label: string;
  actor: Actor;
  /** Per table: copies to insert, one of a row outside the scope and one of a row inside it. */
  inserts: Map<string, { inside: boolean; row: Record<string, unknown> }[]>;
  /** Per table: an organisation outside the scope to move a row to. */
  moveTo: Map<string, OrgRef | null>;
}

interface ActorResult {
  cases: number;
  problems: string[];
  outcomes: string[];
  /** Tables where rows outside the actor's scope exist (so showing them would fail the case). */
  meaningful: string[];
}

const rowKey = (row: Record<string, unknown>) => `${row.bureau_id}/${row.district_id ?? '-'}/${row.school_id ?? '-'}`;

function describeKey(w: World, key: string): string {
  const [b, d, s] = key.split('/');
  const o = w.org.get(s !== '-' ? s : d !== '-' ? d : b);
  return o ? `${o.name} (${o.level})` : key;
}

async function runActor(orm: MikroORM, w: World, tables: readonly RlsTable[], plan: RlsPlan): Promise<ActorResult> {
  const e = expectedScope(w, plan.actor);
  const problems: string[] = [];
  const outcomes: string[] = [];
  const meaningful: string[] = [];
  let cases = 0;
  const record = (t: RlsTable, op: string, outcome: Outcome) => {
    cases++;
    outcomes.push(`${t.name} ${op} → ${outcome.split(' ').slice(0, 2).join(' ')}`);
  };
  const roles = [...new Set(plan.actor.roles.map((r) => `${r.role}@${w.org.get(r.org.id)?.name ?? r.org.id}`))];
  const who = `${plan.label} [${roles.join(', ') || 'no role'}]`;
  const fail = (msg: string) => problems.push(`${who}: ${msg}`);

  try {
    await withScope(orm, plan.actor, async (em) => {
      const trx = em.getTransactionContext<Knex.Transaction>()!;
      // Several statements in one round trip (simple protocol: literals, no parameters).
      const raw = async (sql: string): Promise<{ rows: Record<string, any>[] }[]> => {
        const r = (await trx.raw(sql)) as { rows: Record<string, any>[] } | { rows: Record<string, any>[] }[];
        return Array.isArray(r) ? r : [r];
      };
      // The census below waits at most lock_timeout on rows another suite holds (the fixture's
      // audit insert queues on the bureau's chain lock): busy means retry the actor, as in attempt().
      const census = async (sql: string) => {
        try {
          return await raw(sql);
        } catch (err) {
          if ((err as { code?: string }).code === '55P03') throw new LockBusy((err as Error).message);
          throw err;
        }
      };
      const [bound] = (await raw(`select current_setting('app.scope_orgs', true) as s`))[0].rows;
      // Never wait long on rows another suite holds: retry the actor instead (and never be the
      // reason another suite's transaction is chosen as a deadlock victim: the fixture's audit
      // insert holds the bureaus' chain locks while the writes below wait for row locks, so a
      // writer holding a row and queued on the chain must not reach its 1 s deadlock check while
      // the fuzz waits; 100 ms waits, retried, keep that window small).
      const wide = await census(
        `set local lock_timeout = '100ms'; set local statement_timeout = '20s';
         select set_config('app.scope_orgs', ${lit(w.orgs.map((o) => o.id).join(','))}, true);
         ${Object.entries(FIXTURES)
           .filter(([t]) => tables.some((x) => x.name === t))
           .map(([, sql]) => `${sql};`)
           .join('\n')}
         ${censusSql(tables, plan.actor.userId)}`,
      );
      // Back to the actor's scope exactly as withScope bound it; what RLS alone shows.
      const mine = await census(
        `select set_config('app.scope_orgs', ${lit(bound.s)}, true); ${censusSql(tables, plan.actor.userId)}`,
      );
      const all = wide[wide.length - 1].rows as { t: string; key: string; own: boolean; n: number }[];
      const seen = mine[mine.length - 1].rows as { t: string; key: string; own: boolean; n: number }[];

      const attempt = async (sql: string, keep = false): Promise<{ outcome: Outcome; rows: Record<string, any>[] }> => {
        try {
          const r = await raw(
            `savepoint fuzz; ${sql}; ${keep ? 'release savepoint fuzz' : 'rollback to savepoint fuzz'}`,
          );
          return { outcome: 'rows', rows: r[1].rows };
        } catch (err) {
          const { code, message } = err as { code?: string; message: string };
          if (code === '55P03') throw new LockBusy(message);
          await raw('rollback to savepoint fuzz');
          if (code === '42501' && /row-level security/.test(message)) return { outcome: 'rls', rows: [] };
          if (code === '42501' && /permission denied/.test(message)) return { outcome: 'denied', rows: [] };
          if (code === '23503') return { outcome: 'fk', rows: [] };
          return { outcome: `error ${code} ${message.split('\n')[0].slice(-160)}`, rows: [] };
        }
      };

      // SELECT: nothing outside the scope shows; every key of the scope that has rows does.
      for (const t of tables) {
        const rs = readScope(t, e);
        const visibleRows = seen.filter((r) => r.t === t.name);
        record(t, 'select', 'rows');
        for (const r of visibleRows)
          if (!rs(r.key, r.own))
            fail(`select ${t.name} shows ${r.n} row(s) outside the scope, of ${describeKey(w, r.key)}`);
        let outside = 0;
        for (const r of all.filter((x) => x.t === t.name)) {
          if (!rs(r.key, r.own)) outside += r.n;
          else if (!visibleRows.some((v) => v.key === r.key && v.own === r.own))
            fail(`select ${t.name} hides the rows of ${describeKey(w, r.key)}${r.own ? " (the actor's own)" : ''}`);
        }
        if (outside > 0) meaningful.push(t.name);
      }

      // UPDATE … SET x = x with no WHERE, every table with the privilege in one statement.
      const updatable = tables.filter((t) => t.grants.has('UPDATE'));
      const updated = await attempt(
        `with ${updatable.map((t, i) => `u${i} as (update ${t.name} set ${t.setColumn} = ${t.setColumn} returning ${t.key} as key)`).join(', ')}
         ${updatable.map((t, i) => `select ${lit(t.name)} as t, key, count(*)::int as n from u${i} group by key`).join(' union all ')}`,
      );
      for (const t of updatable) {
        const ws = writeScope(t, e);
        record(t, 'update', updated.outcome);
        if (updated.outcome !== 'rows') fail(`update ${t.name}: ${updated.outcome}`);
        const touched = updated.rows.filter((r) => r.t === t.name);
        for (const r of touched)
          if (!ws(r.key)) fail(`update ${t.name} changed ${r.n} row(s) outside the scope, of ${describeKey(w, r.key)}`);
        for (const v of seen.filter((r) => r.t === t.name))
          if (ws(v.key) && !touched.some((r) => r.key === v.key))
            fail(`update ${t.name} skipped the visible rows of ${describeKey(w, v.key)}`);
      }

      for (const t of tables) {
        const ws = writeScope(t, e);
        // Without the privilege, each write is refused whatever the scope.
        const cols = t.insertColumns.join(', ');
        const denied: [Grant, string][] = [
          ['UPDATE', `update ${t.name} set ${t.setColumn} = ${t.setColumn}`],
          ['INSERT', `insert into ${t.name} (${cols}) select ${cols} from ${t.name} limit 0`],
          ['DELETE', `delete from ${t.name}`],
        ];
        for (const [grant, sql] of denied)
          if (!t.grants.has(grant)) {
            const { outcome } = await attempt(sql);
            record(t, `${grant.toLowerCase()} (no privilege)`, outcome);
            if (outcome !== 'denied') fail(`${grant} on ${t.name} without the privilege: ${outcome}`);
          }
        // INSERT a copy of a row outside the scope (WITH CHECK refuses) and of one inside (RLS lets it).
        if (t.grants.has('INSERT'))
          for (const copy of plan.inserts.get(t.name) ?? []) {
            const row = copy.row;
            const names = t.insertColumns.filter((c) => c in row).join(', ');
            const { outcome, rows } = await attempt(
              `insert into ${t.name} (${names}) select ${names} from json_populate_record(null::${t.name}, ${lit(JSON.stringify(row))}::json) returning ${t.key} as key`,
            );
            record(t, copy.inside ? 'insert inside' : 'insert outside', outcome);
            if (!copy.inside && outcome !== 'rls')
              fail(`insert into ${t.name} of a row of ${describeKey(w, rowKey(row))} not refused by RLS: ${outcome}`);
            if (copy.inside && (outcome === 'rls' || outcome === 'denied'))
              fail(`insert into ${t.name} inside the scope (${describeKey(w, rowKey(row))}) refused: ${outcome}`);
            for (const r of rows) if (!ws(r.key)) fail(`insert into ${t.name} wrote a row of ${describeKey(w, r.key)}`);
          }
        // Move a row of the scope out of it (WITH CHECK refuses).
        const to = plan.moveTo.get(t.name);
        if (t.grants.has('UPDATE') && to) {
          const set =
            t.key === TRIPLE_KEY
              ? `bureau_id = ${lit(to.bureauId)}, district_id = ${lit(to.districtId)}, school_id = ${lit(to.schoolId)}`
              : `bureau_id = ${lit(to.bureauId)}`;
          const { outcome, rows } = await attempt(
            `update ${t.name} set ${set} where ctid = (select ctid from ${t.name} limit 1) returning ${t.key} as key`,
          );
          record(t, outcome === 'rows' && !rows.length ? 'move out (no row in scope)' : 'move out', outcome);
          if (rows.length) fail(`moved a ${t.name} row out of the scope, to ${describeKey(w, rows[0].key)}`);
          else if (outcome !== 'rows' && outcome !== 'rls') fail(`moving a ${t.name} row out: ${outcome}`);
        }
      }

      // DELETE with no WHERE of ours, children first and cumulatively (all rolled back below).
      for (const t of tables.filter((x) => x.grants.has('DELETE'))) {
        const ws = writeScope(t, e);
        const guard = t.deleteGuards
          .map(
            (g) =>
              `not exists (select 1 from ${g.child} g where ${g.pairs.map(([c, p]) => `g.${c} = ${t.name}.${p}`).join(' and ')})`,
          )
          .join(' and ');
        const { outcome, rows } = await attempt(
          `with d as (delete from ${t.name}${guard ? ` where ${guard}` : ''} returning ${t.key} as key)
           select key, count(*)::int as n from d group by key`,
          true,
        );
        record(t, 'delete', outcome);
        if (outcome !== 'rows') fail(`delete from ${t.name}: ${outcome}`);
        for (const r of rows)
          if (!ws(r.key))
            fail(`delete from ${t.name} removed ${r.n} row(s) outside the scope, of ${describeKey(w, r.key)}`);
      }
      throw new RolledBack();
    });
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
  return { cases, problems, outcomes, meaningful };
}

function describeTarget(w: World, id: string): string {
  const o = w.org.get(id);
  if (o) return `${o.name} (${o.level})`;
  const r = w.records.get(id);
  if (r) return `${r.table} of ${w.org.get(r.schoolId)?.name}`;
  return `unknown id ${id}`;
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function login(url: string, username: string): Promise<string> {
  const r = await post(url, LOGIN, { u: username, p: DEMO_PASSWORD });
  const token = (r.body.data?.login as { token: string } | undefined)?.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(r.body.errors)}`);
  return token;
}

const tallyUp = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

type Account = { actor: Actor; user: UserRow; token: string };

interface ApiRun {
  cases: number;
  requests: number;
  sessionsRenewed: number;
  ms: number;
  problems: string[];
  tally: Map<string, number>;
  withData: Map<string, number>;
}

/** The API half: every case sent, judged against can()/visibleTo, every answer scanned. */
async function runApi(w: World, accounts: Map<string, Account>, url: string): Promise<ApiRun> {
  const started = Date.now();
  const cases = generateApiCases(w, accounts, rngFor(`${SEED}:api`));
  const problems: string[] = [];
  const tally = new Map<string, number>();
  const withData = new Map<string, number>();
  let requests = 0;
  let sessionsRenewed = 0;

  const judge = (c: ApiCase, data: unknown, code: string | undefined, message?: string) => {
    const on = c.targetId ? describeTarget(w, c.targetId) : '-';
    const label = `${c.root.type}.${c.root.field.name} as ${c.who} on ${on} ${JSON.stringify(c.args).slice(0, 200)}`;
    tallyUp(tally, `${c.expected} → ${code ?? 'data'}`);
    if (c.expected !== 'ALLOWED') {
      if (code !== c.expected || data != null)
        problems.push(
          `${label}: expected ${c.expected} and no data, got ${code ?? 'no error'} ${JSON.stringify(data)?.slice(0, 160)}`,
        );
    } else if (code && !['BAD_USER_INPUT', 'NOT_FOUND'].includes(code)) {
      problems.push(`${label}: allowed by can() but answered ${code} (${message})`);
    } else if (!code && data == null && c.root.field.name !== 'me') {
      problems.push(`${label}: allowed, yet neither an error nor data`);
    }
    if (data != null) tallyUp(withData, `${c.root.type}.${c.root.field.name}`);
    const leaks: string[] = [];
    const target = c.expected === 'ALLOWED' ? c.target : null;
    scan(data, { w, actor: accounts.get(c.who)!.actor, target, sent: sentValues(c.args) }, c.root.field.name, leaks);
    for (const l of leaks) problems.push(`${label}: LEAK ${l}`);
  };

  // Other suites end demo accounts' sessions now and then (expiry tests): log in again and resend.
  const relogins = new Map<string, Promise<string>>();
  const send = async (batch: ApiCase[], tries = 0): Promise<void> => {
    const { query, variables } = batchOperation(batch);
    const account = accounts.get(batch[0].who)!;
    const { actor, token } = account;
    const r = await post(url, query, variables, token);
    requests++;
    const errors = r.body.errors ?? [];
    if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && tries < 3) {
      if (account.token === token) {
        if (!relogins.has(batch[0].who)) {
          sessionsRenewed++;
          relogins.set(
            batch[0].who,
            login(url, batch[0].who).finally(() => relogins.delete(batch[0].who)),
          );
        }
        account.token = await relogins.get(batch[0].who)!;
      }
      return send(batch, tries + 1);
    }
    if (errors.length && batch.length > 1) {
      // An error nulls every answer of the request: ask one by one.
      for (const c of batch) await send([c]);
      return;
    }
    // The errors themselves must carry nothing outside the scope either.
    const leaks: string[] = [];
    scan(errors, { w, actor, target: null, sent: sentValues(variables) }, 'errors', leaks);
    for (const l of leaks) problems.push(`${batch[0].who}: LEAK in an error ${l}`);
    const [c] = batch;
    if (batch.length === 1) {
      const e = errors[0];
      judge(c, r.body.data?.c0 ?? null, e ? (e.extensions?.code ?? 'NO CODE') : undefined, e?.message);
    } else batch.forEach((x, i) => judge(x, r.body.data?.[`c${i}`] ?? null, undefined));
  };
  await inParallel(batches(cases, 10), CONCURRENCY, send);
  return { cases: cases.length, requests, sessionsRenewed, ms: Date.now() - started, problems, tally, withData };
}

interface RlsRun {
  cases: number;
  actors: number;
  retries: number;
  ms: number;
  tables: RlsTable[];
  problems: string[];
  outcomes: Map<string, number>;
  meaningful: Map<string, number>;
}

/** The RLS half: the demo accounts, an actor without a role, then synthetic actors up to the budget. */
async function runRls(orm: MikroORM, w: World, accounts: Map<string, Account>): Promise<RlsRun> {
  const started = Date.now();
  const rng = rngFor(`${SEED}:rls`);
  const tables = await loadTables();
  // One row of each table at each organisation, to copy into other scopes.
  const samples = await withOwner(async (c) => {
    const out = new Map<string, [string, Record<string, unknown>][]>();
    for (const t of tables.filter((x) => x.grants.has('INSERT'))) {
      const rows = (
        await c.query(
          `select distinct on (${t.key}) ${t.key} as key, row_to_json(x) as row from ${t.name} x order by ${t.key}, ${t.insertColumns[0]}`,
        )
      ).rows as { key: string; row: Record<string, unknown> }[];
      out.set(
        t.name,
        rows.map((r) => [r.key, r.row]),
      );
    }
    return out;
  });

  const plan = (label: string, actor: Actor): RlsPlan => {
    const e = expectedScope(w, actor);
    const inserts = new Map<string, { inside: boolean; row: Record<string, unknown> }[]>();
    const moveTo = new Map<string, OrgRef | null>();
    for (const t of tables) {
      const ws = writeScope(t, e);
      const rows = samples.get(t.name) ?? [];
      const fresh = (row: Record<string, unknown>) => (t.hasId ? { ...row, id: uuidFrom(rng) } : row);
      const outside = rows.filter(([k]) => !ws(k));
      const inside = rows.filter(([k]) => ws(k));
      inserts.set(t.name, [
        ...(outside.length ? [{ inside: false, row: fresh(rng.pick(outside)[1]) }] : []),
        ...(inside.length ? [{ inside: true, row: fresh(rng.pick(inside)[1]) }] : []),
      ]);
      const away = w.orgs.filter((o) => o.level === t.rowLevel && !ws(orgKey(o)));
      moveTo.set(t.name, away.length ? rng.pick(away) : null);
    }
    return { label, actor, inserts, moveTo };
  };
  // Synthetic actors: one to three roles at random organisations of either bureau; now and then
  // a role at an organisation that does not exist, or at a level it does not belong to.
  const synthetic = (): Actor => {
    const roles = Array.from({ length: rng.pick([1, 1, 1, 2, 2, 3]) }, () => {
      const real = rng.pick(w.orgs);
      const org: OrgRef = rng.chance(0.04) ? { ...real, id: uuidFrom(rng) } : real;
      const fitting = ROLES.filter((r) => ROLE_LEVEL[r] === org.level);
      return { role: rng.chance(0.05) ? rng.pick(ROLES) : rng.pick(fitting), org };
    });
    const user = rng.chance(0.5) ? rng.pick(w.users) : null;
    return { userId: user?.id ?? uuidFrom(rng), personId: user?.personId ?? null, roles };
  };

  const run: RlsRun = {
    cases: 0,
    actors: 0,
    retries: 0,
    ms: 0,
    tables,
    problems: [],
    outcomes: new Map(),
    meaningful: new Map(),
  };
  const once = async (p: RlsPlan) => {
    for (let tries = 0; ; tries++) {
      try {
        const r = await runActor(orm, w, tables, p);
        run.actors++;
        run.cases += r.cases;
        run.problems.push(...r.problems);
        for (const o of r.outcomes) tallyUp(run.outcomes, o);
        for (const t of r.meaningful) tallyUp(run.meaningful, t);
        return;
      } catch (err) {
        if (!(err instanceof LockBusy) || tries >= 40) throw err;
        run.retries++;
        await new Promise((resolve) => setTimeout(resolve, 20 + 20 * tries));
      }
    }
  };
  for (const [username, a] of accounts) await once(plan(username, a.actor));
  await once(plan('no role', { userId: uuidFrom(rng), personId: null, roles: [] }));
  for (let n = 1; run.cases < RLS_CASES; n++) await once(plan(`synthetic #${n}`, synthetic()));
  run.ms = Date.now() - started;
  return run;
}

// ---------------------------------------------------------------------------------------------

describe('isolation fuzz', () => {
  let orm: MikroORM;
  let app: RunningApp;
  let w: World;
  const accounts = new Map<string, Account>();
  // The two halves, one after the other (side by side they only compete for this process and
  // PostgreSQL); each test awaits its own.
  let api: Promise<ApiRun>;
  let rls: Promise<RlsRun>;
  const started = Date.now();

  const stackTraceLimit = Error.stackTraceLimit;
  beforeAll(async () => {
    // Every refusal builds errors, and under jest each stack frame is source-mapped: a short
    // stack keeps the fuzz's own API instance from spending its time there.
    Error.stackTraceLimit = 4;
    w = await loadWorld(RECORD_TABLES);
    orm = await initOrm(process.env.DJT_TEST_SEEDED_APP_URL!);
    const base = readConfig({});
    // An API instance of its own on loopback (same code and database, rate limits off): the
    // shared test server's per-user limits stay for the other suites.
    app = await startApp(orm, {
      ...base,
      host: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      today: today(),
      webDist: undefined,
      rateLimits: { ...base.rateLimits, enabled: false },
    });
    for (const a of DEMO_ACCOUNTS) {
      const user = w.users.find((u) => u.username === a.username)!;
      accounts.set(a.username, { actor: actorOf(w, user), user, token: await login(app.url, a.username) });
    }
    api = runApi(w, accounts, app.url);
    rls = api.catch(() => undefined).then(() => runRls(orm, w, accounts));
    // Awaited by the tests; until then a failure must not count as unhandled.
    api.catch(() => undefined);
    rls.catch(() => undefined);
  });
  afterAll(async () => {
    await Promise.allSettled([api, rls]);
    Error.stackTraceLimit = stackTraceLimit;
    agent.destroy();
    await app?.close();
    await orm?.close();
    const [a, r] = await Promise.allSettled([api, rls]);
    const lines = [`isolation fuzz, seed "${SEED}" (DJT_FUZZ_SEED), ${Date.now() - started} ms in all`];
    if (a?.status === 'fulfilled' && a.value)
      lines.push(
        `API: ${a.value.cases} cases (${accounts.size} accounts × ${ROOTS.length} root fields × targets) in ${a.value.requests} requests, ${a.value.ms} ms (${a.value.sessionsRenewed} sessions renewed)`,
        ...[...a.value.tally].sort().map(([k, n]) => `  ${k}: ${n}`),
      );
    if (r?.status === 'fulfilled' && r.value)
      lines.push(
        `RLS alone: ${r.value.cases} cases (${r.value.actors} actors × ${r.value.tables.length} tables × select/update/insert/move/delete) in ${r.value.ms} ms, ${r.value.retries} retries on a busy row`,
        ...[...r.value.outcomes].sort().map(([k, n]) => `  ${k}: ${n}`),
        `  actors with rows outside their scope to see, by table: ${r.value.tables.map((t) => `${t.name} ${r.value.meaningful.get(t.name) ?? 0}/${r.value.actors}`).join(', ')}`,
      );
    console.log(lines.join('\n'));
  });

  test(
    'through the API: every refusal is the one can() and visibleTo give, every answer stays inside the scope',
    async () => {
      const { cases, problems, tally, withData } = await api;
      expect({ problems: problems.length, first: problems.slice(0, SHOWN) }).toEqual({ problems: 0, first: [] });
      expect(cases).toBeGreaterThanOrEqual(API_CASES);
      // Not vacuous: refusals of both kinds and answers, and every query answered with data somewhere.
      const kinds = ['NOT_FOUND → NOT_FOUND', 'FORBIDDEN → FORBIDDEN', 'ALLOWED → data'];
      expect(kinds.filter((k) => (tally.get(k) ?? 0) < Math.min(100, API_CASES / 20))).toEqual([]);
      const queries = ROOTS.filter((r) => r.type === 'Query').map((r) => `Query.${r.field.name}`);
      expect(queries.filter((f) => !withData.get(f))).toEqual([]);
    },
    120_000 * SCALE,
  );

  test(
    'with the application filter off, RLS alone shows, changes, inserts and deletes 0 rows outside the scope computed from the organisation tree',
    async () => {
      const { cases, actors, tables, problems, meaningful } = await rls;
      expect({ problems: problems.length, first: problems.slice(0, SHOWN) }).toEqual({ problems: 0, first: [] });
      expect(cases).toBeGreaterThanOrEqual(RLS_CASES);
      // The check can fail: in every table, most actors have rows outside their scope to see (not
      // all: an actor with roles in both bureaus reads both settings rows).
      expect(tables.filter((t) => (meaningful.get(t.name) ?? 0) < 0.6 * actors).map((t) => t.name)).toEqual([]);
    },
    120_000 * SCALE,
  );

  test('the leak scan can fail: answers scanned for an actor who may not see them are flagged', async () => {
    await Promise.allSettled([api, rls]);
    const bureauAdmin = accounts.get('bureau_admin')!;
    const school = accounts.get('schoolc_secretary')!;
    const bureau = school.actor.roles[0].org.bureauId;
    const c: ApiCase = {
      who: 'bureau_admin',
      root: ROOTS.find((r) => r.field.name === 'compliance')!,
      targetId: bureau,
      args: { scopeId: bureau },
      expected: 'ALLOWED',
      target: w.org.get(bureau)!,
    };
    const { query, variables } = batchOperation([c]);
    const r = await post(app.url, query, variables, bureauAdmin.token);
    expect(r.body.errors).toBeUndefined();
    const leaks: string[] = [];
    const asSchool = { w, actor: school.actor, target: school.actor.roles[0].org, sent: new Set<string>() };
    scan(r.body.data, asSchool, 'compliance', leaks);
    // expected: the other schools' ids and names
    expect(leaks.length).toBeGreaterThan(10);
    const schoolA = accounts.get('school_secretary')!;
    const p: ApiCase = {
      ...c,
      who: 'school_secretary',
      root: ROOTS.find((x) => x.field.name === 'people')!,
      args: { schoolId: schoolA.actor.roles[0].org.id, limit: 200 },
    };
    const op = batchOperation([p]);
    const answer = await post(app.url, op.query, op.variables, schoolA.token);
    const phones: string[] = [];
    const asDistrict = { w, actor: accounts.get('district_admin')!.actor, target: null, sent: new Set<string>() };
    scan(answer.body.data, asDistrict, 'people', phones);
    // expected: the phones the school sees unmasked are flagged for the district
    expect(phones.some((l) => /unmasked phone/.test(l))).toBe(true);
  });
});
