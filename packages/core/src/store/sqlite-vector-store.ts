import type { VectorRecord } from '../model/graph.js';
import type { VectorHit, VectorStore } from '../ports/store.js';
import { StoreError } from '../errors.js';
import type { Db } from './sqlite-db.js';
import { nearestAvailable, nearestRows } from '@osmose/native-nlp';

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
  let replaced = 0;
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
      replaced++;
    }
    const info = ins.run(r.id, r.kind, r.refId, r.docId, r.model, dim);
    db.prepare(`INSERT INTO ${tableFor(dim)}(rowid, kind, embedding) VALUES (?, ?, ?)`).run(
      BigInt(info.lastInsertRowid),
      r.kind,
      bytes(v),
    );
  }
  if (replaced > 0) pruneVectorLog(db);
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
  if (rows.length > 0) pruneVectorLog(db);
}

/**
 * sqlite-vec's nearest neighbours of a normalised query: KNN over the kind's partition (all kinds in a store from
 * before the partition), then filtered by model (over-fetched to keep `limit`).
 */
export function sqliteVecSearch(
  db: Db,
  q: Float32Array,
  opts: { limit: number; kind?: 'concept' | 'slide'; model: string },
): VectorHit[] {
  let table = tableFor(q.length);
  let partitioned = true;
  if (!tableExists(db, table)) {
    // a store from before the partition opened read-only (not migrated): search its table as it is
    table = legacyTableFor(q.length);
    partitioned = false;
    if (!tableExists(db, table)) return [];
  }
  const k = Math.min(4096, Math.max(opts.limit * 8, 64));
  const byKind = partitioned && !!opts.kind;
  const rows = db
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

/** Bytes of concept vectors a connection keeps in memory at most; a larger store searches with sqlite-vec. */
const MIRROR_MAX_BYTES = 256 * 1024 * 1024;
/** vector_log entries kept (pruned by writers); a copy further behind reloads. */
const LOG_KEEP = 50_000;

interface MirrorRow {
  rowid: number;
  id: string;
  refId: string;
  docId: string | null;
  /** Its place in its part (kept up to date by compaction). */
  at: number;
}

let nativeNearest = true;
/** Tests: the mirror's JavaScript scan instead of the addon's (what runs where the addon is not built). */
export function useNativeNearest(on: boolean): void {
  nativeNearest = on;
}

/** The concept vectors of one dimension and model: rows, their unit vectors (row-major) and which still stand. */
class MirrorPart {
  rows: MirrorRow[] = [];
  mat: Float32Array;
  alive: Uint8Array;
  dead = 0;
  constructor(readonly dim: number) {
    this.mat = new Float32Array(dim * 256);
    this.alive = new Uint8Array(256);
  }
  push(row: MirrorRow, v: Float32Array): void {
    const n = this.rows.length;
    if (n >= this.alive.length) {
      const mat = new Float32Array(this.mat.length * 2);
      mat.set(this.mat);
      this.mat = mat;
      const alive = new Uint8Array(this.alive.length * 2);
      alive.set(this.alive);
      this.alive = alive;
    }
    this.mat.set(v, n * this.dim);
    this.alive[n] = 1;
    row.at = n;
    this.rows.push(row);
  }
  kill(row: MirrorRow): void {
    this.alive[row.at] = 0;
    this.dead++;
  }
  /** Drops the dead rows once they are a quarter of the part. */
  compact(): void {
    if (this.dead * 4 < this.rows.length) return;
    const { dim } = this;
    let w = 0;
    for (let r = 0; r < this.rows.length; r++) {
      if (!this.alive[r]) continue;
      if (w !== r) this.mat.copyWithin(w * dim, r * dim, (r + 1) * dim);
      this.rows[r].at = w;
      this.rows[w++] = this.rows[r];
    }
    this.rows.length = w;
    this.alive.fill(1, 0, w);
    this.alive.fill(0, w);
    this.dead = 0;
  }

  /** The `limit` best rows of each query (unit vectors), best first: natively when the addon is built. */
  nearest(queries: Float32Array[], limit: number): { score: number; row: MirrorRow }[][] {
    const n = this.rows.length;
    const k = Math.min(limit, n);
    if (k <= 0) return queries.map(() => []);
    if (nativeNearest && nearestAvailable()) {
      const packed = new Float32Array(queries.length * this.dim);
      queries.forEach((q, i) => packed.set(q, i * this.dim));
      const r = nearestRows(this.mat, this.dim, n, packed, k, this.alive);
      return queries.map((_, i) => {
        const out: { score: number; row: MirrorRow }[] = [];
        for (let j = i * k; j < (i + 1) * k && r.index[j] >= 0; j++)
          out.push({ score: r.score[j], row: this.rows[r.index[j]] });
        return out;
      });
    }
    return queries.map((q) => this.scan(q, k));
  }

  /** The same in JavaScript (no addon). */
  private scan(q: Float32Array, k: number): { score: number; row: MirrorRow }[] {
    const { mat, rows, dim, alive } = this;
    const best: { score: number; row: MirrorRow }[] = [];
    for (let r = 0, o = 0; r < rows.length; r++, o += dim) {
      if (!alive[r]) continue;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let j = 0;
      for (; j + 3 < dim; j += 4) {
        a0 += mat[o + j] * q[j];
        a1 += mat[o + j + 1] * q[j + 1];
        a2 += mat[o + j + 2] * q[j + 2];
        a3 += mat[o + j + 3] * q[j + 3];
      }
      for (; j < dim; j++) a0 += mat[o + j] * q[j];
      const score = a0 + a1 + a2 + a3;
      if (best.length === k && score <= best[k - 1].score) continue;
      // insertion into the short sorted list (equal scores: the older row first)
      let i = best.length < k ? best.length : k - 1;
      if (best.length < k) best.push({ score, row: rows[r] });
      while (i > 0 && best[i - 1].score < score) {
        best[i] = best[i - 1];
        i--;
      }
      best[i] = { score, row: rows[r] };
    }
    return best;
  }
}

type ItemRow = Omit<MirrorRow, 'at'> & { kind: string; dim: number; model: string };
const partKey = (dim: number, model: string): string => `${dim}\u0000${model}`;

/**
 * The store's concept vectors in memory, for entity resolution's nearest-neighbour search (once per new concept of
 * every document): sqlite-vec scans its partition at about 2 ms a query on a few thousand concepts, a dot-product
 * scan here takes under half of it. Kept in step with the database whichever connection writes: rows past the
 * highest rowid copied are appended, and the rows vector_log names (a trigger logs every delete or update of
 * vector_items) are dropped and read again. A rolled-back write leaves neither rows nor log entries behind.
 */
class ConceptMirror {
  private seq = -1;
  private maxRowid = 0;
  /** By partKey(dim, model). */
  private parts = new Map<string, MirrorPart>();
  private where = new Map<number, { part: MirrorPart; row: MirrorRow }>();
  private bytes = 0;
  /** The store's state (seq and top rowid) when it last could not be copied: not tried again until it moves. */
  private failedAt: string | null = null;

  /** Nearest concepts of the model by cosine for each unit query, best first; null: use sqlite-vec. */
  search(db: Db, queries: Float32Array[], limit: number, model: string): VectorHit[][] | null {
    if (!this.sync(db)) return null;
    const byDim = new Map<number, number[]>();
    queries.forEach((q, i) => {
      const l = byDim.get(q.length);
      if (l) l.push(i);
      else byDim.set(q.length, [i]);
    });
    const out: VectorHit[][] = queries.map(() => []);
    for (const [dim, which] of byDim) {
      const part = this.parts.get(partKey(dim, model));
      if (!part) continue;
      const found = part.nearest(
        which.map((i) => queries[i]),
        limit,
      );
      which.forEach((i, j) => {
        out[i] = found[j].map(({ score, row }) => ({
          id: row.id,
          kind: 'concept' as const,
          refId: row.refId,
          docId: row.docId,
          score,
        }));
      });
    }
    return out;
  }

  /** Brings the copy up to date, in one read snapshot; false when the store cannot be mirrored now. */
  private sync(db: Db): boolean {
    // inside the caller's transaction the snapshot would hold its uncommitted rows: sqlite-vec answers that search
    if (db.inTransaction) return false;
    try {
      return db.transaction(() => this.syncIn(db))();
    } catch (e) {
      this.reset(); // half a sync is no copy: the next one starts over
      if (/no such table: vector_log/.test(String((e as Error).message))) return false; // an old store, read-only
      throw e;
    }
  }

  private syncIn(db: Db): boolean {
    const seq = (db.prepare('SELECT max(seq) AS s FROM vector_log').get() as { s: number | null }).s ?? 0;
    const top = (db.prepare('SELECT max(rowid) AS m FROM vector_items').get() as { m: number | null }).m ?? 0;
    if (seq === this.seq && top === this.maxRowid) return true;
    const state = `${seq}|${top}`;
    if (state === this.failedAt) return false;
    const fail = (): false => {
      this.reset();
      this.failedAt = state;
      return false;
    };
    const item = db.prepare(
      'SELECT rowid, id, kind, ref_id AS refId, doc_id AS docId, model, dim FROM vector_items WHERE rowid = ?',
    );
    const vectorOf = new Map<number, ReturnType<Db['prepare']> | null>();
    const add = (r: ItemRow): boolean => {
      let read = vectorOf.get(r.dim);
      if (read === undefined) {
        read = tableExists(db, tableFor(r.dim))
          ? db.prepare(`SELECT embedding FROM ${tableFor(r.dim)} WHERE rowid = ?`)
          : null;
        vectorOf.set(r.dim, read);
      }
      const e = read?.get(BigInt(r.rowid)) as { embedding: Buffer } | undefined;
      // a row without its vector: a store whose vectors are still in the table from before the partition
      if (!e || e.embedding.byteLength !== r.dim * 4) return false;
      this.add(r, e.embedding);
      return this.bytes <= MIRROR_MAX_BYTES;
    };
    if (this.seq >= 0 && seq > this.seq) {
      const oldest =
        (db.prepare('SELECT min(seq) AS s FROM vector_log').get() as { s: number | null }).s ?? 0;
      if (oldest > this.seq + 1) this.reset(); // entries it needs were pruned
    }
    if (this.seq < 0) {
      // first copy: every concept row (sized first)
      const size = db
        .prepare("SELECT count(*) AS n, sum(dim) AS d FROM vector_items WHERE kind = 'concept'")
        .get() as { n: number; d: number | null };
      if ((size.d ?? 0) * 4 > MIRROR_MAX_BYTES) return fail();
      const rows = db
        .prepare(
          "SELECT rowid, id, kind, ref_id AS refId, doc_id AS docId, model, dim FROM vector_items WHERE kind = 'concept' ORDER BY rowid",
        )
        .all() as ItemRow[];
      for (const r of rows) if (!add(r)) return fail();
    } else {
      // rows deleted or changed since: dropped, and read again when their rowid holds a row now (reused)
      const changed = db
        .prepare('SELECT DISTINCT item_rowid AS r FROM vector_log WHERE seq > ? AND item_rowid <= ?')
        .all(this.seq, this.maxRowid) as { r: number }[];
      for (const { r } of changed) {
        const at = this.where.get(r);
        if (at) {
          at.part.kill(at.row);
          this.where.delete(r);
          this.bytes -= at.part.dim * 4;
        }
        const now = item.get(r) as ItemRow | undefined;
        if (now && now.kind === 'concept' && !add(now)) return fail();
      }
      const fresh = db
        .prepare(
          "SELECT rowid, id, kind, ref_id AS refId, doc_id AS docId, model, dim FROM vector_items WHERE rowid > ? AND kind = 'concept' ORDER BY rowid",
        )
        .all(this.maxRowid) as ItemRow[];
      for (const r of fresh) if (!add(r)) return fail();
    }
    this.seq = seq;
    this.maxRowid = top;
    this.failedAt = null;
    for (const part of this.parts.values()) part.compact();
    return true;
  }

  /** Copies one row with its vector's bytes. */
  private add(r: ItemRow, embedding: Buffer): void {
    const key = partKey(r.dim, r.model);
    let part = this.parts.get(key);
    if (!part) this.parts.set(key, (part = new MirrorPart(r.dim)));
    const v = new Float32Array(r.dim);
    new Uint8Array(v.buffer).set(embedding);
    const row: MirrorRow = { rowid: r.rowid, id: r.id, refId: r.refId, docId: r.docId, at: -1 };
    part.push(row, v);
    this.where.set(r.rowid, { part, row });
    this.bytes += r.dim * 4;
  }

  private reset(): false {
    this.seq = -1;
    this.maxRowid = 0;
    this.parts.clear();
    this.where.clear();
    this.bytes = 0;
    return false;
  }
}

/** Keeps vector_log to its last LOG_KEEP entries (inside the writer's transaction). */
function pruneVectorLog(db: Db): void {
  try {
    db.prepare('DELETE FROM vector_log WHERE seq <= (SELECT max(seq) FROM vector_log) - ?').run(LOG_KEEP);
  } catch (e) {
    // a store without the log (opened before its migration): nothing to prune
    if (!/no such table: vector_log/.test(String((e as Error).message))) throw e;
  }
}

const mirrors = new WeakMap<Db, ConceptMirror>();
function conceptMirror(db: Db): ConceptMirror {
  let m = mirrors.get(db);
  if (!m) mirrors.set(db, (m = new ConceptMirror()));
  return m;
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
    return (await this.searchMany([query], opts))[0];
  }

  /**
   * Several queries at once: concept searches from the in-memory copy (one native pass over it for all of them),
   * the others one by one with sqlite-vec.
   */
  async searchMany(
    queries: Float32Array[],
    opts: { limit: number; kind?: 'concept' | 'slide'; model: string },
  ): Promise<VectorHit[][]> {
    const qs = queries.map(normaliseVector);
    if (opts.kind === 'concept') {
      const hits = conceptMirror(this.db).search(this.db, qs, opts.limit, opts.model);
      if (hits) return hits;
    }
    return qs.map((q) => sqliteVecSearch(this.db, q, opts));
  }

  async deleteDocument(docId: string): Promise<void> {
    this.db.transaction(() => deleteDocVectorsTx(this.db, docId)).immediate();
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM vector_items').get() as { n: number }).n;
  }

  async close(): Promise<void> {}
}
