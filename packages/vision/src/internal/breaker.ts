/**
 * The circuit breaker of one endpoint (cockatiel's CountBreaker: more than 50 % failures over the last 20
 * calls → open for a cool-down → one half-open probe → closed). Only provider failures count (5xx,
 * timeouts, connection errors, malformed answers, and answers whose retry-after exceeds the cap);
 * 429s within the cap, 4xx and cancellations do not. While it is open every slide falls back to its text, so
 * it must not open on a provider that mostly works: over 10 calls, a provider failing 18 % of its calls (the
 * simulator's flaky profile) crossed 50 % by chance in 2 of 8 250-slide runs and dropped 130–170 slides to text;
 * over 20 calls (a real outage is still seen within its first 20 calls) that became rare
 * (bench/results/hedge-reserve-flaky.md).
 */
import {
  BrokenCircuitError,
  CircuitState,
  circuitBreaker,
  CountBreaker,
  handleWhen,
  IsolatedCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { isVisionError, VisionError } from '../errors.js';

export interface BreakerOptions {
  threshold?: number;
  size?: number;
  cooldownMs?: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What the client needs of a breaker; the local one below and the Redis-shared one implement it. */
export interface EndpointBreaker {
  /**
   * Runs `fn` unless the circuit is open (then rejects with OSM_PROVIDER_CIRCUIT_OPEN); a wait for a
   * half-open probe's outcome ends when `signal` fires.
   */
  execute<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Times this breaker opened (for the shared breaker: opens seen by this process, its own or others'). */
  readonly opens: number;
  readonly state: BreakerState;
  /**
   * When an open circuit lets its next probe through (epoch ms; 0 while closed). A caller holding slides the
   * open circuit refused waits until then and tries again (summariseSlides' recovery pass).
   */
  readonly retryAt: number;
  close(): void;
}

export function isBreakerFailure(e: unknown): boolean {
  if (!isVisionError(e)) return true;
  if (e.cancelled) return false;
  if (e.outage) return true;
  return (
    e.code === 'OSM_PROVIDER_UNAVAILABLE' ||
    e.code === 'OSM_PROVIDER_TIMEOUT' ||
    e.code === 'OSM_PROVIDER_BAD_RESPONSE'
  );
}

export function circuitOpenError(cause?: unknown): VisionError {
  return new VisionError('OSM_PROVIDER_CIRCUIT_OPEN', undefined, { cause, retryable: false });
}

export class LocalBreaker implements EndpointBreaker {
  readonly policy: CircuitBreakerPolicy;
  opens = 0;
  /** Called with true when the circuit opens and false when it closes again. */
  onChange?: (open: boolean) => void;
  private readonly subs: { dispose(): void }[] = [];
  private readonly cooldownMs: number;
  private openedAt = 0;

  constructor(opts: BreakerOptions = {}) {
    const size = opts.size ?? 20;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
    this.policy = circuitBreaker(handleWhen(isBreakerFailure), {
      halfOpenAfter: this.cooldownMs,
      breaker: new CountBreaker({ threshold: opts.threshold ?? 0.5, size, minimumNumberOfCalls: size }),
    });
    this.subs.push(
      this.policy.onBreak(() => {
        this.opens++;
        this.openedAt = Date.now();
        this.onChange?.(true);
      }),
      this.policy.onReset(() => this.onChange?.(false)),
    );
  }

  get state(): BreakerState {
    const s = this.policy.state;
    return s === CircuitState.Closed ? 'closed' : s === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  get retryAt(): number {
    return this.state === 'closed' ? 0 : this.openedAt + this.cooldownMs;
  }

  async execute<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(fn);
    } catch (e) {
      if (e instanceof BrokenCircuitError || e instanceof IsolatedCircuitError) throw circuitOpenError(e);
      throw e;
    }
  }

  /** Opens the circuit now (an outage seen elsewhere); cockatiel's isolate, released by `release()`. */
  isolate(): { dispose(): void } {
    this.openedAt = Date.now();
    return this.policy.isolate();
  }

  close(): void {
    for (const s of this.subs) s.dispose();
  }
}
