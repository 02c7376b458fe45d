import type { VectorRecord } from '../model/graph.js';
import type { VectorHit, VectorStore } from '../ports/store.js';
import { StoreError } from '../errors.js';
import type { Db } from './sqlite-db.js';

/** L2-normalises in place; throws on zero / non-finite vectors (sqlite-vec drops them under cosine). */
export function normaliseVector(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  if (!(s > 1e-24) || !Number.isFinite(s)) {
    throw new StoreError('OSM_STORE_WRITE_FAILED', 'A zero or non-finite vector cannot be stored.');
  }
  const inv = 1 / Math.sqrt(s);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] * inv;
  return out;
}

/**
 * One vec0 table per dimension, partitioned by kind (concept / slide): a nearest-neighbour search for a concept
 * (entity resolution, once per new concept of every document) scans the concept vectors only, not every slide's.
 * Stores written before the partition had `vec_<dim>` without it: migrated on first use (see ensureTable).
 */
const tableFor = (dim: number): string => `vec_${dim}_k`;
const legacyTableFor = (dim: number): string => `vec_${dim}`;
const ensured = new WeakMap<Db, Set<number>>();

const tableExists = (db: Db, name: string): boolean =>
  !!db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name);

function ensureTable(db: Db, dim: number): void {
  if (!Number.isInteger(dim) || dim <= 0 || dim > 8192)
    throw new StoreError('OSM_CONFIG_INVALID', `Bad vector dimension ${dim}.`);
  let dims = ensured.get(db);
  if (!dims) ensured.set(db, (dims = new Set()));
  if (dims.has(dim)) return;
  db.transaction(() => {
    db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${tableFor(dim)} USING vec0(kind text partition key, embedding float[${dim}] distance_metric=cosine)`,
    );
    if (tableExists(db, legacyTableFor(dim))) {
      // a store from before the partition: its vectors move over once, in this transaction
      db.exec(
        `INSERT INTO ${tableFor(dim)}(rowid, kind, embedding)
         SELECT v.rowid, i.kind, v.embedding FROM ${legacyTableFor(dim)} v JOIN vector_items i ON i.rowid = v.rowid`,
      );
      db.exec(`DROP TABLE ${legacyTableFor(dim)}`);
    }
  })();
  dims.add(dim);
}

function bytes(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** Upserts vectors by id inside the caller's transaction. */
export function writeVectorsTx(db: Db, records: VectorRecord[]): void {
  if (records.length === 0) return;
  const find = db.prepare('SELECT rowid, dim FROM vector_items WHERE id = ?');
  const delItem = db.prepare('DELETE FROM vector_items WHERE rowid = ?');
  const ins = db.prepare(
    'INSERT INTO vector_items(id, kind, ref_id, doc_id, model, dim) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const dims = new Set<number>();
  for (const r of records) {
    const v = normaliseVector(r.vector);
    const dim = v.length;
    if (!dims.has(dim)) {
      ensureTable(db, dim);
      dims.add(dim);
    }
    const prev = find.get(r.id) as { rowid: number; dim: number } | undefined;
    if (prev) {
      ensureTable(db, prev.dim);
      db.prepare(`DELETE FROM ${tableFor(prev.dim)} WHERE rowid = ?`).run(BigInt(prev.rowid));
      delItem.run(prev.rowid);
    }
    const info = ins.run(r.id, r.kind, r.refId, r.docId, r.model, dim);
    db.prepare(`INSERT INTO ${tableFor(dim)}(rowid, kind, embedding) VALUES (?, ?, ?)`).run(
      BigInt(info.lastInsertRowid),
      r.kind,
      bytes(v),
    );
  }
}

export function deleteDocVectorsTx(db: Db, docId: string): void {
  const rows = db.prepare('SELECT rowid, dim FROM vector_items WHERE doc_id = ?').all(docId) as {
    rowid: number;
    dim: number;
  }[];
  for (const r of rows) {
    ensureTable(db, r.dim);
    db.prepare(`DELETE FROM ${tableFor(r.dim)} WHERE rowid = ?`).run(BigInt(r.rowid));
  }
  db.prepare('DELETE FROM vector_items WHERE doc_id = ?').run(docId);
}

/** Vector index in the same SQLite file (sqlite-vec, cosine distance). */
export class SqliteVectorStore implements VectorStore {
  readonly kind = 'sqlite-vec';
  constructor(private readonly db: Db) {}

  async init(dim: number): Promise<void> {
    ensureTable(this.db, dim);
  }

  async upsert(records: VectorRecord[], replaceDocId?: string): Promise<void> {
    this.db
      .transaction(() => {
        if (replaceDocId) deleteDocVectorsTx(this.db, replaceDocId);
        writeVectorsTx(this.db, records);
      })
      .immediate();
  }

  async search(
    query: Float32Array,
    opts: { limit: number; kind?: 'concept' | 'slide'; model: string },
  ): Promise<VectorHit[]> {
    const q = normaliseVector(query);
    let table = tableFor(q.length);
    let partitioned = true;
    if (!tableExists(this.db, table)) {
      // a store from before the partition opened read-only (not migrated): search its table as it is
      table = legacyTableFor(q.length);
      partitioned = false;
      if (!tableExists(this.db, table)) return [];
    }
    // KNN over the kind's partition (all kinds without one), then filter by model (over-fetch to keep `limit`)
    const k = Math.min(4096, Math.max(opts.limit * 8, 64));
    const byKind = partitioned && !!opts.kind;
    const rows = this.db
      .prepare(
        `SELECT i.id, i.kind, i.ref_id AS refId, i.doc_id AS docId, i.model, v.distance
         FROM (SELECT rowid, distance FROM ${table} WHERE embedding MATCH ? AND k = ?${byKind ? ' AND kind = ?' : ''}) v
         JOIN vector_items i ON i.rowid = v.rowid ORDER BY v.distance`,
      )
      .all(...(byKind ? [bytes(q), k, opts.kind] : [bytes(q), k])) as {
      id: string;
      kind: 'concept' | 'slide';
      refId: string;
      docId: string | null;
      model: string;
      distance: number;
    }[];
    return rows
      .filter((r) => r.model === opts.model && (!opts.kind || r.kind === opts.kind))
      .slice(0, opts.limit)
      .map((r) => ({ id: r.id, kind: r.kind, refId: r.refId, docId: r.docId, score: 1 - r.distance }));
  }

  async deleteDocument(docId: string): Promise<void> {
    this.db.transaction(() => deleteDocVectorsTx(this.db, docId)).immediate();
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM vector_items').get() as { n: number }).n;
  }

  async close(): Promise<void> {}
}
