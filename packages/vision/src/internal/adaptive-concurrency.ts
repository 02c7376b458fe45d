/**
 * A concurrency limit that adapts (AIMD): slow start (+1 per success) until the first congestion signal,
 * then +1/limit per success; ×decrease on a 429 or when latency inflates, at most once per cool-down.
 * When the request rate is known, the limit also jumps to what Little's law needs to keep the governor,
 * not the pool, the binding limit (rate × p50 latency × headroom), within the ceiling.
 */
import { cancelledError } from '../errors.js';

export interface AdaptiveConcurrencyOptions {
  initial?: number;
  min?: number;
  ceiling?: number;
  /** false = fixed at `initial` (baseline profile, OSMOSE_VISION_ASYNC=0). */
  adaptive?: boolean;
  decrease?: number;
  /** A p50 this many times the best seen counts as congestion. */
  latencyInflation?: number;
  now?: () => number;
}

export class AdaptiveConcurrency {
  private limitF: number;
  private inFlight = 0;
  private readonly waiters: (() => void)[] = [];
  private slowStart = true;
  private lastDecrease = -Infinity;
  private bestP50 = Infinity;
  private readonly o: Required<Omit<AdaptiveConcurrencyOptions, 'now'>>;
  private readonly now: () => number;
  maxInFlight = 0;
  decreases = 0;

  constructor(opts: AdaptiveConcurrencyOptions = {}) {
    this.o = {
      initial: 20,
      min: 1,
      ceiling: 128,
      adaptive: true,
      decrease: 0.7,
      latencyInflation: 3,
      ...opts,
    };
    if (this.o.initial > this.o.ceiling) this.o.initial = this.o.ceiling;
    this.limitF = this.o.initial;
    this.now = opts.now ?? Date.now;
  }

  get limit(): number {
    return Math.max(this.o.min, Math.floor(this.limitF));
  }
  get active(): number {
    return this.inFlight;
  }

  /** Resolves when a slot is free; a fired `signal` removes the waiter and rejects (cancelled). */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
    if (this.inFlight < this.limit) {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const w = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(cancelledError(signal!.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(w);
    });
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  release(): void {
    this.inFlight--;
    this.drain();
  }

  private drain(): void {
    while (this.waiters.length > 0 && this.inFlight < this.limit) {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      this.waiters.shift()!();
    }
  }

  /** A call succeeded; p50 is the recent median latency and rps the governor's rate (or Infinity). */
  onSuccess(p50: number, rps: number): void {
    if (!this.o.adaptive) return;
    if (Number.isFinite(p50) && p50 > 0) {
      this.bestP50 = Math.min(this.bestP50, p50);
      if (p50 > this.o.latencyInflation * this.bestP50) return this.onCongestion(p50);
    }
    const saturated = this.inFlight + this.waiters.length >= this.limit;
    if (saturated) this.limitF += this.slowStart ? 1 : 1 / this.limitF;
    if (Number.isFinite(rps) && Number.isFinite(p50)) {
      const target = Math.ceil(rps * (p50 / 1000) * 1.5);
      if (target > this.limitF) this.limitF = target;
    }
    this.limitF = Math.min(this.o.ceiling, this.limitF);
    this.drain();
  }

  /** A 429 (or latency inflation): multiplicative decrease, at most once per `coolDownMs`. */
  onCongestion(coolDownMs = 1_000): void {
    if (!this.o.adaptive) return;
    const now = this.now();
    this.slowStart = false;
    if (now - this.lastDecrease < coolDownMs) return;
    this.lastDecrease = now;
    this.decreases++;
    this.limitF = Math.max(this.o.min, this.limitF * this.o.decrease);
  }
}
