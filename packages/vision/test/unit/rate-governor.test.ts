import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseResetDuration, RateGovernor } from '../../src/internal/rate-governor.js';

const headers =
  (h: Record<string, string>) =>
  (n: string): string | null =>
    h[n] ?? null;

describe('rate governor (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('lets a burst through, then paces requests at the limit, in FIFO order', async () => {
    // 600 RPM = 10/s; burst 0.5 s = 5 requests at once
    const g = new RateGovernor({ rpm: 600, now: () => Date.now() });
    const order: number[] = [];
    const all = Array.from({ length: 15 }, (_, i) => g.acquire(1).then(() => order.push(i)));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(500); // 5 more at 10/s
    expect(order).toHaveLength(10);
    await vi.advanceTimersByTimeAsync(500);
    await Promise.all(all);
    expect(order).toEqual([...Array(15).keys()]);
    expect(g.waits).toBe(10);
    g.close();
  });

  it('a priority waiter (a hedge copy) leaves ahead of the queued first attempts', async () => {
    const g = new RateGovernor({ rpm: 600, now: () => Date.now() });
    const order: string[] = [];
    const firsts = Array.from({ length: 10 }, (_, i) => g.acquire(1).then(() => order.push(`first${i}`)));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toHaveLength(5); // the burst
    const copy = g.acquire(1, undefined, true).then(() => order.push('copy'));
    await vi.advanceTimersByTimeAsync(100); // the next token
    expect(order.slice(5)).toEqual(['copy']);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all([...firsts, copy]);
    expect(order.slice(6)).toEqual(['first5', 'first6', 'first7', 'first8', 'first9']);
    g.close();
  });

  it('ranked waiters leave by rank, in arrival order within a rank, unranked last, copies first', async () => {
    const g = new RateGovernor({ rpm: 600, now: () => Date.now() });
    const order: string[] = [];
    const burst = Array.from({ length: 5 }, () => g.acquire(1));
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(burst);
    // a folder run: deck 2's slides queued before deck 0's and deck 1's; a job without a rank; a copy
    const w = [
      g.acquire(1, undefined, false, 2).then(() => order.push('d2a')),
      g.acquire(1).then(() => order.push('job')),
      g.acquire(1, undefined, false, 0).then(() => order.push('d0a')),
      g.acquire(1, undefined, false, 2).then(() => order.push('d2b')),
      g.acquire(1, undefined, false, 1).then(() => order.push('d1a')),
      g.acquire(1, undefined, false, 0).then(() => order.push('d0b')),
      g.acquire(1, undefined, true).then(() => order.push('copy')),
    ];
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all(w);
    expect(order).toEqual(['copy', 'd0a', 'd0b', 'd1a', 'd2a', 'd2b', 'job']);
    g.close();
  });

  it('learns the limit from x-ratelimit headers with 5 % headroom and pauses after a 429', async () => {
    const g = new RateGovernor({ now: () => Date.now() });
    expect(g.requestsPerSecond).toBe(Infinity);
    g.observe(headers({ 'x-ratelimit-limit-requests': '1200', 'x-ratelimit-remaining-requests': '0' }));
    expect(g.limits.rpm).toBe(1140);
    g.pause(2_000);
    let passed = false;
    const p = g.acquire(1).then(() => (passed = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(passed).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await p;
    expect(passed).toBe(true);
    expect(g.pauses).toBe(1);
    g.close();
  });

  it('paces at the full limit while the provider reports a reserve, with the headroom again at its floor', async () => {
    const g = new RateGovernor({ now: () => Date.now() });
    // a 429 of the first burst, before anything ran at full rate: full rate stays possible
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '0' }));
    g.pause(1_000);
    expect(g.limits.rpm).toBe(570);
    expect(g.fullRate).toBe(false);
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '2' }));
    expect(g.limits.rpm).toBe(570); // below the reserve: still 5 % under
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '3' }));
    expect(g.fullRate).toBe(true);
    expect(g.limits.rpm).toBe(600);
    await vi.advanceTimersByTimeAsync(1_000);
    const t0 = Date.now();
    let last = 0;
    const all = Array.from({ length: 40 }, () => g.acquire(1).then(() => (last = Date.now())));
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(all);
    // a full bucket (0.5 s × 10/s = 5) leaves at once, the other 35 at 10/s: 3.5 s (about 3.7 s at 9.5/s)
    expect(last - t0).toBeGreaterThanOrEqual(3_450);
    expect(last - t0).toBeLessThan(3_600);
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '2' }));
    expect(g.fullRate).toBe(true); // hysteresis: between the floor and the reserve nothing changes
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '1' }));
    expect(g.fullRate).toBe(false);
    expect(g.limits.rpm).toBe(570);
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '9' }));
    expect(g.fullRate).toBe(true);
    g.close();
  });

  it('a 429 while at full rate ends full rate for the rest of the run', async () => {
    const g = new RateGovernor({ now: () => Date.now() });
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '500' }));
    expect(g.fullRate).toBe(true);
    // the 429's own headers say 0 left (full rate drops), then the client pauses: full rate is refused
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '0' }));
    g.pause(1_000);
    g.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '500' }));
    expect(g.fullRate).toBe(false);
    expect(g.limits.rpm).toBe(570);
    // a 429 with no headers at all at full rate refuses it too
    const h = new RateGovernor({ now: () => Date.now() });
    h.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '50' }));
    h.pause(500);
    h.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '50' }));
    expect(h.fullRate).toBe(false);
    // a governor that holds only a share of the limit (the Redis-outage fallback) never goes to full rate
    const share = new RateGovernor({ fullRate: false, now: () => Date.now() });
    share.observe(headers({ 'x-ratelimit-limit-requests': '600', 'x-ratelimit-remaining-requests': '500' }));
    expect(share.fullRate).toBe(false);
    expect(share.limits.rpm).toBe(570);
    await vi.advanceTimersByTimeAsync(1_000);
    g.close();
    h.close();
    share.close();
  });

  it('an aborted waiter leaves the queue and rejects with the signal reason', async () => {
    const g = new RateGovernor({ rpm: 60, now: () => Date.now() });
    await g.acquire(1); // bucket of 1: the next one waits 1 s
    const ac = new AbortController();
    const p = g.acquire(1, ac.signal);
    ac.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    // the next caller is not delayed by the aborted one
    let got = false;
    const q = g.acquire(1).then(() => (got = true));
    await vi.advanceTimersByTimeAsync(1_000);
    await q;
    expect(got).toBe(true);
    g.close();
  });

  it('parses OpenAI reset durations', () => {
    expect(parseResetDuration('1s')).toBe(1_000);
    expect(parseResetDuration('6m0s')).toBe(360_000);
    expect(parseResetDuration('20ms')).toBe(20);
    expect(parseResetDuration('1h2m3s')).toBe(3_723_000);
    expect(parseResetDuration('2.5')).toBe(2_500);
    expect(parseResetDuration('soon')).toBeNull();
    expect(parseResetDuration(null)).toBeNull();
  });
});
