import fs from 'node:fs';
import path from 'node:path';

/** A V8 CPU profile (node --cpu-prof), the parts read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a profiled function belongs, by its script's path. */
const AREAS: [RegExp, string][] = [
  [/^\(garbage collector\)$/, 'garbage collection'],
  [
    /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(pg|pg-protocol|pg-types|postgres-\w+|pgpass)\//,
    'pg driver (protocol, row parsing)',
  ],
  [/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(@mikro-orm|knex)\//, 'MikroORM / knex'],
  [
    /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(graphql-shield|graphql-middleware)\//,
    'graphql-shield / middleware',
  ],
  [/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?type-graphql\//, 'type-graphql'],
  [/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?graphql\//, 'graphql-js (execution, result building)'],
  [/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(@apollo|@as-integrations|@escape\.tech)\//, 'Apollo Server / armor'],
  [
    /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(express|body-parser|router|raw-body|cookie-parser|iconv-lite)\//,
    'Express / body parsing',
  ],
  [/packages\/api\/dist\/core\/compliance\//, 'compliance read (API code)'],
  [/packages\/shared\//, '@djt/shared (rules, statuses)'],
  [/packages\/api\/dist\//, 'other API code'],
  [/^node:|^internal\/|^$/, 'Node internals (HTTP, streams, JSON, …)'],
];

function areaOf(fn: string, url: string): string {
  if (fn === '(idle)' || fn === '(program)' || fn === '(root)') return fn;
  if (fn === '(garbage collector)') return 'garbage collection';
  for (const [re, name] of AREAS) if (re.test(url)) return name;
  return 'other libraries';
}

export interface ProfileSummary {
  /** ms of CPU (not idle) sampled in the API process. */
  busyMs: number;
  areas: { area: string; ms: number; share: number }[];
  functions: { name: string; ms: number; share: number }[];
}

/** Self time by area and the heaviest functions of the newest .cpuprofile in `dir`. */
export function summariseProfile(dir: string, top = 12): ProfileSummary | null {
  if (!fs.existsSync(dir)) return null;
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!file) return null;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of self) {
    const cf = byId.get(id)!;
    const area = areaOf(cf.functionName, cf.url);
    if (area.startsWith('(')) continue;
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = cf.url
      ? `${cf.url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*packages\//, '')}:${cf.lineNumber + 1}`
      : '';
    const name = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    fns.set(name, (fns.get(name) ?? 0) + ms);
  }
  const busyMs = [...areas.values()].reduce((a, b) => a + b, 0);
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    busyMs,
    areas: sorted(areas).map(([area, ms]) => ({ area, ms, share: ms / busyMs })),
    functions: sorted(fns)
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / busyMs })),
  };
}
