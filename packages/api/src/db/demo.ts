import { Client } from 'pg';
import { hashPassword } from '../core/auth/password';
import { SEED_CONTRIBUTORS } from '../app/modules';
import { rebuildAllFacts } from '../app/rebuild-facts';
import { initOrm } from './orm';
import {
  DEMO_ACCOUNTS,
  DEMO_IDS,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  isDemoScale,
  seedDemoData,
  type DemoScale,
  type SeedProgress,
  type SeedSummary,
} from './seed/demo-data';
import type { SeedContributor } from './seed/seed-kit';

export { isDemoScale };

/** Every module's demo rows, in the order of the module list. */
const CONTRIBUTORS: readonly SeedContributor[] = SEED_CONTRIBUTORS;

export interface SeedIfEmptyOptions {
  /** Print progress to stderr (default: for the large and province scales). */
  progress?: boolean;
}

/** Loads the demo data set when the database has no organisation yet, then refreshes statistics. */
export async function seedIfEmpty(
  ownerUrl: string,
  scale: DemoScale,
  today: string,
  opts: SeedIfEmptyOptions = {},
): Promise<SeedSummary | null> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    if (!(await isDatabaseEmpty(client))) {
      const { rowCount } = await client.query('select 1 from organisation where id = $1', [DEMO_IDS.bureau]);
      if (!rowCount)
        console.warn(
          'The database holds organisations but not the current demo ids (demo data from an older version?): ' +
            'nothing loaded. Delete the data directory (.local/pg, .local/bench-pg) to load the demo data again.',
        );
      return null;
    }
    const progress = opts.progress ?? (scale === 'large' || scale === 'province');
    const report = progress ? progressReporter(scale) : undefined;
    const summary = await seedDemoData(client, {
      scale,
      today,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      contributors: CONTRIBUTORS,
      onProgress: report?.update,
    });
    // Fresh statistics after a bulk load, or the planner guesses one row per table.
    const analyzeStarted = Date.now();
    report?.line(`analyze …`);
    await client.query('analyze');
    report?.line(`analyze: ${((Date.now() - analyzeStarted) / 1000).toFixed(1)} s`);
    // The dashboards read compliance facts: compute them from the rows just loaded.
    const orm = await initOrm(ownerUrl);
    try {
      const facts = await rebuildAllFacts(orm, (l) => report?.line(l));
      report?.line(`compliance facts: ${fmt(facts.facts)} in ${(facts.ms / 1000).toFixed(1)} s`);
    } finally {
      await orm.close();
    }
    await client.query('analyze compliance_fact');
    return summary;
  } finally {
    await client.end();
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Progress on stderr: one line rewritten in place on a terminal, else a line every 5 seconds.
 * "province: schools 3,400/10,010 · person 102,345 · <table> <rows> · … · 41 s"
 */
function progressReporter(scale: DemoScale) {
  const tty = process.stderr.isTTY;
  let lastPrinted = 0;
  let open = false;
  const write = (text: string, final: boolean) => {
    if (tty) {
      process.stderr.write(`\r${text}\x1b[K${final ? '\n' : ''}`);
      open = !final;
    } else process.stderr.write(`${text}\n`);
  };
  return {
    update(p: SeedProgress) {
      const now = Date.now();
      if (!p.done && !tty && now - lastPrinted < 5_000) return;
      lastPrinted = now;
      const tables = Object.entries(p.rows)
        .filter(([t]) => t !== 'organisation' && t !== 'bureau_settings')
        .map(([t, n]) => `${t} ${fmt(n)}`);
      const head = `${scale}: schools ${fmt(p.schools)}/${fmt(p.totalSchools)}`;
      write([head, ...tables, `${(p.ms / 1000).toFixed(0)} s`].join(' · '), p.done);
    },
    line(text: string) {
      if (open) process.stderr.write('\n');
      open = false;
      process.stderr.write(`${text}\n`);
    },
  };
}

export function demoAccountsText(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(24)} ${a.label}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
