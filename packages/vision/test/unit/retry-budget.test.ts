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
  it('ordinary copies leave the reserved copies to the rest; a refused copy counts no denial', () => {
    const b = new RetryBudget({ ratio: 0.1, minRetries: 0, windowMs: 10_000, now: () => 0 });
    for (let i = 0; i < 100; i++) b.recordCall(); // budget 10
    const ordinary = Array.from({ length: 10 }, () => b.tryCopy(3)).filter(Boolean).length;
    expect(ordinary).toBe(7);
    expect(b.denied).toBe(0);
    const rest = Array.from({ length: 5 }, () => b.tryRetry()).filter(Boolean).length;
    expect(rest).toBe(3);
    expect(b.denied).toBe(2);
  });

  it('copies never take the floor: retries after a failure keep minRetries in the window when copies spent the rest', () => {
    let now = 0;
    const b = new RetryBudget({ ratio: 0.1, minRetries: 4, windowMs: 60_000, now: () => now });
    // a large run: 200 first attempts in its first 20 s (budget 4 + 20 = 24)
    for (let i = 0; i < 200; i++) {
      now = i * 100;
      b.recordCall();
    }
    // its tail: ordinary copies until the reserve, rescue copies until the rest, one retry
    now = 30_000;
    expect(Array.from({ length: 30 }, () => b.tryCopy(7)).filter(Boolean).length).toBe(17); // 24 − 7 reserved
    expect(b.tryRetry()).toBe(true);
    expect(Array.from({ length: 10 }, () => b.tryCopy()).filter(Boolean).length).toBe(6);
    // 70 s in: the window has slid past most first attempts (budget 4 + 10 % of 100 = 14), the copies stay in it;
    // the last hung call gets no more copies, but its retries still go, up to the floor
    now = 70_000;
    expect(b.left()).toBe(0);
    expect(b.tryCopy()).toBe(false);
    expect(b.denied).toBe(0); // a refused copy is looked at again, not denied
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(true);
    expect(b.tryRetry()).toBe(false); // 4 retries in the window: the floor, no more
    expect(b.denied).toBe(1);
  });
});

describe('retry budget: rescues', () => {
  it('a rescue takes the floor like a retry when copies spent the budget; its refusal counts no denial', () => {
    const b = new RetryBudget({ ratio: 0.1, minRetries: 2, windowMs: 60_000, now: () => 0 });
    for (let i = 0; i < 100; i++) b.recordCall(); // budget 2 + 10 = 12
    // tail copies take the whole budget (no rescue reserve)
    expect(Array.from({ length: 20 }, () => b.tryCopy()).filter(Boolean).length).toBe(12);
    expect(b.tryCopy()).toBe(false);
    // the hung call's rescue still goes: the retry its timeout would get later, from the floor
    expect(b.tryRetry(false)).toBe(true);
    expect(b.tryRetry(false)).toBe(true);
    expect(b.tryRetry(false)).toBe(false); // the floor is spent too
    expect(b.denied).toBe(0); // looked at again later, not a denial
    expect(b.tryRetry()).toBe(false);
    expect(b.denied).toBe(1);
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
