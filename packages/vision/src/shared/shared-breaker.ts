/**
 * The breaker of one endpoint shared through Redis: any process whose own window of outcomes trips (more
 * than `threshold` failures over the last `size` calls) opens it for everyone for the cool-down; then
 * exactly one process (the winner of a lock) sends the half-open probe while the others' calls wait,
 * unsent, for its outcome: its success closes the breaker for all, its failure opens it again. While Redis is unreachable, the
 * process's own cockatiel breaker decides.
 */
import {
  circuitOpenError,
  isBreakerFailure,
  LocalBreaker,
  type BreakerOptions,
  type BreakerState,
  type EndpointBreaker,
} from '../internal/breaker.js';
import { abortableSleep } from '../errors.js';
import type { SharedContext } from './shared-state.js';

export class SharedBreaker implements EndpointBreaker {
  private readonly keys: string[];
  private readonly local: LocalBreaker;
  private readonly size: number;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private window: boolean[] = [];
  private seenOpen = false;
  /** When this process first saw the current opening (its own or another's): the cool-down runs from then at latest. */
  private openSince = 0;
  private localOpensAtStart: number;
  opens = 0;
  /** Half-open probes this process sent. */
  probes = 0;

  constructor(
    private readonly ctx: SharedContext,
    prefix: string,
    opts: BreakerOptions,
  ) {
    this.keys = [`${prefix}:open`, `${prefix}:half-open`, `${prefix}:probe`];
    this.local = new LocalBreaker(opts);
    this.localOpensAtStart = 0;
    this.size = opts.size ?? 20;
    this.threshold = opts.threshold ?? 0.5;
    this.cooldownMs = opts.cooldownMs ?? 30_000;
  }

  get state(): BreakerState {
    if (!this.ctx.healthy) return this.local.state;
    return this.seenOpen ? 'open' : 'closed';
  }

  get retryAt(): number {
    if (!this.ctx.healthy) return this.local.retryAt;
    return this.seenOpen ? this.openSince + this.cooldownMs : 0;
  }

  private sawOpen(): void {
    if (!this.seenOpen) {
      this.seenOpen = true;
      this.openSince = Date.now();
      this.opens++;
    }
  }

  private async open(): Promise<void> {
    this.window = [];
    this.sawOpen();
    this.openSince = Date.now(); // a failed probe opens it again: a new cool-down
    await this.ctx.run(() =>
      this.ctx.redis.osmBreakerOpen(...this.keys, this.cooldownMs, this.cooldownMs * 20 + 60_000),
    );
  }

  private gate(): Promise<string | undefined> {
    if (!this.ctx.healthy) return Promise.resolve(undefined);
    return this.ctx.run(
      () =>
        this.ctx.redis.osmBreakerGate(
          ...this.keys,
          Math.max(this.cooldownMs, 10_000),
          this.ctx.workerId,
        ) as Promise<string>,
    );
  }

  async execute<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let gate = await this.gate();
    // another process is probing: wait for its outcome (unsent), then go on or reject with everyone
    while (gate === 'busy') {
      await abortableSleep(Math.min(100, Math.max(10, this.cooldownMs / 20)), signal);
      gate = await this.gate();
    }
    if (gate === undefined) {
      const before = this.local.opens;
      try {
        return await this.local.execute(fn);
      } finally {
        this.opens += this.local.opens - before;
      }
    }
    if (gate === 'open') {
      this.sawOpen();
      throw circuitOpenError();
    }
    const probe = gate === 'probe';
    if (probe) this.probes++;
    else this.seenOpen = false;
    try {
      const r = await fn();
      if (probe) {
        this.seenOpen = false;
        await this.ctx.run(() => this.ctx.redis.del(...this.keys));
      } else this.record(false);
      return r;
    } catch (e) {
      if (isBreakerFailure(e)) {
        if (probe) await this.open();
        else if (this.record(true)) await this.open();
      } else if (probe) await this.ctx.run(() => this.ctx.redis.del(this.keys[2])); // let another probe
      throw e;
    }
  }

  /** Adds an outcome; true when the window trips. */
  private record(failed: boolean): boolean {
    this.window.push(failed);
    if (this.window.length > this.size) this.window.shift();
    if (this.window.length < this.size) return false;
    return this.window.filter(Boolean).length > this.threshold * this.size;
  }

  close(): void {
    this.local.close();
  }
}
