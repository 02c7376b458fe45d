/**
 * The vector outbox. The graph and a separate vector store (Qdrant) cannot share a transaction, so the
 * rule is: the graph write commits first, the vectors follow, eventually. A vector write (or an edited
 * deck's delete) that meets an outage (a retryable store error: server down, timeout) is kept here, in
 * the local embedded store (like checkpoints, always local), and replayed in order on the next run or
 * by `osmose repair`. Every op is idempotent (deterministic point ids; delete and replace by document
 * id), so a replay after a partial write neither loses nor duplicates a point.
 */
import type { VectorRecord } from '../model/graph.js';
import type { VectorStore } from '../ports/store.js';
import { isOsmoseError, toOsmoseError, type OsmoseError } from '../errors.js';
import type { Db } from './sqlite-db.js';

/** One vector-store operation, in the order it must reach the store. */
export type VectorOp =
  /** Remove every point of a document (an edited deck's previous version). */
  | { op: 'delete'; docId: string }
  /** Replace a document's points with these (`docId` null: plain upsert, e.g. shared concept vectors). */
  | { op: 'replace'; docId: string | null; records: VectorRecord[] };

export interface PendingVectors {
  /** Operations waiting. */
  ops: number;
  /** Vectors those operations carry. */
  vectors: number;
  /** Documents concerned. */
  documents: number;
  /** The error of the last failed attempt, when there is one. */
  lastError: string | null;
  /** Oldest waiting op (ISO time), or null. */
  since: string | null;
}

export interface OutboxResult {
  /** Ops written to the vector store by this call. */
  written: number;
  /** Vectors still pending after this call (0: the vector store is complete). */
  pendingVectors: number;
  /** The outage that left vectors pending, if any. */
  error?: OsmoseError;
}

interface Row {
  seq: number;
  op: string;
  doc_id: string | null;
  vectors: number;
  meta: string | null;
  data: Buffer | null;
}

interface Meta {
  id: string;
  kind: 'concept' | 'slide';
  refId: string;
  docId: string | null;
  model: string;
  dim: number;
}

/** The outbox table of one embedded store (migration 3). */
export class SqliteVectorOutbox {
  constructor(private readonly db: Db) {}

  enqueue(ops: VectorOp[], error?: string): void {
    const ins = this.db.prepare(
      'INSERT INTO vector_outbox (op, doc_id, vectors, meta, data, attempts, last_error, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const o of ops) {
        if (o.op === 'delete') ins.run('delete', o.docId, 0, null, null, error ?? null, now);
        else {
          const { meta, data } = pack(o.records);
          ins.run('replace', o.docId, o.records.length, meta, data, error ?? null, now);
        }
      }
    })();
  }

  /** The waiting ops, oldest first. */
  list(): { seq: number; op: VectorOp }[] {
    const rows = this.db
      .prepare('SELECT seq, op, doc_id, vectors, meta, data FROM vector_outbox ORDER BY seq')
      .all() as Row[];
    return rows.map((r) => ({
      seq: r.seq,
      op:
        r.op === 'delete'
          ? { op: 'delete', docId: r.doc_id! }
          : { op: 'replace', docId: r.doc_id, records: unpack(r.meta ?? '[]', r.data ?? Buffer.alloc(0)) },
    }));
  }

  isEmpty(): boolean {
    return !this.db.prepare('SELECT 1 FROM vector_outbox LIMIT 1').get();
  }

  done(seq: number): void {
    this.db.prepare('DELETE FROM vector_outbox WHERE seq = ?').run(seq);
  }

  failed(seq: number, error: string): void {
    this.db
      .prepare('UPDATE vector_outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?')
      .run(error, seq);
  }

  pending(): PendingVectors {
    const r = this.db
      .prepare(
        `SELECT count(*) AS ops, coalesce(sum(vectors), 0) AS vectors, count(DISTINCT doc_id) AS documents,
                min(created_at) AS since FROM vector_outbox`,
      )
      .get() as { ops: number; vectors: number; documents: number; since: string | null };
    const last = this.db
      .prepare('SELECT last_error FROM vector_outbox WHERE last_error IS NOT NULL ORDER BY seq DESC LIMIT 1')
      .get() as { last_error: string } | undefined;
    return { ...r, lastError: last?.last_error ?? null };
  }
}

/** A store error worth waiting out (server down, timeout), as opposed to a bad request. */
export const isOutage = (e: unknown): boolean => isOsmoseError(e) && e.retryable;

async function apply(store: VectorStore, o: VectorOp): Promise<void> {
  if (o.op === 'delete') await store.deleteDocument(o.docId);
  else if (o.records.length > 0) await store.upsert(o.records, o.docId ?? undefined);
  else if (o.docId) await store.deleteDocument(o.docId);
}

/**
 * Replays the waiting ops in order, stopping at the first failure (later ops may depend on it).
 * An outage leaves the rest pending; any other error is recorded on the op and also stops the
 * replay (`error` says which), so a bad op is visible in `osmose doctor` rather than skipped.
 */
export async function flushVectorOutbox(
  outbox: SqliteVectorOutbox,
  store: VectorStore,
): Promise<OutboxResult> {
  let written = 0;
  for (const { seq, op } of outbox.list()) {
    try {
      await apply(store, op);
    } catch (e) {
      const err = toOsmoseError(e);
      outbox.failed(seq, `${err.code}: ${err.message}`);
      return { written, pendingVectors: outbox.pending().vectors, error: err };
    }
    outbox.done(seq);
    written++;
  }
  return { written, pendingVectors: 0 };
}

/**
 * Writes one document's vector ops after its graph has committed: earlier pending ops first (order
 * matters: an old replace must not land after a newer delete); on an outage the ops not yet written
 * are kept in the outbox and the call resolves with the pending count. Non-outage errors throw.
 */
export async function writeVectorsThroughOutbox(
  outbox: SqliteVectorOutbox,
  store: VectorStore,
  ops: VectorOp[],
): Promise<OutboxResult> {
  if (!outbox.isEmpty()) {
    const flushed = await flushVectorOutbox(outbox, store);
    if (flushed.error) {
      if (!isOutage(flushed.error)) throw flushed.error;
      outbox.enqueue(ops, `${flushed.error.code}: ${flushed.error.message}`);
      return { written: flushed.written, pendingVectors: outbox.pending().vectors, error: flushed.error };
    }
  }
  for (let i = 0; i < ops.length; i++) {
    try {
      await apply(store, ops[i]);
    } catch (e) {
      if (!isOutage(e)) throw e;
      const err = toOsmoseError(e);
      outbox.enqueue(ops.slice(i), `${err.code}: ${err.message}`);
      return { written: i, pendingVectors: outbox.pending().vectors, error: err };
    }
  }
  return { written: ops.length, pendingVectors: 0 };
}

function pack(records: VectorRecord[]): { meta: string; data: Buffer } {
  const meta: Meta[] = records.map((r) => ({
    id: r.id,
    kind: r.kind,
    refId: r.refId,
    docId: r.docId,
    model: r.model,
    dim: r.vector.length,
  }));
  const data = Buffer.alloc(records.reduce((a, r) => a + r.vector.length * 4, 0));
  let off = 0;
  for (const r of records) {
    const v = Buffer.from(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength);
    v.copy(data, off);
    off += v.length;
  }
  return { meta: JSON.stringify(meta), data };
}

function unpack(metaJson: string, data: Buffer): VectorRecord[] {
  const meta = JSON.parse(metaJson) as Meta[];
  const out: VectorRecord[] = [];
  let off = 0;
  for (const m of meta) {
    const bytes = data.subarray(off, off + m.dim * 4);
    const vector = new Float32Array(m.dim);
    Buffer.from(vector.buffer).set(bytes);
    off += m.dim * 4;
    out.push({ id: m.id, kind: m.kind, refId: m.refId, docId: m.docId, model: m.model, vector });
  }
  return out;
}
