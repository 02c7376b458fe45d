import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { freePort } from '../../../../tools/servers/free-port.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { conceptIdOf, makeGraph } from './fixtures.js';

// A real Neo4j 5.26 (tools/neo4j launcher): the shared one from the global setup, or one for this file.
let server: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
let store: Neo4jGraphStore;

beforeAll(async () => {
  server = await sharedNeo4jUrl();
  store = new Neo4jGraphStore({ url: server.url, batchSize: 7 }); // small batches: several UNWINDs per kind
  await store.init();
}, 600_000); // may wait for another file's Neo4j lease

afterAll(async () => {
  await store?.close();
  await server?.stop();
});

beforeEach(async () => {
  await store.clearAll();
});

const deckA = () =>
  makeGraph({
    path: '/decks/a.pptx',
    content: 'a-v1',
    slides: 12,
    concepts: ['GDPR', 'Kubernetes', 'Revenue', 'Data Protection Officer'],
    mentions: 30,
    relations: 6,
    chartSlides: [2],
  });
const deckB = () =>
  makeGraph({
    path: '/decks/b.pptx',
    content: 'b-v1',
    slides: 4,
    concepts: ['GDPR', 'ISO 27001'],
    mentions: 8,
    relations: 2,
    chartSlides: [],
  });

describe('Neo4jGraphStore (real Neo4j)', () => {
  it('creates its constraints and indexes, and init() is idempotent', async () => {
    await store.init();
    const res = await store.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const names = res.records[0].get('names') as string[];
    expect(names).toEqual(
      expect.arrayContaining(['osm_document_id', 'osm_slide_id', 'osm_concept_id', 'osm_point_id']),
    );
    const idx = await store.driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name STARTS WITH 'osm_' RETURN count(*) AS n",
    );
    expect(idx.records[0].get('n')).toBeGreaterThanOrEqual(14);
  });

  it('writes the whole document graph with the documented counts', async () => {
    const g = deckA();
    const stats = await store.writeDocument(g);
    const c = await store.counts();
    expect(c).toEqual({
      documents: 1,
      slides: 12,
      textBlocks: 36,
      concepts: 4,
      mentions: 30,
      relations: 6,
      chartFacts: g.chartFacts.length,
      vectors: 0,
    });
    // 1 doc + 12 slides + 36 blocks + 2 topics + 4 concepts + 1 chart + 2 series + 6 points
    expect(stats.nodes).toBe(64);
    expect(await store.totals()).toEqual({ nodes: stats.nodes, relationships: stats.relationships });
  });

  it('ingesting the same graph twice leaves identical node and relationship counts', async () => {
    await store.writeDocument(deckA());
    await store.writeDocument(deckB());
    const first = await store.totals();
    const firstCounts = await store.counts();
    await store.writeDocument(deckA());
    await store.writeDocument(deckB());
    expect(await store.totals()).toEqual(first);
    expect(await store.counts()).toEqual(firstCounts);
    expect(first.nodes).toBeGreaterThan(60);
  });

  it('re-writing the same document id with fewer records sweeps the stale ones (new pipeline version)', async () => {
    const full = deckA();
    await store.writeDocument(full);
    const lean = deckA();
    const dropped = 'c:data-protection-officer';
    lean.concepts = lean.concepts.filter((c) => c.id !== dropped);
    lean.mentions = lean.mentions.filter((m) => m.conceptId !== dropped && m.slideIndex <= 10);
    lean.relations = lean.relations.filter((r) => r.source !== dropped && r.target !== dropped).slice(0, 2);
    lean.slides = lean.slides.filter((s) => s.index <= 10);
    lean.textBlocks = lean.textBlocks.filter((b) => lean.slides.some((s) => s.id === b.slideId));
    lean.topics = lean.topics.map((t) => ({ ...t, slideIndices: t.slideIndices.filter((i) => i <= 10) }));
    lean.chartFacts = lean.chartFacts.map((f) => ({ ...f, conceptIds: [] }));
    // A mention id that comes back between other endpoints must not leave its old relationship behind.
    lean.mentions[0] = { ...lean.mentions[0], conceptId: 'c:revenue' };
    await store.writeDocument(lean);
    expect(await store.counts()).toMatchObject({
      documents: 1,
      slides: 10,
      textBlocks: 30,
      concepts: 3,
      mentions: lean.mentions.length,
      relations: lean.relations.length,
    });
    expect(await store.showConcept(dropped)).toBeNull();
    expect((await store.showConcept('GDPR'))?.chartFacts).toEqual([]);
    const rewritten = await store.totals();
    await store.clearAll();
    await store.writeDocument(lean);
    expect(await store.totals()).toEqual(rewritten);
  });

  it('a changed deck (same path, new content) replaces its old slides and mentions atomically', async () => {
    const v1 = deckA();
    await store.writeDocument(v1);
    const v2 = makeGraph({
      path: '/decks/a.pptx',
      content: 'a-v2',
      slides: 5,
      concepts: ['GDPR', 'Terraform'],
      mentions: 9,
      relations: 1,
      chartSlides: [],
    });
    expect(v2.document.id).not.toBe(v1.document.id);
    await store.writeDocument(v2);
    const c = await store.counts();
    expect(c).toMatchObject({
      documents: 1,
      slides: 5,
      textBlocks: 15,
      concepts: 2,
      mentions: 9,
      relations: 1,
      chartFacts: 0,
    });
    expect((await store.findDocumentByPath('/decks/a.pptx'))?.id).toBe(v2.document.id);
    expect(await store.findDocumentBySha(v1.document.sha256)).toBeNull();
    // Concepts only v1 mentioned are gone; the graph equals a fresh ingest of v2 alone.
    expect(await store.showConcept('Kubernetes')).toBeNull();
    const after = await store.totals();
    await store.clearAll();
    await store.writeDocument(v2);
    expect(await store.totals()).toEqual(after);
  });

  it('concepts shared by two documents survive deleting one of them', async () => {
    await store.writeDocument(deckA());
    const b = deckB();
    await store.writeDocument(b);
    await store.deleteDocument(deckA().document.id);
    const gdpr = await store.showConcept('gdpr');
    expect(gdpr?.documents).toBe(1);
    expect(gdpr?.mentionList.every((m) => m.docId === b.document.id)).toBe(true);
    expect(await store.showConcept('Kubernetes')).toBeNull();
    expect((await store.allConcepts()).map((c) => c.name).sort()).toEqual(['GDPR', 'ISO 27001']);
    expect(await store.counts()).toMatchObject({ documents: 1, slides: 4, relations: 2 });
  });

  it('keeps provenance down to the shape and returns chart facts, related concepts and merged aliases', async () => {
    const a = deckA();
    await store.writeDocument(a);
    await store.writeDocument(deckB());
    const d = await store.showConcept('gdpr (a-v1)'); // an alias, case-insensitive
    expect(d?.id).toBe(conceptIdOf('GDPR'));
    expect(d?.aliases).toEqual(['GDPR (a-v1)', 'GDPR (b-v1)']); // merged across decks, case-insensitive union, never the name itself (same rule as the embedded store)
    const expected = a.mentions.filter((m) => m.conceptId === d?.id);
    const got = d!.mentionList.filter((m) => m.docId === a.document.id);
    expect(got).toHaveLength(expected.length);
    for (const m of expected) {
      expect(got).toContainEqual(
        expect.objectContaining({
          slide: m.slideIndex,
          shapeId: m.shapeId,
          layer: m.layer,
          start: m.start,
          end: m.end,
          sentence: m.sentence,
          document: 'a.pptx',
        }),
      );
    }
    expect(d!.chartFacts).toEqual(
      a.chartFacts.map((f) => ({
        chart: f.chartTitle,
        series: f.series,
        category: f.category,
        value: f.value,
        unit: f.unit,
      })),
    );
    const rel = a.relations.filter((r) => r.source === d!.id || r.target === d!.id);
    const relB = deckB().relations.filter((r) => r.source === d!.id || r.target === d!.id);
    const weight = [...rel, ...relB].reduce((s, r) => s + r.weight, 0);
    expect(d!.related.reduce((s, r) => s + r.weight, 0)).toBe(weight);
  });

  it('upserts concepts: a generic type never overrides a specific one, confidence keeps the best', async () => {
    await store.writeDocument(deckB());
    const g = makeGraph({
      path: '/decks/c.pptx',
      content: 'c',
      slides: 2,
      concepts: ['GDPR'],
      mentions: 2,
      relations: 0,
      chartSlides: [],
    });
    g.concepts[0] = { ...g.concepts[0], type: 'CONCEPT', confidence: 0.1, definition: null };
    await store.writeDocument(g);
    const c = (await store.allConcepts()).find((x) => x.name === 'GDPR');
    expect(c).toMatchObject({ type: 'ENTITY', confidence: 0.5 });
    expect(c?.definition).toContain('b-v1');
  });

  it('lists concepts by spread, filtered by type', async () => {
    await store.writeDocument(deckA());
    await store.writeDocument(deckB());
    const all = await store.listConcepts({ limit: 10 });
    expect(all[0]).toMatchObject({ name: 'GDPR', documents: 2 });
    expect(all).toHaveLength(5);
    const persons = await store.listConcepts({ type: 'ENTITY' });
    expect(persons.map((p) => p.name)).toEqual(['GDPR']);
    expect(await store.listConcepts({ limit: 2 })).toHaveLength(2);
  });

  it('a write that fails mid-transaction keeps the previous version intact', async () => {
    await store.writeDocument(deckA());
    const before = await store.totals();
    const bad = makeGraph({ path: '/decks/a.pptx', content: 'a-broken', slides: 3, chartSlides: [] });
    // A map is not a valid property value: the slides statement fails after the old version was deleted.
    (bad.slides[1] as unknown as { layout: unknown }).layout = { nested: true };
    await expect(store.writeDocument(bad)).rejects.toMatchObject({ code: 'OSM_STORE_WRITE_FAILED' });
    expect(await store.totals()).toEqual(before);
    expect((await store.findDocumentByPath('/decks/a.pptx'))?.sha256).toBe(deckA().document.sha256);
  });

  it('reports an unreachable server as OSM_STORE_UNAVAILABLE', async () => {
    const port = await freePort();
    const dead = new Neo4jGraphStore({ url: `bolt://127.0.0.1:${port}` });
    await expect(dead.init()).rejects.toMatchObject({ code: 'OSM_STORE_UNAVAILABLE', retryable: true });
    await dead.close();
  });
});
