/**
 * A concurrency limit that adapts (AIMD): slow start (+1 per success) until the first congestion signal,
 * then +1/limit per success; ×decrease on a 429 or when latency inflates, at most once per cool-down.
 * When the request rate is known, the limit also jumps to what Little's law needs to keep the governor,
 * not the pool, the binding limit (rate × p50 latency × headroom), within the ceiling. This happens on the
 * first answer that carries the provider's limits: the first answers are the fastest of those sent (the
 * slow ones are still running), so while fewer than `settledSamples` latencies are known the headroom is
 * 2 rather than 1.5, and the latency-inflation baseline is only taken from a settled window (an early
 * median of the quickest few would make the normal median look like congestion).
 */
import { cancelledError } from '../errors.js';
import { insertByRank, rankOf } from './ranked-queue.js';

export interface AdaptiveConcurrencyOptions {
  initial?: number;
  min?: number;
  ceiling?: number;
  /** false = fixed at `initial` (baseline profile, OSMOSE_VISION_ASYNC=0). */
  adaptive?: boolean;
  decrease?: number;
  /** A p50 this many times the best seen counts as congestion. */
  latencyInflation?: number;
  /** Latencies needed before the window's median is trusted (inflation baseline, Little's headroom). */
  settledSamples?: number;
  /**
   * Until the first answer (and while no congestion was seen) the limit grows with time, doubling every
   * this many ms: against a slow provider the first answer, and with it the provider's limits, comes only
   * after a median latency (seconds), and `initial` calls alone would leave its rate unused until then.
   * 0 = no growth before the first answer.
   */
  startDoublingMs?: number;
  now?: () => number;
}

export class AdaptiveConcurrency {
  private limitF: number;
  private inFlight = 0;
  /** Callers waiting for a slot, by rank then arrival (ranked-queue.ts). */
  private readonly waiters: { rank: number; go: () => void }[] = [];
  private slowStart = true;
  private lastDecrease = -Infinity;
  private bestP50 = Infinity;
  private readonly o: Required<Omit<AdaptiveConcurrencyOptions, 'now'>>;
  private readonly now: () => number;
  maxInFlight = 0;
  decreases = 0;
  /** Successes seen before the first Little's-law jump (1 = on the first answer); 0 = none yet. */
  firstJumpAfter = 0;
  private successes = 0;

  constructor(opts: AdaptiveConcurrencyOptions = {}) {
    this.o = {
      initial: 20,
      min: 1,
      ceiling: 128,
      adaptive: true,
      decrease: 0.7,
      latencyInflation: 3,
      settledSamples: 10,
      startDoublingMs: 4_000,
      ...opts,
    };
    if (this.o.initial > this.o.ceiling) this.o.initial = this.o.ceiling;
    this.limitF = this.o.initial;
    this.now = opts.now ?? Date.now;
  }

  get limit(): number {
    return Math.max(this.o.min, Math.floor(Math.max(this.limitF, this.startLimit())));
  }

  private firstAcquireAt = -1;
  private startTimer: NodeJS.Timeout | null = null;

  /** The time-grown limit before the first answer (see `startDoublingMs`); 0 once it no longer applies. */
  private startLimit(): number {
    if (!this.o.adaptive || !this.slowStart || this.successes > 0 || this.o.startDoublingMs <= 0) return 0;
    if (this.firstAcquireAt < 0) return 0;
    const grown = this.o.initial * (1 + (this.now() - this.firstAcquireAt) / this.o.startDoublingMs);
    return Math.min(this.o.ceiling, grown);
  }

  /** While waiters queue before the first answer, the time-grown limit lets them in as it grows. */
  private armStartTimer(): void {
    if (this.startTimer || this.startLimit() === 0 || this.waiters.length === 0) return;
    this.startTimer = setTimeout(() => {
      this.startTimer = null;
      this.drain();
      this.armStartTimer();
    }, 250);
    this.startTimer.unref?.();
  }
  get active(): number {
    return this.inFlight;
  }

  /**
   * Resolves when a slot is free; a fired `signal` removes the waiter and rejects (cancelled). Waiters get
   * slots by `rank` (none = Infinity), then in arrival order.
   */
  acquire(signal?: AbortSignal, rank?: number): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
    if (this.firstAcquireAt < 0) this.firstAcquireAt = this.now();
    if (this.inFlight < this.limit) {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const w = {
        rank: rankOf(rank),
        go: (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(cancelledError(signal!.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      insertByRank(this.waiters, w);
      this.armStartTimer();
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
      this.waiters.shift()!.go();
    }
  }

  /**
   * A call succeeded; p50 is the recent median latency, rps the governor's rate (or Infinity) and
   * `samples` how many latencies the median is taken from (unknown = settled).
   */
  onSuccess(p50: number, rps: number, samples = Infinity, p50Censored?: number | null): void {
    if (!this.o.adaptive) return;
    // the limit grown before the first answer is where the adaptation starts from
    this.limitF = Math.max(this.limitF, this.startLimit());
    this.successes++;
    const settled = samples >= this.o.settledSamples;
    // latency inflation reads the median that counts the calls still out (`p50Censored`, null while it cannot
    // be told) when the caller has it: the median of the answered calls alone is the fastest answers' early in
    // a run, and a baseline taken from it made the profile's normal median look like congestion (flaky
    // profile: the limit fell to 1 and stayed there, the last 40 slides went one at a time, 500 s for 80 s)
    const inflationP50 = p50Censored === undefined ? (settled ? p50 : NaN) : (p50Censored ?? NaN);
    if (Number.isFinite(inflationP50) && inflationP50 > 0) {
      this.bestP50 = Math.min(this.bestP50, inflationP50);
      if (inflationP50 > this.o.latencyInflation * this.bestP50) return this.onCongestion(inflationP50);
    }
    const saturated = this.inFlight + this.waiters.length >= this.limit;
    if (saturated) this.limitF += this.slowStart ? 1 : 1 / this.limitF;
    if (Number.isFinite(rps) && Number.isFinite(p50) && p50 > 0) {
      const target = Math.ceil(rps * (p50 / 1000) * (settled ? 1.5 : 2));
      if (target > this.limitF) {
        this.limitF = target;
        if (this.firstJumpAfter === 0) this.firstJumpAfter = this.successes;
      }
    }
    this.limitF = Math.min(this.o.ceiling, this.limitF);
    this.drain();
  }

  /** A 429 (or latency inflation): multiplicative decrease, at most once per `coolDownMs`. */
  onCongestion(coolDownMs = 1_000): void {
    if (!this.o.adaptive) return;
    const now = this.now();
    this.limitF = Math.max(this.limitF, this.startLimit());
    this.slowStart = false;
    if (now - this.lastDecrease < coolDownMs) return;
    this.lastDecrease = now;
    this.decreases++;
    this.limitF = Math.max(this.o.min, this.limitF * this.o.decrease);
  }
}
