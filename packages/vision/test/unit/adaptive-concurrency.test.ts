import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdaptiveConcurrency } from '../../src/internal/adaptive-concurrency.js';

describe('adaptive concurrency (AIMD, injected clock)', () => {
  it('slow start grows by one per saturated success, then ×0.7 on congestion, at most once per cool-down', async () => {
    let now = 0;
    const c = new AdaptiveConcurrency({ initial: 4, ceiling: 100, now: () => now });
    for (let i = 0; i < 4; i++) await c.acquire();
    c.onSuccess(NaN, Infinity);
    expect(c.limit).toBe(5);
    await c.acquire(); // saturated again: grows again
    c.onSuccess(NaN, Infinity);
    expect(c.limit).toBe(6);
    c.release();
    c.onSuccess(NaN, Infinity); // not saturated (4 of 6 busy): no growth
    expect(c.limit).toBe(6);
    c.onCongestion(1_000);
    expect(c.limit).toBe(4); // floor(6 × 0.7)
    now = 500;
    c.onCongestion(1_000); // inside the cool-down: ignored
    expect(c.limit).toBe(4);
    expect(c.decreases).toBe(1);
    now = 1_600;
    c.onCongestion(1_000);
    expect(c.decreases).toBe(2);
    expect(c.limit).toBe(2);
  });

  it('after the first congestion grows additively (+1/limit per success)', async () => {
    const c = new AdaptiveConcurrency({ initial: 10, ceiling: 100, now: () => 0 });
    c.onCongestion(); // 7, slow start over
    for (let i = 0; i < 7; i++) await c.acquire();
    for (let i = 0; i < 7; i++) c.onSuccess(NaN, Infinity);
    expect(c.limit).toBe(7); // 7 + 7 × ~1/7.x < 8
    for (let i = 0; i < 3; i++) c.onSuccess(NaN, Infinity);
    expect(c.limit).toBe(8);
  });

  it("jumps to what Little's law needs for the governor's rate, within the ceiling", () => {
    const c = new AdaptiveConcurrency({ initial: 2, ceiling: 50, now: () => 0 });
    c.onSuccess(4_000, 5); // 5 req/s × 4 s × 1.5 = 30
    expect(c.limit).toBe(30);
    c.onSuccess(4_000, 100); // 600 > ceiling
    expect(c.limit).toBe(50);
  });

  it('treats a p50 three times the best seen as congestion', () => {
    const c = new AdaptiveConcurrency({ initial: 10, ceiling: 50, now: () => 10_000 });
    c.onSuccess(100, Infinity);
    c.onSuccess(400, Infinity);
    expect(c.decreases).toBe(1);
    expect(c.limit).toBe(7);
  });

  it('queues beyond the limit, hands slots over in order, and a cancelled waiter leaves the queue', async () => {
    const c = new AdaptiveConcurrency({ initial: 1, adaptive: false });
    await c.acquire();
    const order: string[] = [];
    const ac = new AbortController();
    const a = c.acquire(ac.signal).then(
      () => order.push('a'),
      (e: { code: string }) => order.push(e.code),
    );
    const b = c.acquire().then(() => order.push('b'));
    expect(c.waiting).toBe(2);
    ac.abort();
    await a;
    c.release();
    await b;
    expect(order).toEqual(['OSM_PROVIDER_CANCELLED', 'b']);
    expect(c.active).toBe(1);
    expect(c.maxInFlight).toBe(1);
  });

  it('hands slots to the lowest rank first, in arrival order within a rank, unranked callers last', async () => {
    const c = new AdaptiveConcurrency({ initial: 1, adaptive: false });
    await c.acquire();
    const order: string[] = [];
    const w = [
      c.acquire(undefined, 3).then(() => order.push('r3')),
      c.acquire().then(() => order.push('none')),
      c.acquire(undefined, 1).then(() => order.push('r1a')),
      c.acquire(undefined, 1).then(() => order.push('r1b')),
    ];
    for (let i = 0; i < 4; i++) {
      c.release();
      await Promise.resolve();
    }
    await Promise.all(w);
    expect(order).toEqual(['r1a', 'r1b', 'r3', 'none']);
  });

  it('fixed (baseline) never changes', () => {
    const c = new AdaptiveConcurrency({ initial: 3, adaptive: false });
    c.onSuccess(10, 100);
    c.onCongestion();
    expect(c.limit).toBe(3);
  });
});

describe('adaptive concurrency before the first answer (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('the limit grows with time until the first answer, which adapts from the grown limit', async () => {
    const c = new AdaptiveConcurrency({
      initial: 10,
      ceiling: 100,
      startDoublingMs: 4_000,
      now: () => Date.now(),
    });
    let admitted = 0;
    for (let i = 0; i < 40; i++) void c.acquire().then(() => admitted++);
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toBe(10);
    await vi.advanceTimersByTimeAsync(4_000); // doubled
    expect(admitted).toBe(20);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(admitted).toBe(30);
    c.onSuccess(NaN, Infinity); // saturated slow start: +1 from the grown 30
    expect(c.limit).toBe(31);
    await vi.advanceTimersByTimeAsync(40_000); // no more growth by time after an answer
    expect(c.limit).toBe(31);
  });

  it('a 429 before any answer stops the growth and decreases from where it had grown', async () => {
    const c = new AdaptiveConcurrency({
      initial: 10,
      ceiling: 100,
      startDoublingMs: 4_000,
      now: () => Date.now(),
    });
    for (let i = 0; i < 30; i++) void c.acquire();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(c.limit).toBe(20);
    c.onCongestion(1_000);
    expect(c.limit).toBe(14); // floor(20 × 0.7)
    await vi.advanceTimersByTimeAsync(20_000);
    expect(c.limit).toBe(14);
  });

  it('startDoublingMs 0: the first answer is waited for at the initial limit', async () => {
    const c = new AdaptiveConcurrency({
      initial: 10,
      ceiling: 100,
      startDoublingMs: 0,
      now: () => Date.now(),
    });
    for (let i = 0; i < 30; i++) void c.acquire();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(c.limit).toBe(10);
    expect(c.active).toBe(10);
  });
});

describe('adaptive concurrency: latency inflation from the median that counts the calls still out', () => {
  it('an early median of the fastest answers is no baseline; a real inflation still counts', () => {
    const t = 0;
    // the flaky profile's shape: the first settled window's median is the fastest answers' (0.8 s), the
    // profile's own median is 3 s
    const plain = new AdaptiveConcurrency({ initial: 20, ceiling: 128, startDoublingMs: 0, now: () => t });
    for (let i = 0; i < 10; i++) plain.onSuccess(800, Infinity, 10 + i);
    plain.onSuccess(3_000, Infinity, 40);
    expect(plain.decreases).toBe(1); // 3 s > 3 × 0.8 s read as congestion: the trap

    const censored = new AdaptiveConcurrency({ initial: 20, ceiling: 128, startDoublingMs: 0, now: () => t });
    // while most calls are still out the censored median is unknown (null): no baseline, no congestion
    for (let i = 0; i < 10; i++) censored.onSuccess(800, Infinity, 10 + i, null);
    for (let i = 0; i < 10; i++) censored.onSuccess(3_000, Infinity, 40 + i, 3_000);
    expect(censored.decreases).toBe(0);
    expect(censored.limit).toBe(20);
    // the provider really slows down: three times its settled median is congestion
    censored.onSuccess(9_500, Infinity, 60, 9_500);
    expect(censored.decreases).toBe(1);
    expect(censored.limit).toBe(14);
  });
});
