import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PERSON_COLUMNS, PERSON_LIMITS, readPeopleSheet, type SheetRow } from '@djt/shared';
import type { ApiProcess } from './api-process';
import { gql } from './load';

const STAGE = `mutation($in: PersonImportChunkInput!) { stagePeopleImport(input: $in) }`;
const COMMIT = `mutation($s: ID!, $i: ID!) { commitPeopleImport(schoolId: $s, importId: $i) { committed created updated unchanged problemCount } }`;
const PREFIX = 'BENCH';

export interface ImportFigures {
  rows: number;
  /** The shared sheet check (what the browser runs after reading the workbook), ms. */
  checkMs: number;
  /** Staging the chunks, ms (sequential requests). */
  stageMs: number;
  commitMs: number;
  totalMs: number;
  /** The same file again: nothing changes (idempotent), ms in all. */
  reimportMs: number;
  created: number;
  unchangedOnReimport: number;
  commitSql: number;
  /** The API process: RSS before and after, and its peak (VmHWM) after. */
  rssBeforeMiB: number | null;
  rssAfterMiB: number | null;
  peakMiB: number | null;
}

/** A sheet of `n` people as the template lays it out (zh headers and labels). */
function sheet(n: number): { header: string[]; rows: SheetRow[] } {
  const header = PERSON_COLUMNS.map((c) => c.header.zh);
  const rows = Array.from({ length: n }, (_, i) => {
    const member = i % 3 !== 0;
    const values: Record<string, string> = {
      staffNo: `${PREFIX}${String(i).padStart(5, '0')}`,
      name: `基准${i}`,
      gender: i % 2 ? '女' : '男',
      category: i % 10 === 9 ? '退休' : '教师',
      partyStatus: member ? '正式党员' : '群众',
      joinedOn: member ? '2010-07-01' : '',
      partyGroup: member ? `第${(i % 3) + 1}党小组` : '',
      phone: `139${String(i).padStart(8, '0')}`,
    };
    return { row: i + 2, cells: PERSON_COLUMNS.map((c) => values[c.field] ?? '') };
  });
  return { header, rows };
}

/**
 * Importing people the way the web client does: the shared sheet check, the rows staged in
 * chunks of importChunkRows, one commit (all or nothing, set-based). Then the same file again
 * (everything unchanged). Bounded: one import of `rows` and one re-import; the people are removed
 * afterwards through the owner connection, so a rerun starts alike.
 */
/** Removes the people an interrupted run of this scenario left (they would swell the school). */
export async function removeBenchImports(ownerUrl: string, schoolId: string): Promise<number> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const r = await owner.query('delete from person where school_id = $1 and staff_no like $2', [
      schoolId,
      `${PREFIX}%`,
    ]);
    return r.rowCount ?? 0;
  } finally {
    await owner.end();
  }
}

export async function measureImport(opts: {
  api: ApiProcess;
  ownerUrl: string;
  token: string;
  schoolId: string;
  rows: number;
}): Promise<ImportFigures> {
  const { api, token, schoolId } = opts;
  const owner = new Client({ connectionString: opts.ownerUrl });
  await owner.connect();
  const cleanUp = () =>
    owner.query('delete from person where school_id = $1 and staff_no like $2', [schoolId, `${PREFIX}%`]);
  try {
    await cleanUp();
    const { header, rows } = sheet(opts.rows);
    const once = async () => {
      const t0 = performance.now();
      const checked = readPeopleSheet(header, rows, { today: new Date().toISOString().slice(0, 10) });
      if (checked.problemCount) throw new Error(`bench sheet has problems: ${JSON.stringify(checked.problems[0])}`);
      const t1 = performance.now();
      const importId = randomUUID();
      const size = PERSON_LIMITS.importChunkRows;
      for (let i = 0; i * size < checked.rows.length; i++)
        await gql(api.port, token, STAGE, {
          in: { schoolId, importId, chunk: i, rows: checked.rows.slice(i * size, (i + 1) * size) },
        });
      const t2 = performance.now();
      const r = await gql<{ commitPeopleImport: { committed: boolean; created: number; unchanged: number } }>(
        api.port,
        token,
        COMMIT,
        { s: schoolId, i: importId },
      );
      const t3 = performance.now();
      if (!r.data?.commitPeopleImport?.committed) throw new Error(`import not committed: ${JSON.stringify(r)}`);
      return { checkMs: t1 - t0, stageMs: t2 - t1, commitMs: t3 - t2, totalMs: t3 - t0, r, sql: r.sqlCount };
    };
    const before = api.memory();
    const first = await once();
    const after = api.memory();
    const again = await once();
    return {
      rows: opts.rows,
      checkMs: first.checkMs,
      stageMs: first.stageMs,
      commitMs: first.commitMs,
      totalMs: first.totalMs,
      reimportMs: again.totalMs,
      created: first.r.data!.commitPeopleImport.created,
      unchangedOnReimport: again.r.data!.commitPeopleImport.unchanged,
      commitSql: first.sql,
      rssBeforeMiB: before?.rssMiB ?? null,
      rssAfterMiB: after?.rssMiB ?? null,
      peakMiB: after?.peakMiB ?? null,
    };
  } finally {
    await cleanUp().catch(() => undefined);
    await owner.end();
  }
}
