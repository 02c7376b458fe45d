/**
 * One governor for a whole run (issue 13): ten decks in flight at once (engine concurrency 10, vision
 * all) against the simulator with a low request limit. Before the first answer the client cannot know
 * the limit (the first volley may meet 429s); once the first answer's x-ratelimit-* headers taught the
 * engine's one governor the limit, no deck's call may be refused: the simulator's log has no 429 after the
 * first seconds, and every slide is summarised by the vision model exactly once (its first attempts equal
 * the slides; the provider saw exactly the client's calls). With `providerOrder: 'input'` the calls leave in
 * input order, deck by deck (the governor's line is ranked by deck, vision's ranked-queue.ts): a deck whose
 * slides come in late (rendered while the others come from the render cache) still goes before the later decks
 * (in arrival order, the default, its slides leave last).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveConfig, startSimulator } from '../../src/index.js';
import { resolveClientOptions } from '@osmose/vision';
import { generateBenchDeck } from '../../../../tools/deck-gen/index.js';

const DECKS = 10;
const SLIDES = 6;

describe('ten decks in flight share one rate governor', () => {
  let dir: string;
  const decks: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osm-governor-ten-'));
    mkdirSync(join(dir, 'decks'));
    for (let k = 0; k < DECKS; k++) {
      const p = join(dir, 'decks', `deck-${k}.pptx`);
      // distinct content per deck (seed), so no slide's answer is shared through the response cache
      await generateBenchDeck(p, SLIDES, { seed: 100 + k });
      decks.push(p);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('no 429 after the first seconds; every slide summarised once', async () => {
    // 60 requests per simulated minute at time scale 0.5: 120 per real minute (2/s), a 1.5 s burst
    const sim = await startSimulator({ profile: 'ideal', rpm: 60, timeScale: 0.5, seed: 7 });
    const engine = await createEngine(
      resolveConfig(
        {
          store: join(dir, 'store'),
          vision: 'all',
          'base-url': sim.url,
          'api-key': 'governor-ten-decks',
          'embedding-model': 'none',
          concurrency: String(DECKS),
        },
        { OSMOSE_CACHE_DIR: join(dir, 'cache'), OSMOSE_LLM_EXTRACT: '0' },
      ),
    );
    try {
      const report = await engine.ingest(decks);
      expect(report.totals.ingested).toBe(DECKS);
      const slides = report.totals.slides;
      expect(slides).toBe(DECKS * SLIDES);
      expect(report.totals.phases.summarise?.fallbacks ?? 0).toBe(0);
      const st = sim.stats();
      // every slide went to the vision model once: first attempts + cache answers = slides (retries and
      // hedge copies are counted apart), and the provider saw exactly the calls the client made
      const chat = engine.providers.chatFor(
        resolveClientOptions({
          baseURL: sim.url,
          apiKey: 'governor-ten-decks',
          model: engine.config.vision.model,
        }),
      );
      const m = chat.metrics();
      // (one line of numbers for the log)
      process.stderr.write(
        `${JSON.stringify({ calls: m.calls, retries: m.retries, hedges: m.hedges, rateLimited: st.rateLimited, ok: st.ok })}\n`,
      );
      // (slides identical across decks, e.g. section dividers, are answered once and then by the cache)
      expect(m.calls - m.retries - m.hedges + m.cacheHits + m.dedupeHits).toBe(slides);
      expect(m.calls - m.retries - m.hedges).toBeGreaterThan(slides / 2);
      expect(st.calls).toBe(m.calls);
      expect(st.ok).toBeGreaterThanOrEqual(slides);
      expect(m.rateLimited).toBe(st.rateLimited);
      const events = st.events.filter((e) => e.outcome !== 'bad_request');
      expect(events.length).toBe(st.calls);
      const firstOk = events.findIndex((e) => e.outcome === 'ok');
      expect(firstOk).toBeGreaterThanOrEqual(0);
      // the first answer's headers arrive one latency after the first call; allow 5 s of arrivals for it
      // (events are recorded as calls are answered, each with the time it was accepted: the first sent is the minimum)
      const learnedBy = Math.min(...events.map((e) => e.t)) + 5_000;
      const late = events.filter((e) => e.t > learnedBy);
      expect(late.length).toBeGreaterThan(slides / 2); // the run went on well past the first seconds
      expect(late.filter((e) => e.outcome === 'rate_limited')).toHaveLength(0);
      const hub = engine.providers.metrics();
      expect(hub.governors).toHaveLength(1); // one governor for the endpoint and key, for all ten decks
      // 120 RPM learned: paced at the full limit while the provider reports a reserve, 5 % under otherwise
      expect([120, 120 * 0.95]).toContain(hub.governors[0].rpm);
    } finally {
      await engine.close();
      await sim.close();
    }
  }, 600_000);

  it('the calls of a folder leave in input order: the first deck, rendered last, goes before the nine others', async () => {
    // decks 1–9 rendered once (into the shared render cache) by a run into another store: in the ranked run
    // their images come at once from the cache while deck 0 is still being rendered by LibreOffice
    const fast = await startSimulator({ profile: 'ideal', timeScale: 0.05, seed: 3 });
    const slow = await startSimulator({ profile: 'ideal', rpm: 60, timeScale: 0.5, seed: 9 });
    const config = (store: string, url: string) =>
      resolveConfig(
        {
          store: join(dir, store),
          vision: 'all',
          'base-url': url,
          'api-key': `order-${store}`,
          'embedding-model': 'none',
          concurrency: String(DECKS),
        },
        { OSMOSE_CACHE_DIR: join(dir, 'order-cache'), OSMOSE_LLM_EXTRACT: '0' },
      );
    try {
      const warm = await createEngine(config('warm', fast.url));
      try {
        const r = await warm.ingest(decks.slice(1));
        expect(r.totals.ingested).toBe(DECKS - 1);
      } finally {
        await warm.close();
      }
      const engine = await createEngine(config('ranked', slow.url));
      try {
        // the deck of every first attempt, in the order they left for the provider
        const sent: number[] = [];
        const report = await engine.ingest(decks, {
          providerOrder: 'input',
          observer: {
            provider: (file, e) => {
              if (e.type === 'call' && (e.attempt ?? 0) === 0) sent.push(decks.indexOf(file));
            },
          },
        });
        expect(report.totals.ingested).toBe(DECKS);
        process.stderr.write(`first attempts by deck: ${sent.join(' ')}\n`);
        expect(sent.filter((d) => d === 0)).toHaveLength(SLIDES);
        // in arrival order deck 0's slides, handed in last, would leave last; ranked, they go ahead of
        // the line of the nine others' (only the first volley, sent before deck 0's images came, is before them)
        expect(sent.lastIndexOf(0)).toBeLessThan(sent.length / 2);
        // and the others in input order once the line formed: deck 9's last call is the last one
        expect(sent.lastIndexOf(9)).toBe(sent.length - 1);
      } finally {
        await engine.close();
      }
    } finally {
      await fast.close();
      await slow.close();
    }
  }, 600_000);
});
