import { afterEach, describe, expect, it } from 'vitest';
import {
  createProviderHub,
  createVisionClient,
  startSimulator,
  type ClientEvent,
  type RunningSimulator,
} from '../src/index.js';
import { fakeSlides } from './helpers.js';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('vision client against the simulator (real HTTP, scaled time)', () => {
  it('rides out a 429 storm: learns the limit, stays under it afterwards, respects the retry budget, loses no slide', async () => {
    // 600 RPM (10/s) with a 2 s burst; the client starts 40 wide without knowing the limit.
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 40,
      latencyP95Ms: 80,
      rpm: 600,
      // 2 s of burst (20 requests): the storm still comes (40 wide), and a stall of this loaded test process
      // (which hosts the simulator) of up to 2 s cannot turn requests the client paced into a burst
      burstSeconds: 2,
    });
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'storm',
      concurrency: 40,
      retryBudget: { ratio: 0.1, minRetries: 10, windowMs: 60_000 },
    });
    const slides = fakeSlides(100);
    const results = await client.summariseAll(slides);
    const m = client.metrics();
    const st = sim.stats();

    expect(results).toHaveLength(100);
    expect(new Set(results.map((r) => r.index)).size).toBe(100);
    expect(results.every((r) => r.summary.length > 0)).toBe(true);
    expect(st.rateLimited).toBeGreaterThan(0); // there was a storm
    // retry budget: at most minRetries + 10 % of first attempts
    expect(m.retries).toBeLessThanOrEqual(10 + 0.1 * 100);
    // once the first 429s taught the governor the limit, the client stays under it: the later half of
    // the arrivals (by order, not by clock, so a loaded machine cannot fail it) has no 429
    const outcomes = st.events.map((e) => e.outcome);
    const firstLimited = outcomes.indexOf('rate_limited');
    const lateHalf = outcomes.slice(firstLimited + Math.ceil((outcomes.length - firstLimited) / 2));
    expect(lateHalf.length).toBeGreaterThanOrEqual(10);
    expect(lateHalf.filter((o) => o === 'rate_limited')).toHaveLength(0);
    // the 429s are the initial storm only: fewer than the calls that started before anything was learnt
    expect(st.rateLimited).toBeLessThanOrEqual(40);
    expect(m.rateLimited).toBe(st.rateLimited);
    const vision = results.filter((r) => r.source === 'vision').length;
    const fellBack = results.filter((r) => r.source === 'text-fallback');
    expect(vision + fellBack.length).toBe(100);
    expect(fellBack.every((r) => r.reason === 'retry-budget-exhausted' || r.reason === 'rate-limited')).toBe(
      true,
    );
    expect(vision).toBeGreaterThanOrEqual(80);
  });

  it('honours retry-after before retrying a 429', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 5,
      latencyP95Ms: 10,
      rpm: 60,
      burstSeconds: 1,
    });
    const events: (ClientEvent & { at: number })[] = [];
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'ra',
      concurrency: 2,
      onEvent: (e) => events.push({ ...e, at: Date.now() }),
    });
    const results = await client.summariseAll(fakeSlides(2));
    expect(results.every((r) => r.source === 'vision')).toBe(true);
    const limited = events.find((e) => e.type === 'rate_limited')!;
    expect(limited.retryAfterMs).toBeGreaterThan(500);
    const nextCall = events.find((e) => e.type === 'call' && e.at >= limited.at && e.attempt === 1)!;
    expect(nextCall.at - limited.at).toBeGreaterThanOrEqual(limited.retryAfterMs! - 5);
    expect(sim.stats().rateLimited).toBe(1);
  });

  it('opens the breaker during an outage, falls back to text for every slide, and recovers after', async () => {
    sim = await startSimulator({
      profile: 'outage',
      latencyMedianMs: 10,
      latencyP95Ms: 20,
      outage: null,
      rpm: 0,
      tpm: 0,
    });
    sim.setOutage(true); // on until switched off: no clock decides what the client meets
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'out',
      breaker: { cooldownMs: 300 },
      retry: { maxAttempts: 2, baseMs: 10, maxMs: 50 },
    });
    const during = await client.summariseAll(fakeSlides(40));
    expect(during).toHaveLength(40);
    expect(during.every((r) => r.source === 'text-fallback' && r.summary.startsWith(`Slide `))).toBe(true);
    expect(during.some((r) => r.reason === 'circuit-open')).toBe(true);
    const m1 = client.metrics();
    expect(m1.breakerOpens).toBeGreaterThanOrEqual(1);
    expect(m1.circuitRejects).toBeGreaterThan(0);
    // the breaker spared the provider: it opens on its 20th failure (the first attempts then in flight still
    // arrive, about 40), and refuses the retries; without it the retry budget alone lets 40 + 14 calls through
    expect(sim.stats().calls).toBeLessThan(50);
    sim.setOutage(false);
    await sleep(350); // past the 300 ms cool-down: one half-open probe closes the breaker
    const after = await client.summariseAll(fakeSlides(10, { from: 100 }));
    const ok = after.filter((r) => r.source === 'vision').length;
    expect(ok).toBeGreaterThanOrEqual(9); // the half-open probe lets one through; the rest follow once closed
    const again = await client.summariseAll(fakeSlides(10, { from: 200 }));
    expect(again.every((r) => r.source === 'vision')).toBe(true);
  });

  it('times hung calls out within the adaptive bound and still summarises every slide', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 30,
      latencyP95Ms: 60,
      hangRate: 0.15,
      seed: 3,
    });
    const timeouts: number[] = [];
    const limits: number[] = [];
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'hang',
      breaker: false,
      hedge: false,
      // a cold limit far above a loaded machine's latencies: only the hung calls may time out
      timeout: { coldMs: 3_000, multiplier: 2, minMs: 100, maxMs: 5_000 },
      retryBudget: { ratio: 0.5, minRetries: 20 },
      onEvent: (e) => e.type === 'timeout' && timeouts.push(e.latencyMs!) && limits.push(e.limitMs!),
    });
    const results = await client.summariseAll(fakeSlides(60));
    expect(results).toHaveLength(60);
    expect(timeouts.length).toBeGreaterThan(0);
    const m = client.metrics();
    // every limit in force was inside the adaptive bounds [minMs, maxMs], and no call was cut before
    // its limit (no wall-clock ceiling is asserted: a loaded machine only makes calls slower)
    expect(Math.min(...limits)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...limits)).toBeLessThanOrEqual(5_000);
    expect(Math.min(...timeouts)).toBeGreaterThanOrEqual(100 - 5);
    expect(m.timeouts).toBe(timeouts.length);
    expect(results.filter((r) => r.source === 'vision').length).toBeGreaterThanOrEqual(55);
    expect(results.filter((r) => r.source === 'text-fallback').every((r) => r.reason === 'timeout')).toBe(
      true,
    );
  });

  it('hedges a call that outlives the recent p95: a hung call is answered by its copy long before the timeout', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 30,
      latencyP95Ms: 60,
      hangRate: 0.1,
      seed: 5,
    });
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'hedge',
      breaker: false,
      // limits far above a loaded machine's latencies: a hung call must be won by its copy, not timed out
      timeout: { coldMs: 20_000, multiplier: 2, minMs: 15_000, maxMs: 20_000 },
      retryBudget: { ratio: 0.5, minRetries: 20 },
      hedge: { factor: 1, minSamples: 8 },
      concurrency: 4,
      concurrencyCeiling: 4,
    });
    const results = await client.summariseAll(fakeSlides(60));
    const m = client.metrics();
    expect(sim.stats().hangs).toBeGreaterThan(0);
    expect(m.hedges).toBeGreaterThan(0);
    // hung calls after warm-up were won by their hedge, not by a 15-20 s timeout
    expect(results.filter((r) => r.source === 'vision').length).toBeGreaterThanOrEqual(55);
    // hung calls were overtaken by their hedge copies: copies answered first, and fewer calls ran into the 15-20 s
    // timeout than hung (without hedging every hang is a timeout). Not zero: a copy draws its own 10 % hang, and which
    // request draws which value depends on timing, so on a loaded machine a copy can hang too (then a retry answers)
    expect(m.hedgesWon).toBeGreaterThan(0);
    expect(m.timeouts).toBeLessThan(sim.stats().hangs);
    expect(results.every((r) => r.source === 'vision')).toBe(true);
    // every hung FIRST copy was hedged. The simulator's hangs also count hung hedge copies, and a hung copy never wins,
    // so it is one of the hedges − hedgesWon: hangs ≤ hedged first copies + lost copies (was hedges ≥ hangs, which a
    // hung copy broke under load: 2 hedges, 3 hangs)
    expect(m.hedges + (m.hedges - m.hedgesWon)).toBeGreaterThanOrEqual(sim.stats().hangs);
    // the losers of hedges were cancelled, not counted as provider errors
    expect(m.errors).toBe(0);
  });

  it('stops issuing calls when the budget is reached and falls back instead of failing', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 5, latencyP95Ms: 10 });
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'budget',
      model: 'gpt-4o',
      budgetUsd: 0.02,
      concurrency: 2,
    });
    const results = await client.summariseAll(fakeSlides(30));
    const m = client.metrics();
    expect(m.costUsd).toBeGreaterThan(0);
    expect(m.costUsd).toBeLessThanOrEqual(0.02);
    expect(m.budgetStops).toBeGreaterThan(0);
    expect(sim.stats().calls).toBe(m.calls);
    expect(m.calls).toBeLessThan(30);
    const stopped = results.filter((r) => r.source === 'text-fallback');
    expect(stopped.length).toBe(30 - m.calls);
    expect(stopped.every((r) => r.reason === 'budget-exhausted')).toBe(true);
  });

  it('handles malformed JSON bodies: retried, and the slide falls back when they persist', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 5,
      latencyP95Ms: 10,
      malformedRate: 0.3,
      seed: 11,
    });
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: 'bad',
      retryBudget: { ratio: 1, minRetries: 100 },
      breaker: false,
    });
    const results = await client.summariseAll(fakeSlides(40));
    expect(results).toHaveLength(40);
    expect(sim.stats().malformed).toBeGreaterThan(0);
    expect(client.metrics().retries).toBeGreaterThan(0);
    expect(results.filter((r) => r.source === 'vision').length).toBeGreaterThanOrEqual(38);
    expect(results.every((r) => r.summary.length > 0)).toBe(true);
  });

  it('a refused key (401) is not asked again: the other slides fall back unsent, the hub says the key is refused', async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 20,
      latencyP95Ms: 40,
      rejectKeys: ['wrong'],
    });
    const hub = createProviderHub();
    try {
      const client = createVisionClient({ baseURL: sim.url, apiKey: 'wrong', concurrency: 4, hub });
      const results = await client.summariseAll(fakeSlides(40));
      expect(results).toHaveLength(40);
      expect(results.every((r) => r.source === 'text-fallback' && r.reason === 'auth')).toBe(true);
      // only the calls in flight when the first 401 came back were sent (a key does not heal within a run)
      const refused = sim.stats().unauthorized;
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(8);
      expect(hub.isKeyRefused(sim.url, 'wrong')).toBe(true);
      expect(hub.isDown(sim.url, 'wrong')).toBe(true);
      // another key on the same endpoint is not concerned
      expect(hub.isDown(sim.url, 'right')).toBe(false);
      const other = createVisionClient({ baseURL: sim.url, apiKey: 'right', hub });
      const ok = await other.summariseAll(fakeSlides(3));
      expect(ok.every((r) => r.source === 'vision')).toBe(true);
      expect(sim.stats().unauthorized).toBe(refused);
    } finally {
      await hub.close();
    }
  });
});
