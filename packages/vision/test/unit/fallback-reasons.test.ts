/** The classes of a text fallback's reason: refused (same run), pending (next run), final. */
import { describe, expect, it } from 'vitest';
import {
  isForcedAgain,
  isPendingDrop,
  isPendingFallback,
  isRefusedFallback,
  isRenderFallback,
  repeatedFallback,
} from '../../src/fallback-reasons.js';

describe('fallback reasons', () => {
  it('provider trouble is pending, a request that cannot succeed is final', () => {
    for (const r of ['unavailable', 'timeout', 'rate-limited', 'bad-response', 'auth', 'circuit-open'])
      expect(isPendingFallback(r), r).toBe(true);
    for (const r of ['bad-request', 'no-image', 'not-configured', 'invalid-option', undefined])
      expect(isPendingFallback(r), String(r)).toBe(false);
    expect(isRefusedFallback('circuit-open')).toBe(true);
    expect(isRefusedFallback('retry-budget-exhausted')).toBe(true);
    expect(isRefusedFallback('timeout')).toBe(false);
  });

  it('a render that timed out or could not start, or an unusable answer, is pending once; met again it is final', () => {
    for (const reason of [
      'render-failed:OSM_RENDER_TIMEOUT',
      'render-failed:OSM_DEPENDENCY_MISSING',
      'bad-response',
    ]) {
      expect(isPendingFallback(reason)).toBe(true);
      const again = repeatedFallback(reason, reason);
      expect(again).toBe(`${reason}:repeated`);
      expect(isRenderFallback(again)).toBe(reason.startsWith('render-failed'));
      expect(isPendingFallback(again)).toBe(false);
      // asked again after --force and met again: still final
      expect(isForcedAgain(again)).toBe(true);
      expect(repeatedFallback(again, reason)).toBe(again);
      // a first render failure after provider trouble is still worth the next run
      expect(repeatedFallback('unavailable', reason)).toBe(reason);
      // provider trouble after a render failure stays pending: the render went through this time
      expect(repeatedFallback(reason, 'unavailable')).toBe('unavailable');
    }
    // provider trouble proper stays pending however often it is met
    for (const r of ['unavailable', 'timeout', 'auth', 'circuit-open'])
      expect(repeatedFallback(r, r)).toBe(r);
    // a deck LibreOffice cannot read is final from the start
    expect(isPendingFallback('render-failed:OSM_RENDER_FAILED')).toBe(false);
    expect(repeatedFallback('render-failed:OSM_RENDER_TIMEOUT', 'render-failed:OSM_RENDER_FAILED')).toBe(
      'render-failed:OSM_RENDER_FAILED',
    );
  });

  it('LLM batches: provider trouble is pending; an unusable answer or a rejected request is final', () => {
    for (const r of [
      'OSM_PROVIDER_UNAVAILABLE',
      'OSM_PROVIDER_TIMEOUT',
      'OSM_PROVIDER_AUTH',
      'OSM_PROVIDER_CIRCUIT_OPEN',
    ])
      expect(isPendingDrop(r), r).toBe(true);
    for (const r of [
      'OSM_PROVIDER_BAD_RESPONSE',
      'OSM_PROVIDER_BAD_REQUEST',
      'malformed',
      'error',
      undefined,
    ])
      expect(isPendingDrop(r), String(r)).toBe(false);
  });
});
