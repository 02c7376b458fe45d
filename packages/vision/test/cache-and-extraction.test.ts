import { afterEach, describe, expect, it } from 'vitest';
import {
  MemoryResponseCache,
  VISION_ERROR_CODES,
  createVisionClient,
  extractConceptsBatch,
  repairJson,
  resolveClientOptions,
  startSimulator,
  validate,
  EXTRACTION_SCHEMA,
  type RunningSimulator,
} from '../src/index.js';
import { fakeSlides } from './helpers.js';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

describe('response cache, dedupe and policy', () => {
  it('serves a re-run entirely from cache with zero provider calls', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const cache = new MemoryResponseCache();
    const first = await createVisionClient({ baseURL: sim.url, apiKey: 'c', cache }).summariseAll(
      fakeSlides(20),
    );
    expect(first.every((r) => r.source === 'vision')).toBe(true);
    const callsAfterFirst = sim.stats().calls;
    expect(callsAfterFirst).toBe(20);
    const rerun = createVisionClient({ baseURL: sim.url, apiKey: 'c', cache });
    const second = await rerun.summariseAll(fakeSlides(20));
    expect(sim.stats().calls).toBe(callsAfterFirst);
    expect(second.every((r) => r.source === 'cache' && r.reason === 'cache-hit')).toBe(true);
    expect(second.map((r) => r.summary)).toEqual(first.map((r) => r.summary));
    expect(rerun.metrics().cacheHits).toBe(20);
  });

  it('summarises identical slides of a deck once', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    const slides = fakeSlides(30, { duplicateEvery: 3 }); // every third slide is the same slide 0
    const client = createVisionClient({ baseURL: sim.url, apiKey: 'd' });
    const results = await client.summariseAll(slides);
    expect(sim.stats().calls).toBe(21);
    expect(results.filter((r) => r.reason === 'duplicate-slide')).toHaveLength(9);
    expect(client.metrics().dedupeHits).toBe(9);
  });

  it('applies the visual policy and the off policy without calls', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const slides = fakeSlides(4).map((s, i) => ({ ...s, hasVisual: i % 2 === 0, text: s.text.repeat(5) }));
    const visual = await createVisionClient({ baseURL: sim.url, apiKey: 'v', policy: 'visual' }).summariseAll(
      slides,
    );
    expect(visual.map((r) => r.source)).toEqual(['vision', 'skipped', 'vision', 'skipped']);
    const off = await createVisionClient({ baseURL: sim.url, apiKey: 'v', policy: 'off' }).summariseAll(
      slides,
    );
    expect(off.every((r) => r.source === 'skipped' && r.reason === 'vision-off')).toBe(true);
    expect(sim.stats().calls).toBe(2);
  });

  it('baseline profile: 3 workers, fixed 60 s timeout, no cache, no dedupe, no breaker', () => {
    const o = resolveClientOptions(
      { baseURL: 'http://x/v1', profile: 'baseline', cache: new MemoryResponseCache() },
      {},
    );
    expect(o.concurrency).toBe(3);
    expect(o.concurrencyCeiling).toBe(3);
    expect(o.timeout.fixedMs).toBe(60_000);
    expect(o.cache).toBeNull();
    expect(o.dedupe).toBe(false);
    expect(o.breaker).toBe(false);
    const d = resolveClientOptions({ baseURL: 'http://x/v1' }, { OSMOSE_VISION_MODEL: 'gpt-4o' });
    expect([d.concurrency, d.concurrencyCeiling, d.model]).toEqual([20, 128, 'gpt-4o']);
    expect(
      resolveClientOptions({ baseURL: 'http://x/v1' }, { OSMOSE_VISION_ASYNC: '0' }).concurrencyCeiling,
    ).toBe(1);
    expect(
      resolveClientOptions(
        { baseURL: 'http://x/v1', cache: new MemoryResponseCache() },
        { OSMOSE_CACHE: '0' },
      ).cache,
    ).toBeNull();
    expect(() => resolveClientOptions({}, {})).toThrow(
      expect.objectContaining({ code: 'OSM_PROVIDER_NOT_CONFIGURED', name: 'OsmoseError' }),
    );
  });

  it('estimates calls, tokens, cost and time before a run', () => {
    const client = createVisionClient({ baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-4o-mini', rpm: 500 });
    const e = client.estimate(fakeSlides(250, { duplicateEvery: 10 }));
    expect(e.calls).toBe(226);
    expect(e.duplicates).toBe(24);
    expect(e.promptTokens).toBeGreaterThan(226 * 765);
    expect(e.costUsd).toBeCloseTo((e.promptTokens * 0.15 + e.completionTokens * 0.6) / 1e6, 9);
    expect(e.seconds).toBeCloseTo((226 / 500) * 60 + 12, 1);
  });

  it('lists every error code with a sentence', () => {
    for (const [code, msg] of Object.entries(VISION_ERROR_CODES)) {
      expect(code).toMatch(/^OSM_PROVIDER_[A-Z_]+$/);
      expect(msg).toMatch(/\.$/);
    }
  });
});

describe('LLM batch extraction', () => {
  const topics = Array.from({ length: 12 }, (_, i) => ({
    id: `t${i}`,
    text: `Northwind Traders expands Project Falcon ${i}. The Supply Chain team measures Lead Time weekly.`,
  }));

  it('makes one JSON-mode call per 5 topics and returns schema-valid concepts and relations, cached', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const cache = new MemoryResponseCache();
    const r = await extractConceptsBatch(topics, { baseURL: sim.url, apiKey: 'x', cache });
    expect(sim.stats().calls).toBe(3);
    expect(r.dropped).toEqual([]);
    expect(new Set(r.concepts.map((c) => c.topicId))).toEqual(new Set(topics.map((t) => t.id)));
    expect(r.concepts.some((c) => c.name === 'Northwind Traders')).toBe(true);
    expect(r.relations.length).toBeGreaterThan(0);
    const again = await extractConceptsBatch(topics, { baseURL: sim.url, apiKey: 'x', cache, batchSize: 5 });
    expect(sim.stats().calls).toBe(3);
    expect(again.concepts).toEqual(r.concepts);
  });

  it('repairs malformed JSON once or drops the batch, never throws', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10, malformedRate: 1 });
    const r = await extractConceptsBatch(topics, { baseURL: sim.url, apiKey: 'm', batchSize: 4 });
    expect(sim.stats().malformed).toBeGreaterThanOrEqual(3);
    // every batch either came back repaired or was dropped as malformed
    expect(r.repaired + r.dropped.length).toBe(3);
    expect(r.dropped.every((d) => d.reason === 'malformed')).toBe(true);
    expect(r.repaired).toBeGreaterThan(0);
    expect(r.concepts.length).toBeGreaterThan(0);
  });

  it('reports batches dropped for provider failures', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10, error500Rate: 1 });
    const r = await extractConceptsBatch(topics.slice(0, 3), {
      baseURL: sim.url,
      apiKey: 'e',
      retry: { maxAttempts: 2, baseMs: 5, maxMs: 10 },
    });
    expect(r.concepts).toEqual([]);
    expect(r.dropped).toEqual([{ topicIds: ['t0', 't1', 't2'], reason: 'OSM_PROVIDER_UNAVAILABLE' }]);
  });

  it('validator and local repair', () => {
    expect(validate({ concepts: [{ name: 'a' }], relations: [] }, EXTRACTION_SCHEMA)).toEqual([
      '$.concepts[0].type: required',
      '$.concepts[0].definition: required',
      '$.concepts[0].topicId: required',
    ]);
    expect(
      repairJson(
        '```json\n{"concepts":[{"name":"A","type":"x","definition":"d","topicId":"t"},{"name":"B","ty',
      ),
    ).toEqual({
      concepts: [{ name: 'A', type: 'x', definition: 'd', topicId: 't' }, { name: 'B' }],
    });
    expect(repairJson('no json here')).toBeNull();
  });
});
