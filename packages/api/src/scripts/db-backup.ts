import path from 'node:path';
import { backupDatabase, databaseOf, defaultBackupFile, resolveCommandTarget } from '../db/backup';

/**
 * `pnpm db:backup [FILE]`: a consistent backup of the database (DATABASE_URL, an owner URL, or
 * the embedded one, also while `npm start` runs) into FILE, by default
 * .local/backups/<database>-<UTC time>.djtbackup.gz. Progress on stderr. See db/backup.ts.
 */
async function main() {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') {
    console.log('usage: pnpm db:backup [FILE]   (default .local/backups/<database>-<time>.djtbackup.gz)');
    return;
  }
  const target = await resolveCommandTarget({ createDatabase: false });
  try {
    // pnpm runs the script in packages/api: a relative FILE is taken from where it was typed.
    const file = arg
      ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
      : defaultBackupFile(databaseOf(target.ownerUrl));
    const r = await backupDatabase(target.ownerUrl, file, { log: (line) => console.error(line) });
    console.log(
      `Backup written: ${r.file} (${(r.bytes / 1048576).toFixed(1)} MB, ${r.header.tables.length} tables, ` +
        `${r.rows.toLocaleString('en-US')} rows, ${(r.ms / 1000).toFixed(1)} s)`,
    );
  } finally {
    await target.close();
  }
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
