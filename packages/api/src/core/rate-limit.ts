import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/config';
import { DomainError } from './errors';
import { logger } from './logger';

/**
 * Rate limits (rate-limiter-flexible), per minute: login attempts per account and per IP,
 * mutations per user, the expensive dashboard queries per user. In memory by default; in Redis
 * when REDIS_URL is set, so several API processes share the counts. A refusal is RATE_LIMITED
 * with `retryAfter` seconds.
 */
export type LimitKind = 'loginAccount' | 'loginIp' | 'mutation' | 'dashboard';

export interface RateLimitConfig {
  enabled: boolean;
  redisUrl?: string;
  /** Prefix of the counters' keys (several deployments can share one Redis). */
  keyPrefix: string;
  /** Points per minute of each kind. */
  perMinute: Record<LimitKind, number>;
}

export class RateLimits {
  private readonly limiters: Record<LimitKind, RateLimiterAbstract>;
  private readonly redis: Redis | null;

  constructor(readonly config: RateLimitConfig) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : null;
    this.redis?.on('error', (e: Error) => logger.warn({ error: e.name }, 'redis for rate limits unavailable'));
    const make = (kind: LimitKind) => {
      const opts = { keyPrefix: `${config.keyPrefix}-${kind}`, points: config.perMinute[kind], duration: 60 };
      // If Redis is briefly unreachable, fall back to in-process counts rather than refuse everyone.
      return this.redis
        ? new RateLimiterRedis({ ...opts, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
    };
    this.limiters = {
      loginAccount: make('loginAccount'),
      loginIp: make('loginIp'),
      mutation: make('mutation'),
      dashboard: make('dashboard'),
    };
  }

  /**
   * Resolves once Redis is connected (at most `ms` later; at once without Redis). The server waits
   * for it before it listens: without an offline queue, commands sent before the connection is up
   * fail over to the in-process counters, and counts split between the two would let a client
   * past the limit.
   */
  async ready(ms = 3000): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), ms);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      redis.on('ready', onReady);
    });
  }

  /** Counts one use; throws RATE_LIMITED (with retryAfter) when the minute's points are spent. */
  async consume(kind: LimitKind, key: string): Promise<void> {
    if (!this.config.enabled) return;
    try {
      await this.limiters[kind].consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        throw new DomainError('RATE_LIMITED', { retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) });
      }
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}

export function rateLimitConfig(config: AppConfig): RateLimitConfig {
  return {
    enabled: config.rateLimits.enabled,
    redisUrl: config.redisUrl,
    keyPrefix: config.rateLimits.keyPrefix,
    perMinute: config.rateLimits.perMinute,
  };
}
