/** All runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  /** Session lifetime in minutes (absolute), renewed by activity up to this length. */
  sessionMinutes: number;
  /** Failed logins before an account is locked, and for how long. */
  maxFailedLogins: number;
  lockMinutes: number;
  /** The bureau's time zone: decides "today" and so whether a month is over. */
  timeZone: string;
  /** Fixed "today" (YYYY-MM-DD) for reproducible demos and tests; unset in production. */
  today?: string;
  /** Report the number of SQL statements of each request in the x-sql-count header (benchmarks). */
  countSql: boolean;
  /**
   * Keep the compliance facts in step with each record change (default). Off only to measure
   * what the maintenance costs (benchmarks): dashboards are then stale until facts:rebuild.
   */
  factsIncremental: boolean;
  /**
   * Dashboard answers kept in memory, in cells (schools × periods × rules), DJT_COMPLIANCE_CACHE_CELLS;
   * 0 turns the cache off (core/compliance/compliance.cache.ts). The default (1 million, about
   * 50 MB) holds the large demo bureau's comparisons and ranking many times over.
   */
  complianceCacheCells: number;
  /** On SIGTERM, how long to keep answering (readiness 503) before closing (DJT_SHUTDOWN_DRAIN_MS). */
  shutdownDrainMs: number;
  /** Rate limits per minute (DJT_RATE_LIMITS=off disables them, e.g. for benchmarks). */
  rateLimits: {
    enabled: boolean;
    keyPrefix: string;
    perMinute: { loginAccount: number; loginIp: number; mutation: number; dashboard: number };
  };
  /** Express 'trust proxy' (DJT_TRUST_PROXY, e.g. 1 behind one reverse proxy): the client's IP. */
  trustProxy: string | number | boolean;
  /** Redis for shared rate-limit counts across API processes; in memory when unset. */
  redisUrl?: string;
  /** pino level of the structured logs (DJT_LOG_LEVEL): info logs one line per request. */
  logLevel: string;
  /** Serve the web client's production build from this folder when it exists. */
  webDist?: string;
  /**
   * Read replicas (db/replicas.ts): the application role's URLs (DATABASE_REPLICA_URLS,
   * comma-separated; empty: everything on the primary, as without replicas); a user's own writes
   * stick to them, and replicas further behind are skipped, for maxLagMs (DJT_REPLICA_MAX_LAG_MS);
   * WAL positions are sampled every checkMs (DJT_REPLICA_CHECK_MS).
   */
  replicas: { urls: string[]; maxLagMs: number; checkMs: number };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    sessionMinutes: Number(env.DJT_SESSION_MINUTES ?? 8 * 60),
    maxFailedLogins: Number(env.DJT_MAX_FAILED_LOGINS ?? 5),
    lockMinutes: Number(env.DJT_LOCK_MINUTES ?? 15),
    timeZone: env.DJT_TIME_ZONE ?? 'Asia/Shanghai',
    today: env.DJT_TODAY || undefined,
    countSql: env.DJT_COUNT_SQL === '1',
    factsIncremental: env.DJT_FACTS_INCREMENTAL !== 'off',
    complianceCacheCells: Number(env.DJT_COMPLIANCE_CACHE_CELLS ?? 1_000_000),
    logLevel: env.DJT_LOG_LEVEL ?? 'info',
    rateLimits: {
      enabled: env.DJT_RATE_LIMITS !== 'off',
      keyPrefix: env.DJT_RATE_KEY_PREFIX ?? 'djt-rl',
      perMinute: {
        loginAccount: Number(env.DJT_RATE_LOGIN_ACCOUNT ?? 10),
        loginIp: Number(env.DJT_RATE_LOGIN_IP ?? 300),
        mutation: Number(env.DJT_RATE_MUTATIONS ?? 300),
        dashboard: Number(env.DJT_RATE_DASHBOARDS ?? 120),
      },
    },
    redisUrl: env.REDIS_URL || undefined,
    trustProxy: env.DJT_TRUST_PROXY
      ? /^\d+$/.test(env.DJT_TRUST_PROXY)
        ? Number(env.DJT_TRUST_PROXY)
        : env.DJT_TRUST_PROXY
      : false,
    shutdownDrainMs: Number(env.DJT_SHUTDOWN_DRAIN_MS ?? 1000),
    replicas: {
      urls: (env.DATABASE_REPLICA_URLS ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
      maxLagMs: Number(env.DJT_REPLICA_MAX_LAG_MS ?? 5000),
      checkMs: Number(env.DJT_REPLICA_CHECK_MS ?? 250),
    },
  };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the given time zone as YYYY-MM-DD (formatters are cached: costly to build). */
export function todayIn(timeZone: string, fixed?: string): string {
  if (fixed) return fixed;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date());
}
