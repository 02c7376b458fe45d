/**
 * The rate governor of one endpoint + key shared through Redis: every process reserves its send time on
 * one GCRA schedule (scripts.ts ACQUIRE) and teaches everyone what it learns from x-ratelimit-* headers
 * and 429s (OBSERVE). While Redis is unreachable, a local RateGovernor paces this process at
 * 1 ÷ live-workers of the last known limit.
 */
import { abortableSleep, throwIfAborted } from '../errors.js';
import { RateGovernor, type Governor, type HeaderGetter } from '../internal/rate-governor.js';
import type { SharedContext } from './shared-state.js';

const BURST_SECONDS = 0.5;
const MAX_BURST = 8;
const HEADROOM = 0.95;
/**
 * How late after its reserved slot a request may still leave: 25 ms or 3 slots' time, so late senders
 * add at most ~3 requests to a burst (the schedule's own burst is ≤ 8).
 */
const LATE_MS = 25;
const LATE_SLOTS = 3;

export class SharedGovernor implements Governor {
  private readonly keys: string[];
  private known = { rpm: 0, tpm: 0 };
  private seeded = false;
  private fallback: RateGovernor | null = null;
  private learned = { rpm: 0, tpm: 0 };
  waits = 0;
  pauses = 0;
  /** Reserved slots given up because this process woke up too late for them. */
  late = 0;

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
        burstSeconds: BURST_SECONDS,
      });
    }
    return this.fallback;
  }

  onRestored(): void {
    this.fallback?.close();
    this.fallback = null;
  }

  async acquire(tokens: number, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    if (this.ctx.healthy) {
      if (!this.seeded) {
        this.seeded = true;
        const { rpm = 0, tpm = 0 } = this.configured;
        if (rpm || tpm) await this.send(rpm, tpm, -1, -1, 0);
      }
      for (let waited = false; ;) {
        const r = (await this.ctx.run(() =>
          this.ctx.redis.osmAcquire(...this.keys, Math.max(1, Math.round(tokens)), BURST_SECONDS, MAX_BURST),
        )) as [number, string, string] | undefined;
        if (!r) break; // Redis went away: the local fallback below
        this.known = { rpm: Number(r[1]) || this.known.rpm, tpm: Number(r[2]) || this.known.tpm };
        const wait = Number(r[0]);
        if (wait <= 0) return;
        if (!waited) this.waits++;
        waited = true;
        const before = Date.now();
        await abortableSleep(wait, signal);
        // A reserved slot is kept only if we wake up on time: a process stalled past its slot (a busy
        // CPU, a long GC) would otherwise send late together with the next slots' owners, a burst the
        // provider answers with 429s. Late: the slot is given up and a fresh one reserved.
        const late = Date.now() - before - wait;
        if (late <= Math.max(LATE_MS, this.known.rpm ? (LATE_SLOTS * 60_000) / this.known.rpm : 0)) return;
        this.late++;
      }
    }
    return this.local().acquire(tokens, signal);
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
