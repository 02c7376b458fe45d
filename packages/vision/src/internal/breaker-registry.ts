/**
 * One circuit breaker per endpoint, shared by every client of the process (cockatiel's CountBreaker:
 * ≥ 50 % failures over the last ≥ 10 calls → open for a cool-down → one half-open probe → closed).
 * Only provider failures count (5xx, timeouts, connection errors, malformed answers); 429s and 4xx do not.
 */
import { circuitBreaker, CountBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { isVisionError } from '../errors.js';

export interface BreakerOptions {
  threshold?: number;
  size?: number;
  cooldownMs?: number;
}

const registry = new Map<string, { policy: CircuitBreakerPolicy; opens: number }>();

export function isBreakerFailure(e: unknown): boolean {
  if (!isVisionError(e)) return true;
  if (e.cancelled) return false;
  return (
    e.code === 'OSM_PROVIDER_UNAVAILABLE' ||
    e.code === 'OSM_PROVIDER_TIMEOUT' ||
    e.code === 'OSM_PROVIDER_BAD_RESPONSE'
  );
}

export function breakerFor(
  endpoint: string,
  opts: BreakerOptions = {},
): { policy: CircuitBreakerPolicy; opens: number } {
  let entry = registry.get(endpoint);
  if (!entry) {
    const size = opts.size ?? 10;
    const policy = circuitBreaker(handleWhen(isBreakerFailure), {
      halfOpenAfter: opts.cooldownMs ?? 30_000,
      breaker: new CountBreaker({ threshold: opts.threshold ?? 0.5, size, minimumNumberOfCalls: size }),
    });
    const e = { policy, opens: 0 };
    policy.onBreak(() => e.opens++);
    registry.set(endpoint, e);
    entry = e;
  }
  return entry;
}

/** Forgets every breaker (tests). */
export function resetBreakers(): void {
  registry.clear();
}
