/**
 * The ProviderHub: everything a run (or a long-lived engine) shares about its OpenAI-compatible
 * providers. Create one per engine and pass it to every client:
 *
 *   const hub = createProviderHub({ budgetUsd: 2 });                 // in-process
 *   const hub = createProviderHub({ budgetUsd: 2, redisUrl });       // shared by every process on Redis
 *   await hub.ready();                                              // Redis connected (true) or fallback
 *   const vision = createVisionClient({ baseURL, apiKey, hub, policy: 'visual' });
 *   await extractConceptsBatch(topics, { baseURL, apiKey, hub, signal });
 *   const judge = createLlmPairJudge({ baseURL, apiKey, hub });      // @osmose/core
 *   hub.metrics();   // run budget (spent, reserved, calls, denied, overshoot), governors, breakers, mode
 *   await hub.close();                                              // timers, Redis connection, heartbeat
 *
 * The hub owns:
 * - one rate governor per endpoint + API key (the key identified by a sha-256 prefix, never kept in
 *   clear in any name) — with `redisUrl`, a token bucket in Redis shared by every process on that key;
 * - one circuit breaker per endpoint — with `redisUrl`, an opening seen by one process opens it for all,
 *   and only one process probes when the cool-down ends;
 * - the run budget (`budgetUsd`): every paid call reserves its estimated cost and settles the real one;
 *   with `redisUrl` the reservation is atomic in Redis, so the whole fleet overshoots by at most the
 *   calls in flight;
 * - one resilient chat client per endpoint + key + model + profile (its adaptive concurrency, timeout,
 *   retry budget and in-run dedupe), shared by vision, LLM extraction and the pair judge; each caller
 *   keeps its own metrics, events, cache and optional cap (`budgetUsd` on the client).
 *
 * Without a hub, clients use a process-wide default hub (no run budget: each client's `budgetUsd` is
 * its own cap), which is what the pre-hub code did. `close()` stops timers and disconnects Redis; the
 * hub cannot be used afterwards.
 */
import { createHash } from 'node:crypto';
import { VisionError } from './errors.js';
import { LocalBreaker, type BreakerOptions, type EndpointBreaker } from './internal/breaker.js';
import { RateGovernor, type Governor } from './internal/rate-governor.js';
import { ResilientChat } from './internal/resilient-chat.js';
import { LocalRunBudget, type BudgetSnapshot, type RunBudget } from './internal/run-budget.js';
import { DEFAULT_RETRY_AFTER_CAP_MS } from './internal/transport.js';
import type { ResolvedClientOptions } from './options.js';
import { createSharedState, type SharedState, type SharedStateOptions } from './shared/shared-state.js';

export interface ProviderHubOptions {
  /** USD the whole run may spend across every client of the hub (and every process, with Redis). */
  budgetUsd?: number;
  /** A provider's retry-after above this is not honoured and counts as an outage. Default 60 s. */
  retryAfterCapMs?: number;
  /**
   * Redis (ioredis URL): governors, breakers and the budget are shared by every process using the
   * same `redisUrl` and `namespace`. A Redis outage falls back to per-process governors with a
   * conservative share of the limit (limit ÷ live workers) and says so in `metrics().shared`.
   */
  redisUrl?: string;
  /** Redis key prefix; processes sharing a run/job budget use the same one. Default 'osmose'. */
  namespace?: string;
  /** Budget scope inside the namespace (a run or job id). Default 'run'. */
  budgetId?: string;
  /** Redis tuning (heartbeat, command timeout, worker id); see SharedStateOptions. */
  shared?: Omit<SharedStateOptions, 'redisUrl' | 'namespace' | 'onEvent'>;
  /** Told of hub-level events (shared-state degraded/restored, breaker opened elsewhere). */
  onEvent?: (e: HubEvent) => void;
}

export interface HubEvent {
  type: 'shared_degraded' | 'shared_restored' | 'breaker_open_remote' | 'breaker_closed';
  endpoint?: string;
  message?: string;
}

export interface ProviderHubMetrics {
  budget: BudgetSnapshot;
  chats: number;
  governors: {
    endpoint: string;
    keyId: string;
    rpm: number;
    tpm: number;
    waits: number;
    pauses: number;
  }[];
  breakers: { endpoint: string; state: string; opens: number; probes: number }[];
  /** Keys refused right now (`refuseKey`), by hash; `model` when the refusal was for one model (403). */
  refusedKeys: { endpoint: string; keyId: string; model: string | null; untilMs: number }[];
  /** 'local' without Redis; with Redis 'redis' or, while Redis is unreachable, 'fallback'. */
  shared: {
    mode: 'local' | 'redis' | 'fallback';
    liveWorkers: number;
    degradedEvents: number;
    fallbackShare: number;
  };
}

export interface ProviderHub {
  readonly budget: RunBudget;
  readonly retryAfterCapMs: number;
  /** The shared chat of an endpoint + key + model + profile (built on first use with these options). */
  chatFor(o: ResolvedClientOptions): ResilientChat;
  governorFor(endpoint: string, apiKey: string, limits: { rpm?: number; tpm?: number }): Governor;
  breakerFor(endpoint: string, opts?: BreakerOptions): EndpointBreaker;
  /**
   * Whether asking the endpoint now is pointless: its circuit is open and its cool-down not over, or (given the
   * key, and the model) it refused that key recently in this process (`refuseKey`).
   */
  isDown(endpoint: string, apiKey?: string, model?: string): boolean;
  /**
   * The endpoint refused this key: a 401 (no `model`: the key itself) or a 403 (with `model`: the key may not
   * use it). For the next `KEY_REFUSAL_MS`, calls with it fail at once, unsent; then one may try again.
   */
  refuseKey(endpoint: string, apiKey: string, model?: string): void;
  isKeyRefused(endpoint: string, apiKey: string, model?: string): boolean;
  metrics(): ProviderHubMetrics;
  /** With Redis: waits (default up to 2 s) for the connection; false = running on the fallback. */
  ready(ms?: number): Promise<boolean>;
  /** Forgets governors and breakers (tests of the default hub). */
  reset(what?: 'governors' | 'breakers'): void;
  close(): Promise<void>;
}

export const DEFAULT_ENDPOINT = 'https://api.openai.com/v1';

/**
 * How long a refused key stays refused: long enough that a run does not send every slide to a 401, short
 * enough that a long-lived server recovers from a passing refusal (a gateway's) without a restart.
 */
export const KEY_REFUSAL_MS = 5 * 60_000;

/** A stable, non-reversible id of an API key (sha-256, 16 hex digits). */
export function keyId(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

class Hub implements ProviderHub {
  readonly budget: RunBudget;
  readonly retryAfterCapMs: number;
  private readonly shared: (SharedState & { ready(ms?: number): Promise<boolean> }) | null;
  private readonly chats = new Map<string, ResilientChat>();
  private readonly governors = new Map<string, { endpoint: string; keyId: string; g: Governor }>();
  private readonly breakers = new Map<string, EndpointBreaker>();
  private closed = false;

  constructor(private readonly o: ProviderHubOptions) {
    if (o.budgetUsd !== undefined && !(o.budgetUsd >= 0))
      throw new VisionError('OSM_PROVIDER_INVALID_OPTION', 'budgetUsd must be ≥ 0.');
    this.retryAfterCapMs = o.retryAfterCapMs ?? DEFAULT_RETRY_AFTER_CAP_MS;
    this.shared = o.redisUrl
      ? createSharedState({
          ...o.shared,
          redisUrl: o.redisUrl,
          namespace: o.namespace ?? 'osmose',
          onEvent: o.onEvent,
        })
      : null;
    this.budget = this.shared
      ? this.shared.budget(o.budgetId ?? 'run', o.budgetUsd)
      : new LocalRunBudget(o.budgetUsd);
  }

  private live(): void {
    if (this.closed) throw new VisionError('OSM_PROVIDER_INVALID_OPTION', 'This provider hub is closed.');
  }

  chatFor(o: ResolvedClientOptions): ResilientChat {
    this.live();
    const id = `${o.baseURL ?? DEFAULT_ENDPOINT}|${keyId(o.apiKey)}|${o.model}|${o.profile}`;
    let c = this.chats.get(id);
    if (!c) this.chats.set(id, (c = new ResilientChat(o, this)));
    return c;
  }

  governorFor(endpoint: string, apiKey: string, limits: { rpm?: number; tpm?: number }): Governor {
    this.live();
    const kid = keyId(apiKey);
    const id = `${endpoint}|${kid}`;
    let e = this.governors.get(id);
    if (!e) {
      const g = this.shared
        ? this.shared.governor(endpoint, kid, limits)
        : new RateGovernor({ rpm: limits.rpm, tpm: limits.tpm });
      this.governors.set(id, (e = { endpoint, keyId: kid, g }));
    }
    return e.g;
  }

  breakerFor(endpoint: string, opts: BreakerOptions = {}): EndpointBreaker {
    this.live();
    let b = this.breakers.get(endpoint);
    if (!b) {
      b = this.shared ? this.shared.breaker(endpoint, opts) : new LocalBreaker(opts);
      this.breakers.set(endpoint, b);
    }
    return b;
  }

  isDown(endpoint: string, apiKey?: string, model?: string): boolean {
    if (apiKey !== undefined && this.isKeyRefused(endpoint, apiKey, model)) return true;
    const b = this.breakers.get(endpoint);
    return !!b && b.state === 'open' && b.retryAt > Date.now();
  }

  /** endpoint|keyId (401) or endpoint|keyId|model (403) → refused until (epoch ms). */
  private readonly refusedKeys = new Map<
    string,
    { endpoint: string; keyId: string; model: string | null; until: number }
  >();

  refuseKey(endpoint: string, apiKey: string, model?: string): void {
    const k = keyId(apiKey);
    this.refusedKeys.set([endpoint, k, model].filter((x) => x !== undefined).join('|'), {
      endpoint,
      keyId: k,
      model: model ?? null,
      until: Date.now() + KEY_REFUSAL_MS,
    });
  }

  isKeyRefused(endpoint: string, apiKey: string, model?: string): boolean {
    const k = keyId(apiKey);
    const now = Date.now();
    const live = (id: string): boolean => {
      const r = this.refusedKeys.get(id);
      if (r && r.until <= now) this.refusedKeys.delete(id);
      return !!r && r.until > now;
    };
    return live(`${endpoint}|${k}`) || (model !== undefined && live(`${endpoint}|${k}|${model}`));
  }

  metrics(): ProviderHubMetrics {
    return {
      budget: this.budget.snapshot(),
      chats: this.chats.size,
      governors: [...this.governors.values()].map(({ endpoint, keyId: k, g }) => ({
        endpoint,
        keyId: k,
        rpm: g.limits.rpm,
        tpm: g.limits.tpm,
        waits: (g as { waits?: number }).waits ?? 0,
        pauses: (g as { pauses?: number }).pauses ?? 0,
      })),
      breakers: [...this.breakers].map(([endpoint, b]) => ({
        endpoint,
        state: b.state,
        opens: b.opens,
        probes: (b as { probes?: number }).probes ?? 0,
      })),
      refusedKeys: [...this.refusedKeys.values()]
        .filter((r) => r.until > Date.now())
        .map(({ endpoint, keyId: k, model, until }) => ({ endpoint, keyId: k, model, untilMs: until })),
      shared: this.shared
        ? this.shared.status()
        : { mode: 'local', liveWorkers: 1, degradedEvents: 0, fallbackShare: 1 },
    };
  }

  reset(what?: 'governors' | 'breakers'): void {
    if (what !== 'breakers') {
      for (const e of this.governors.values()) e.g.close();
      this.governors.clear();
    }
    if (what !== 'governors') {
      for (const b of this.breakers.values()) b.close();
      this.breakers.clear();
      this.refusedKeys.clear();
    }
    this.chats.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.reset();
    await this.budget.close();
    await this.shared?.close();
  }

  ready(ms?: number): Promise<boolean> {
    return this.shared ? this.shared.ready(ms) : Promise.resolve(true);
  }
}

export function createProviderHub(opts: ProviderHubOptions = {}): ProviderHub {
  return new Hub(opts);
}

let defaultHub: ProviderHub | null = null;

/** The process-wide hub used by clients created without one (no run budget). */
export function getDefaultHub(): ProviderHub {
  return (defaultHub ??= createProviderHub());
}

/** Forgets the default hub's governors (tests). */
export function resetGovernors(): void {
  defaultHub?.reset('governors');
}

/** Forgets the default hub's breakers (tests). */
export function resetBreakers(): void {
  defaultHub?.reset('breakers');
}
