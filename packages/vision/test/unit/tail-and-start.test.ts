/**
 * Start-up and tail behaviour of the resilient chat (issue 13): the pool jumps to Little's law on the
 * FIRST answer that carries x-ratelimit-* headers, an early (biased-low) median is not taken as the
 * latency-inflation baseline, and at the end of a run (nothing waits for a slot or a rate token) slow
 * calls get a copy after the tail quantile instead of after p95; wasted hedges are counted.
 * Fake timers and an in-process fetch: no wall-clock thresholds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdaptiveConcurrency } from '../../src/internal/adaptive-concurrency.js';
import { runHedged } from '../../src/internal/hedge.js';
import { ResilientChat, tailQuantile } from '../../src/internal/resilient-chat.js';
import { createProviderHub } from '../../src/provider-hub.js';
import { resolveClientOptions } from '../../src/options.js';

describe('adaptive concurrency at start-up (injected clock)', () => {
  it('jumps on the first answer with a known rate, with headroom 2 while the median is unsettled', () => {
    const c = new AdaptiveConcurrency({ initial: 20, ceiling: 500, now: () => 0 });
    c.onSuccess(4_000, 500 / 60, 1); // 8.33 req/s × 4 s × 2 = 66.7
    expect(c.limit).toBe(67);
    expect(c.firstJumpAfter).toBe(1);
    c.onSuccess(12_000, 500 / 60, 50); // settled: 8.33 × 12 × 1.5 = 150
    expect(c.limit).toBe(150);
    expect(c.firstJumpAfter).toBe(1);
  });

  it('an early median of the quickest answers is not the latency-inflation baseline', () => {
    const c = new AdaptiveConcurrency({ initial: 20, ceiling: 100, now: () => 0 });
    for (let i = 1; i < 10; i++) c.onSuccess(3_000, Infinity, i); // the first, fastest answers
    c.onSuccess(12_000, Infinity, 10); // the real median: 4× the early one, but no congestion
    c.onSuccess(12_000, Infinity, 11);
    expect(c.decreases).toBe(0);
    c.onSuccess(40_000, Infinity, 40); // > 3 × the settled 12 s: congestion
    expect(c.decreases).toBe(1);
  });
});

describe('hedge threshold re-read while a copy runs (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a threshold that drops mid-call (the tail starts) hedges at once; a copy that wins is counted', async () => {
    let threshold = 30_000;
    let hedges = 0;
    let won = 0;
    let n = 0;
    const p = runHedged<string>(
      (signal, onSent) =>
        new Promise((resolve, reject) => {
          const me = n++;
          onSent?.();
          const t = setTimeout(() => resolve(me === 0 ? 'first' : 'copy'), me === 0 ? 60_000 : 1_000);
          signal.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))));
        }),
      {
        hedgeAfterMs: () => threshold,
        recheckMs: () => 1_000,
        mayHedge: () => true,
        onHedge: () => hedges++,
        onCopyWon: () => won++,
      },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(hedges).toBe(0);
    threshold = 8_000; // the run reached its tail
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hedges).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(p).resolves.toBe('copy');
    expect(won).toBe(1);
  });
});

/** An OpenAI-compatible endpoint in process: answers after `latency(i)` ms with the rate-limit headers. */
function fakeEndpoint(latency: (i: number, body: string) => number) {
  let i = 0;
  let sent = 0;
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    const me = i++;
    sent++;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, latency(me, String(init?.body ?? '')));
      init?.signal?.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))));
    });
    const body = JSON.stringify({
      id: `c${me}`,
      object: 'chat.completion',
      created: 0,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, message: { role: 'assistant', content: `answer ${me}` }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-ratelimit-limit-requests': '600',
        'x-ratelimit-limit-tokens': '10000000',
        'x-ratelimit-remaining-requests': '590',
        'x-ratelimit-remaining-tokens': '9990000',
      },
    });
  }) as typeof fetch;
  return { fetchImpl, sent: () => sent };
}

/**
 * A chat on `ep` where only the tail rule can send a copy (no p95 hedging, no timeout within the test), with
 * 30 first calls (`a0`…`a29`) handed in to settle the latency window.
 */
function tailRuleChat(ep: ReturnType<typeof fakeEndpoint>) {
  const hub = createProviderHub();
  const chat = new ResilientChat(
    resolveClientOptions({
      baseURL: 'http://endpoint.test/v1',
      apiKey: 'k',
      fetch: ep.fetchImpl,
      timeout: { coldMs: 300_000, minMs: 300_000, maxMs: 300_000 },
      hedge: { minSamples: 1_000 },
    }),
    hub,
  );
  const first = Array.from({ length: 30 }, (_, k) =>
    chat.complete({ parts: [{ type: 'text', text: `a${k}` }] }, { cacheKey: null, estTokens: 10 }),
  );
  return { hub, chat, first };
}

describe('resilient chat against an in-process endpoint (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("learns the provider's limits from the first answer and sizes the pool by Little's law at once", async () => {
    const ep = fakeEndpoint(() => 5_000);
    const hub = createProviderHub();
    const chat = new ResilientChat(
      resolveClientOptions({
        baseURL: 'http://endpoint.test/v1',
        apiKey: 'k',
        fetch: ep.fetchImpl,
        hedge: false,
      }),
      hub,
    );
    expect(chat.concurrency.limit).toBe(20);
    const calls = Array.from({ length: 60 }, (_, k) =>
      chat.complete({ parts: [{ type: 'text', text: `q${k}` }] }, { cacheKey: null, estTokens: 100 }),
    );
    await vi.advanceTimersByTimeAsync(4_999);
    expect(chat.concurrency.firstJumpAfter).toBe(0);
    await vi.advanceTimersByTimeAsync(2);
    // 600 RPM, at full rate (the provider reports 590 left) = 10 req/s; × 5 s × 2 (one sample) = 100
    expect(chat.governor!.limits.rpm).toBe(600);
    expect(chat.concurrency.firstJumpAfter).toBe(1);
    expect(chat.concurrency.limit).toBe(100);
    await vi.advanceTimersByTimeAsync(30_000);
    await Promise.all(calls);
    await hub.close();
  });

  it('hedges the slowest calls of the tail after the tail quantile, not p95, and counts the waste', async () => {
    // 30 quick answers settle the window; then 3 calls of which one is very slow; its copy answers fast
    let slowSeen = false;
    const ep = fakeEndpoint((i, body) => {
      if (body.includes('the-slow-one') && !slowSeen) return ((slowSeen = true), 120_000);
      return 1_000 + (i % 10) * 100;
    });
    const { hub, chat, first } = tailRuleChat(ep);
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(first);
    // the first batch drained too (its last ten had no one waiting behind them): copies may have gone out
    const before = chat.metrics();
    const tail = Array.from({ length: 3 }, (_, k) =>
      chat.complete(
        { parts: [{ type: 'text', text: k === 1 ? 'the-slow-one' : `b${k}` }] },
        { cacheKey: null, estTokens: 10 },
      ),
    );
    expect(chat.draining).toBe(true);
    // a caller still handing in work (a deck being rendered) means the run has no tail yet
    const release = chat.producing();
    expect(chat.draining).toBe(false);
    release();
    release(); // idempotent
    expect(chat.draining).toBe(true);
    // p75 of the window is ~1.7 s, p95 ~1.9 s × factor 1: without the tail rule the copy would also
    // come, but only after p95; with it, the slow call gets its copy by p75 + one re-check
    await vi.advanceTimersByTimeAsync(4_000);
    const m = chat.metrics();
    expect(m.hedges - before.hedges).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    const answers = await Promise.all(tail);
    expect(answers.every((a) => a.source === 'provider')).toBe(true);
    const after = chat.metrics();
    expect(after.hedgesWon - before.hedgesWon).toBe(1); // the copy answered: not wasted
    expect(after.calls - before.calls).toBe(4); // 3 firsts + 1 copy
    expect(before.calls).toBe(30 + before.hedges);
    await hub.close();
  });
  it('the tail quantile rises from p75 to p90 as the copies left cover fewer of the calls in flight', () => {
    expect(tailQuantile(25, 10)).toBe(0.75); // plenty of copies
    expect(tailQuantile(25, 0)).toBe(0.75);
    expect(tailQuantile(10, 20)).toBeCloseTo(0.875, 10); // 1 − 10 ÷ 80
    expect(tailQuantile(25, 110)).toBe(0.9); // a 250-slide deck's tail: ~25 copies for ~110 calls
    expect(tailQuantile(0, 5)).toBe(0.9);
  });

  it('with many calls in flight and few copies left, a tail copy waits for p90, not p75', async () => {
    // 30 answers of 1…10 s settle the window (p75 ≈ 7.75 s, p90 ≈ 9.1 s); then 60 slow calls in flight
    // with about 13 copies left (10 + 10 % of 90 calls, 70 % for copies): 1 − 13 ÷ 240 → p90
    const ep = fakeEndpoint((i, body) => (body.includes('slow') ? 120_000 : 1_000 + (i % 10) * 1_000));
    const { hub, chat, first } = tailRuleChat(ep);
    await vi.advanceTimersByTimeAsync(30_000);
    await Promise.all(first);
    const before = chat.metrics();
    const slow = Array.from({ length: 60 }, (_, k) =>
      chat.complete({ parts: [{ type: 'text', text: `slow${k}` }] }, { cacheKey: null, estTokens: 10 }),
    );
    expect(chat.draining).toBe(true);
    await vi.advanceTimersByTimeAsync(8_500); // past p75, before p90: no copy yet
    expect(chat.metrics().hedges - before.hedges).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000); // past p90: copies, as many as the budget allows
    const copies = chat.metrics().hedges - before.hedges;
    expect(copies).toBeGreaterThan(0);
    expect(copies).toBeLessThan(60);
    await vi.advanceTimersByTimeAsync(300_000);
    await Promise.allSettled(slow);
    await hub.close();
  });

  it("a hung call's copy rides on its slot: a pool at its limit still rescues it", async () => {
    let slowSeen = false;
    const ep = fakeEndpoint((i, body) => {
      if (body.includes('the-slow-one') && !slowSeen) return ((slowSeen = true), 60_000);
      return 1_000 + (i % 10) * 100;
    });
    const hub = createProviderHub();
    const chat = new ResilientChat(
      resolveClientOptions({
        baseURL: 'http://endpoint.test/v1',
        apiKey: 'k',
        fetch: ep.fetchImpl,
        concurrencyCeiling: 1, // one call at a time: the copy cannot wait for a free slot
        timeout: { coldMs: 300_000, minMs: 300_000, maxMs: 300_000 },
        hedge: { minSamples: 1_000 },
      }),
      hub,
    );
    for (let k = 0; k < 12; k++) {
      const p = chat.complete(
        { parts: [{ type: 'text', text: `a${k}` }] },
        { cacheKey: null, estTokens: 10 },
      );
      await vi.advanceTimersByTimeAsync(2_000);
      await p;
    }
    const slow = chat.complete(
      { parts: [{ type: 'text', text: 'the-slow-one' }] },
      { cacheKey: null, estTokens: 10 },
    );
    await vi.advanceTimersByTimeAsync(5_000);
    const answer = await slow;
    expect(answer.source).toBe('provider');
    const m = chat.metrics();
    expect(m.hedges).toBe(1);
    expect(m.hedgesWon).toBe(1);
    expect(m.maxInFlight).toBe(1); // the pair counted as one call in flight
    await hub.close();
  });

  it('no room while calls wait for a rate token: no copy is decided then', async () => {
    const ep = fakeEndpoint(() => 1_000);
    const hub = createProviderHub();
    // 6 requests a minute: one token now, the next in 10 s
    const chat = new ResilientChat(
      resolveClientOptions({ baseURL: 'http://endpoint.test/v1', apiKey: 'k', fetch: ep.fetchImpl, rpm: 6 }),
      hub,
    );
    expect(chat.hasRoom).toBe(true);
    const calls = [0, 1, 2].map((k) =>
      chat.complete({ parts: [{ type: 'text', text: `r${k}` }] }, { cacheKey: null, estTokens: 10 }),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(chat.hasRoom).toBe(false); // two calls wait for their tokens
    await vi.advanceTimersByTimeAsync(30_000);
    await Promise.all(calls);
    expect(chat.hasRoom).toBe(true);
    await hub.close();
  });
});
