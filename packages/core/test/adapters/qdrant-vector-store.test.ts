import { afterAll, describe, expect, it } from 'vitest';
import type { VectorRecord } from '../../src/model/graph.js';
import { QdrantVectorStore, collectionNameFor } from '../../src/adapters/qdrant/qdrant-vector-store.js';
import { uuidV5 } from '../../src/adapters/qdrant/uuid-v5.js';
import { freePort } from '../../../../tools/servers/free-port.js';
import { prng } from './fixtures.js';

const QDRANT_URL = process.env.QDRANT_URL;
if (!QDRANT_URL) {
  console.warn(
    '\n*** SKIPPED: QdrantVectorStore integration tests: QDRANT_URL is not set and no Qdrant server package is ' +
      'installable here. Run them with QDRANT_URL=http://host:6333 (e.g. docker run -p 6333:6333 qdrant/qdrant). ***\n',
  );
}
const itQdrant = QDRANT_URL ? it : it.skip;

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

describe('QdrantVectorStore (real Qdrant at QDRANT_URL)', () => {
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
