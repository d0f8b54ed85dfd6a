import { Client } from 'pg';
import { verifyAuditChains } from '../core/audit/audit-verify';
import { resolveDatabase } from '../db/bootstrap';

/**
 * `pnpm audit:verify`: recomputes every bureau's audit hash chain on the owner connection and
 * names the first broken entry of each. Exit code 0: every chain is intact; 1: a chain is broken;
 * 2: the check could not run. Prints each chain's head (length and last hash): kept elsewhere,
 * it shows later whether a chain was rewritten as a whole.
 */
async function main(): Promise<number> {
  const target = await resolveDatabase();
  const client = new Client({ connectionString: target.ownerUrl });
  try {
    await client.connect();
    const r = await verifyAuditChains(client, {
      onProgress: (n) => {
        if (n && n % 100_000 === 0) process.stderr.write(`  ${n.toLocaleString('en')} entries checked\n`);
      },
    });
    for (const h of r.heads) console.log(`head ${h.bureauId}  seq ${h.seq}  ${h.hash ?? '(empty)'}`);
    if (r.ok) {
      console.log(`audit trail intact: ${r.entries} entries in ${r.bureaus} bureau chain(s).`);
      return 0;
    }
    for (const b of r.breaks)
      console.error(
        `BROKEN: bureau ${b.bureauId}${b.bureauName ? ` (${b.bureauName})` : ''}, entry ${b.id ?? '(missing)'} at seq ${b.seq}: ${b.problem}`,
      );
    console.error(
      `audit trail broken in ${r.breaks.length} of ${r.bureaus} bureau chain(s) (${r.entries} entries read).`,
    );
    return 1;
  } finally {
    await client.end().catch(() => undefined);
    await target.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`audit:verify could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
