import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Client, type ClientBase } from 'pg';
import { MIGRATIONS } from '../src/app/modules';
import { verifyAuditChains } from '../src/core/audit/audit-verify';
import { backupDatabase, planMigrations, readBackupHeader, restoreDatabase, type BackupHeader } from '../src/db/backup';
import { initOrm, ormOptions } from '../src/db/orm';

/**
 * Backup and restore (db/backup.ts) against the test server: the seeded database, which other
 * suites write to while this one runs, is backed up; what the backup holds is fingerprinted
 * inside the backup's own transaction (onSnapshot), so concurrent writes cannot make the
 * comparison flaky. The restore goes into a database created here and dropped at the end.
 */
const seededUrl = () => process.env.DJT_TEST_SEEDED_OWNER_URL!;
const urlOf = (name: string) => {
  const u = new URL(seededUrl());
  u.pathname = `/${name}`;
  return u.toString();
};
/** The API's connection URL (djt_app) for another database of the server. */
const appUrlOf = (url: string) => {
  const u = new URL(process.env.DJT_TEST_SEEDED_APP_URL!);
  u.pathname = new URL(url).pathname;
  return u.toString();
};
const CODE_MIGRATIONS = MIGRATIONS.map((m) => m.name);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djt-backup-test-'));
const created: string[] = [];

async function freshDatabase(label: string): Promise<string> {
  const name = `djt_${label}_${process.pid}_${created.length}`;
  await withClient(urlOf('postgres'), (c) => c.query(`create database ${name}`));
  created.push(name);
  return urlOf(name);
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Every table's row count and md5 of its rows' text in order, plus the sequences' values. */
async function fingerprint(c: ClientBase, header: BackupHeader) {
  const tables: Record<string, { rows: number; md5: string | null }> = {};
  for (const t of header.tables) {
    const { rows } = await c.query(
      `select count(*)::int as rows, md5(string_agg(x::text, E'\\n' order by x::text)) as md5 from public.${c.escapeIdentifier(t.name)} x`,
    );
    tables[t.name] = rows[0];
  }
  const sequences: Record<string, string> = {};
  for (const s of header.sequences) {
    const { rows } = await c.query(`select last_value::text || '/' || is_called as v from public.${s.name}`);
    sequences[s.name] = rows[0].v;
  }
  const { rows: migrations } = await c.query('select name from mikro_orm_migrations order by id');
  return { tables, sequences, migrations: migrations.map((m) => m.name as string) };
}

afterAll(async () => {
  await withClient(urlOf('postgres'), async (c) => {
    for (const name of created) await c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let file: string;
  let header: BackupHeader;
  let atBackup: Awaited<ReturnType<typeof fingerprint>>;

  test('the seeded database restores into a new one with the same rows, contents and sequences', async () => {
    file = path.join(dir, 'seeded.djtbackup.gz');
    const lines: string[] = [];
    const backup = await backupDatabase(seededUrl(), file, {
      log: (l) => lines.push(l),
      onSnapshot: async (c, h) => {
        atBackup = await fingerprint(c, h);
      },
    });
    header = backup.header;
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    expect(await readBackupHeader(file)).toEqual(header);
    expect(header.migrations).toEqual(CODE_MIGRATIONS);
    expect(header.tables.map((t) => t.name)).not.toContain('mikro_orm_migrations');
    for (const t of header.tables) expect(t.rows).toBe(atBackup.tables[t.name].rows);
    expect(atBackup.tables.person.rows).toBeGreaterThan(100);
    expect(lines.at(-1)).toMatch(/^wrote .*seeded\.djtbackup\.gz/);

    const target = await freshDatabase('restore');
    const restored = await restoreDatabase(target, file, { log: () => undefined });
    expect(restored.laterMigrations).toEqual([]);
    expect(restored.rows).toBe(backup.rows);
    const after = await withClient(target, (c) => fingerprint(c, header));
    // Sequences are not transactional: another suite's insert moves them between the backup's
    // header and a later read, so they are compared with the header, the rest with the snapshot.
    expect({ ...after, sequences: null }).toEqual({ ...atBackup, sequences: null });
    for (const s of header.sequences) expect(after.sequences[s.name]).toBe(`${s.lastValue}/${s.isCalled}`);

    // The audit trail's hash chains survive as they were (its triggers are off during the load).
    const chains = await withClient(target, (c) => verifyAuditChains(c));
    expect(chains.breaks).toEqual([]);
    expect(chains.ok).toBe(true);
    expect(chains.entries).toBe(atBackup.tables.audit_log.rows);

    // The application role (the API's, on the same server) works there, under row-level security.
    await withClient(appUrlOf(target), async (c) => {
      expect((await c.query('select count(*)::int as n from person')).rows[0].n).toBe(0);
      const { rows } = await c.query(`select count(*)::int as n from organisation o where o.level = 'BUREAU'`);
      expect(rows[0].n).toBe(0);
    });
  });

  test('refuses a database that holds data, and leaves it as it was', async () => {
    const before = await withClient(seededUrl(), (c) =>
      c.query('select count(*)::int as n from organisation').then((r) => r.rows[0].n),
    );
    await expect(restoreDatabase(seededUrl(), file)).rejects.toThrow(/is not empty \(rows in .*organisation/);
    const after = await withClient(seededUrl(), (c) =>
      c.query('select count(*)::int as n from organisation').then((r) => r.rows[0].n),
    );
    expect(after).toBe(before);
  });

  test('refuses a backup made by a newer version of the code, and a damaged file, before changing anything', async () => {
    // The same backup with one more migration in its header.
    const raw = zlib.gunzipSync(fs.readFileSync(file));
    const magic = raw.subarray(0, 10);
    const length = raw.readUInt32BE(10);
    const json = JSON.parse(raw.subarray(14, 14 + length).toString('utf8')) as BackupHeader;
    json.migrations = [...json.migrations, 'Migration29991231000000_from_the_future'];
    const newHeader = Buffer.from(JSON.stringify(json));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(newHeader.length);
    const newer = path.join(dir, 'newer.djtbackup.gz');
    fs.writeFileSync(newer, zlib.gzipSync(Buffer.concat([magic, len, newHeader, raw.subarray(14 + length)])));
    const target = await freshDatabase('refused');
    await expect(restoreDatabase(target, newer)).rejects.toThrow(
      /newer or different version of the code: migrations not in this code: Migration29991231000000_from_the_future/,
    );

    // Cut short: gzip notices, the load is rolled back, nothing is left in the database.
    const truncated = path.join(dir, 'truncated.djtbackup.gz');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.8)));
    await expect(restoreDatabase(target, truncated)).rejects.toThrow();
    await withClient(target, async (c) => {
      expect((await c.query('select count(*)::int as n from organisation')).rows[0].n).toBe(0);
    });
    // The database is migrated but still empty: the whole backup restores into it.
    const r = await restoreDatabase(target, file);
    expect(r.rows).toBe(header.tables.reduce((n, t) => n + t.rows, 0));
  });

  test('an older backup is restored at its migrations, then upgraded by the later ones', async () => {
    const first = CODE_MIGRATIONS[0];
    const source = await freshDatabase('old_source');
    const orm = await initOrm(source, { migrations: { ...ormOptions(source).migrations, silent: true } });
    await orm.getMigrator().up({ to: first });
    await orm.close();
    const bureau = '00000000-0000-4000-8000-00000000b001';
    await withClient(source, async (c) => {
      await c.query(`insert into organisation (id, level, name, bureau_id) values ($1, 'BUREAU', '备份测试局', $1)`, [
        bureau,
      ]);
      for (let i = 0; i < 3; i++)
        await c.query(
          `insert into audit_log (bureau_id, org_id, action, entity, entity_id, changes) values ($1, $1, 'update', 'settings', $2, $3)`,
          [bureau, bureau, JSON.stringify({ step: i })],
        );
    });
    const oldFile = path.join(dir, 'old.djtbackup.gz');
    const backup = await backupDatabase(source, oldFile);
    expect(backup.header.migrations).toEqual([first]);
    expect(planMigrations(backup.header.migrations, CODE_MIGRATIONS).later).toEqual(CODE_MIGRATIONS.slice(1));

    const target = await freshDatabase('old_target');
    const restored = await restoreDatabase(target, oldFile);
    expect(restored.laterMigrations).toEqual(CODE_MIGRATIONS.slice(1));
    await withClient(target, async (c) => {
      const { rows } = await c.query('select name from mikro_orm_migrations order by id');
      expect(rows.map((r) => r.name)).toEqual(CODE_MIGRATIONS);
      expect((await c.query('select count(*)::int as n from audit_log')).rows[0].n).toBe(3);
      const chains = await verifyAuditChains(c);
      expect(chains.ok).toBe(true);
      expect(chains.entries).toBe(3);
    });
  });

  test('planMigrations: the same list, an older backup, and a newer one', () => {
    expect(planMigrations(['a', 'b'], ['a', 'b'])).toEqual({ later: [] });
    expect(planMigrations(['a'], ['a', 'b'])).toEqual({ later: ['b'] });
    expect(() => planMigrations(['a', 'b', 'c'], ['a', 'b'])).toThrow(/not in this code: c/);
    // A migration added to the code with an earlier name than the backup's last: applied after the load.
    expect(planMigrations(['a', 'c'], ['a', 'b', 'c'])).toEqual({ later: ['b'] });
    expect(() => planMigrations([], ['a'])).toThrow(/lists no migrations/);
  });
});
