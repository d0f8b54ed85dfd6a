import { Client } from 'pg';
import { hashPassword } from '../core/auth/password';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  seedDemoData,
  type DemoScale,
  type SeedSummary,
} from './seed/demo-data';

/** Loads the demo data set when the database has no organisation yet. */
export async function seedIfEmpty(ownerUrl: string, scale: DemoScale, today: string): Promise<SeedSummary | null> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    if (!(await isDatabaseEmpty(client))) return null;
    const summary = await seedDemoData(client, { scale, today, passwordHash: await hashPassword(DEMO_PASSWORD) });
    // Fresh statistics after a bulk load, or the planner guesses one row per table.
    await client.query('analyze');
    return summary;
  } finally {
    await client.end();
  }
}

export function demoAccountsText(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(24)} ${a.label}`);
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}

export function isDemoScale(s: string | undefined): s is DemoScale {
  return s === 'small' || s === 'default' || s === 'large';
}
