/**
 * The resilience stack around one OpenAI-compatible endpoint, shared by vision summaries and LLM batch
 * extraction: cache → in-run dedupe → cost budget → [retry with backoff + jitter + retry budget →
 * rate governor → adaptive concurrency → circuit breaker → adaptive timeout → one SDK attempt].
 */
import { BrokenCircuitError, IsolatedCircuitError } from 'cockatiel';
import type OpenAI from 'openai';
import { VisionError, isVisionError } from '../errors.js';
import type { ResolvedClientOptions } from '../options.js';
import { costUsd, priceOf, type Price } from '../prices.js';
import { AdaptiveConcurrency } from './adaptive-concurrency.js';
import { AdaptiveTimeout } from './adaptive-timeout.js';
import { breakerFor } from './breaker-registry.js';
import { quantileOf } from './latency-window.js';
import type { RateGovernor } from './rate-governor.js';
import { governorFor } from './governor-registry.js';
import type { ClientMetrics } from './client-metrics.js';

export type { ClientMetrics } from './client-metrics.js';
export { resetGovernors } from './governor-registry.js';
import { RetryBudget, backoffDelay } from './retry-budget.js';
import { runHedged } from './hedge.js';
import { chatAttempt, createOpenAI, errorHeaders, type ChatRequest } from './transport.js';

export interface CompleteResult {
  content: string;
  source: 'provider' | 'cache' | 'dedupe';
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export interface CompleteOptions {
  cacheKey: string | null;
  /** Prompt tokens expected (for the token bucket and the budget). */
  estTokens: number;
  /** Only answers that pass are cached and returned; others count as malformed and are retried. */
  accept?: (content: string) => boolean;
  /** Only answers that pass are stored in the cache (default: all accepted answers). */
  cacheable?: (content: string) => boolean;
  signal?: AbortSignal;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class ResilientChat {
  readonly options: ResolvedClientOptions;
  readonly governor: RateGovernor | null;
  readonly concurrency: AdaptiveConcurrency;
  readonly timeout: AdaptiveTimeout;
  readonly retryBudget: RetryBudget;
  private readonly client: OpenAI;
  private readonly breaker;
  private readonly breakerOpensAtStart: number;
  private readonly price: Price;
  private readonly inflight = new Map<string, Promise<CompleteResult>>();
  private readonly latencies: number[] = [];
  private reservedUsd = 0;
  private readonly m: Omit<
    ClientMetrics,
    'latencyP50Ms' | 'latencyP95Ms' | 'concurrencyLimit' | 'maxInFlight' | 'breakerOpens'
  > = {
    calls: 0,
    retries: 0,
    hedges: 0,
    rateLimited: 0,
    timeouts: 0,
    errors: 0,
    circuitRejects: 0,
    fallbacks: 0,
    cacheHits: 0,
    dedupeHits: 0,
    budgetStops: 0,
    retryBudgetDenied: 0,
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
  };

  constructor(o: ResolvedClientOptions) {
    this.options = o;
    this.client = createOpenAI(o.baseURL, o.apiKey, o.fetch);
    this.governor = o.governed ? governorFor(o) : null;
    this.concurrency = new AdaptiveConcurrency({
      initial: o.concurrency,
      ceiling: o.concurrencyCeiling,
      adaptive: o.adaptive,
    });
    this.timeout = new AdaptiveTimeout(o.timeout);
    this.retryBudget = new RetryBudget(o.retryBudget);
    this.breaker =
      o.breaker === false ? null : breakerFor(o.baseURL ?? 'https://api.openai.com/v1', o.breaker);
    this.breakerOpensAtStart = this.breaker?.opens ?? 0;
    this.price = priceOf(o.model, o.prices);
  }

  get model(): string {
    return this.options.model;
  }

  /** Counts a slide/topic that ended on its fallback (kept here so one metrics object says it all). */
  countFallback(): void {
    this.m.fallbacks++;
    this.options.onEvent?.({ type: 'fallback' });
  }

  estimateCost(promptTokens: number, completionTokens = this.options.maxTokens): number {
    return costUsd(this.price, promptTokens, completionTokens);
  }

  metrics(): ClientMetrics {
    return {
      ...this.m,
      breakerOpens: (this.breaker?.opens ?? 0) - this.breakerOpensAtStart,
      latencyP50Ms: Math.round(quantileOf(this.latencies, 0.5)),
      latencyP95Ms: Math.round(quantileOf(this.latencies, 0.95)),
      concurrencyLimit: this.concurrency.limit,
      maxInFlight: this.concurrency.maxInFlight,
    };
  }

  async complete(req: ChatRequest, co: CompleteOptions): Promise<CompleteResult> {
    const { cache } = this.options;
    if (co.cacheKey && cache) {
      const hit = await cache.get(co.cacheKey).catch(() => null);
      if (hit !== null) {
        this.m.cacheHits++;
        this.options.onEvent?.({ type: 'cache_hit' });
        return { content: hit, source: 'cache', promptTokens: 0, completionTokens: 0, costUsd: 0 };
      }
    }
    if (co.cacheKey && this.options.dedupe) {
      const running = this.inflight.get(co.cacheKey);
      if (running) {
        const r = await running;
        this.m.dedupeHits++;
        return { ...r, source: 'dedupe', promptTokens: 0, completionTokens: 0, costUsd: 0 };
      }
      const p = this.callProvider(req, co);
      this.inflight.set(co.cacheKey, p);
      p.catch(() => undefined).finally(() => this.inflight.delete(co.cacheKey!));
      return p;
    }
    return this.callProvider(req, co);
  }

  private async callProvider(req: ChatRequest, co: CompleteOptions): Promise<CompleteResult> {
    const o = this.options;
    const est = this.estimateCost(co.estTokens, req.maxTokens ?? o.maxTokens);
    if (o.budgetUsd !== undefined && this.m.costUsd + this.reservedUsd + est > o.budgetUsd) {
      this.m.budgetStops++;
      o.onEvent?.({ type: 'budget_stop' });
      throw new VisionError('OSM_PROVIDER_BUDGET_EXCEEDED');
    }
    this.reservedUsd += est;
    try {
      return await this.attempts(req, co);
    } finally {
      this.reservedUsd -= est;
    }
  }

  private async attempts(req: ChatRequest, co: CompleteOptions): Promise<CompleteResult> {
    const o = this.options;
    this.retryBudget.recordCall();
    for (let attempt = 0; ; attempt++) {
      let err: unknown;
      try {
        return await this.attemptHedged(req, co, attempt);
      } catch (e) {
        err = e;
      }
      const ve = isVisionError(err)
        ? err
        : new VisionError('OSM_PROVIDER_UNAVAILABLE', undefined, { cause: err });
      if (!ve.retryable || attempt + 1 >= o.retry.maxAttempts!) throw ve;
      if (!this.retryBudget.tryRetry()) {
        this.m.retryBudgetDenied++;
        throw new VisionError('OSM_PROVIDER_RETRY_BUDGET', undefined, { cause: ve, retryable: false });
      }
      this.m.retries++;
      o.onEvent?.({ type: 'retry', code: ve.code, attempt: attempt + 1 });
      const wait = backoffDelay(
        attempt,
        o.retry.baseMs!,
        o.retry.maxMs!,
        o.honourRetryAfter ? ve.retryAfterMs : undefined,
      );
      if (wait > 0) await sleep(wait);
    }
  }

  /** One attempt, hedged (see hedge.ts) when hedging is on. */
  private attemptHedged(req: ChatRequest, co: CompleteOptions, attempt: number): Promise<CompleteResult> {
    const h = this.options.hedge;
    if (!h) return this.attemptOnce(req, co, attempt);
    const lat = this.timeout.latencies;
    return runHedged<CompleteResult>(
      (signal, onSent) => this.attemptOnce(req, { ...co, signal }, attempt, onSent),
      {
        signal: co.signal,
        hedgeAfterMs: () => (lat.count >= h.minSamples ? h.factor * lat.quantile(0.95) : null),
        recheckMs: () => this.timeout.current() / 4,
        mayHedge: () => this.retryBudget.tryRetry(),
        onHedge: () => {
          this.m.hedges++;
          this.options.onEvent?.({ type: 'hedge', attempt });
        },
      },
    );
  }

  private async attemptOnce(
    req: ChatRequest,
    co: CompleteOptions,
    attempt: number,
    onSent?: () => void,
  ): Promise<CompleteResult> {
    const o = this.options;
    // Slot first, then the rate token: a request leaves right when the governor lets it go, so paced
    // requests never pile up behind the pool and leave in a burst.
    await this.concurrency.acquire();
    try {
      if (this.governor)
        await this.governor.acquire(co.estTokens + (req.maxTokens ?? o.maxTokens), co.signal);
    } catch (e) {
      this.concurrency.release();
      throw e;
    }
    const started = Date.now();
    onSent?.();
    this.m.calls++;
    o.onEvent?.({ type: 'call', attempt });
    try {
      const run = () =>
        chatAttempt(
          this.client,
          { maxTokens: o.maxTokens, ...req },
          { model: o.model, timeoutMs: () => this.timeout.current(), signal: co.signal },
        ).then((a) => {
          if (co.accept && !co.accept(a.content)) {
            throw new VisionError(
              'OSM_PROVIDER_BAD_RESPONSE',
              'The answer does not match the expected format.',
            );
          }
          return a;
        });
      let answer;
      try {
        answer = this.breaker ? await this.breaker.policy.execute(run) : await run();
      } catch (e) {
        if (e instanceof BrokenCircuitError || e instanceof IsolatedCircuitError) {
          this.m.circuitRejects++;
          o.onEvent?.({ type: 'breaker_open' });
          throw new VisionError('OSM_PROVIDER_CIRCUIT_OPEN', undefined, { cause: e, retryable: false });
        }
        throw e;
      }
      const latency = Date.now() - started;
      this.latencies.push(latency);
      this.timeout.record(latency);
      this.governor?.observe(answer.headers);
      this.concurrency.onSuccess(
        this.timeout.latencies.quantile(0.5),
        this.governor?.requestsPerSecond ?? Infinity,
      );
      const cost = costUsd(this.price, answer.promptTokens, answer.completionTokens);
      this.m.promptTokens += answer.promptTokens;
      this.m.completionTokens += answer.completionTokens;
      this.m.costUsd += cost;
      o.onEvent?.({ type: 'success', latencyMs: latency, attempt });
      if (co.cacheKey && o.cache && (co.cacheable?.(answer.content) ?? true))
        await o.cache.set(co.cacheKey, answer.content, o.cacheTtlSeconds).catch(() => undefined);
      return {
        content: answer.content,
        source: 'provider',
        promptTokens: answer.promptTokens,
        completionTokens: answer.completionTokens,
        costUsd: cost,
      };
    } catch (e) {
      if (isVisionError(e)) {
        if (e.code === 'OSM_PROVIDER_RATE_LIMITED') {
          this.m.rateLimited++;
          o.onEvent?.({ type: 'rate_limited', retryAfterMs: e.retryAfterMs });
          const h = errorHeaders(e);
          if (this.governor) {
            if (h) this.governor.observe(h);
            this.governor.pause(e.retryAfterMs ?? 1_000);
          }
          this.concurrency.onCongestion(Math.max(250, this.timeout.latencies.quantile(0.5) || 1_000));
        } else if (e.code === 'OSM_PROVIDER_TIMEOUT') {
          this.m.timeouts++;
          o.onEvent?.({ type: 'timeout', latencyMs: Date.now() - started });
        } else if (e.code !== 'OSM_PROVIDER_CIRCUIT_OPEN' && !e.cancelled) {
          this.m.errors++;
          o.onEvent?.({ type: 'error', code: e.code });
        }
      } else this.m.errors++;
      throw e;
    } finally {
      this.concurrency.release();
    }
  }
}
