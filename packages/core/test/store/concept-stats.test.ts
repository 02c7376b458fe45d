/**
 * The per-concept counts of migration 8 (mentions, documents, slides and the name, kept per document written or
 * deleted): held to a count of the stored mentions after writes, a re-ingest, a delete, an unmerge, a rename and an
 * upgrade from schema 7; and the filters of the store's list (a name fragment, one document) held to the list
 * filtered in JavaScript.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { keptStats, recountAll } from '../../src/store/sqlite-concept-stats.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { makeGraph } from '../adapters/fixtures.js';
import { graph } from '../resolve/name-index-fixtures.js';

const open: EmbeddedStore[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function mem(): EmbeddedStore {
  const s = openEmbeddedStore(':memory:');
  open.push(s);
  return s;
}

const NAMES = ['Énergie Solaire', 'Zero Trust', 'Kubernetes', 'GDPR', 'Data Lake', 'Edge AI', 'Revenue'];
const deck = (d: number, content = `v${d}`) =>
  makeGraph({
    path: `/decks/${d}.pptx`,
    content,
    slides: 2 + (d % 4),
    concepts: NAMES.filter((_, i) => (i + d) % 3 !== 0),
    mentions: 6 + (d % 5),
    relations: 4,
  });

const consistent = (s: EmbeddedStore) => expect(keptStats(s.db)).toEqual(recountAll(s.db));

describe('kept per-concept counts (migration 8)', () => {
  it('follow writes, a re-ingest of changed content, deletes and an unmerge', async () => {
    const s = mem();
    for (let d = 0; d < 6; d++) {
      await s.graph.writeDocument(deck(d));
      consistent(s);
    }
    expect(keptStats(s.db).length).toBeGreaterThan(3);
    // the same path with other content replaces the document
    await s.graph.writeDocument(deck(2, 'changed'));
    consistent(s);
    const docs = await s.graph.listDocuments();
    await s.graph.deleteDocument(docs[0].id);
    consistent(s);
    // a merge by entity resolution, then undone: mentions move back to the merged concept
    const std1 = graph('std1', [['ASVS', 'STANDARD']]);
    await resolveStage(std1, { store: s.graph });
    await s.graph.writeDocument(std1);
    const std2 = graph('std2', [['ASVS 4.0', 'STANDARD']]);
    const r = await resolveStage(std2, { store: s.graph });
    expect(r.merges.length).toBe(1);
    await s.graph.writeDocument(std2);
    consistent(s);
    const before = keptStats(s.db).find((x) => x.id === r.merges[0].keptId)!;
    expect(before.documents).toBe(2);
    await s.graph.unmerge(r.merges[0].id);
    consistent(s);
    expect(keptStats(s.db).find((x) => x.id === r.merges[0].keptId)!.documents).toBe(1);
    // every document deleted: nothing counted
    for (const d of await s.graph.listDocuments()) await s.graph.deleteDocument(d.id);
    expect(keptStats(s.db)).toEqual([]);
  });

  it('follow a concept renamed by a later document', async () => {
    const s = mem();
    await s.graph.writeDocument(graph('a', [['data lake', 'TOOL']]));
    await s.graph.writeDocument(graph('b', [['Data Lake', 'TOOL']]));
    consistent(s);
    const name = (s.db.prepare('SELECT name FROM concepts').get() as { name: string }).name;
    expect(keptStats(s.db).map((x) => x.name)).toEqual([name]);
  });

  it('are built for a store of schema 7 when it is opened by this version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-stats-'));
    dirs.push(dir);
    let s = openEmbeddedStore(dir);
    for (let d = 0; d < 4; d++) await s.graph.writeDocument(deck(d));
    const want = recountAll(s.db);
    // back to schema 7: no counts, no triggers
    s.db
      .exec(`DROP TRIGGER concept_stats_renamed; DROP TRIGGER concept_stats_dropped; DROP TABLE concept_stats;
      UPDATE meta SET value = '7' WHERE key = 'schema_version'`);
    s.close();
    s = openEmbeddedStore(dir);
    open.push(s);
    expect(keptStats(s.db)).toEqual(want);
    await s.graph.writeDocument(deck(9));
    consistent(s);
  });

  it('serve the top concepts in index order, without counting mentions or sorting', async () => {
    const s = mem();
    for (let d = 0; d < 3; d++) await s.graph.writeDocument(deck(d));
    const plan = s.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT c.id FROM concept_stats s JOIN concepts c ON c.id = s.concept_id
         ORDER BY s.documents DESC, s.slides DESC, s.mentions DESC, s.name, s.concept_id LIMIT 5`,
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/concept_stats_rank/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(plan).not.toMatch(/mentions/);
  });
});

describe("the store list's filters", () => {
  it('a name or alias fragment (case-insensitive beyond ASCII) and one document, in the store order', async () => {
    const s = mem();
    for (let d = 0; d < 6; d++) await s.graph.writeDocument(deck(d));
    await s.graph.writeDocument(graph('aliased', [['Service Mesh', 'TOOL', ['Istio Layer']]]));
    const all = await s.graph.listConcepts({ limit: 1000 });
    const docs = await s.graph.listDocuments();
    const dump = await s.graph.dumpGraph();
    for (const q of ['énergie', 'ÉNERGIE', 'e', 'zero', 'istio', 'layer', 'nothing-like-this', '"']) {
      const want = all.filter(
        (c) =>
          c.name.toLowerCase().includes(q.toLowerCase()) ||
          c.aliases.some((a) => a.toLowerCase().includes(q.toLowerCase())),
      );
      expect(await s.graph.listConcepts({ limit: 1000, q })).toEqual(want);
      expect(await s.graph.listConcepts({ limit: 2, q })).toEqual(want.slice(0, 2));
    }
    expect((await s.graph.listConcepts({ limit: 10, q: 'énergie' })).map((c) => c.name)).toEqual([
      'Énergie Solaire',
    ]);
    for (const d of docs) {
      const ids = new Set(dump.mentions.filter((m) => m.docId === d.id).map((m) => m.conceptId));
      const want = all.filter((c) => ids.has(c.id));
      expect(want.length).toBeGreaterThan(0);
      expect(await s.graph.listConcepts({ limit: 1000, inDocument: d.id })).toEqual(want);
      expect(await s.graph.listConcepts({ limit: 1000, inDocument: d.id, q: 'a' })).toEqual(
        want.filter(
          (c) => c.name.toLowerCase().includes('a') || c.aliases.some((x) => x.toLowerCase().includes('a')),
        ),
      );
    }
    expect(await s.graph.listConcepts({ limit: 10, inDocument: 'doc:nope' })).toEqual([]);
  });
});
