import { afterAll, describe, expect, it } from 'vitest';
import type { VectorRecord } from '../../src/model/graph.js';
import { QdrantVectorStore, collectionNameFor } from '../../src/adapters/qdrant/qdrant-vector-store.js';
import { uuidV5 } from '../../src/adapters/qdrant/uuid-v5.js';
import { freePort } from '../../../../tools/servers/free-port.js';
import { sharedQdrant } from '../../../../tools/servers/shared.js';
import { prng } from './fixtures.js';

// The run's real Qdrant (tools/servers: QDRANT_URL, else a qdrant binary from QDRANT_BIN, PATH or
// ../shared/bin/qdrant); without one the server tests skip, loudly.
const qdrant = await sharedQdrant('QdrantVectorStore integration tests');
const QDRANT_URL = qdrant.url;
const itQdrant = QDRANT_URL ? it : it.skip;
afterAll(() => qdrant.stop());

describe('point ids and collection names', () => {
  it('UUIDv5 matches RFC 4122 / Python uuid.uuid5', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('v:slide:doc:abc:s1:model')).toBe('0a515da7-c7a3-5c76-b277-b4096839d0f1');
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });

  it('names one collection per model', () => {
    expect(collectionNameFor('osmose_', 'Xenova/all-MiniLM-L6-v2')).toBe('osmose_xenova_all-minilm-l6-v2');
  });

  it('reports an unreachable Qdrant as OSM_STORE_UNAVAILABLE', async () => {
    const store = new QdrantVectorStore({ url: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2000 });
    await expect(store.init(4, 'm')).rejects.toMatchObject({
      code: 'OSM_STORE_UNAVAILABLE',
      retryable: true,
    });
  });
});

describe.skipIf(!QDRANT_URL)('QdrantVectorStore (real Qdrant server)', () => {
  const prefix = `osmose_test_${process.pid}_${Date.now().toString(36)}_`;
  const model = 'test-model';
  const dim = 16;
  const store = new QdrantVectorStore({
    url: QDRANT_URL ?? 'http://127.0.0.1:1',
    collectionPrefix: prefix,
    batchSize: 7,
  });
  const rnd = prng('qdrant');
  const vec = () => Float32Array.from({ length: dim }, () => rnd() - 0.5);
  const slides = (docId: string, n: number): VectorRecord[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `v:slide:${docId}:s${i}:${model}`,
      kind: 'slide',
      refId: `${docId}:s${i}`,
      docId,
      model,
      vector: vec(),
    }));
  const concepts: VectorRecord[] = Array.from({ length: 5 }, (_, i) => ({
    id: `v:concept:c:k${i}:${model}`,
    kind: 'concept',
    refId: `c:k${i}`,
    docId: null,
    model,
    vector: vec(),
  }));

  afterAll(async () => {
    if (!QDRANT_URL) return;
    for (const c of await store.collections()) await store.client.deleteCollection(c);
  });

  itQdrant(
    'creates a Cosine collection of the model size with payload indexes on docId and kind',
    async () => {
      await store.init(dim, model);
      await store.init(dim, model);
      const info = await store.client.getCollection(collectionNameFor(prefix, model));
      expect(info.config.params.vectors).toMatchObject({ size: dim, distance: 'Cosine' });
      expect(Object.keys(info.payload_schema ?? {}).sort()).toEqual(['docId', 'kind']);
      await expect(store.init(dim + 1, model)).rejects.toMatchObject({ code: 'OSM_CONFIG_INVALID' });
    },
  );

  itQdrant('upserts idempotently with deterministic ids and finds the nearest vector', async () => {
    const a = slides('doc:a', 20);
    await store.upsert([...a, ...concepts], 'doc:a');
    await store.upsert([...a, ...concepts], 'doc:a');
    expect(await store.count()).toBe(25);
    const hits = await store.search(a[3].vector, { limit: 3, model });
    expect(hits[0]).toMatchObject({ id: a[3].id, kind: 'slide', refId: a[3].refId, docId: 'doc:a' });
    expect(hits[0].score).toBeCloseTo(1, 4);
    const onlyConcepts = await store.search(a[3].vector, { limit: 10, kind: 'concept', model });
    expect(onlyConcepts).toHaveLength(5);
    expect(onlyConcepts.every((h) => h.kind === 'concept')).toBe(true);
    expect(await store.search(a[3].vector, { limit: 3, model: 'never-ingested' })).toEqual([]);
  });

  itQdrant('keys points by UUIDv5 of the record id, with the record in the payload', async () => {
    const a = slides('doc:ids', 3);
    await store.upsert(a, 'doc:ids');
    const got = await store.client.retrieve(collectionNameFor(prefix, model), {
      ids: a.map((r) => uuidV5(r.id)),
      with_payload: true,
      with_vector: true,
    });
    expect(got.map((p) => p.id).sort()).toEqual(a.map((r) => uuidV5(r.id)).sort());
    const byId = new Map(got.map((p) => [p.id, p]));
    for (const r of a) {
      const p = byId.get(uuidV5(r.id))!;
      expect(p.payload).toEqual({ recordId: r.id, kind: 'slide', refId: r.refId, docId: 'doc:ids', model });
      // stored L2-normalised (Cosine), so the same direction as the record's vector
      const v = p.vector as number[];
      const n = Math.hypot(...r.vector);
      v.forEach((x, i) => expect(x).toBeCloseTo(r.vector[i] / n, 5));
    }
    await store.deleteDocument('doc:ids');
  });

  itQdrant('sends upserts in batches of batchSize points', async () => {
    const calls: number[] = [];
    const real = store.client.upsert.bind(store.client);
    const spy = (async (name: string, body: { points: unknown[] }) => {
      calls.push(body.points.length);
      return real(name, body as Parameters<typeof real>[1]);
    }) as typeof real;
    store.client.upsert = spy;
    try {
      await store.upsert(slides('doc:batch', 30), 'doc:batch');
    } finally {
      store.client.upsert = real;
    }
    expect(calls).toEqual([7, 7, 7, 7, 2]);
    expect(
      (
        await store.client.count(collectionNameFor(prefix, model), {
          exact: true,
          filter: { must: [{ key: 'docId', match: { value: 'doc:batch' } }] },
        })
      ).count,
    ).toBe(30);
    await store.deleteDocument('doc:batch');
  });

  itQdrant('filters by document and by type', async () => {
    const c = slides('doc:c', 6);
    const d = slides('doc:d', 6);
    await store.upsert(c, 'doc:c');
    await store.upsert(d, 'doc:d');
    const onlyD = await store.search(c[0].vector, { limit: 50, model, docId: 'doc:d' });
    expect(onlyD).toHaveLength(6);
    expect(onlyD.every((h) => h.docId === 'doc:d')).toBe(true);
    const slidesOfC = await store.search(c[0].vector, { limit: 50, model, kind: 'slide', docId: 'doc:c' });
    expect(slidesOfC.map((h) => h.id).sort()).toEqual(c.map((r) => r.id).sort());
    expect(slidesOfC[0].id).toBe(c[0].id);
    expect(await store.search(c[0].vector, { limit: 50, model, kind: 'concept', docId: 'doc:c' })).toEqual(
      [],
    );
    await store.deleteDocument('doc:c');
    await store.deleteDocument('doc:d');
  });

  itQdrant('gives each embedding model its own collection of its own size', async () => {
    const other: VectorRecord = {
      id: 'v:slide:doc:m:s0:other',
      kind: 'slide',
      refId: 'doc:m:s0',
      docId: 'doc:m',
      model: 'Other/Model-8',
      vector: Float32Array.from({ length: 8 }, (_, i) => i + 1),
    };
    await store.upsert([other], 'doc:m');
    const info = await store.client.getCollection(collectionNameFor(prefix, 'Other/Model-8'));
    expect(info.config.params.vectors).toMatchObject({ size: 8, distance: 'Cosine' });
    expect(await store.collections()).toEqual(
      [collectionNameFor(prefix, 'Other/Model-8'), collectionNameFor(prefix, model)].sort(),
    );
    await store.deleteDocument('doc:m');
    await store.client.deleteCollection(collectionNameFor(prefix, 'Other/Model-8'));
  });

  itQdrant("replaces a document's vectors and deletes by docId, keeping shared concept vectors", async () => {
    await store.upsert(slides('doc:b', 4), 'doc:b');
    expect(await store.count()).toBe(29);
    await store.upsert(slides('doc:a', 2), 'doc:a'); // the deck shrank from 20 to 2 slides
    expect(await store.count()).toBe(11);
    await store.deleteDocument('doc:b');
    expect(await store.count()).toBe(7);
    await expect(store.upsert([{ ...concepts[0], vector: new Float32Array(dim) }])).rejects.toMatchObject({
      code: 'OSM_STORE_WRITE_FAILED',
    });
  });
});
