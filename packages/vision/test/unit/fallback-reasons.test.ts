/** The classes of a text fallback's reason: refused (same run), pending (next run), final. */
import { describe, expect, it } from 'vitest';
import {
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

  it('a render that timed out or could not start is pending once; met again it is final', () => {
    for (const code of ['OSM_RENDER_TIMEOUT', 'OSM_DEPENDENCY_MISSING']) {
      const reason = `render-failed:${code}`;
      expect(isPendingFallback(reason)).toBe(true);
      const again = repeatedFallback(reason, reason);
      expect(again).toBe(`${reason}:repeated`);
      expect(isRenderFallback(again)).toBe(true);
      expect(isPendingFallback(again)).toBe(false);
      // a first render failure after provider trouble is still worth the next run
      expect(repeatedFallback('unavailable', reason)).toBe(reason);
      // provider trouble after a render failure stays pending: the render went through this time
      expect(repeatedFallback(reason, 'unavailable')).toBe('unavailable');
    }
    // a deck LibreOffice cannot read is final from the start
    expect(isPendingFallback('render-failed:OSM_RENDER_FAILED')).toBe(false);
    expect(repeatedFallback('render-failed:OSM_RENDER_TIMEOUT', 'render-failed:OSM_RENDER_FAILED')).toBe(
      'render-failed:OSM_RENDER_FAILED',
    );
  });
});
