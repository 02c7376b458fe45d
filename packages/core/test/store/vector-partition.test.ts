/**
 * The embedded vector index is partitioned by kind, so a concept's nearest neighbours are searched among
 * concept vectors only; a store written before the partition is searched as it is and migrated on its next write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded-store.js';
import type { VectorRecord } from '../../src/model/graph.js';

const dir = mkdtempSync(join(tmpdir(), 'osmose-vecpart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIM = 8;
const vec = (seed: number) => Float32Array.from({ length: DIM }, (_, i) => Math.cos(seed * (i + 1)) + 1.5);
const rec = (id: string, kind: 'concept' | 'slide', seed: number): VectorRecord => ({
  id,
  kind,
  refId: `ref:${id}`,
  docId: kind === 'slide' ? 'doc:1' : null,
  model: 'm',
  vector: vec(seed),
});

describe('embedded vector index partitioned by kind', () => {
  it('a concept search sees concept vectors only (a slide vector identical to the query is not a hit)', async () => {
    const s = openEmbeddedStore(join(dir, 'a'));
    try {
      await s.vectors.upsert([rec('c1', 'concept', 1), rec('c2', 'concept', 2), rec('s1', 'slide', 1)]);
      const concepts = await s.vectors.search(vec(1), { limit: 5, kind: 'concept', model: 'm' });
      expect(concepts.map((h) => h.id)).toEqual(['c1', 'c2']);
      expect(concepts[0].score).toBeCloseTo(1, 5);
      const slides = await s.vectors.search(vec(1), { limit: 5, kind: 'slide', model: 'm' });
      expect(slides.map((h) => h.id)).toEqual(['s1']);
      const all = await s.vectors.search(vec(1), { limit: 5, model: 'm' });
      expect(all.map((h) => h.id).sort()).toEqual(['c1', 'c2', 's1']);
      // re-writing a vector replaces it; deleting a document removes its slide vectors
      await s.vectors.upsert([rec('c1', 'concept', 3)]);
      expect((await s.vectors.search(vec(3), { limit: 1, kind: 'concept', model: 'm' }))[0].id).toBe('c1');
      await s.vectors.deleteDocument('doc:1');
      expect(await s.vectors.search(vec(1), { limit: 5, kind: 'slide', model: 'm' })).toEqual([]);
      expect(await s.vectors.count()).toBe(2);
    } finally {
      s.close();
    }
  });

  it('a store from before the partition is searched as it is, then migrated by its next write', async () => {
    const path = join(dir, 'b');
    let s = openEmbeddedStore(path);
    // the previous layout: vec_<dim> without the kind partition
    s.db.exec(`CREATE VIRTUAL TABLE vec_${DIM} USING vec0(embedding float[${DIM}] distance_metric=cosine)`);
    const ins = s.db.prepare(
      'INSERT INTO vector_items(id, kind, ref_id, doc_id, model, dim) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const r of [rec('old-c', 'concept', 1), rec('old-s', 'slide', 2)]) {
      const info = ins.run(r.id, r.kind, r.refId, r.docId, r.model, DIM);
      const n = Math.hypot(...r.vector);
      s.db
        .prepare(`INSERT INTO vec_${DIM}(rowid, embedding) VALUES (?, ?)`)
        .run(BigInt(info.lastInsertRowid), Buffer.from(Float32Array.from(r.vector, (x) => x / n).buffer));
    }
    s.close();
    s = openEmbeddedStore(path);
    try {
      expect(
        (await s.vectors.search(vec(1), { limit: 5, kind: 'concept', model: 'm' })).map((h) => h.id),
      ).toEqual(['old-c']);
      await s.vectors.upsert([rec('new-c', 'concept', 1.01)]);
      const tables = (
        s.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'vec_%'").all() as { name: string }[]
      )
        .map((t) => t.name)
        .filter((n) => n === `vec_${DIM}` || n === `vec_${DIM}_k`);
      expect(tables).toEqual([`vec_${DIM}_k`]);
      expect(
        (await s.vectors.search(vec(1), { limit: 5, kind: 'concept', model: 'm' })).map((h) => h.id),
      ).toEqual(['old-c', 'new-c']);
      expect(
        (await s.vectors.search(vec(2), { limit: 5, kind: 'slide', model: 'm' })).map((h) => h.id),
      ).toEqual(['old-s']);
    } finally {
      s.close();
    }
  });
});
