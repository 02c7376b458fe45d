import { describe, expect, it } from 'vitest';
import { backoffDelay, RetryBudget } from '../../src/internal/retry-budget.js';

describe('retry budget (injected clock)', () => {
  it('allows minRetries + ratio × first attempts in the window, then denies', () => {
    let now = 0;
    const b = new RetryBudget({ ratio: 0.1, minRetries: 2, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 30; i++) b.recordCall();
    // 2 + 0.1 × 30 = 5
    const granted = Array.from({ length: 8 }, () => b.tryRetry()).filter(Boolean).length;
    expect(granted).toBe(5);
    expect(b.denied).toBe(3);
    // the window slides: old calls and retries expire
    now = 10_001;
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(false);
  });
});

describe('retry budget reserve', () => {
  it('ordinary copies leave the reserved share to the rest; a look without taking counts no denial', () => {
    const b = new RetryBudget({ ratio: 0.1, minRetries: 0, windowMs: 10_000, now: () => 0 });
    for (let i = 0; i < 100; i++) b.recordCall(); // budget 10
    const ordinary = Array.from({ length: 10 }, () => b.tryRetry(0.3, false)).filter(Boolean).length;
    expect(ordinary).toBe(7);
    expect(b.denied).toBe(0);
    const rest = Array.from({ length: 5 }, () => b.tryRetry()).filter(Boolean).length;
    expect(rest).toBe(3);
    expect(b.denied).toBe(2);
  });
});

describe('backoff', () => {
  it('full jitter: uniform in [0, min(max, base × 2^attempt))', () => {
    expect(backoffDelay(0, 500, 20_000, undefined, () => 0.5)).toBe(250);
    expect(backoffDelay(3, 500, 20_000, undefined, () => 0.5)).toBe(2_000);
    expect(backoffDelay(10, 500, 20_000, undefined, () => 0.999)).toBeLessThan(20_000);
  });

  it("a provider's retry-after wins, plus at most a quarter of it as jitter", () => {
    expect(backoffDelay(0, 500, 20_000, 3_000, () => 0)).toBe(3_000);
    const d = backoffDelay(5, 500, 20_000, 3_000, () => 0.99);
    expect(d).toBeGreaterThanOrEqual(3_000);
    expect(d).toBeLessThanOrEqual(3_750);
  });
});
