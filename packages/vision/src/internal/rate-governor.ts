/**
 * The rate governor: token buckets for requests and tokens per minute, shared by every call to one
 * endpoint in the process. Limits come from options or are learned from `x-ratelimit-limit-*` headers;
 * `x-ratelimit-remaining-*`/`-reset-*` and 429 `retry-after` correct the local view of the provider's.
 */
import { FRONT, insertByRank, rankOf } from './ranked-queue.js';

export interface RateGovernorOptions {
  /** Known limits (requests / tokens per minute); learned from headers when absent. */
  rpm?: number;
  tpm?: number;
  /** Seconds of traffic a bucket may release at once. Default 0.5 (smaller than providers' bursts). */
  burstSeconds?: number;
  /**
   * Fraction of a limit learned from headers that we use (default 0.95): pacing exactly at the provider's
   * refill rate leaves its bucket empty, so any network jitter would turn into 429s. While the provider
   * reports a reserve in its bucket (`x-ratelimit-remaining-requests` ≥ FULL_RATE_RESERVE), requests are
   * paced at the full limit instead: the reserve absorbs the jitter (see `fullRate`).
   */
  headroom?: number;
  /**
   * Whether requests may be paced at the full learned limit while the provider reports a reserve (default
   * true). False for a governor that holds only a share of the limit (the Redis-outage fallback).
   */
  fullRate?: boolean;
  now?: () => number;
}

export type HeaderGetter = (name: string) => string | null;

/** What the client needs of a rate governor; RateGovernor and the Redis-shared one implement it. */
export interface Governor {
  /**
   * Resolves when one request carrying `tokens` may be sent; rejects with the signal's reason. `priority`:
   * ahead of every waiter (a rescue copy of a straggler must not queue behind the paced first attempts);
   * otherwise behind the waiters of the same or a smaller `rank` (ranked-queue.ts; none = Infinity, FIFO).
   */
  acquire(tokens: number, signal?: AbortSignal, priority?: boolean, rank?: number): Promise<void>;
  /** Reads x-ratelimit-* headers of any answer (success or 429). */
  observe(get: HeaderGetter): void;
  /** After a 429: nobody sends until `ms` have passed. */
  pause(ms: number): void;
  readonly requestsPerSecond: number;
  readonly limits: { rpm: number; tpm: number };
  close(): void;
}

/** Parses OpenAI reset durations: "1s", "6m0s", "20ms", "1.5s", "1h2m3s", or a plain number of seconds. */
export function parseResetDuration(v: string | null): number | null {
  if (v === null || v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  let ms = 0;
  let matched = false;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    matched = true;
    const n = Number(m[1]);
    ms += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : m[2] === 'm' ? n * 60_000 : n * 3_600_000;
  }
  return matched ? ms : null;
}

const MAX_BURST = 8;

/**
 * Requests the provider's own bucket must report left (`x-ratelimit-remaining-requests`) for requests to be
 * paced at 100 % of its limit instead of the headroom. Paced at the limit, the provider's bucket keeps the
 * level it had, so a reserve of a few requests absorbs any jitter in arrival times (a jitter does not add
 * up: our clock and the provider's refill at the same rate); at or below FULL_RATE_FLOOR the headroom comes
 * back and the provider's bucket refills by the 5 % we leave. A 429 while at full rate ends full rate for
 * good (a provider whose header does not show the limit that binds, such as a shorter window than a minute).
 */
export const FULL_RATE_RESERVE = 3;
export const FULL_RATE_FLOOR = 1;

class Bucket {
  tokens = 0;
  last = 0;
  perMinute = Infinity;
  constructor(private readonly burstSeconds: number) {}
  set(limit: number, now: number): void {
    const first = this.perMinute === Infinity;
    this.refill(now);
    this.perMinute = limit;
    if (first) this.tokens = this.capacity();
    this.tokens = Math.min(this.tokens, this.capacity());
  }
  capacity(): number {
    // a few requests at most: bursts never help throughput, they only risk the provider's own burst limit
    return Math.max(1, Math.min(MAX_BURST, (this.perMinute * this.burstSeconds) / 60));
  }
  refill(now: number): void {
    if (this.perMinute !== Infinity) {
      this.tokens = Math.min(this.capacity(), this.tokens + ((now - this.last) * this.perMinute) / 60_000);
    }
    this.last = now;
  }
  /** ms until n is available (0 = now). */
  wait(n: number, now: number): number {
    if (this.perMinute === Infinity) return 0;
    this.refill(now);
    const need = Math.min(n, this.capacity()) - this.tokens;
    return need <= 0 ? 0 : (need * 60_000) / this.perMinute;
  }
  take(n: number): void {
    if (this.perMinute !== Infinity) this.tokens -= Math.min(n, this.capacity());
  }
}

interface Waiter {
  tokens: number;
  rank: number;
  resolve: () => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
}

export class RateGovernor implements Governor {
  private readonly req: Bucket;
  private readonly tok: Bucket;
  private readonly now: () => number;
  private pausedUntil = 0;
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Times a caller had to wait, and 429 pauses applied. */
  waits = 0;
  pauses = 0;
  private readonly headroom: number;
  private learnedRpm = 0;
  private learnedTpm = 0;
  /** Requests paced at the full learned limit (see FULL_RATE_RESERVE); never again after a 429 then. */
  private full = false;
  private fullRateRefused = false;
  /** Full rate held when the latest answer was read (a 429's own headers turn it off before `pause`). */
  private fullWhenObserved = false;

  constructor(opts: RateGovernorOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.headroom = opts.headroom ?? 0.95;
    this.fullRateRefused = opts.fullRate === false;
    this.req = new Bucket(opts.burstSeconds ?? 0.5);
    this.tok = new Bucket(opts.burstSeconds ?? 0.5);
    const t = this.now();
    if (opts.rpm) this.req.set(opts.rpm, t);
    if (opts.tpm) this.tok.set(opts.tpm, t);
  }

  get limits(): { rpm: number; tpm: number } {
    return { rpm: this.req.perMinute, tpm: this.tok.perMinute };
  }

  /** Requests are paced at 100 % of the learned limit (the provider reports a reserve). */
  get fullRate(): boolean {
    return this.full;
  }

  private setFull(on: boolean, now: number): void {
    if (on === this.full || this.learnedRpm <= 0) return;
    this.full = on;
    this.req.set(this.learnedRpm * (on ? 1 : this.headroom), now);
  }

  /** Requests per second currently allowed (Infinity when unknown). */
  get requestsPerSecond(): number {
    return this.req.perMinute / 60;
  }

  /** Resolves when one request carrying `tokens` may be sent. By rank, then FIFO; `priority` goes first. */
  acquire(tokens: number, signal?: AbortSignal, priority = false, rank?: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const w: Waiter = { tokens, rank: priority ? FRONT : rankOf(rank), resolve, reject, signal };
      if (signal) {
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener(
          'abort',
          () => {
            const i = this.queue.indexOf(w);
            if (i >= 0) {
              this.queue.splice(i, 1);
              reject(signal.reason);
            }
          },
          { once: true },
        );
      }
      insertByRank(this.queue, w);
      if (this.queue.length > 1 || !this.pump()) this.waits++;
    });
  }

  /** Lets waiters through while budget allows; true if the queue was emptied. */
  private pump(): boolean {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.queue.length > 0) {
      const now = this.now();
      const w = this.queue[0];
      const wait = Math.max(this.pausedUntil - now, this.req.wait(1, now), this.tok.wait(w.tokens, now));
      if (wait > 0) {
        this.timer = setTimeout(() => this.pump(), Math.ceil(wait));
        this.timer.unref?.();
        return false;
      }
      this.req.take(1);
      this.tok.take(w.tokens);
      this.queue.shift();
      w.resolve();
    }
    return true;
  }

  /** Reads x-ratelimit-* headers of any answer (success or 429). */
  observe(get: HeaderGetter): void {
    const now = this.now();
    this.fullWhenObserved = this.full;
    const lr = Number(get('x-ratelimit-limit-requests'));
    const lt = Number(get('x-ratelimit-limit-tokens'));
    if (lr > 0 && lr !== this.learnedRpm) {
      this.learnedRpm = lr;
      this.req.set(lr * (this.full ? 1 : this.headroom), now);
    }
    if (lt > 0 && lt !== this.learnedTpm) {
      this.learnedTpm = lt;
      this.tok.set(lt * this.headroom, now);
    }
    const rr = get('x-ratelimit-remaining-requests');
    const rt = get('x-ratelimit-remaining-tokens');
    if (rr !== null && this.req.perMinute !== Infinity) {
      // the provider's bucket holds at most `remaining`: ours may not promise more
      this.req.refill(now);
      this.req.tokens = Math.min(this.req.tokens, Number(rr));
    }
    if (rr !== null && rr !== '' && this.learnedRpm > 0) {
      const left = Number(rr);
      if (left >= FULL_RATE_RESERVE && !this.fullRateRefused) this.setFull(true, now);
      else if (left <= FULL_RATE_FLOOR) this.setFull(false, now);
    }
    if (rr !== null && Number(rr) <= 0) {
      this.req.refill(now);
      this.req.tokens = Math.min(this.req.tokens, 0);
      const reset = parseResetDuration(get('x-ratelimit-reset-requests'));
      if (this.req.perMinute === Infinity && reset) this.pause(Math.min(reset, 60_000));
    }
    if (rt !== null && this.tok.perMinute !== Infinity) {
      this.tok.refill(now);
      this.tok.tokens = Math.min(this.tok.tokens, Number(rt));
    }
  }

  /** After a 429: nobody sends until the provider's retry-after has passed, and the buckets start empty. */
  pause(ms: number): void {
    const now = this.now();
    this.pauses++;
    if (this.full || this.fullWhenObserved) {
      this.fullRateRefused = true;
      this.setFull(false, now);
    }
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
    this.req.refill(now);
    this.req.tokens = Math.min(this.req.tokens, 0);
    this.pump();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
