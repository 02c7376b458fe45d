/**
 * State shared by every process on one Redis (issue 17): per endpoint + key a GCRA rate schedule with the
 * limits learned from any process's answers, per endpoint a breaker (one opening stops everyone, one
 * probe for everyone), the run budget (atomic reserve/settle), and a heartbeat set of live workers.
 * While Redis is unreachable each process falls back to its own governor at a conservative share of
 * the last known limit (÷ the live workers last counted), its own breaker and a local share of the
 * remaining budget, and says so (`status().mode === 'fallback'`, a `shared_degraded` event).
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { HubEvent } from '../provider-hub.js';
import type { BreakerOptions, EndpointBreaker } from '../internal/breaker.js';
import type { Governor } from '../internal/rate-governor.js';
import type { RunBudget } from '../internal/run-budget.js';
import { SharedBreaker } from './shared-breaker.js';
import { SharedBudget } from './shared-budget.js';
import { SharedGovernor } from './shared-governor.js';
import { ACQUIRE, BREAKER_GATE, BREAKER_OPEN, BUDGET_RESERVE, BUDGET_SETTLE, OBSERVE } from './scripts.js';

export interface SharedStateOptions {
  redisUrl: string;
  namespace: string;
  /** How often this process says it is alive. Default 1 s; a worker is live for 3 beats. */
  heartbeatMs?: number;
  /** A Redis command slower than this counts as an outage. Default 1 s. */
  commandTimeoutMs?: number;
  /** This process's id in the heartbeat set. Default host:pid:random. */
  workerId?: string;
  onEvent?: (e: HubEvent) => void;
}

export interface SharedStatus {
  mode: 'redis' | 'fallback';
  liveWorkers: number;
  degradedEvents: number;
  /** The share of a limit this process uses while degraded (1 ÷ live workers). */
  fallbackShare: number;
}

type Cmd = (...args: (string | number)[]) => Promise<unknown>;

/** The Redis-side commands (defined once per connection). */
export interface SharedRedis {
  osmAcquire: Cmd;
  osmObserve: Cmd;
  osmBudgetReserve: Cmd;
  osmBudgetSettle: Cmd;
  osmBreakerGate: Cmd;
  osmBreakerOpen: Cmd;
  del(...keys: string[]): Promise<number>;
}

export interface SharedState {
  governor(endpoint: string, keyId: string, limits: { rpm?: number; tpm?: number }): Governor;
  breaker(endpoint: string, opts: BreakerOptions): EndpointBreaker;
  budget(id: string, limitUsd: number | undefined): RunBudget;
  status(): SharedStatus;
  close(): Promise<void>;
}

/** What the shared parts ask of the state: Redis while it answers, else the fallback. */
export interface SharedContext {
  readonly redis: SharedRedis;
  readonly ns: string;
  /** false while Redis is unreachable (use the fallback). */
  readonly healthy: boolean;
  readonly liveWorkers: number;
  readonly workerId: string;
  /** Runs a Redis command; on failure marks the state degraded and returns undefined. */
  run<T>(f: () => Promise<T>): Promise<T | undefined>;
}

export function endpointId(endpoint: string): string {
  return createHash('sha256').update(endpoint).digest('hex').slice(0, 12);
}

class State implements SharedState, SharedContext {
  readonly redis: SharedRedis & Redis;
  readonly ns: string;
  readonly workerId: string;
  healthy = false;
  liveWorkers = 1;
  private degradedEvents = 0;
  private everReady = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly beatMs: number;
  private readonly parts: { onRestored?: () => void; close(): void }[] = [];
  private closed = false;

  constructor(private readonly o: SharedStateOptions) {
    this.ns = o.namespace;
    this.workerId = o.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.beatMs = o.heartbeatMs ?? 1_000;
    const redis = new Redis(o.redisUrl, {
      // fail fast instead of queueing while disconnected: the caller falls back at once
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: o.commandTimeoutMs ?? 1_000,
      retryStrategy: () => 500,
      lazyConnect: false,
    });
    redis.defineCommand('osmAcquire', { numberOfKeys: 4, lua: ACQUIRE });
    redis.defineCommand('osmObserve', { numberOfKeys: 4, lua: OBSERVE });
    redis.defineCommand('osmBudgetReserve', { numberOfKeys: 1, lua: BUDGET_RESERVE });
    redis.defineCommand('osmBudgetSettle', { numberOfKeys: 1, lua: BUDGET_SETTLE });
    redis.defineCommand('osmBreakerGate', { numberOfKeys: 3, lua: BREAKER_GATE });
    redis.defineCommand('osmBreakerOpen', { numberOfKeys: 3, lua: BREAKER_OPEN });
    redis.on('ready', () => {
      const was = this.healthy;
      this.healthy = true;
      void this.beat();
      if (!was && this.everReady) {
        this.o.onEvent?.({
          type: 'shared_restored',
          message: 'Redis is back: limits and budget shared again.',
        });
        for (const p of this.parts) p.onRestored?.();
      }
      this.everReady = true;
    });
    redis.on('error', () => this.degrade());
    redis.on('close', () => this.degrade());
    this.redis = redis as SharedRedis & Redis;
    this.heartbeat = setInterval(() => void this.beat(), this.beatMs);
    this.heartbeat.unref();
  }

  /** Waits (up to `ms`) for the first connection; false when Redis did not answer. */
  async ready(ms = 2_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.healthy && Date.now() < deadline && !this.closed)
      await new Promise((r) => setTimeout(r, 20));
    return this.healthy;
  }

  private degrade(): void {
    if (this.closed || !this.healthy) {
      this.healthy = false;
      return;
    }
    this.healthy = false;
    this.degradedEvents++;
    this.o.onEvent?.({
      type: 'shared_degraded',
      message: `Redis unreachable: per-process governors at 1/${this.liveWorkers} of the limit until it is back.`,
    });
  }

  async run<T>(f: () => Promise<T>): Promise<T | undefined> {
    if (!this.healthy) return undefined;
    try {
      return await f();
    } catch {
      this.degrade();
      return undefined;
    }
  }

  private async beat(): Promise<void> {
    if (this.closed) return;
    const key = `${this.ns}:workers`;
    await this.run(async () => {
      const now = Date.now();
      const [, , [, n]] = (await this.redis
        .multi()
        .zadd(key, now, this.workerId)
        .zremrangebyscore(key, 0, now - 3 * this.beatMs)
        .zcard(key)
        .exec()) as [unknown, unknown, [unknown, number]];
      this.liveWorkers = Math.max(1, Number(n));
    });
  }

  governor(endpoint: string, keyId: string, limits: { rpm?: number; tpm?: number }): Governor {
    const g = new SharedGovernor(this, `${this.ns}:gov:${endpointId(endpoint)}:${keyId}`, limits);
    this.parts.push(g);
    return g;
  }

  breaker(endpoint: string, opts: BreakerOptions): EndpointBreaker {
    const b = new SharedBreaker(this, `${this.ns}:brk:${endpointId(endpoint)}`, opts);
    this.parts.push(b);
    return b;
  }

  budget(id: string, limitUsd: number | undefined): RunBudget {
    const b = new SharedBudget(this, `${this.ns}:budget:${id}`, limitUsd);
    this.parts.push(b);
    return b;
  }

  status(): SharedStatus {
    return {
      mode: this.healthy ? 'redis' : 'fallback',
      liveWorkers: this.liveWorkers,
      degradedEvents: this.degradedEvents,
      fallbackShare: 1 / Math.max(1, this.liveWorkers),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.heartbeat);
    for (const p of this.parts) p.close();
    await this.run(() => this.redis.zrem(`${this.ns}:workers`, this.workerId));
    this.closed = true;
    this.healthy = false;
    this.redis.disconnect();
  }
}

export function createSharedState(
  o: SharedStateOptions,
): SharedState & { ready(ms?: number): Promise<boolean> } {
  return new State(o);
}
