import http from 'node:http';
import autocannon from 'autocannon';
import type { Pool } from 'pg';

/** Latency and throughput of one scenario. */
export interface Figures {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Figures of a list of response times (ms) measured over `seconds`. */
export function figuresOf(latencies: number[], seconds: number, errors = 0): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    rps: sorted.length / seconds,
    requests: sorted.length,
    errors,
  };
}

export interface GqlResult<T> {
  data: T;
  sqlCount: number;
  bytes: number;
  ms: number;
}

/** One GraphQL request over loopback; throws on a GraphQL or HTTP error. */
export async function gql<T = Record<string, unknown>>(
  port: number,
  token: string | null,
  query: string,
  variables: object = {},
): Promise<GqlResult<T>> {
  const started = process.hrtime.bigint();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const body = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (body.errors || !res.ok)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? text.slice(0, 300))}`);
  return { data: body.data!, sqlCount: Number(res.headers.get('x-sql-count')), bytes: Buffer.byteLength(text), ms };
}

/**
 * Loads one GraphQL request with autocannon for `seconds` over `connections` keep-alive
 * connections (each sends its next request when the previous answer arrived), keeping every
 * response time for the percentiles.
 */
export async function loadHttp(opts: {
  port: number;
  token: string;
  query: string;
  variables: object;
  connections: number;
  seconds: number;
}): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${opts.port}/graphql`,
        method: 'POST',
        connections: opts.connections,
        duration: opts.seconds,
        timeout: 30,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
        body: JSON.stringify({ query: opts.query, variables: opts.variables }),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return figuresOf(latencies, opts.seconds, result.errors + result.non2xx);
}

/** Runs one SQL statement back to back on `connections` pooled connections for `seconds`. */
export async function loadSql(opts: {
  pool: Pool;
  sql: string;
  params: unknown[];
  connections: number;
  seconds: number;
}): Promise<Figures> {
  const latencies: number[] = [];
  const end = Date.now() + opts.seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await opts.pool.query(opts.sql, opts.params);
        } catch {
          errors++;
        }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return figuresOf(latencies, opts.seconds, errors);
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** A POST over one keep-alive loopback connection; resolves with the status and the whole body. */
export function httpPost(
  port: number,
  urlPath: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: 'POST',
        agent: keepAlive,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A GraphQL request as a task for `alternate`: fails on an HTTP or GraphQL error. */
export function gqlTask(port: number, token: string, query: string, variables: object): () => Promise<void> {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return async () => {
    const res = await httpPost(port, '/graphql', body, headers);
    if (res.status !== 200 || res.body.includes('"errors":[{')) throw new Error(res.body.slice(0, 300));
  };
}

/**
 * One connection: runs the tasks one after the other, round after round, for `seconds` and at
 * least `minRounds` rounds (but never longer than `seconds` × 6, nor more than 100,000 rounds),
 * timing each. Alternating tasks (the API and its SQL floor) puts them under the same machine
 * load, which matters on a shared 2-core machine. The req/s reported is what one connection gets
 * from that task alone: requests / time spent in it.
 */
export async function alternate(
  seconds: number,
  tasks: Record<string, () => Promise<unknown>>,
  minRounds = 20,
): Promise<Record<string, Figures>> {
  const names = Object.keys(tasks);
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  const errors = Object.fromEntries(names.map((n) => [n, 0]));
  const start = Date.now();
  const more = (round: number) => {
    const elapsed = Date.now() - start;
    if (round >= 100_000 || elapsed >= seconds * 6000) return false;
    return elapsed < seconds * 1000 || round < minRounds;
  };
  for (let round = 0; more(round); round++) {
    for (const n of names) {
      const t = process.hrtime.bigint();
      try {
        await tasks[n]();
      } catch (err) {
        if (errors[n]++ === 0) console.error(`${n}: ${(err as Error).message}`);
      }
      times[n].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const f = figuresOf(times[n], 1, errors[n]);
      const busy = times[n].reduce((s, x) => s + x, 0) / 1000;
      return [n, { ...f, rps: busy ? f.requests / busy : 0 }];
    }),
  );
}
