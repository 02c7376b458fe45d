/**
 * The real pipeline (ingestFiles) on a corpus deck with the production backends: Neo4j for the graph
 * and Redis for the cache, against the embedded store as the reference. The embedder is a small
 * deterministic feature-hashing one (character trigrams), so the embedding cache is exercised without
 * the native model.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import type { Embedder } from '../../src/ports/nlp.js';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { startRedis, type RedisServer } from '../../../../tools/servers/redis.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

const DECK = corpusPath('OWASP__Top10/OWASP Top 10-2017 (en).pptx');
const DECK2 = corpusPath('OWASP__Top10/OWASP Top 10-2017_de_V1.0.pptx');

function hashingEmbedder(dim = 64): Embedder & { calls: number } {
  const e = {
    modelId: `test-trigram-hash-${dim}`,
    dim,
    calls: 0,
    async embed(texts: string[]) {
      e.calls += texts.length;
      const data = new Float32Array(texts.length * dim);
      texts.forEach((t, i) => {
        const s = ` ${t.toLowerCase()} `;
        for (let j = 0; j + 3 <= s.length; j++) {
          let h = 2166136261;
          for (let k = j; k < j + 3; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
          data[i * dim + ((h >>> 0) % dim)] += 1;
        }
        let n = 0;
        for (let j = 0; j < dim; j++) n += data[i * dim + j] ** 2;
        if (n === 0) data[i * dim] = n = 1;
        for (let j = 0; j < dim; j++) data[i * dim + j] /= Math.sqrt(n);
      });
      return { data, n: texts.length, dim };
    },
    dispose() {},
  };
  return e;
}

// real servers and real decks: minutes on a loaded 2-core machine
describe.skipIf(!HAS_CORPUS)('pipeline into Neo4j + Redis (real servers)', { timeout: 600_000 }, () => {
  let neo4j: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
  let redis: RedisServer;
  let dir: string;
  let prod: Backends;
  let ref: Backends;
  const embedder = hashingEmbedder();
  const stages = { summariserKey: 'text-v1', embedder, ner: null };

  beforeAll(async () => {
    // The run's Neo4j (emptied and held by this file until afterAll); a Redis of its own, killed below.
    [neo4j, redis] = await Promise.all([sharedNeo4jUrl(), startRedis()]);
    dir = mkdtempSync(join(tmpdir(), 'osmose-backends-'));
    prod = await openBackends({ storeDir: join(dir, 'prod'), graphUrl: neo4j.url, cacheUrl: redis.url });
    ref = await openBackends({ storeDir: join(dir, 'ref') });
  }, 600_000); // may wait for another file's Neo4j lease

  afterAll(async () => {
    await prod?.close();
    await ref?.close();
    await Promise.all([neo4j?.stop(), redis?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the same graph as the embedded store, and re-ingesting leaves identical counts', async () => {
    expect(prod.graph.kind).toBe('neo4j');
    expect(prod.cache.kind).toBe('redis');
    const r1 = await ingestFiles([DECK], { backends: prod, stages });
    expect(r1.documents[0].status).toBe('ingested');
    await ingestFiles([DECK], { backends: ref, stages });
    const counts = await prod.graph.counts();
    const refCounts = await ref.graph.counts();
    expect({ ...counts, vectors: 0 }).toEqual({ ...refCounts, vectors: 0 });
    expect(counts.mentions).toBeGreaterThan(100);
    // export reads back the same graph from either backend (ingestion times aside)
    const pick = (d: Awaited<ReturnType<NonNullable<Backends['graph']['dumpGraph']>>>) => ({
      documents: d.documents.map(({ ingestedAt: _t, ...x }) => x),
      slides: d.slides.map((x) => [x.id, x.index, x.title, x.hidden, x.hash, x.summary, x.topicId]),
      topics: d.topics,
      concepts: d.concepts.map((x) => [x.id, x.name, x.type, x.aliases, x.definition]),
      mentions: d.mentions.map((x) => [
        x.id,
        x.conceptId,
        x.slideId,
        x.shapeId,
        x.layer,
        x.start,
        x.end,
        x.sentence,
      ]),
      relations: d.relations.map((x) => [x.id, x.source, x.target, x.type, x.weight]),
      chartFacts: d.chartFacts.map((x) => [x.id, x.series, x.category, x.value, x.conceptIds]),
    });
    const neoDump = pick(await prod.graph.dumpGraph!());
    const refDump = pick(await ref.graph.dumpGraph!());
    for (const k of Object.keys(refDump) as (keyof typeof refDump)[])
      expect(neoDump[k], k).toEqual(refDump[k]);
    const totals = await (prod.graph as Neo4jGraphStore).totals();

    const callsBefore = embedder.calls;
    const r2 = await ingestFiles([DECK], { backends: prod, stages, force: true });
    expect(r2.documents[0].status).toBe('ingested');
    expect(await prod.graph.counts()).toEqual(counts);
    expect(await (prod.graph as Neo4jGraphStore).totals()).toEqual(totals);
    // Every embedding came from Redis the second time.
    expect(embedder.calls).toBe(callsBefore);
    expect(prod.cache.stats()).toMatchObject({ errors: 0, degraded: false });
    expect(prod.cache.stats().hits).toBeGreaterThan(100);

    const show = await prod.graph.showConcept('OWASP Top 10');
    const refShow = await ref.graph.showConcept('OWASP Top 10');
    expect(show?.mentionList.length).toBe(refShow?.mentionList.length);
    expect(show?.mentionList[0]).toEqual(refShow?.mentionList[0]);
  });

  it('Redis killed mid-run: the run completes, embeddings are recomputed, the cache reports degraded', async () => {
    const callsBefore = embedder.calls;
    const hitsBefore = prod.cache.stats().hits;
    let killedAt = '';
    // Deck 1 runs with the cache up (all hits), Redis is SIGKILLed when deck 2 starts.
    const observer = {
      documentStart: (file: string) => {
        if (!killedAt && file === DECK2) {
          killedAt = file;
          redis.kill();
        }
      },
    };
    const r = await ingestFiles([DECK, DECK2], { backends: prod, stages, force: true, observer });
    expect(killedAt).toBe(DECK2);
    expect(r.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
    expect(prod.cache.stats().hits).toBeGreaterThan(hitsBefore);
    expect(embedder.calls).toBeGreaterThan(callsBefore); // deck 2 embedded without a cache
    expect(prod.cache.stats()).toMatchObject({ degraded: true });
    expect(prod.cache.stats().errors).toBeGreaterThan(0);
    expect((await prod.graph.counts()).documents).toBe(2);
  });
});
