import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { isBreakerFailure } from '../../src/internal/breaker.js';
import { mapProviderError, retryAfterMs } from '../../src/internal/transport.js';

const api = (status: number, h: Record<string, string> = {}) =>
  APIError.generate(status, { message: `status ${status}` }, undefined, new Headers(h));

describe('error mapping (openai-node retry rules)', () => {
  it('408, 409, 429 and 5xx are retryable; 400, 401, 403, 404, 422 are not', () => {
    const cases: [number, string, boolean][] = [
      [408, 'OSM_PROVIDER_TIMEOUT', true],
      [409, 'OSM_PROVIDER_UNAVAILABLE', true],
      [429, 'OSM_PROVIDER_RATE_LIMITED', true],
      [500, 'OSM_PROVIDER_UNAVAILABLE', true],
      [503, 'OSM_PROVIDER_UNAVAILABLE', true],
      [400, 'OSM_PROVIDER_BAD_REQUEST', false],
      [401, 'OSM_PROVIDER_AUTH', false],
      [403, 'OSM_PROVIDER_AUTH', false],
      [404, 'OSM_PROVIDER_BAD_REQUEST', false],
      [422, 'OSM_PROVIDER_BAD_REQUEST', false],
    ];
    for (const [status, code, retryable] of cases) {
      const e = mapProviderError(api(status));
      expect([status, e.code, e.retryable]).toEqual([status, code, retryable]);
      expect(e.status).toBe(status);
    }
  });

  it('x-should-retry overrides the status rule both ways', () => {
    expect(mapProviderError(api(400, { 'x-should-retry': 'true' })).retryable).toBe(true);
    expect(mapProviderError(api(503, { 'x-should-retry': 'false' })).retryable).toBe(false);
    expect(mapProviderError(api(429, { 'x-should-retry': 'false' })).retryable).toBe(false);
  });

  it('honours retry-after-ms, then retry-after (seconds or HTTP date)', () => {
    expect(mapProviderError(api(429, { 'retry-after-ms': '1500', 'retry-after': '9' })).retryAfterMs).toBe(
      1_500,
    );
    expect(mapProviderError(api(429, { 'retry-after': '2' })).retryAfterMs).toBe(2_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    const get = (n: string) => (n === 'retry-after' ? 'Thu, 01 Jan 2026 00:00:05 GMT' : null);
    expect(retryAfterMs(get, now)).toBe(5_000);
    expect(retryAfterMs(() => null)).toBeUndefined();
  });

  it('a retry-after beyond the cap is not honoured: an outage for the breaker, retried on our own backoff', () => {
    const e = mapProviderError(api(429, { 'retry-after': '3600' }), { retryAfterCapMs: 60_000 });
    expect(e.code).toBe('OSM_PROVIDER_RATE_LIMITED');
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.outage).toBe(true);
    expect(e.retryable).toBe(true);
    expect(e.message).toMatch(/3600 s .*60 s cap/);
    expect(isBreakerFailure(e)).toBe(true);
    // within the cap: a plain 429, honoured, not a breaker failure
    const ok = mapProviderError(api(429, { 'retry-after': '30' }), { retryAfterCapMs: 60_000 });
    expect(ok.retryAfterMs).toBe(30_000);
    expect(isBreakerFailure(ok)).toBe(false);
    const down = mapProviderError(api(503, { 'retry-after': '7200' }));
    expect(down.outage).toBe(true);
    expect(down.retryAfterMs).toBeUndefined();
  });

  it('connection failures, timeouts, our aborts and bad bodies', () => {
    expect(mapProviderError(new APIConnectionError({ message: 'ECONNREFUSED' })).code).toBe(
      'OSM_PROVIDER_UNAVAILABLE',
    );
    expect(mapProviderError(new APIConnectionTimeoutError()).code).toBe('OSM_PROVIDER_TIMEOUT');
    expect(mapProviderError(new Error('x'), { timedOut: true, elapsedMs: 1234 }).message).toBe(
      'No answer after 1234 ms.',
    );
    const c = mapProviderError(new APIUserAbortError());
    expect([c.code, c.cancelled, c.retryable, isBreakerFailure(c)]).toEqual([
      'OSM_PROVIDER_CANCELLED',
      true,
      false,
      false,
    ]);
    expect(mapProviderError(new SyntaxError('Unexpected end')).code).toBe('OSM_PROVIDER_BAD_RESPONSE');
  });
});
