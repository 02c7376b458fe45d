import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import {
  createEngine,
  ingestFiles,
  openBackends,
  OsmoseError,
  resolveConfig,
  type Backends,
} from '../../src/index.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';
import { makeSmallDeck } from '../render/make-deck.js';

const DECKS = ['OWASP__Top10/OWASP Top 10-2017 (en).pptx', 'OWASP__Top10/OWASP Top 10-2017-es.pptx'];
const stages = { summariserKey: 'text-v1', embedder: null };

describe.skipIf(!HAS_CORPUS)('containment: one document failing never takes the others down', () => {
  let dir: string;
  let b: Backends;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-engine-'));
    b = await openBackends({ storeDir: join(dir, 'store') });
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a failing graph write on one deck leaves the other decks ingested and the report complete', async () => {
    const files = DECKS.map((d, i) => {
      const p = join(dir, `deck-${i}.pptx`);
      copyFileSync(corpusPath(d), p);
      return p;
    });
    const broken = join(dir, 'broken.pptx');
    copyFileSync(corpusPath(DECKS[0]), broken);
    // the same bytes as deck-0 under another path: fail the write of the *second* document written
    let writes = 0;
    const graph = Object.create(b.graph) as Backends['graph'];
    graph.writeDocument = async (g) => {
      if (++writes === 2)
        throw new OsmoseError('OSM_STORE_WRITE_FAILED', 'Injected failure of the graph write.');
      return b.graph.writeDocument(g);
    };
    const report = await ingestFiles([files[0], files[1]], {
      backends: { ...b, graph },
      stages,
      concurrency: 2,
    });
    expect(report.documents).toHaveLength(2);
    const statuses = report.documents.map((d) => d.status).sort();
    expect(statuses).toEqual(['failed', 'ingested']);
    const failed = report.documents.find((d) => d.status === 'failed')!;
    expect(failed.error?.code).toBe('OSM_STORE_WRITE_FAILED');
    expect(report.totals.failed).toBe(1);
    expect(report.totals.ingested).toBe(1);
    // nothing of the failed document was written; the other one is whole
    const counts = await b.graph.counts();
    expect(counts.documents).toBe(1);
    const ok = report.documents.find((d) => d.status === 'ingested')!;
    expect(counts.slides).toBe(ok.slides);
  });
});

describe('cancellation through the engine', () => {
  let sim: RunningSimulator;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-cancel-'));
    // slow answers (about 1.5 s each) so a cancel lands mid-vision
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 1500, latencyP95Ms: 2000, seed: 7 });
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a run cancelled mid-vision stops paying at once, keeps finished slides, and resumes later', async () => {
    const deck = join(dir, 'deck.pptx');
    await makeSmallDeck(deck, 12);
    const cfg = resolveConfig(
      {
        store: join(dir, 'store'),
        vision: 'all',
        'base-url': sim.url,
        'api-key': 'sim',
        'embedding-model': 'none',
        'vision-concurrency': '2',
      },
      { OSMOSE_CACHE_DIR: join(dir, 'cache'), OSMOSE_LLM_EXTRACT: '0' },
    );
    const engine = await createEngine(cfg);
    const abort = new AbortController();
    let callsAtAbort = -1;
    const report = await engine.ingest([deck], {
      signal: abort.signal,
      observer: {
        phase: (_f, phase, done) => {
          // cancel once a few slides are summarised
          if (phase === 'summarise' && done >= 3 && !abort.signal.aborted) {
            callsAtAbort = sim.stats().calls;
            abort.abort();
          }
        },
      },
    });
    expect(report.documents[0].status).toBe('cancelled');
    expect(report.documents[0].error?.code).toBe('OSM_CANCELLED');
    expect(callsAtAbort).toBeGreaterThan(0);
    // the simulator records a request when it ends: answered (ok, paid) or dropped by the client (aborted)
    const paidAtReturn = sim.stats().ok;
    await new Promise((r) => setTimeout(r, 2000));
    const afterCancel = sim.stats();
    // requests sent by the cancelled run: the answered ones plus at most the two in flight (the ceiling)
    expect(afterCancel.calls).toBeLessThanOrEqual(paidAtReturn + 2);
    // at most the requests in flight at the cancel may still be answered (the provider may finish one it was
    // already writing); nothing else was sent, and nothing is sent later
    expect(afterCancel.ok).toBeLessThanOrEqual(paidAtReturn + 2);
    expect(afterCancel.ok).toBeLessThan(12);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sim.stats().calls).toBe(afterCancel.calls);
    // nothing of a cancelled document is stored
    expect((await engine.backends.graph.counts()).documents).toBe(0);

    // resume: the finished slides come from checkpoints, only the rest is paid for
    const sources: string[] = [];
    const providerEvents: string[] = [];
    const again = await engine.ingest([deck], {
      observer: {
        slide: (_f, _i, source) => sources.push(source),
        provider: (_f, e) => providerEvents.push(e.type),
      },
    });
    await engine.close();
    const doc = again.documents[0];
    const end = sim.stats();
    expect(doc.status).toBe('ingested');
    expect(doc.slidesReused).toBeGreaterThanOrEqual(3);
    expect(doc.phases.summarise?.calls).toBe(12 - doc.slidesReused);
    expect(doc.phases.summarise?.fallbacks).toBe(0);
    // the observer hears each slide summarised in this run, and the provider's calls; the report has its cost
    expect(sources).toHaveLength(12 - doc.slidesReused);
    expect(sources.every((x) => x === 'vision')).toBe(true);
    expect(providerEvents).toContain('call');
    expect(doc.costUsd).toBeGreaterThan(0);
    // over both runs every slide was paid for once, plus at most the calls in flight at the cancel
    expect(end.ok).toBeGreaterThanOrEqual(12);
    expect(end.ok).toBeLessThanOrEqual(12 + 2);
  });

  it('a closed engine refuses new work with a code', async () => {
    const cfg = resolveConfig(
      { store: join(dir, 'store2'), 'embedding-model': 'none' },
      { OSMOSE_CACHE_DIR: join(dir, 'cache') },
    );
    const engine = await createEngine(cfg, { models: false });
    await engine.close();
    await expect(engine.ingest([join(dir, 'x.pptx')])).rejects.toMatchObject({ code: 'OSM_CANCELLED' });
  });
});
