import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { makeGraph } from './fixtures.js';

// One deck's concepts (`osmose concepts --document`) and the stored deck counts (unchanged re-runs) on a real
// Neo4j equal the embedded store's.
let server: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
let neo: Neo4jGraphStore;
let emb: EmbeddedStore;

const deck = (
  path: string,
  content: string,
  concepts: string[],
  stats: boolean,
  pending: { visionPending?: number; llmPending?: number; judgePending?: number } = {},
) => {
  const g = makeGraph({ path, content, slides: 5, concepts, mentions: 12, relations: 2, chartSlides: [] });
  if (stats) g.document.stats = { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234 };
  if (Object.keys(pending).length > 0) g.document.stats = { ...g.document.stats!, ...pending };
  return g;
};

beforeAll(async () => {
  server = await sharedNeo4jUrl();
  neo = new Neo4jGraphStore({ url: server.url });
  await neo.init();
  await neo.clearAll();
  emb = openEmbeddedStore(':memory:');
  for (const g of [
    deck('/decks/a.pptx', 'a', ['GDPR', 'Kubernetes', 'Revenue'], true),
    deck('/decks/b.pptx', 'b', ['GDPR', 'ISO 27001'], false),
    deck('/decks/c.pptx', 'c', ['Zeta'], true, { visionPending: 3 }), // 3 slides wait for vision (provider trouble)
    deck('/decks/d.pptx', 'd', ['Omega'], true, { llmPending: 7 }), // 7 topics wait for the LLM
    deck('/decks/e.pptx', 'e', ['Sigma'], true, { visionPending: 1, llmPending: 2 }),
    deck('/decks/f.pptx', 'f', ['Sigma', 'Tau'], true, { judgePending: 4 }), // 4 concept pairs wait for the judge
  ]) {
    await neo.writeDocument(g);
    await emb.graph.writeDocument(g);
  }
}, 600_000); // may wait for another file's Neo4j lease

afterAll(async () => {
  await neo?.close();
  emb?.close();
  await server?.stop();
});

describe('documents on Neo4j and in the embedded store', { timeout: 120_000 }, () => {
  it('keep the deck counts (null for a deck stored without them) and the slides waiting for vision', async () => {
    for (const s of [neo, emb.graph]) {
      const docs = await s.listDocuments();
      expect(docs.map((d) => [d.path, d.stats ?? null])).toEqual([
        ['/decks/a.pptx', { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234 }],
        ['/decks/b.pptx', null],
        ['/decks/c.pptx', { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234, visionPending: 3 }],
        ['/decks/d.pptx', { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234, llmPending: 7 }],
        [
          '/decks/e.pptx',
          { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234, visionPending: 1, llmPending: 2 },
        ],
        ['/decks/f.pptx', { notes: 2, tables: 3, charts: 1, images: 4, textChars: 1234, judgePending: 4 }],
      ]);
      for (const d of docs)
        expect((await s.findDocumentBySha(d.sha256))?.stats ?? null).toEqual(d.stats ?? null);
    }
  });

  it('tell the concepts only one deck mentions the same way (re-resolving a stored deck)', async () => {
    const docs = await emb.graph.listDocuments();
    const byPath = new Map(docs.map((d) => [d.path, d.id]));
    for (const s of [neo, emb.graph]) {
      // a: GDPR is shared with b; f: Sigma is shared with e; c: all its own
      expect([...(await s.conceptsOnlyIn!(byPath.get('/decks/a.pptx')!))].sort()).toEqual([
        'c:kubernetes',
        'c:revenue',
      ]);
      expect([...(await s.conceptsOnlyIn!(byPath.get('/decks/f.pptx')!))]).toEqual(['c:tau']);
      expect([...(await s.conceptsOnlyIn!(byPath.get('/decks/c.pptx')!))]).toEqual(['c:zeta']);
      expect((await s.conceptsOnlyIn!('doc:none')).size).toBe(0);
    }
  });

  it("list one deck's concepts the same way", async () => {
    const [a, b] = await emb.graph.listDocuments();
    for (const d of [a, b]) {
      const fromNeo = await neo.listConcepts({ docId: d.id, limit: 100 });
      const fromEmb = await emb.graph.listConcepts({ docId: d.id, limit: 100 });
      expect(fromNeo).toEqual(fromEmb);
      expect(fromEmb.length).toBeGreaterThan(0);
    }
    const names = (await neo.listConcepts({ docId: b.id, limit: 100 })).map((c) => c.name);
    expect(names).not.toContain('Kubernetes');
    const gdpr = (await neo.listConcepts({ docId: b.id, limit: 100 })).find((c) => c.name === 'GDPR')!;
    expect(gdpr.documents).toBe(2); // decks across the store
  });
});
