/**
 * The rate governor of one endpoint + key shared through Redis: every process takes its requests from
 * one GCRA bucket (scripts.ts ACQUIRE), checked at the moment each request leaves, and teaches everyone
 * what it learns from x-ratelimit-* headers and 429s (OBSERVE). While Redis is unreachable, a local RateGovernor paces this process at
 * 1 ÷ live-workers of the last known limit.
 */
import { cancelledError, throwIfAborted } from '../errors.js';
import { RateGovernor, type Governor, type HeaderGetter } from '../internal/rate-governor.js';
import { FRONT, insertByRank, rankOf } from '../internal/ranked-queue.js';
import type { SharedContext } from './shared-state.js';

const BURST_SECONDS = 0.5;
const MAX_BURST = 8;
const HEADROOM = 0.95;

interface Waiter {
  tokens: number;
  rank: number;
  resolve: () => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class SharedGovernor implements Governor {
  private readonly keys: string[];
  private known = { rpm: 0, tpm: 0 };
  private seeded = false;
  private fallback: RateGovernor | null = null;
  private learned = { rpm: 0, tpm: 0 };
  waits = 0;
  pauses = 0;
  private readonly queue: Waiter[] = [];
  private pumping = false;

  constructor(
    private readonly ctx: SharedContext,
    prefix: string,
    private readonly configured: { rpm?: number; tpm?: number },
  ) {
    this.keys = [`${prefix}:limits`, `${prefix}:tat-req`, `${prefix}:tat-tok`, `${prefix}:paused`];
    this.known = { rpm: configured.rpm ?? 0, tpm: configured.tpm ?? 0 };
  }

  /** The limits in force: the shared ones, or this process's share while Redis is away. */
  get limits(): { rpm: number; tpm: number } {
    if (this.fallback && !this.ctx.healthy) return this.fallback.limits;
    return { rpm: this.known.rpm || Infinity, tpm: this.known.tpm || Infinity };
  }

  get requestsPerSecond(): number {
    return this.limits.rpm / 60;
  }

  /** The local governor of a Redis outage: a conservative share of the last known limit. */
  private local(): RateGovernor {
    if (!this.fallback) {
      const share = 1 / Math.max(1, this.ctx.liveWorkers);
      this.fallback = new RateGovernor({
        rpm: this.known.rpm ? this.known.rpm * share : undefined,
        tpm: this.known.tpm ? this.known.tpm * share : undefined,
        headroom: HEADROOM * share,
        // its share of the limit only: never the whole limit, whatever the provider reports left
        fullRate: false,
        burstSeconds: BURST_SECONDS,
      });
    }
    return this.fallback;
  }

  onRestored(): void {
    this.fallback?.close();
    this.fallback = null;
  }

  /**
   * Waiters queue here (by rank, then FIFO, see ranked-queue.ts); only the head asks Redis, so a process adds
   * one poller, not one per call. Each request is granted at the moment it may leave (no booking ahead).
   */
  acquire(tokens: number, signal?: AbortSignal, priority = false, rank?: number): Promise<void> {
    throwIfAborted(signal);
    if (!this.ctx.healthy) return this.local().acquire(tokens, signal, priority, rank);
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = { tokens, rank: priority ? FRONT : rankOf(rank), resolve, reject, signal };
      if (signal) {
        w.onAbort = () => {
          const i = this.queue.indexOf(w);
          if (i >= 0) this.queue.splice(i, 1);
          reject(cancelledError(signal.reason));
        };
        signal.addEventListener('abort', w.onAbort, { once: true });
      }
      // never ahead of the head: it may already be asking Redis
      insertByRank(this.queue, w, Math.min(1, this.queue.length));
      if (this.queue.length > 1) this.waits++;
      if (!this.pumping) void this.pump();
    });
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      if (!this.seeded) {
        this.seeded = true;
        const { rpm = 0, tpm = 0 } = this.configured;
        if (rpm || tpm) await this.send(rpm, tpm, -1, -1, 0);
      }
      while (this.queue.length > 0) {
        const head = this.queue[0];
        const r = (await this.ctx.run(() =>
          this.ctx.redis.osmAcquire(
            ...this.keys,
            Math.max(1, Math.round(head.tokens)),
            BURST_SECONDS,
            MAX_BURST,
          ),
        )) as [number, string, string] | undefined;
        if (!r) {
          // Redis went away: everyone waiting goes to the local fallback governor
          for (const w of this.queue.splice(0)) {
            if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
            this.local().acquire(w.tokens, w.signal, false, w.rank).then(w.resolve, w.reject);
          }
          return;
        }
        this.known = { rpm: Number(r[1]) || this.known.rpm, tpm: Number(r[2]) || this.known.tpm };
        const wait = Number(r[0]);
        if (wait > 0) {
          await new Promise((res) => setTimeout(res, wait));
          continue;
        }
        // granted: the head leaves now (if it is still there: it may have been cancelled meanwhile, then
        // the token is simply unused)
        const i = this.queue.indexOf(head);
        if (i >= 0) {
          this.queue.splice(i, 1);
          if (head.onAbort) head.signal?.removeEventListener('abort', head.onAbort);
          head.resolve();
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private send(rpm: number, tpm: number, rr: number, rt: number, pauseMs: number): Promise<unknown> {
    return this.ctx.run(async () => {
      const r = (await this.ctx.redis.osmObserve(
        ...this.keys,
        rpm,
        tpm,
        rr,
        rt,
        Math.ceil(pauseMs),
        BURST_SECONDS,
        MAX_BURST,
      )) as [string, string];
      this.known = { rpm: Number(r[0]) || this.known.rpm, tpm: Number(r[1]) || this.known.tpm };
    });
  }

  observe(get: HeaderGetter): void {
    const lr = Number(get('x-ratelimit-limit-requests'));
    const lt = Number(get('x-ratelimit-limit-tokens'));
    let rpm = 0;
    let tpm = 0;
    if (lr > 0 && lr !== this.learned.rpm) rpm = (this.learned.rpm = lr) * HEADROOM;
    if (lt > 0 && lt !== this.learned.tpm) tpm = (this.learned.tpm = lt) * HEADROOM;
    const rr = get('x-ratelimit-remaining-requests');
    const rt = get('x-ratelimit-remaining-tokens');
    if (this.ctx.healthy) {
      void this.send(rpm, tpm, rr === null ? -1 : Number(rr), rt === null ? -1 : Number(rt), 0);
    }
    this.fallback?.observe(get);
  }

  pause(ms: number): void {
    this.pauses++;
    if (this.ctx.healthy) void this.send(0, 0, -1, -1, ms);
    this.fallback?.pause(ms);
  }

  close(): void {
    this.fallback?.close();
  }
}
