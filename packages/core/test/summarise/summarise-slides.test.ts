import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryResponseCache, startSimulator, type RunningSimulator } from '@osmose/vision';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SofficePool, sha256File } from '../../src/render/index.js';
import { NO_PROVIDER_REASON, summariseSlides, type SummariseSlideInput } from '../../src/summarise/index.js';
import { makeSmallDeck } from '../render/make-deck.js';

const dir = mkdtempSync(join(tmpdir(), 'osm-summarise-'));
const deck = join(dir, 'deck.pptx');
let sha = '';
let sim: RunningSimulator | null = null;
const slides: SummariseSlideInput[] = [1, 2, 3, 4].map((i) => ({
  index: i,
  hash: `slide-${i}`,
  title: `Slide ${i}: Quarterly review`,
  text:
    i === 4
      ? `Slide ${i}: Quarterly review. ${'A long paragraph of text that stands on its own. '.repeat(5)}`
      : `Slide ${i}: Quarterly review`,
  hasVisual: i === 2,
}));

beforeAll(async () => {
  await makeSmallDeck(deck, 4);
  sha = await sha256File(deck);
});
afterEach(async () => {
  await sim?.close();
  sim = null;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summariseSlides', () => {
  it('with no API key and no base URL: text summaries, source text, and the reason', async () => {
    const { results, stats } = await summariseSlides({
      deckSha: sha,
      deckPath: deck,
      slides,
      cache: null,
      options: { vision: 'all', env: {} },
    });
    expect([...results.values()].every((r) => r.source === 'text' && r.reason === NO_PROVIDER_REASON)).toBe(
      true,
    );
    expect(results.get(1)!.summary).toBe('Slide 1: Quarterly review');
    expect(stats.visionOff).toBe(1);
  });

  it('renders, sends each page image to the vision model as it is ready, and a re-run costs zero calls', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    const cache = new MemoryResponseCache();
    const cacheDir = join(dir, 'cache');
    const progress: number[] = [];
    const checkpointed: number[] = [];
    const renderErrors: string[] = [];
    const run = () =>
      summariseSlides({
        deckSha: sha,
        deckPath: deck,
        slides,
        cache,
        options: {
          vision: 'all',
          baseURL: sim!.url,
          apiKey: 'sk-test',
          render: { cacheDir },
          onRenderError: (e) =>
            renderErrors.push(
              `${(e as Error).message} ${JSON.stringify((e as { details?: unknown }).details)}`,
            ),
        },
        onProgress: (d) => progress.push(d),
        onSlide: (i) => void checkpointed.push(i),
      });
    const first = await run();
    expect(renderErrors).toEqual([]);
    expect([...first.results.values()].map((r) => `${r.source}${r.reason ? `:${r.reason}` : ''}`)).toEqual([
      'vision',
      'vision',
      'vision',
      'vision',
    ]);
    for (const r of first.results.values())
      expect(r.summary).toMatch(/rendered JPEG image \([\d,]+ bytes, sha256 [0-9a-f]{12}\)/);
    expect(first.stats.calls).toBe(4);
    expect(first.stats.pages).toBe(4);
    expect(first.stats.firstImageMs).toBeGreaterThan(0);
    expect(progress.slice(-1)[0]).toBe(4);
    expect(checkpointed.sort()).toEqual([1, 2, 3, 4]);
    expect(sim.stats().calls).toBe(4);

    const second = await run();
    expect([...second.results.values()].every((r) => r.source === 'cache')).toBe(true);
    expect(second.stats.calls).toBe(0);
    expect(second.stats.renderCacheHits).toBe(4);
    expect(sim.stats().calls).toBe(4);
  });

  it('visual policy: only slides with pictures/charts or too little text go to the model', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const { results } = await summariseSlides({
      deckSha: sha,
      deckPath: deck,
      slides,
      cache: null,
      options: {
        vision: 'visual',
        baseURL: sim.url,
        apiKey: 'sk-v',
        render: { cacheDir: join(dir, 'cache') },
      },
    });
    expect(results.get(2)!.source).toBe('vision');
    expect(results.get(4)!.source).toBe('skipped');
    expect(results.get(4)!.summary).toContain('A long paragraph');
    expect(sim.stats().calls).toBe(3);
  });

  it('a rendering failure falls back to text for every slide, with the reason', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const pool = new SofficePool({ profileRoot: dir, binary: join(dir, 'missing-soffice') });
    const { results, stats } = await summariseSlides({
      deckSha: 'f'.repeat(64),
      deckPath: deck,
      slides,
      cache: null,
      options: {
        vision: 'all',
        baseURL: sim.url,
        apiKey: 'sk-r',
        render: { cacheDir: join(dir, 'cache-none'), pool },
      },
    });
    expect(
      [...results.values()].every(
        (r) => r.source === 'text-fallback' && r.reason === 'render-failed:OSM_DEPENDENCY_MISSING',
      ),
    ).toBe(true);
    expect(stats.renderFailed).toBe(1);
    expect(sim.stats().calls).toBe(0);
  });

  it('a provider outage never fails the deck: every slide falls back to its text', async () => {
    sim = await startSimulator({
      profile: 'outage',
      latencyMedianMs: 5,
      latencyP95Ms: 10,
      outage: { startMs: 0, durationMs: 60_000 },
    });
    const { results, stats } = await summariseSlides({
      deckSha: sha,
      deckPath: deck,
      slides,
      cache: null,
      options: {
        vision: 'all',
        baseURL: sim.url,
        apiKey: 'sk-o',
        render: { cacheDir: join(dir, 'cache') },
        retry: { maxAttempts: 2, baseMs: 5, maxMs: 10 },
      },
    });
    expect([...results.values()].every((r) => r.source === 'text-fallback')).toBe(true);
    expect(stats.textFallback).toBe(4);
  });
  // the recovery pass: two calls one at a time trip a breaker over 2 calls; slides 3 and 4 are refused
  // (circuit-open) without a call, then tried once more after the cool-down, the first alone (the probe)
  const outageRun = (onOpen: () => void, checkpointed: number[], cooldownMs = 400) =>
    summariseSlides({
      deckSha: sha,
      deckPath: deck,
      slides,
      cache: null,
      options: {
        vision: 'all',
        baseURL: sim!.url,
        apiKey: 'sk-b',
        concurrency: 1,
        concurrencyCeiling: 1,
        hedge: false,
        retry: { maxAttempts: 1 },
        breaker: { size: 2, cooldownMs },
        onEvent: (e) => (e.type === 'breaker_open' ? onOpen() : undefined),
        render: { cacheDir: join(dir, 'cache') },
      },
      onSlide: (i) => void checkpointed.push(i),
    });

  it('slides an open circuit refused are tried again after its cool-down when the provider is back', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    sim.setOutage(true);
    const checkpointed: number[] = [];
    const { results, stats } = await outageRun(() => sim!.setOutage(false), checkpointed);
    const sources = [...results.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, r]) => `${r.source}${r.reason ? `:${r.reason}` : ''}`);
    expect(sources).toEqual(['text-fallback:unavailable', 'text-fallback:unavailable', 'vision', 'vision']);
    expect(stats.recoveryTried).toBe(2);
    expect(stats.recovered).toBe(2);
    expect(stats.textFallback).toBe(2);
    expect(stats.vision).toBe(2);
    // every slide is checkpointed once, with its final summary
    expect(checkpointed.sort()).toEqual([1, 2, 3, 4]);
    expect(sim.stats().calls).toBe(4);
  });

  it('when the outage lasts, the recovery pass costs one probe and the refused slides keep their text; the next deck does not wait', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    sim.setOutage(true);
    const checkpointed: number[] = [];
    // a cool-down long enough that the next deck below surely meets the circuit open again, even on a loaded machine
    const { results, stats } = await outageRun(() => undefined, checkpointed, 8_000);
    expect([...results.values()].every((r) => r.source === 'text-fallback')).toBe(true);
    expect(results.get(4)!.reason).toBe('circuit-open');
    expect(stats.recoveryTried).toBe(1); // the probe; slide 4 was not sent
    expect(stats.recovered ?? 0).toBe(0);
    expect(checkpointed.sort()).toEqual([1, 2, 3, 4]);
    expect(sim.stats().calls).toBe(3);

    // the next deck on the same endpoint: the probe failed and the circuit is open again, so its refused
    // slides keep their text at once (a folder during an outage does not wait one cool-down per deck)
    const next = await outageRun(() => undefined, [], 8_000);
    expect([...next.results.values()].map((r) => r.reason)).toEqual(Array(4).fill('circuit-open'));
    expect(next.stats.recoverySkipped).toBe(4);
    expect(next.stats.recoveryWaitMs).toBeUndefined();
    expect(sim.stats().calls).toBe(3);
  });
  it('a slide the budget refused whose second try meets the open circuit waits for the cool-down with the others (scripted client)', async () => {
    // a unit test of the recovery pass's order alone: the client answers from a script, one list per slide
    const script: Record<number, string[]> = {
      1: ['retry-budget-exhausted', 'circuit-open', 'vision'], // refused, then refused by the circuit, then answered
      2: ['circuit-open', 'vision'], // the probe
      3: ['vision'],
      4: ['retry-budget-exhausted', 'vision'],
    };
    const asked: number[] = [];
    const breaker = { retryAt: Date.now() + 300 };
    const client = {
      model: 'scripted',
      policy: 'all' as const,
      needsVision: () => true,
      chat: { producing: () => () => undefined, breaker },
      summarise: async (s: { index: number; title: string | null }) => {
        asked.push(s.index);
        const source = script[s.index].shift()!;
        return source === 'vision'
          ? { index: s.index, summary: `seen ${s.index}`, source: 'vision' as const, costUsd: 0 }
          : {
              index: s.index,
              summary: s.title ?? '',
              source: 'text-fallback' as const,
              reason: source,
              costUsd: 0,
            };
      },
      metrics: () => ({ calls: asked.length }),
    } as unknown as NonNullable<Parameters<typeof summariseSlides>[0]['options']['client']>;
    const checkpointed: number[] = [];
    const { results, stats } = await summariseSlides({
      deckSha: sha,
      deckPath: deck,
      slides,
      cache: null,
      options: { vision: 'all', client, render: { cacheDir: join(dir, 'cache') } },
      onSlide: (i) => void checkpointed.push(i),
    });
    expect([...results.values()].every((r) => r.source === 'vision')).toBe(true);
    expect(checkpointed.sort()).toEqual([1, 2, 3, 4]);
    expect(stats.recovered).toBe(3);
    // slide 1 was asked three times: its third try came after the cool-down, once the probe (slide 2) was answered
    expect(asked.filter((i) => i === 1)).toHaveLength(3);
    expect(asked.lastIndexOf(2)).toBeLessThan(asked.lastIndexOf(1));
    expect(Object.values(script).every((l) => l.length === 0)).toBe(true);
  });
});
