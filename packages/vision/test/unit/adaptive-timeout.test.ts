import { describe, expect, it } from 'vitest';
import { AdaptiveTimeout } from '../../src/internal/adaptive-timeout.js';
import { LatencyWindow, quantileOf } from '../../src/internal/latency-window.js';

describe('adaptive timeout', () => {
  it('uses the cold value until enough samples, then multiplier × p95 within bounds', () => {
    const t = new AdaptiveTimeout({ coldMs: 5_000, multiplier: 2, minMs: 100, maxMs: 3_000, minSamples: 5 });
    expect(t.current()).toBe(3_000); // the cold value, capped at maxMs
    for (const ms of [100, 110, 120, 130]) t.record(ms);
    expect(t.current()).toBe(3_000);
    t.record(200);
    expect(t.current()).toBe(400); // p95 of 5 samples = 200
    const fast = new AdaptiveTimeout({
      coldMs: 5_000,
      multiplier: 2,
      minMs: 100,
      maxMs: 3_000,
      minSamples: 5,
    });
    for (let i = 0; i < 50; i++) fast.record(10);
    expect(fast.current()).toBe(100); // floored at minMs
    for (let i = 0; i < 200; i++) t.record(5_000);
    expect(t.current()).toBe(3_000); // capped at maxMs
  });

  it('a fixed timeout never adapts', () => {
    const t = new AdaptiveTimeout({ fixedMs: 60_000 });
    t.record(10);
    expect(t.current()).toBe(60_000);
  });

  it('the latency window keeps the last N and answers quantiles', () => {
    const w = new LatencyWindow(4);
    for (const ms of [1, 2, 3, 4, 100, 200]) w.add(ms);
    expect(w.count).toBe(4);
    expect(w.quantile(0.5)).toBe(4);
    expect(w.quantile(1)).toBe(200);
    expect(quantileOf([], 0.5)).toBe(0);
    expect(quantileOf([5, 1, 3], 0.5)).toBe(3);
  });
});
