import fs from 'node:fs';
import path from 'node:path';
import { APP_ROLE, appPasswordFrom, migrate } from '../db/bootstrap';
import { checkBackup, databaseOf, resolveCommandTarget, restoreDatabase } from '../db/backup';

/**
 * `pnpm db:restore FILE`: restores a backup made by `pnpm db:backup` into an empty database
 * (DATABASE_URL, an owner URL, created when it does not exist; or the embedded one,
 * DJT_PG_DATABASE to pick another than dangjiantong). Refuses a database holding data and a
 * backup made by a newer version of the code. Progress on stderr. See db/backup.ts.
 */
async function main() {
  const arg = process.argv[2];
  if (!arg || arg === '--help' || arg === '-h') {
    console.log('usage: pnpm db:restore FILE   (into an empty database: DATABASE_URL, or the embedded one)');
    if (!arg) process.exitCode = 1;
    return;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  // Before anything is created or started: is this a backup this code can restore?
  await checkBackup(file);
  const target = await resolveCommandTarget({ createDatabase: true });
  try {
    const r = await restoreDatabase(target.ownerUrl, file, { log: (line) => console.error(line) });
    // The application role: login and password (on a new server it was created without them).
    await migrate(target.ownerUrl, appPasswordFrom()).catch((err) => {
      throw new Error(
        `The data is restored, but the application role ${APP_ROLE} could not be given its login ` +
          `(${err instanceof Error ? err.message : err}): run \`pnpm db:migrate\` as a role with CREATEROLE.`,
      );
    });
    console.log(
      `Restored ${databaseOf(target.ownerUrl)} from ${file}: ${r.tables} tables, ` +
        `${r.rows.toLocaleString('en-US')} rows in ${(r.ms / 1000).toFixed(1)} s` +
        (r.laterMigrations.length ? `; then applied ${r.laterMigrations.join(', ')}` : ''),
    );
  } finally {
    await target.close();
  }
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
