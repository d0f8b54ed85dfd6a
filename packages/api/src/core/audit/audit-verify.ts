import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';

/**
 * The canonical serialisation of one audit entry, as the migration's audit_log_payload() writes
 * it (Migration20261127000000_audit_chain). Repeated here on purpose: verification must not
 * trust a function stored in the database it checks. The test suite verifies entries written by
 * the trigger with this copy, so the two cannot drift apart unnoticed.
 */
const PAYLOAD_SQL = `jsonb_build_array('djt-audit-v1', a.seq, a.id, to_jsonb(a.at at time zone 'UTC'), a.bureau_id,
  a.district_id, a.school_id, a.org_id, a.actor_user_id, a.request_id, a.action, a.entity, a.entity_id, a.changes)::text`;

/** The first broken link of one bureau's chain. */
export interface ChainBreak {
  bureauId: string;
  bureauName: string | null;
  /** The entry where the chain breaks (null when entries at the end of the chain are missing). */
  id: string | null;
  /** Its position in the chain (for missing entries: the first one missing). */
  seq: number;
  /** What differs, in words. */
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  bureaus: number;
  entries: number;
  breaks: ChainBreak[];
  /**
   * Each bureau's chain head (length and last hash, hex). Kept outside the database (printed,
   * logged), a head shows later whether the chain up to it was rewritten as a whole.
   */
  heads: { bureauId: string; seq: number; hash: string | null }[];
}

interface EntryRow {
  id: string;
  bureau_id: string;
  seq: string;
  prev_hash: Buffer | null;
  hash: Buffer | null;
  payload: string;
}

const hex = (b: Buffer | null) => (b ? b.toString('hex') : 'null');
const short = (b: Buffer | null) => (b ? `${b.toString('hex').slice(0, 16)}…` : 'null');

/**
 * Recomputes every bureau's audit hash chain (or one bureau's) and names the first broken entry
 * of each: a gap in seq (entries deleted), a prev_hash that is not the previous entry's hash
 * (an entry replaced or re-hashed), a hash that does not match the entry's fields (an entry
 * edited), or a chain that ends before its recorded head (entries removed from the end).
 *
 * Runs on an owner connection in one REPEATABLE READ READ ONLY transaction, so the entries and
 * the chain heads come from one snapshot while the application keeps writing. `row_security`
 * is off: a role that RLS would filter gets an error instead of a silently partial answer.
 * Entries are read in keyset batches, so memory stays flat whatever the size of the trail.
 */
export async function verifyAuditChains(
  client: ClientBase,
  opts: { bureauId?: string; batchSize?: number; onProgress?: (entries: number) => void } = {},
): Promise<VerifyResult> {
  const batchSize = opts.batchSize ?? 5000;
  await client.query('begin isolation level repeatable read read only');
  try {
    await client.query('set local row_security = off');
    const heads = new Map(
      (
        await client.query<{ bureau_id: string; seq: string; hash: Buffer | null }>(
          'select bureau_id, seq, hash from audit_chain_head where $1::uuid is null or bureau_id = $1',
          [opts.bureauId ?? null],
        )
      ).rows.map((h) => [h.bureau_id, { seq: Number(h.seq), hash: h.hash }]),
    );
    const breaks: Omit<ChainBreak, 'bureauName'>[] = [];
    const seen = new Set<string>();
    let entries = 0;
    // The chain being walked: its bureau, the last entry seen, and whether it is already broken.
    let bureau: string | null = null;
    let last: { id: string; seq: number; hash: Buffer | null } | null = null;
    let broken = false;

    const endOfChain = () => {
      if (bureau == null || broken || !last) return;
      const head = heads.get(bureau)!; // an entry without a head broke the chain already
      if (head.seq > last.seq)
        breaks.push({
          bureauId: bureau,
          id: null,
          seq: last.seq + 1,
          problem: `entries ${last.seq + 1}–${head.seq} are missing: the chain ends at seq ${last.seq} but its head records ${head.seq} entries`,
        });
      else if (!last.hash || !head.hash || !last.hash.equals(head.hash))
        breaks.push({
          bureauId: bureau,
          id: last.id,
          seq: last.seq,
          problem: `the last entry's hash ${short(last.hash)} is not the chain head's ${short(head.hash)}`,
        });
    };

    let after: { bureau: string; seq: string } | null = null;
    for (;;) {
      const rows: EntryRow[] = (
        await client.query<EntryRow>(
          `select a.id::text as id, a.bureau_id, a.seq::text as seq, a.prev_hash, a.hash, ${PAYLOAD_SQL} as payload
           from audit_log a
          where ($1::uuid is null or a.bureau_id = $1)
            and ($2::uuid is null or (a.bureau_id, a.seq) > ($2::uuid, $3::bigint))
          order by a.bureau_id, a.seq
          limit $4`,
          [opts.bureauId ?? null, after?.bureau ?? null, after?.seq ?? null, batchSize],
        )
      ).rows;
      for (const r of rows) {
        if (r.bureau_id !== bureau) {
          endOfChain();
          bureau = r.bureau_id;
          seen.add(r.bureau_id);
          last = null;
          broken = false;
        }
        entries++;
        if (broken) continue;
        const seq = Number(r.seq);
        const expectedSeq: number = (last?.seq ?? 0) + 1;
        const prev = last?.hash ?? null;
        const recomputed = createHash('sha256')
          .update(prev ?? Buffer.alloc(0))
          .update(r.payload, 'utf8')
          .digest();
        const head = heads.get(r.bureau_id);
        let problem: string | null = null;
        if (!head) problem = 'the bureau has no chain head: its entries were not written through the chain trigger';
        else if (seq > head.seq)
          problem = `seq ${seq} is beyond the chain head (${head.seq} entries): the entry was not written through the chain trigger`;
        else if (seq !== expectedSeq)
          problem =
            seq > expectedSeq
              ? `seq ${seq} follows seq ${expectedSeq - 1}: entries ${expectedSeq}–${seq - 1} are missing`
              : `seq ${seq} where ${expectedSeq} was expected`;
        else if (hex(r.prev_hash) !== hex(prev))
          problem = `prev_hash ${short(r.prev_hash)} is not the hash of the previous entry${last ? ` (id ${last.id}, ${short(prev)})` : ' (none: this is the first entry)'}`;
        else if (!r.hash || !recomputed.equals(r.hash))
          problem = `its fields no longer match its hash (stored ${short(r.hash)}, recomputed ${short(recomputed)}): the entry was changed after it was written`;
        if (problem) {
          breaks.push({ bureauId: r.bureau_id, id: r.id, seq, problem });
          broken = true;
        }
        last = { id: r.id, seq, hash: r.hash };
      }
      opts.onProgress?.(entries);
      if (rows.length < batchSize) break;
      const end: EntryRow = rows[rows.length - 1];
      after = { bureau: end.bureau_id, seq: end.seq };
    }
    endOfChain();
    // Heads of bureaus that have no entry left at all.
    for (const [id, head] of heads)
      if (!seen.has(id) && head.seq > 0)
        breaks.push({
          bureauId: id,
          id: null,
          seq: 1,
          problem: `all ${head.seq} entries are missing: the chain head records them, the table has none`,
        });

    const names = new Map(
      (
        await client.query<{ id: string; name: string }>(
          'select id, name from organisation where id = any($1::uuid[])',
          [breaks.map((b) => b.bureauId)],
        )
      ).rows.map((o) => [o.id, o.name]),
    );
    return {
      ok: breaks.length === 0,
      bureaus: new Set([...seen, ...heads.keys()]).size,
      entries,
      breaks: breaks.map((b) => ({ ...b, bureauName: names.get(b.bureauId) ?? null })),
      heads: [...heads].map(([bureauId, h]) => ({ bureauId, seq: h.seq, hash: h.hash ? hex(h.hash) : null })),
    };
  } finally {
    await client.query('rollback');
  }
}
