import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VisionError } from '../../src/errors.js';
import { LocalBreaker } from '../../src/internal/breaker.js';
import { createProviderHub, KEY_REFUSAL_MS } from '../../src/provider-hub.js';

const fail =
  (code: 'OSM_PROVIDER_UNAVAILABLE' | 'OSM_PROVIDER_RATE_LIMITED' | 'OSM_PROVIDER_BAD_REQUEST') => () =>
    Promise.reject(new VisionError(code));

describe('circuit breaker (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens above 50 % failures over 10 calls, rejects during the cool-down, one half-open probe closes it', async () => {
    const b = new LocalBreaker({ size: 10, cooldownMs: 1_000 });
    for (let i = 0; i < 5; i++) await b.execute(() => Promise.resolve(1));
    for (let i = 0; i < 5; i++) await expect(b.execute(fail('OSM_PROVIDER_UNAVAILABLE'))).rejects.toThrow();
    expect(b.state).toBe('closed'); // 5 of 10: not more than half
    expect(b.retryAt).toBe(0);
    const openedAt = Date.now();
    await expect(b.execute(fail('OSM_PROVIDER_UNAVAILABLE'))).rejects.toThrow();
    expect(b.state).toBe('open'); // 6 of the last 10
    expect(b.opens).toBe(1);
    expect(b.retryAt).toBe(openedAt + 1_000); // when the next probe may go (summariseSlides' recovery pass)
    let ran = false;
    await expect(b.execute(async () => (ran = true))).rejects.toMatchObject({
      code: 'OSM_PROVIDER_CIRCUIT_OPEN',
    });
    expect(ran).toBe(false);
    vi.advanceTimersByTime(1_001);
    // half-open: the first call is the probe; a concurrent one waits for its outcome, unsent
    let release: (() => void) | null = null;
    const probe = b.execute(() => new Promise<void>((r) => (release = r)));
    await vi.advanceTimersByTimeAsync(0);
    expect(release).not.toBeNull();
    expect(b.state).toBe('half-open');
    let second = false;
    const waiting = b.execute(async () => (second = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(second).toBe(false);
    release!();
    await probe;
    await waiting;
    expect(second).toBe(true);
    expect(b.state).toBe('closed');
    expect(b.retryAt).toBe(0);
    b.close();
  });

  it('429s within the cap and 4xx do not count', async () => {
    const b = new LocalBreaker({ size: 4, cooldownMs: 1_000 });
    for (let i = 0; i < 10; i++) {
      await expect(b.execute(fail('OSM_PROVIDER_RATE_LIMITED'))).rejects.toThrow();
      await expect(b.execute(fail('OSM_PROVIDER_BAD_REQUEST'))).rejects.toThrow();
    }
    expect(b.state).toBe('closed');
    b.close();
  });
});

describe('hub registries', () => {
  it('one governor per endpoint + key (by hash), one breaker per endpoint, forgotten on close', async () => {
    const hub = createProviderHub({ budgetUsd: 1 });
    const g1 = hub.governorFor('http://a/v1', 'sk-1', { rpm: 60 });
    expect(hub.governorFor('http://a/v1', 'sk-1', {})).toBe(g1);
    expect(hub.governorFor('http://a/v1', 'sk-2', {})).not.toBe(g1);
    expect(hub.breakerFor('http://a/v1')).toBe(hub.breakerFor('http://a/v1'));
    const m = hub.metrics();
    expect(m.governors).toHaveLength(2);
    expect(JSON.stringify(m)).not.toContain('sk-1'); // keys appear only as hashes
    expect(m.governors[0].keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(m.budget).toMatchObject({ limitUsd: 1, spentUsd: 0, calls: 0 });
    await hub.close();
    expect(() => hub.breakerFor('http://a/v1')).toThrow(/closed/);
    const other = createProviderHub();
    expect(other.governorFor('http://a/v1', 'sk-1', {})).not.toBe(g1); // registries are per hub
    await other.close();
  });

  it('isDown: the endpoint circuit is open and its cool-down not over (fake timers)', async () => {
    vi.useFakeTimers();
    try {
      const hub = createProviderHub();
      expect(hub.isDown('http://a/v1')).toBe(false); // never used
      const b = hub.breakerFor('http://a/v1', { size: 4, cooldownMs: 1_000 });
      for (let i = 0; i < 4; i++) await expect(b.execute(fail('OSM_PROVIDER_UNAVAILABLE'))).rejects.toThrow();
      expect(hub.isDown('http://a/v1')).toBe(true);
      expect(hub.isDown('http://b/v1')).toBe(false);
      vi.advanceTimersByTime(1_001);
      expect(hub.isDown('http://a/v1')).toBe(false); // the next call may go: a probe, worth a try
      await hub.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refused keys: a 401 refuses the key, a 403 one model; both for KEY_REFUSAL_MS only (fake timers)', async () => {
    vi.useFakeTimers();
    try {
      const hub = createProviderHub();
      hub.refuseKey('http://a/v1', 'sk-revoked');
      expect(hub.isKeyRefused('http://a/v1', 'sk-revoked')).toBe(true);
      expect(hub.isKeyRefused('http://a/v1', 'sk-revoked', 'any-model')).toBe(true);
      expect(hub.isDown('http://a/v1', 'sk-revoked')).toBe(true);
      expect(hub.isKeyRefused('http://b/v1', 'sk-revoked')).toBe(false);
      hub.refuseKey('http://a/v1', 'sk-limited', 'gpt-4o');
      expect(hub.isKeyRefused('http://a/v1', 'sk-limited', 'gpt-4o')).toBe(true);
      expect(hub.isKeyRefused('http://a/v1', 'sk-limited', 'gpt-4o-mini')).toBe(false);
      expect(hub.isKeyRefused('http://a/v1', 'sk-limited')).toBe(false);
      const m = hub.metrics().refusedKeys;
      expect(m.map((r) => r.model)).toEqual([null, 'gpt-4o']);
      expect(JSON.stringify(m)).not.toContain('sk-'); // keys appear only as hashes
      vi.advanceTimersByTime(KEY_REFUSAL_MS + 1);
      expect(hub.isKeyRefused('http://a/v1', 'sk-revoked')).toBe(false); // a long-lived server tries again
      expect(hub.metrics().refusedKeys).toEqual([]);
      hub.refuseKey('http://a/v1', 'sk-revoked');
      hub.reset('breakers');
      expect(hub.isKeyRefused('http://a/v1', 'sk-revoked')).toBe(false);
      await hub.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
