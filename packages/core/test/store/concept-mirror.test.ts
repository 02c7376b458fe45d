/**
 * The embedded vector store answers concept searches (entity resolution's nearest neighbours) from an in-memory
 * copy of the concept vectors, kept in step with the database whichever connection writes: rows past the highest
 * rowid copied are appended, rows vector_log names (deleted or changed) are dropped and read again, and a copy that
 * missed pruned log entries reloads. Its answers are sqlite-vec's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded-store.js';
import {
  normaliseVector,
  sqliteVecSearch,
  useNativeNearest,
  writeVectorsTx,
} from '../../src/store/sqlite-vector-store.js';
import type { VectorRecord } from '../../src/model/graph.js';
import type { VectorHit } from '../../src/ports/store.js';
import { prng } from '../adapters/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'osmose-mirror-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIM = 24;
/** Deterministic pseudo-random vectors (the fixtures' seeded mulberry32). */
const rand = prng('concept-mirror');
const vec = (): Float32Array => Float32Array.from({ length: DIM }, () => rand() * 2 - 1);
const concept = (id: string, model = 'm', docId: string | null = null): VectorRecord => ({
  id,
  kind: 'concept',
  refId: `c:${id}`,
  docId,
  model,
  vector: vec(),
});
const slide = (id: string, docId: string): VectorRecord => ({
  id,
  kind: 'slide',
  refId: `s:${id}`,
  docId,
  model: 'm',
  vector: vec(),
});

type Store = ReturnType<typeof openEmbeddedStore>;
const strip = (hits: VectorHit[]) => hits.map(({ score: _score, ...h }) => h);

/** The store's answers (the copy) equal sqlite-vec's, one query at a time, in a batch, natively and in JavaScript. */
async function sameAsSqliteVec(s: Store, queries = 40): Promise<number> {
  let compared = 0;
  const batch = Array.from({ length: 12 }, () => vec());
  for (const native of [true, false]) {
    useNativeNearest(native);
    try {
      const many = await s.vectors.searchMany!(batch, { limit: 7, kind: 'concept', model: 'm' });
      batch.forEach((q, i) => {
        const want = sqliteVecSearch(s.db, normaliseVector(q), { limit: 7, kind: 'concept', model: 'm' });
        expect(strip(many[i])).toEqual(strip(want));
        many[i].forEach((h, k) => expect(Math.abs(h.score - want[k].score)).toBeLessThan(1e-5));
      });
    } finally {
      useNativeNearest(true);
    }
  }
  for (let i = 0; i < queries; i++) {
    const q = vec();
    useNativeNearest(i % 2 === 0);
    for (const [model, limit] of [
      ['m', 5],
      ['m', 12],
      ['other', 3],
    ] as const) {
      const got = await s.vectors.search(q, { limit, kind: 'concept', model });
      const want = sqliteVecSearch(s.db, normaliseVector(q), { limit, kind: 'concept', model });
      expect(strip(got)).toEqual(strip(want));
      for (let k = 0; k < got.length; k++) expect(Math.abs(got[k].score - want[k].score)).toBeLessThan(1e-5);
      compared += want.length;
    }
    useNativeNearest(true);
  }
  return compared;
}

describe('concept searches from the in-memory copy', () => {
  it('answers as sqlite-vec does: after appends, replacements, deletes, a rolled-back write and another connection', async () => {
    const path = join(dir, 'a');
    const s = openEmbeddedStore(path);
    const other = openEmbeddedStore(path);
    try {
      await s.vectors.upsert([
        ...Array.from({ length: 150 }, (_, i) => concept(`a${i}`, 'm', `doc:${i % 5}`)),
        ...Array.from({ length: 40 }, (_, i) => concept(`o${i}`, 'other')),
        ...Array.from({ length: 60 }, (_, i) => slide(`s${i}`, `doc:${i % 5}`)),
      ]);
      expect(await sameAsSqliteVec(s)).toBeGreaterThan(100);
      // appended rows are picked up by rowid
      await s.vectors.upsert(Array.from({ length: 30 }, (_, i) => concept(`b${i}`, 'm', 'doc:9')));
      await sameAsSqliteVec(s);
      // the same ids written again (delete + insert at new rowids)
      await s.vectors.upsert(Array.from({ length: 30 }, (_, i) => concept(`b${i}`, 'm', 'doc:9')));
      await sameAsSqliteVec(s);
      // a document's vectors deleted
      await s.vectors.deleteDocument('doc:2');
      await sameAsSqliteVec(s);
      // a write rolled back leaves nothing behind in the copy either
      const rolledBack = concept('ghost', 'm');
      expect(() =>
        s.db.transaction(() => {
          writeVectorsTx(s.db, [rolledBack]);
          throw new Error('abort the write');
        })(),
      ).toThrow('abort the write');
      const ghost = await s.vectors.search(rolledBack.vector, { limit: 3, kind: 'concept', model: 'm' });
      expect(ghost.map((h) => h.id)).not.toContain('ghost');
      await sameAsSqliteVec(s);
      // another connection (another thread or process) appends, replaces and deletes
      await other.vectors.upsert([concept('x1'), concept('x2'), concept('a3', 'm', 'doc:3')]);
      await sameAsSqliteVec(s);
      await other.vectors.deleteDocument('doc:9');
      await sameAsSqliteVec(s);
      const x1 = await s.vectors.search(vec(), { limit: 400, kind: 'concept', model: 'm' });
      const ids = new Set(x1.map((h) => h.id));
      expect(ids.has('x1') && ids.has('x2')).toBe(true);
      expect([...ids].some((id) => id.startsWith('b'))).toBe(false);
      // slide searches still go to sqlite-vec
      expect((await s.vectors.search(vec(), { limit: 5, kind: 'slide', model: 'm' })).length).toBe(5);
    } finally {
      other.close();
      s.close();
    }
  });

  it('a vector identical to the query scores 1 and comes first; limit 0 and an unknown dimension find nothing', async () => {
    const s = openEmbeddedStore(join(dir, 'b'));
    try {
      const recs = Array.from({ length: 20 }, (_, i) => concept(`c${i}`));
      await s.vectors.upsert(recs);
      const hits = await s.vectors.search(recs[7].vector, { limit: 3, kind: 'concept', model: 'm' });
      expect(hits[0]).toMatchObject({ id: 'c7', refId: 'c:c7', kind: 'concept' });
      expect(hits[0].score).toBeCloseTo(1, 5);
      expect(hits.length).toBe(3);
      expect(hits[0].score >= hits[1].score && hits[1].score >= hits[2].score).toBe(true);
      expect(await s.vectors.search(recs[7].vector, { limit: 0, kind: 'concept', model: 'm' })).toEqual([]);
      expect(
        await s.vectors.search(new Float32Array(DIM + 1).fill(1), { limit: 3, kind: 'concept', model: 'm' }),
      ).toEqual([]);
    } finally {
      s.close();
    }
  });
  it('follows reused rowids (the last document replaced), pruned log entries, and a search inside a transaction', async () => {
    const s = openEmbeddedStore(join(dir, 'c'));
    try {
      await s.vectors.upsert(Array.from({ length: 60 }, (_, i) => concept(`k${i}`, 'm', 'doc:keep')));
      await s.vectors.upsert(Array.from({ length: 25 }, (_, i) => concept(`l${i}`, 'm', 'doc:last')));
      await sameAsSqliteVec(s, 10);
      const top = () => (s.db.prepare('SELECT max(rowid) AS m FROM vector_items').get() as { m: number }).m;
      const before = top();
      // the last document re-done (a --force re-ingest): its rows, the highest, deleted, and new ones written at the
      // same rowids, of another kind or model than before
      await s.vectors.deleteDocument('doc:last');
      await s.vectors.upsert([
        ...Array.from({ length: 10 }, (_, i) => slide(`ls${i}`, 'doc:last')),
        ...Array.from({ length: 10 }, (_, i) => concept(`lo${i}`, 'other', 'doc:last')),
        ...Array.from({ length: 5 }, (_, i) => concept(`ln${i}`, 'm', 'doc:last')),
      ]);
      expect(top()).toBe(before); // the rowids were reused
      await sameAsSqliteVec(s, 10);
      // log entries the copy has not read are pruned by a writer: it reloads
      s.db
        .prepare(
          'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) INSERT INTO vector_log(item_rowid) SELECT 0 FROM n',
        )
        .run();
      await s.vectors.upsert([concept('k3', 'm', 'doc:keep')]); // a replacement: logs a delete and prunes
      const oldest = (s.db.prepare('SELECT min(seq) AS s FROM vector_log').get() as { s: number }).s;
      expect(oldest).toBeGreaterThan(10_000);
      await sameAsSqliteVec(s, 10);
      // inside a transaction the search sees its uncommitted rows (sqlite-vec answers it); after the rollback, not
      const pending = concept('pending', 'm');
      expect(() =>
        s.db.transaction(() => {
          writeVectorsTx(s.db, [pending]);
          const hits = sqliteVecSearch(s.db, normaliseVector(pending.vector), {
            limit: 1,
            kind: 'concept',
            model: 'm',
          });
          expect(hits[0].id).toBe('pending');
          throw new Error('roll back');
        })(),
      ).toThrow('roll back');
      await expect(
        (async () => {
          s.db.exec('BEGIN');
          writeVectorsTx(s.db, [pending]);
          const hits = await s.vectors.search(pending.vector, { limit: 1, kind: 'concept', model: 'm' });
          s.db.exec('ROLLBACK');
          return hits.map((h) => h.id);
        })(),
      ).resolves.toEqual(['pending']);
      expect(
        (await s.vectors.search(pending.vector, { limit: 1, kind: 'concept', model: 'm' }))[0].id,
      ).not.toBe('pending');
      await sameAsSqliteVec(s, 10);
    } finally {
      s.close();
    }
  });
});
