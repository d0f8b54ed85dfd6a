import { createHash } from 'node:crypto';

/** A seeded pseudo-random source in [0, 1) with a few helpers. */
export interface Rng {
  (): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Fisher-Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast, good enough for demo data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a key string, so every entity gets its own stable stream. */
export function rngFor(key: string): Rng {
  const seed = createHash('sha256').update(key).digest().readUInt32LE(0);
  const next = mulberry32(seed) as Rng;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)];
  next.chance = (p) => next() < p;
  next.shuffle = <T>(items: readonly T[]) => {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  return next;
}

/** A v4-looking uuid derived from a key string (sha1), so ids are stable across runs. */
export function uuidFor(key: string): string {
  const h = createHash('sha1').update(key).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A v4 uuid drawn from a seeded generator: random-looking and deterministic (the same stream
 * gives the same ids). mulberry32 yields whole 32-bit values scaled to [0, 1), so four draws
 * carry 128 bits; the version and variant bits are then set.
 */
export function uuidFrom(rng: Rng): string {
  let h = '';
  for (let i = 0; i < 4; i++)
    h += Math.floor(rng() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
