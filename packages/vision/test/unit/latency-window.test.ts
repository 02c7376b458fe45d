import { describe, expect, it } from 'vitest';
import { LatencyWindow } from '../../src/internal/latency-window.js';

const windowOf = (xs: number[]): LatencyWindow => {
  const w = new LatencyWindow(200);
  for (const x of xs) w.add(x);
  return w;
};

describe('latency quantile with calls still running (Kaplan–Meier)', () => {
  it('with nothing running it is the plain quantile', () => {
    const w = windowOf(Array.from({ length: 100 }, (_, i) => (i + 1) * 100));
    for (const q of [0.5, 0.75, 0.9, 0.95]) expect(w.quantileCensored(q, [])).toBe(w.quantile(q));
    expect(new LatencyWindow().quantileCensored(0.95, [])).toBeNull();
  });

  it('early in a run the answered calls are the fast ones: calls running long push p95 up, or leave it unknown', () => {
    // 40 calls answered within 2–9 s; 60 more sent at the same time still running at 10 s
    const answered = Array.from({ length: 40 }, (_, i) => 2_000 + i * 180);
    const w = windowOf(answered);
    expect(w.quantile(0.95)).toBeLessThan(9_000); // what the rescue threshold was built on
    // most of the cohort is still out: p95 is beyond anything seen yet
    expect(w.quantileCensored(0.95, Array(60).fill(10_000))).toBeNull();
    // a few young calls barely matter: the estimate stays near the plain one
    const young = w.quantileCensored(0.95, [100, 200, 300])!;
    expect(young).toBeGreaterThanOrEqual(w.quantile(0.95));
    expect(young).toBeLessThanOrEqual(9_000);
  });

  it('censored at their age, not counted as answers: a known tail', () => {
    // 90 answered at 1..90 s, 10 still running at 50 s: at least half the cohort is known to exceed 50 s
    const w = windowOf(Array.from({ length: 90 }, (_, i) => (i + 1) * 1_000));
    const m = w.quantileCensored(0.5, Array(10).fill(50_000))!;
    expect(w.quantile(0.5)).toBe(45_000); // the answered calls alone
    expect(m).toBe(50_000); // the 10 still running are slower than 50 s: half of 100 calls take 50 s or more
    expect(w.quantileCensored(0.9, Array(10).fill(50_000))!).toBeGreaterThan(w.quantile(0.9));
  });
});
