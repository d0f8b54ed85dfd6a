import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';

/**
 * Computed dashboard answers (a comparison, a ranking) kept in memory, keyed by what they are
 * computed from: the scope, the rules, the window, today, and the bureau's compliance version
 * (compliance_version, bumped at the commit of every change to the bureau's facts, settings or
 * organisations; migration 20261128000000). A read after any change sees a new version and
 * computes afresh, so a user always sees their own writes, in every API process; other reads
 * cost one statement and a lookup.
 *
 * An answer is keyed by its scope, never by its user: the permission rule lets only users who
 * see the whole scope ask for it, and under row-level security every one of them computes the
 * same answer. Language-dependent texts are applied after the cache, by the resolver.
 *
 * Bounded by size (an answer weighs its number of cells, schools × periods), least recently used
 * first out; a bureau's answers of older versions are dropped as soon as a newer version is seen.
 * Concurrent misses of one key compute once.
 */
export class ComplianceCache {
  private readonly lru: LRUCache<string, { value: unknown }>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  /** Per bureau: the newest version seen and the keys stored under it. */
  private readonly current = new Map<string, { version: bigint; keys: Set<string> }>();
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    /** Cells (schools × periods × rules) kept at most; 0 turns the cache off. */
    readonly maxCells: number,
  ) {
    this.lru = new LRUCache({ maxSize: Math.max(1, maxCells) });
  }

  /** The bureau's compliance version as the caller's transaction sees it; null outside its scope. */
  static async version(em: EntityManager, bureauId: string): Promise<string | null> {
    const [row] = await em.execute<{ v: string | null }[]>('select app_compliance_version(?) as v', [bureauId]);
    return row?.v ?? null;
  }

  /**
   * The cached answer for `key` under the bureau's current version, or `compute()`'s, stored with
   * the weight `cells(answer)`.
   */
  async get<T>(
    em: EntityManager,
    bureauId: string,
    key: string,
    cells: (value: T) => number,
    compute: () => Promise<T>,
  ): Promise<T> {
    if (this.maxCells <= 0) return compute();
    const version = await ComplianceCache.version(em, bureauId);
    if (version == null) return compute();
    // A newer version makes the bureau's older answers useless: drop them at once rather than
    // let them age out (a busy bureau would otherwise fill the memory with stale answers).
    const v = BigInt(version);
    let mine = this.current.get(bureauId);
    if (!mine || v > mine.version) {
      for (const k of mine?.keys ?? []) this.lru.delete(k);
      mine = { version: v, keys: new Set() };
      this.current.set(bureauId, mine);
    }
    // A transaction that still sees an older version computes without storing.
    if (v < mine.version) return compute();
    const full = `${bureauId}|${version}|${key}`;
    const hit = this.lru.get(full);
    if (hit) {
      this.stats.hits++;
      return hit.value as T;
    }
    const running = this.inflight.get(full);
    if (running) {
      this.stats.hits++;
      return running as Promise<T>;
    }
    this.stats.misses++;
    const promise = compute().then(
      (value) => {
        const size = Math.max(1, cells(value));
        if (size <= this.maxCells && this.current.get(bureauId)?.version === v) {
          this.lru.set(full, { value }, { size });
          this.current.get(bureauId)!.keys.add(full);
        }
        this.inflight.delete(full);
        return value;
      },
      (e: unknown) => {
        this.inflight.delete(full);
        throw e;
      },
    );
    this.inflight.set(full, promise);
    return promise;
  }

  clear(): void {
    this.lru.clear();
    this.current.clear();
  }
}
