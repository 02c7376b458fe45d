import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../src/store/embedded-store.js';
import type { DocumentGraph } from '../src/model/graph.js';

function graph(docId: string, path: string, conceptNames: string[], slideCount = 2): DocumentGraph {
  const slides = Array.from({ length: slideCount }, (_, i) => ({
    id: `${docId}:s${i + 1}`,
    docId,
    index: i + 1,
    title: `Slide ${i + 1}`,
    hidden: false,
    section: null,
    layout: null,
    hash: `h${i}`,
    summary: 's',
    summarySource: 'text' as const,
    notes: '',
  }));
  const concepts = conceptNames.map((n) => ({
    id: `c:${n.toLowerCase()}`,
    name: n,
    type: 'ENTITY' as const,
    aliases: [],
    definition: null,
    confidence: 1,
  }));
  return {
    document: {
      id: docId,
      path,
      fileName: path,
      sha256: docId,
      title: null,
      slideCount,
      hiddenSlides: 0,
      ingestedAt: 'now',
      pipelineVersion: '1',
    },
    slides,
    textBlocks: slides.map((s, i) => ({
      id: `${s.id}:b0`,
      docId,
      slideId: s.id,
      shapeId: '2',
      layer: 'body' as const,
      text: conceptNames.join(' '),
      boilerplate: false,
      ord: i,
    })),
    topics: [],
    concepts,
    mentions: concepts.map((c, i) => ({
      id: `m:${docId}:${i}`,
      conceptId: c.id,
      docId,
      slideId: slides[0].id,
      slideIndex: 1,
      shapeId: '2',
      layer: 'body' as const,
      start: 0,
      end: 1,
      surface: c.name,
      sentence: c.name,
    })),
    relations: [],
    chartFacts: [],
    vectors: concepts.map((c, i) => ({
      id: `v:${c.id}`,
      kind: 'concept' as const,
      refId: c.id,
      docId: null,
      model: 'm',
      vector: new Float32Array([1 + i, 2, 3]),
    })),
  };
}

describe('embedded store', () => {
  it('replaces a document by path atomically and prunes concepts left without mentions', async () => {
    const s = openEmbeddedStore(':memory:');
    await s.graph.writeDocument(graph('doc:a', '/x.pptx', ['Alpha', 'Beta']));
    await s.graph.writeDocument(graph('doc:b', '/y.pptx', ['Beta']));
    await s.graph.writeDocument(graph('doc:a2', '/x.pptx', ['Gamma'], 3)); // edited /x.pptx
    const c = await s.graph.counts();
    expect(c.documents).toBe(2);
    expect(c.slides).toBe(5);
    expect((await s.graph.allConcepts()).map((x) => x.name).sort()).toEqual(['Beta', 'Gamma']);
    expect((await s.graph.showConcept('beta'))!.documents).toBe(1);
    s.close();
  });

  it('a failing write leaves the previous version untouched', async () => {
    const s = openEmbeddedStore(':memory:');
    await s.graph.writeDocument(graph('doc:a', '/x.pptx', ['Alpha']));
    const before = await s.graph.counts();
    const bad = graph('doc:a2', '/x.pptx', ['Delta']);
    bad.mentions.push({ ...bad.mentions[0] }); // duplicate primary key → the transaction fails midway
    await expect(s.graph.writeDocument(bad)).rejects.toMatchObject({ code: 'OSM_STORE_WRITE_FAILED' });
    expect(await s.graph.counts()).toEqual(before);
    expect((await s.graph.findDocumentByPath('/x.pptx'))!.id).toBe('doc:a');
    s.close();
  });

  it('normalises vectors, refuses zero vectors, and finds nearest neighbours by cosine', async () => {
    const s = openEmbeddedStore(':memory:');
    await s.vectors.upsert([
      {
        id: 'v1',
        kind: 'concept',
        refId: 'c:1',
        docId: null,
        model: 'm',
        vector: new Float32Array([10, 0, 0]),
      },
      {
        id: 'v2',
        kind: 'concept',
        refId: 'c:2',
        docId: null,
        model: 'm',
        vector: new Float32Array([0, 3, 0]),
      },
      {
        id: 'v3',
        kind: 'slide',
        refId: 's:1',
        docId: 'doc:a',
        model: 'm',
        vector: new Float32Array([1, 1, 0]),
      },
    ]);
    const hits = await s.vectors.search(new Float32Array([2, 0.1, 0]), {
      limit: 2,
      kind: 'concept',
      model: 'm',
    });
    expect(hits.map((h) => h.refId)).toEqual(['c:1', 'c:2']);
    expect(hits[0].score).toBeGreaterThan(0.99);
    await expect(
      s.vectors.upsert([
        { id: 'z', kind: 'concept', refId: 'c:z', docId: null, model: 'm', vector: new Float32Array(3) },
      ]),
    ).rejects.toMatchObject({ code: 'OSM_STORE_WRITE_FAILED' });
    // upsert by id replaces, delete by document removes
    await s.vectors.upsert([
      {
        id: 'v1',
        kind: 'concept',
        refId: 'c:1',
        docId: null,
        model: 'm',
        vector: new Float32Array([0, 0, 1]),
      },
    ]);
    expect(await s.vectors.count()).toBe(3);
    await s.vectors.deleteDocument('doc:a');
    expect(await s.vectors.count()).toBe(2);
    s.close();
  });

  it('cache honours TTLs and counts hits; checkpoints persist', async () => {
    const s = openEmbeddedStore(':memory:');
    await s.cache.set('k1', 'v1');
    await s.cache.set('k2', 'v2', -1); // already expired
    expect(await s.cache.mget(['k1', 'k2', 'k3'])).toEqual(['v1', null, null]);
    expect(s.cache.stats()).toMatchObject({ hits: 1, misses: 2 });
    await s.checkpoints.putCheckpoint('summary', 'a', 'x');
    expect([...(await s.checkpoints.getCheckpoints('summary', ['a', 'b']))]).toEqual([['a', 'x']]);
    s.close();
  });
});
