import path from 'node:path';
import { Client } from 'pg';
import { LOCAL_DIR } from '../config/paths';
import { APP_ROLE, withCredentials } from '../db/bootstrap';
import type { EmbeddedDb } from '../db/embedded';
import { startStandby, type Standby } from '../db/standby';
import { startApi, type ApiProcess } from './api-process';
import { alternate, gqlTask, loadHttp, percentile, type Figures } from './load';

/**
 * Read replicas on the large set (issue "Scale-out"): a hot standby of the bench's PostgreSQL is
 * made from a clean copy of its data directory (db/standby.ts), and two API processes are started
 * on the same primary, one reading from the primary only and one with DATABASE_REPLICA_URLS. Their
 * one-connection p50s are compared, alternating the requests so both see the same machine load:
 * - the bureau comparison (all rules, the default first page), and
 * - a school's lists (meetings and the Party-member roster), as the school secretary.
 * The routed API's reads are shown to reach the replica by its own transaction counter.
 * Then the replica's lag: single-row commits on the primary while 8 connections read dashboards
 * from the routed API; for each, the time until the row is visible on the replica.
 */

const COMPARISON = `query($scope: ID!) { compliance(scopeId: $scope) { rules { rule { id } completionRate page { total items { schoolId statuses } } } } }`;
const MEETINGS = `query($s: ID!) { meetings(schoolId: $s, limit: 50) { total items { id kind heldOn presentCount } } }`;
const PEOPLE = `query($s: ID!) { people(schoolId: $s, partyMembersOnly: true, limit: 200) { total items { id name partyStatus } } }`;
const LAG_COMMITS = 500;

export interface RoutingPair {
  primary: Figures;
  routed: Figures;
  /** (routed p50 / primary p50 − 1) × 100. */
  overheadPct: number;
}
export interface ReplicaFigures {
  comparison: RoutingPair;
  lists: RoutingPair;
  /** Transactions the replica committed while the routed API was measured (its reads). */
  replicaTransactions: number;
  lag: { p50: number; p95: number; max: number; commits: number; readRps: number };
  copySeconds: number;
}

async function transactionsOn(url: string, database: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query('select xact_commit::bigint as n from pg_stat_database where datname = $1', [
      database,
    ]);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

function pair(primary: Figures, routed: Figures): RoutingPair {
  return { primary, routed, overheadPct: (routed.p50 / primary.p50 - 1) * 100 };
}

/**
 * Replay lag of `commits` single-row commits on the primary: for each, the time from the commit's
 * return until the row is visible on the standby (polled every 0.5 ms). The rows go to a scratch
 * table of the bench database, dropped afterwards.
 */
async function measureLag(primaryUrl: string, replicaUrl: string, commits: number): Promise<number[]> {
  const primary = new Client({ connectionString: primaryUrl });
  const replica = new Client({ connectionString: replicaUrl });
  await primary.connect();
  await replica.connect();
  const lags: number[] = [];
  try {
    await primary.query('drop table if exists bench_replica_lag; create table bench_replica_lag (n int primary key)');
    const created = Date.now();
    while (!(await replica.query(`select to_regclass('bench_replica_lag') as t`)).rows[0].t) {
      if (Date.now() - created > 30_000) throw new Error('the replica did not replay a create table within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (let i = 0; i < commits; i++) {
      await primary.query('insert into bench_replica_lag values ($1)', [i]);
      const t0 = process.hrtime.bigint();
      const deadline = Date.now() + 10_000;
      while (!(await replica.query('select 1 from bench_replica_lag where n = $1', [i])).rowCount) {
        if (Date.now() > deadline) throw new Error('the replica did not show a committed row within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 0.5));
      }
      lags.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  } finally {
    await primary.query('drop table if exists bench_replica_lag').catch(() => undefined);
    await primary.end();
    await replica.end();
  }
  return lags.sort((a, b) => a - b);
}

export async function measureReplicas(opts: {
  db: EmbeddedDb;
  database: string;
  ownerPassword: string;
  appPassword: string;
  seconds: number;
  bureauId: string;
  schoolId: string;
  login: (port: number, username: string) => Promise<string>;
  log: (text: string) => void;
}): Promise<ReplicaFigures> {
  const { db } = opts;
  const copyStarted = Date.now();
  await db.copyStopped(path.join(LOCAL_DIR, 'bench-pg-replica'));
  const copySeconds = (Date.now() - copyStarted) / 1000;
  let standby: Standby | null = null;
  const apis: ApiProcess[] = [];
  try {
    standby = await startStandby({
      dataDir: path.join(LOCAL_DIR, 'bench-pg-replica'),
      port: db.port + 1,
      primaryPort: db.port,
      password: opts.ownerPassword,
      name: 'djt_bench_replica',
    });
    const replicaAppUrl = withCredentials(standby.ownerUrl(opts.database), APP_ROLE, opts.appPassword);
    const ownerUrl = db.ownerUrl(opts.database);
    const primaryApi = await startApi({ ownerUrl, appPassword: opts.appPassword });
    apis.push(primaryApi);
    const routedApi = await startApi({
      ownerUrl,
      appPassword: opts.appPassword,
      env: { DATABASE_REPLICA_URLS: replicaAppUrl },
    });
    apis.push(routedApi);
    const bureau = await opts.login(primaryApi.port, 'bureau_admin');
    const school = await opts.login(primaryApi.port, 'school_secretary');
    // A login is a write: its user reads from the primary for the stickiness cap (5 s by default).
    await new Promise((resolve) => setTimeout(resolve, 6000));

    const compare = (query: string, token: string, variables: object) => ({
      primary: gqlTask(primaryApi.port, token, query, variables),
      routed: gqlTask(routedApi.port, token, query, variables),
    });
    const cmp = compare(COMPARISON, bureau, { scope: opts.bureauId });
    const meetings = compare(MEETINGS, school, { s: opts.schoolId });
    const people = compare(PEOPLE, school, { s: opts.schoolId });
    const lists = {
      primary: async () => {
        await meetings.primary();
        await people.primary();
      },
      routed: async () => {
        await meetings.routed();
        await people.routed();
      },
    };
    opts.log('replicas: warming both APIs …');
    await alternate(2, { ...cmp, lp: lists.primary, lr: lists.routed }, 10);

    const replicaOwner = standby.ownerUrl('postgres');
    const before = await transactionsOn(replicaOwner, opts.database);
    opts.log(`replicas: the bureau comparison and a school's lists, primary-only vs routed, ${opts.seconds} s …`);
    const figs = await alternate(opts.seconds, {
      cmpPrimary: cmp.primary,
      cmpRouted: cmp.routed,
      listsPrimary: lists.primary,
      listsRouted: lists.routed,
    });
    const replicaTransactions = (await transactionsOn(replicaOwner, opts.database)) - before;

    opts.log(`replicas: replay lag of ${LAG_COMMITS} commits while 8 connections read dashboards from the replica …`);
    const reading = loadHttp({
      port: routedApi.port,
      token: bureau,
      query: COMPARISON,
      variables: { scope: opts.bureauId },
      connections: 8,
      seconds: Math.max(5, opts.seconds),
    });
    const lags = await measureLag(ownerUrl, standby.ownerUrl(opts.database), LAG_COMMITS);
    const read = await reading;
    return {
      comparison: pair(figs.cmpPrimary, figs.cmpRouted),
      lists: pair(figs.listsPrimary, figs.listsRouted),
      replicaTransactions,
      lag: {
        p50: percentile(lags, 50),
        p95: percentile(lags, 95),
        max: lags[lags.length - 1],
        commits: lags.length,
        readRps: read.rps,
      },
      copySeconds,
    };
  } finally {
    for (const api of apis) await api.stop().catch(() => undefined);
    await standby?.stop().catch(() => undefined);
  }
}
