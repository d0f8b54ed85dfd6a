import type { MikroORM, Options, PostgreSqlConnection } from '@mikro-orm/postgresql';
import { logger } from '../core/logger';
import { describeForLog, isDatabaseUnavailable } from '../core/errors';

/**
 * Read replicas (PostgreSQL hot standbys streaming from the primary): read-only GraphQL
 * operations run their scoped transaction on one, mutations on the primary.
 *
 * MikroORM knows the replicas (`replicas` option, one connection pool each) but is told never to
 * use them by itself (`preferReadReplicas: false`; and MikroORM 6 runs every em.transactional on
 * the primary anyway): the only way onto a replica is `withScope` with a route from this router.
 *
 * Which replica may answer, and when (read-your-writes as GitLab's load balancer does it):
 * - After a mutation commits, the primary's WAL position (pg_current_wal_lsn) is kept for its
 *   user for `maxLagMs`. Until then, that user's reads go to a replica only once it has replayed
 *   that position, else to the primary.
 * - Every replica used must have replayed what the primary had written `maxLagMs` ago (the
 *   "floor": a sample of the primary's position taken at or after that moment). A replica further
 *   behind is skipped for everyone. The two rules together mean a user's own write is visible
 *   to them from the moment their mutation answers, on any replica, after the stickiness ends too.
 * - A monitor samples the primary's position and each replica's replayed position every
 *   `checkMs`; a replica that does not answer is marked down until it answers again.
 * - The scoped transaction on a replica checks its own replayed position in its first statement
 *   (the one that binds the scope: no extra round trip). A replica found behind, down, refusing
 *   connections, or cancelling the statement for a recovery conflict is left for the primary,
 *   which runs the whole operation again, without an error to the user.
 *
 * State is per process (in memory): with several API processes behind a load balancer, a user's
 * next read can reach another process, which does not know their write; see infra/scale-out.md.
 */

export interface ReplicaSettings {
  /** The application role's URLs of the replicas (DATABASE_REPLICA_URLS, comma-separated). */
  urls: string[];
  /** A user's own writes stick to them this long; replicas further behind are skipped. */
  maxLagMs: number;
  /** How often the primary's and each replica's WAL positions are sampled. */
  checkMs: number;
}

/** MikroORM options for the replicas: connection pools only, never used implicitly. */
export function replicaOrmOptions(urls: readonly string[]): Partial<Options> {
  if (!urls.length) return {};
  return {
    replicas: urls.map((clientUrl, i) => ({ name: `replica${i + 1}`, clientUrl })),
    preferReadReplicas: false,
  };
}

/** The replica connections MikroORM made from the `replicas` option (the driver keeps them). */
export function replicaConnections(orm: MikroORM): PostgreSqlConnection[] {
  return (orm.em.getDriver() as unknown as { replicas?: PostgreSqlConnection[] }).replicas ?? [];
}

/** A WAL position ('16/B374D848') as a number. */
export function parseLsn(text: string): bigint {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

export interface Replica {
  /** For logs: replica1, replica2… in the order of DATABASE_REPLICA_URLS. */
  name: string;
  conn: PostgreSqlConnection;
  /** Answered the last check (or has not failed since). */
  up: boolean;
  /** Its replayed WAL position at the last check. */
  replayLsn: bigint | null;
}

/** Where an operation's scoped transaction may run, and what the replica must have replayed. */
export interface ReplicaRoute {
  replica: Replica;
  minLsn: bigint;
}

/** Thrown inside a replica's transaction that has not replayed what the reader must see. */
export class ReplicaBehind extends Error {
  constructor(readonly replica: string) {
    super(`${replica} has not replayed the position this read needs`);
  }
}

/** SQLSTATE codes of a replica refusing connections: it is left aside until it answers a check. */
const REFUSED = new Set([
  '53300', // too_many_connections
  '28000', // invalid_authorization_specification (pg_hba.conf)
  '28P01', // invalid_password
  '3D000', // invalid_catalog_name: no such database there
]);

/** SQLSTATE codes after which the primary answers instead of the replica. */
const RETRY_ON_PRIMARY = new Set([
  '40001', // canceling statement due to conflict with recovery (a standby's serialization_failure)
  '40P01', // the same for a lock conflict with recovery
  '25006', // read_only_sql_transaction: an operation that writes although it is a query (a bug, logged)
]);

/** Beyond any WAL position. */
const NEVER = 0xffffffffffffffffn;

export class ReplicaRouter {
  readonly replicas: Replica[];
  /** Samples of the primary's WAL position, oldest first, none older than maxLagMs. */
  private samples: { at: number; lsn: bigint }[] = [];
  private readonly sticky = new Map<string, { lsn: bigint; until: number }>();
  private timer: NodeJS.Timeout | null = null;
  private readonly inflight = new Map<string, Promise<void>>();
  private next = 0;
  readonly stats = { replica: 0, primary: 0, fallbacks: 0 };

  constructor(
    private readonly orm: MikroORM,
    readonly settings: Pick<ReplicaSettings, 'maxLagMs' | 'checkMs'>,
  ) {
    this.replicas = replicaConnections(orm).map((conn, i) => ({
      name: `replica${i + 1}`,
      conn,
      up: false,
      replayLsn: null,
    }));
  }

  /** A router over the ORM's replicas, checked at once and then every checkMs; null without any. */
  static async start(orm: MikroORM, settings: Pick<ReplicaSettings, 'maxLagMs' | 'checkMs'>) {
    if (!replicaConnections(orm).length) return null;
    const router = new ReplicaRouter(orm, settings);
    await router.check();
    for (const r of router.replicas)
      if (!r.up) logger.warn({ replica: r.name }, 'replica unavailable at start: reads go elsewhere until it answers');
    router.timer = setInterval(() => void router.check(), settings.checkMs);
    router.timer.unref();
    return router;
  }

  stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return Promise.all(this.inflight.values()).then(() => undefined);
  }

  /** The position every replica used must have replayed now: null when unknown (use the primary). */
  floor(now = Date.now()): bigint | null {
    const since = now - this.settings.maxLagMs;
    const sample = this.samples.find((s) => s.at >= since);
    return sample?.lsn ?? null;
  }

  /** The replica for a read by `userId` now, or null for the primary. Round robin among the fit. */
  pick(userId: string | null, now = Date.now()): ReplicaRoute | null {
    const floor = this.floor(now);
    if (floor == null) return null;
    let minLsn = floor;
    const own = userId ? this.sticky.get(userId) : undefined;
    if (own && own.until > now && own.lsn > minLsn) minLsn = own.lsn;
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const replica = this.replicas[(this.next + i) % n];
      if (replica.up && replica.replayLsn != null && replica.replayLsn >= minLsn) {
        this.next = (this.next + i + 1) % n;
        return { replica, minLsn };
      }
    }
    return null;
  }

  /** After a mutation of `userId` committed: the primary's position now, kept for maxLagMs. */
  async noteWrite(userId: string): Promise<void> {
    let lsn: bigint;
    try {
      const [row] = await this.orm.em
        .getConnection()
        .execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      lsn = parseLsn(row.lsn);
    } catch {
      // Position unknown: no replica is fit for this user until the stickiness ends.
      lsn = NEVER;
    }
    // The expiry counts from after the answer: any later sample of the floor is at or past it.
    const until = Date.now() + this.settings.maxLagMs;
    const prev = this.sticky.get(userId);
    this.sticky.set(userId, { lsn: prev && prev.lsn > lsn ? prev.lsn : lsn, until });
  }

  /** The user's kept position, if any (tests). */
  stickyLsn(userId: string): bigint | null {
    const s = this.sticky.get(userId);
    return s && s.until > Date.now() ? s.lsn : null;
  }

  /**
   * Whether a failure on a replica is left for the primary: the replica behind, unreachable or
   * shutting down, or a recovery conflict. Marks an unreachable replica down until it answers a
   * check again.
   */
  retryOnPrimary(replica: Replica, error: unknown): boolean {
    this.stats.fallbacks++;
    if (error instanceof ReplicaBehind) return true;
    const code = sqlStateOf(error);
    if (isDatabaseUnavailable(error) || (code && REFUSED.has(code))) {
      this.setUp(replica, false, error);
      return true;
    }
    if (code && RETRY_ON_PRIMARY.has(code)) {
      const log = code === '25006' ? logger.error.bind(logger) : logger.warn.bind(logger);
      log({ replica: replica.name, sqlState: code }, 'read on a replica failed: answered by the primary');
      return true;
    }
    this.stats.fallbacks--;
    return false;
  }

  /**
   * One round of the monitor: the primary's position, and each replica's, each on its own (a
   * replica that takes the connection timeout to answer delays neither the primary's samples nor
   * the other replicas' checks). A round still running is not started again.
   */
  check(): Promise<void> {
    return Promise.all([
      once(this.inflight, 'primary', () => this.samplePrimary()),
      ...this.replicas.map((r) => once(this.inflight, r.name, () => this.checkReplica(r))),
    ]).then(() => undefined);
  }

  private async samplePrimary(): Promise<void> {
    const at = Date.now();
    try {
      const [row] = await this.orm.em
        .getConnection()
        .execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      this.samples.push({ at, lsn: parseLsn(row.lsn) });
    } catch {
      // The primary is unreachable: no new sample, so the floor ages out and reads go to the
      // primary, which answers 503 as it did without replicas.
    }
    const now = Date.now();
    const since = now - this.settings.maxLagMs;
    while (this.samples.length && this.samples[0].at < since) this.samples.shift();
    for (const [user, s] of this.sticky) if (s.until <= now) this.sticky.delete(user);
  }

  private async checkReplica(replica: Replica): Promise<void> {
    try {
      const [row] = await replica.conn.execute<{ lsn: string | null }[]>(
        'select pg_last_wal_replay_lsn()::text as lsn',
      );
      replica.replayLsn = row.lsn ? parseLsn(row.lsn) : null;
      this.setUp(replica, replica.replayLsn != null, null);
    } catch (e) {
      this.setUp(replica, false, e);
    }
  }

  private setUp(replica: Replica, up: boolean, error: unknown): void {
    if (replica.up === up) return;
    replica.up = up;
    if (up) logger.info({ replica: replica.name }, 'replica answering: reads may use it');
    else
      logger.warn(
        {
          replica: replica.name,
          error:
            error instanceof Error
              ? describeForLog(error).split('\n')[0]
              : error
                ? String((error as { message?: unknown }).message ?? 'unreachable')
                : 'not in recovery',
        },
        'replica unavailable: reads go elsewhere until it answers',
      );
  }
}

/** Runs `fn` unless a run of the same key is still going. */
function once(inflight: Map<string, Promise<void>>, key: string, fn: () => Promise<void>): Promise<void> {
  let running = inflight.get(key);
  if (!running) {
    running = fn().finally(() => inflight.delete(key));
    inflight.set(key, running);
  }
  return running;
}

function sqlStateOf(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    const next = e as { originalError?: unknown; cause?: unknown; previous?: unknown };
    e = next.originalError ?? next.cause ?? next.previous;
  }
  return null;
}
