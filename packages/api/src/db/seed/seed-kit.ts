/**
 * The seed kit: how a record module adds its rows to the demo data set.
 *
 * The core (demo-data.ts) builds the organisations, the people of every school and the demo
 * accounts. Each record module contributes its own rows through a `SeedContributor` (its
 * module descriptor's `seed` entry): the core calls `generate` once per district, with that
 * district's schools and their people, and the contributor hands rows to `ctx.add(table, row)`.
 * The core buffers the rows and loads them in chunks, in the order of the contributors and of
 * each contributor's `tables`, so a table may reference the core's tables and the tables listed
 * before it.
 *
 * Rules for a contributor:
 * - deterministic: draw randomness only from `ctx.rng(key)` (a stream per key, e.g. per school)
 *   and ids only from `ctx.uuid(key)`; never read the clock (use `ctx.today`, `ctx.timestamp`);
 * - one district at a time: `generate` sees only `ctx.schools` of `ctx.district`, and must not
 *   keep state across calls (the province scale has 10,000 schools and is streamed);
 * - a row is a plain object whose keys are the table's column names; every row of a table has
 *   the same keys (the first row's keys name the columns; columns left out get their defaults).
 *   Values: string, number, boolean, null, Date, or an object/array (stored as JSON).
 */
import type { Gender, PartyPost, PartyStatus, SchoolType } from '@djt/shared';
import { rngFor, uuidFor, type Rng } from './random';

export type DemoScale = 'small' | 'default' | 'large' | 'province';
export const DEMO_SCALES: readonly DemoScale[] = ['small', 'default', 'large', 'province'];

export type SeedValue = string | number | boolean | null | Date | Record<string, unknown> | readonly unknown[];
export type SeedRow = Record<string, SeedValue>;

export interface SeedPerson {
  id: string;
  name: string;
  gender: Gender;
  partyStatus: PartyStatus;
  partyPost: PartyPost | null;
}

export interface SeedOrg {
  id: string;
  name: string;
}

export interface SeedSchool extends SeedOrg {
  type: SchoolType;
  bureauId: string;
  districtId: string;
  /** The bureau's city (江城市), for place names in topics. */
  city: string;
  /** Members and staff; `partyStatus` 'NONE' for staff who are not Party members. */
  people: readonly SeedPerson[];
  /** The school Party organisation's secretary (书记), a full member. */
  secretary: SeedPerson;
  /** The 组织委员, a full member. */
  organisationCommittee: SeedPerson;
  /** The principal: the secretary himself in about a third of the schools (一肩挑). */
  principal: SeedPerson;
}

export interface SeedContext {
  readonly scale: DemoScale;
  /** 'YYYY-MM-DD': nothing is dated after it. */
  readonly today: string;
  /** The months of history ('YYYY-MM'), oldest first, ending with today's month. */
  readonly months: readonly string[];
  readonly bureau: SeedOrg & { city: string };
  readonly district: SeedOrg;
  /** The schools of `district`, with their people. */
  readonly schools: readonly SeedSchool[];
  /** A seeded generator for the key (namespaced by the contributor's name). */
  rng(key: string): Rng;
  /** A stable uuid for the key (namespaced by the contributor's name). */
  uuid(key: string): string;
  /** A record's creation time: `date` at `time` in Asia/Shanghai, or the load time if that is later. */
  timestamp(date: string, time?: string): string;
  /** Adds one row to one of the contributor's `tables`. */
  add(table: string, row: SeedRow): void;
}

export interface SeedContributor {
  /** Unique among contributors; namespaces `ctx.rng` and `ctx.uuid` keys. */
  name: string;
  /** The tables this contributor fills, in insert order. */
  tables: readonly string[];
  generate(ctx: SeedContext): void;
}

/** A contributor's random streams and ids: every key namespaced by its name (the core uses the same). */
export function contributorStreams(name: string): { rng(key: string): Rng; uuid(key: string): string } {
  return { rng: (key) => rngFor(`${name}:${key}`), uuid: (key) => uuidFor(`${name}:${key}`) };
}

/**
 * The rows another contributor adds to one of its tables for this district, by replaying it (a
 * contributor is deterministic and keeps no state, so the replay gives exactly the rows loaded).
 * For a module whose rows reference another module's, e.g. a vote taken at a meeting. The other
 * contributor must come first in the module list, so its rows are loaded before.
 */
export function replayRows(ctx: SeedContext, other: SeedContributor, table: string): SeedRow[] {
  const rows: SeedRow[] = [];
  const streams = contributorStreams(other.name);
  other.generate({
    ...ctx,
    rng: streams.rng,
    uuid: streams.uuid,
    add: (t, row) => {
      if (t === table) rows.push(row);
    },
  });
  return rows;
}

/** The ancestry columns every tenant-owned row carries. */
export function ownedBy(school: SeedSchool): { bureau_id: string; district_id: string; school_id: string } {
  return { bureau_id: school.bureauId, district_id: school.districtId, school_id: school.id };
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers shared by record types that happen on school days

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Mon-Fri days of a month within [from, to], excluding the National Day holiday. */
export function schoolDays(year: number, month: number, from: number, to: number): number[] {
  const days: number[] = [];
  const last = Math.min(to, daysInMonth(year, month));
  for (let d = Math.max(1, from); d <= last; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    if (month === 10 && d <= 7) continue;
    days.push(d);
  }
  return days;
}

/**
 * A school day of `month` ('YYYY-MM'), mostly in the 2nd-4th week and outside the winter
 * vacation; `half` 1 or 2 keeps two events of a month apart (first / second half).
 */
export function pickSchoolDay(rng: Rng, month: string, half: 0 | 1 | 2 = 0): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  let [from, to] = rng.chance(0.85) ? [8, 28] : [1, 31];
  if (m === 2) from = Math.max(from, 16); // winter vacation
  if (m === 1) to = Math.min(to, 20);
  if (half === 1) to = Math.min(to, 15);
  if (half === 2) from = Math.max(from, 16);
  let days = schoolDays(year, m, from, to);
  if (days.length === 0) days = schoolDays(year, m, 1, 31);
  return `${month}-${pad(rng.pick(days))}`;
}
