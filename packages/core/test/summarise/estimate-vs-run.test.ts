import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStages,
  estimateDeck,
  extractDeck,
  ingestFiles,
  openBackends,
  resolveConfig,
} from '../../src/index.js';
import { generateBenchDeck, generateSampleDeck } from '../../../../tools/deck-gen/index.js';

/**
 * `osmose estimate` and a real run against the simulator (real HTTP, real rendering) pick the same
 * slides for vision, make the estimated number of vision calls, and every paid call of the run (vision,
 * LLM extraction, pair judge) falls inside the estimated range.
 */
describe('estimate vs run', () => {
  let sim: RunningSimulator;
  let dir: string;
  let deck: string;
  beforeAll(async () => {
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.01, seed: 3 });
    dir = mkdtempSync(join(tmpdir(), 'osmose-estimate-'));
    deck = join(dir, 'bench-25.pptx');
    await generateBenchDeck(deck, 25, { imageEvery: 4, chartEvery: 6, tableEvery: 5 });
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('same vision slides, same vision calls, total calls inside the estimated range (--vision visual)', async () => {
    const data = await extractDeck({ bytes: readFileSync(deck), name: basename(deck) });
    const est = estimateDeck(data, { policy: 'visual' });
    expect(est.visionSlides.length).toBeGreaterThan(0);
    expect(est.visionSlides.length).toBeLessThan(25); // the policy leaves text slides out

    const cfg = resolveConfig(
      {
        store: join(dir, 'store'),
        vision: 'visual',
        'embedding-model': 'none',
        'cache-dir': join(dir, 'cache'),
      },
      { OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: 'sim' },
    );
    const b = await openBackends({ storeDir: cfg.storeDir });
    const h = await createStages(cfg);
    try {
      const r = await ingestFiles([deck], { backends: b, stages: h.stages });
      expect(r.documents[0].status).toBe('ingested');
      const rows = b.embedded.db
        .prepare('SELECT idx, summary_source AS source, summary_reason AS reason FROM slides ORDER BY idx')
        .all() as { idx: number; source: string; reason: string | null }[];
      expect(rows).toHaveLength(25);
      const sentToVision = rows.filter((x) => x.source !== 'skipped').map((x) => x.idx);
      expect(sentToVision).toEqual(est.visionSlides);
      expect(
        rows.filter((x) => x.source === 'skipped').every((x) => x.reason === 'policy-visual:text-slide'),
      ).toBe(true);
      expect(rows.filter((x) => x.source === 'vision').length).toBe(est.calls);
      const calls = sim.stats().calls;
      expect(calls).toBeGreaterThanOrEqual(est.totalCalls.min);
      expect(calls).toBeLessThanOrEqual(est.totalCalls.max);
    } finally {
      await h.close();
      await b.close();
    }
  });

  it('a deck with thin topics: vision calls exact, the LLM calls beside them inside the range (--vision all)', async () => {
    const sample = join(dir, 'sample.pptx');
    await generateSampleDeck(sample);
    const data = await extractDeck({ bytes: readFileSync(sample), name: 'sample.pptx' });
    const est = estimateDeck(data, { policy: 'all' });
    expect(est.visionSlides).toEqual(data.slides.map((s) => s.index));
    const before = sim.stats().calls;
    const cfg = resolveConfig(
      {
        store: join(dir, 'store2'),
        vision: 'all',
        'embedding-model': 'none',
        'cache-dir': join(dir, 'cache2'),
      },
      { OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: 'sim2' },
    );
    const b = await openBackends({ storeDir: cfg.storeDir });
    const h = await createStages(cfg);
    // every topic of the sample deck now yields ≥ 2 concepts from its text: make them all thin so the LLM
    // extraction the estimate's range accounts for really runs
    h.stages.llmMinConcepts = 50;
    try {
      const r = await ingestFiles([sample], { backends: b, stages: h.stages });
      expect(r.documents[0].status).toBe('ingested');
      const rows = b.embedded.db.prepare('SELECT summary_source AS source FROM slides').all() as {
        source: string;
      }[];
      expect(rows.filter((x) => x.source === 'vision').length).toBe(est.calls);
      const calls = sim.stats().calls - before;
      const llm = calls - est.calls;
      expect(llm).toBeGreaterThan(0); // the calls the old estimate left out
      expect(llm).toBeLessThanOrEqual(est.llm.extraction.max + est.llm.pairJudge.max);
      expect(calls).toBeGreaterThanOrEqual(est.totalCalls.min);
      expect(calls).toBeLessThanOrEqual(est.totalCalls.max);
    } finally {
      await h.close();
      await b.close();
    }
  });
});
