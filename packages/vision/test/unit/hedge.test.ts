import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runHedged } from '../../src/internal/hedge.js';

/** An attempt that answers `value` after `ms` unless aborted. */
function attemptAfter(ms: number, value: string, log: string[]) {
  return (signal: AbortSignal, onSent?: () => void): Promise<string> =>
    new Promise((resolve, reject) => {
      onSent?.();
      log.push(`sent:${value}`);
      const t = setTimeout(() => resolve(value), ms);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        log.push(`aborted:${value}`);
        reject(new Error('aborted'));
      });
    });
}

describe('hedged requests (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a copy once the first outlives hedgeAfterMs; the first answer wins, the loser is cancelled', async () => {
    const log: string[] = [];
    let n = 0;
    const slow = attemptAfter(10_000, 'first', log);
    const fast = attemptAfter(100, 'copy', log);
    let hedges = 0;
    const p = runHedged((s, onSent) => (n++ === 0 ? slow(s, onSent) : fast(s, onSent)), {
      hedgeAfterMs: () => 500,
      recheckMs: () => 100,
      mayHedge: () => true,
      onHedge: () => hedges++,
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(hedges).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(hedges).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    await expect(p).resolves.toBe('copy');
    expect(log).toEqual(['sent:first', 'sent:copy', 'aborted:first']);
  });

  it('no copy when the budget says no, or when the first answers in time', async () => {
    const log: string[] = [];
    let hedges = 0;
    const p = runHedged(attemptAfter(2_000, 'only', log), {
      hedgeAfterMs: () => 500,
      recheckMs: () => 100,
      mayHedge: () => false,
      onHedge: () => hedges++,
    });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(p).resolves.toBe('only');
    expect(hedges).toBe(0);
    const q = runHedged(attemptAfter(100, 'quick', log), {
      hedgeAfterMs: () => 500,
      recheckMs: () => 100,
      mayHedge: () => true,
      onHedge: () => hedges++,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(q).resolves.toBe('quick');
    expect(hedges).toBe(0);
  });

  it('waits for enough samples (null) by re-checking, and fails only when every copy failed', async () => {
    let known = false;
    let calls = 0;
    const p = runHedged(
      (signal, onSent) =>
        new Promise<string>((_, reject) => {
          onSent?.();
          calls++;
          const t = setTimeout(() => reject(new Error(`fail${calls}`)), 1_000);
          signal.addEventListener('abort', () => clearTimeout(t));
        }),
      {
        hedgeAfterMs: () => (known ? 200 : null),
        recheckMs: () => 100,
        mayHedge: () => true,
        onHedge: () => {},
      },
    );
    p.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(150);
    known = true;
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(p).rejects.toThrow('fail2'); // the last copy to fail
  });
});

describe('rescue of stragglers (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a call past rescueAfterMs gets a copy even though mayHedge keeps refusing (no room)', async () => {
    const log: string[] = [];
    let n = 0;
    const hung = attemptAfter(1e9, 'hung', log);
    const copy = attemptAfter(1_000, 'copy', log);
    let asked = 0;
    let rescues = 0;
    const p = runHedged((s, onSent) => (n++ === 0 ? hung(s, onSent) : copy(s, onSent)), {
      hedgeAfterMs: () => 500,
      recheckMs: () => 200,
      mayHedge: () => (asked++, false),
      rescueAfterMs: () => 5_000,
      mayRescue: () => (rescues++, true),
      onHedge: () => {},
    });
    await vi.advanceTimersByTimeAsync(4_900);
    // refused at 500 ms, and looked at again (not given up) until the rescue is due
    expect(asked).toBeGreaterThan(5);
    expect(log).toEqual(['sent:hung']);
    await vi.advanceTimersByTimeAsync(200);
    expect(rescues).toBe(1);
    expect(log).toEqual(['sent:hung', 'sent:copy']);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(p).resolves.toBe('copy');
  });

  it('a copy refused for lack of room goes later when room appears (before any rescue)', async () => {
    const log: string[] = [];
    let n = 0;
    let room = false;
    const slow = attemptAfter(60_000, 'first', log);
    const copy = attemptAfter(100, 'copy', log);
    const p = runHedged((s, onSent) => (n++ === 0 ? slow(s, onSent) : copy(s, onSent)), {
      hedgeAfterMs: () => 500,
      recheckMs: () => 200,
      mayHedge: () => room,
      rescueAfterMs: () => 30_000,
      mayRescue: () => true,
      onHedge: () => {},
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(log).toEqual(['sent:first']);
    room = true;
    await vi.advanceTimersByTimeAsync(210); // the next look (every 200 ms)
    expect(log.slice(0, 2)).toEqual(['sent:first', 'sent:copy']);
    await vi.advanceTimersByTimeAsync(100);
    await expect(p).resolves.toBe('copy');
    expect(log).toEqual(['sent:first', 'sent:copy', 'aborted:first']);
  });
});
