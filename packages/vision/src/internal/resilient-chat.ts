/**
 * The resilience stack around one OpenAI-compatible endpoint, shared by vision summaries, LLM batch
 * extraction and the pair judge: cache → in-run dedupe → cost budget (caller cap, then the hub's run
 * budget: reserve, settle) → [retry with backoff + jitter + retry budget → adaptive concurrency → rate
 * governor → circuit breaker → adaptive timeout → one SDK attempt (its own retries off)].
 * Every wait (pool slot, rate token, backoff) ends at once when the caller's AbortSignal fires: the call
 * rejects with OSM_PROVIDER_CANCELLED and pays nothing more.
 */
import type OpenAI from 'openai';
import { abortableSleep, cancelledError, isVisionError, throwIfAborted, VisionError } from '../errors.js';
import type { ResolvedClientOptions } from '../options.js';
import { costUsd, priceOf, type Price } from '../prices.js';
import type { ClientEvent } from '../options.js';
import type { ProviderHub } from '../provider-hub.js';
import { AdaptiveConcurrency } from './adaptive-concurrency.js';
import { AdaptiveTimeout } from './adaptive-timeout.js';
import type { EndpointBreaker } from './breaker.js';
import type { ClientMetrics } from './client-metrics.js';
import { runHedged } from './hedge.js';
import { quantileOf, quantileOfSurvival, type SurvivalPoint } from './latency-window.js';
import { Caller, type CallerOptions, type Counter } from './meter.js';
import type { Governor } from './rate-governor.js';
import { RetryBudget, backoffDelay } from './retry-budget.js';
import { chatAttempt, createOpenAI, errorHeaders, type ChatRequest } from './transport.js';

export type { ClientMetrics } from './client-metrics.js';

/**
 * The tail of a run (see `draining`): a call still running after a quantile of recent latencies gets a
 * copy, once TAIL_MIN_SAMPLES latencies are known. Outside the tail a copy waits for factor × p95. The
 * quantile is TAIL_QUANTILE while the copies left could cover a good share of the calls in flight, and rises
 * to TAIL_QUANTILE_MAX as they cover fewer (see `tailQuantile`).
 */
export const TAIL_QUANTILE = 0.75;
export const TAIL_QUANTILE_MAX = 0.9;
export const TAIL_MIN_SAMPLES = 10;
/**
 * The tail quantile for `copiesLeft` copies and `inFlight` calls: 1 − copiesLeft ÷ (4 × inFlight), within
 * [TAIL_QUANTILE, TAIL_QUANTILE_MAX]. With few copies for many calls (a 250-slide deck at 500 RPM ends its
 * sending with ~110 calls in flight and ~25 copies), copies at p75 go to calls that would have answered soon
 * anyway and none is left for the last ones; waiting for p90 spends them on the calls that end the run. A
 * Monte Carlo of the client's tail with the realistic profile (bench/results/vision-drain.md, median end of
 * 2,000 runs, p75 → this rule): 250 slides at 500 RPM 72.3 → 66.0 s, a folder of 470 first attempts at
 * 120 RPM 265.0 → 263.8 s, a small folder of 100 at 120 RPM 75.4 → 75.4 s (a fixed p90 would cost it 2.7 s).
 */
export function tailQuantile(copiesLeft: number, inFlight: number): number {
  const q = 1 - copiesLeft / (4 * Math.max(1, inFlight));
  return Math.min(TAIL_QUANTILE_MAX, Math.max(TAIL_QUANTILE, q));
}
/**
 * A call still running after RESCUE_FACTOR × recent p95 is most likely hung or lost (for a log-normal tail
 * with p95 = 2.5 × median, about 1 call in 40 runs that long): it gets a copy even while first attempts wait
 * for rate tokens, ahead of them, paid from the retry budget like a retry (it keeps the retries' floor when
 * copies spent the rest: it is the retry the call's timeout would get later; ordinary copies may leave it
 * RESCUE_RESERVE copies more, see retry-budget.ts). Without it a hung call held the run until its timeout
 * (2 × p95) and a retry.
 */
export const RESCUE_FACTOR = 1.25;
/** No tail copies for this long after a 429. */
export const RATE_LIMIT_QUIET_MS = 10_000;

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
  /** Whose metrics, events, cap and cache this call uses (default: the chat's own, from its options). */
  caller?: Caller;
  /**
   * The call's place in the line for a pool slot and a rate token (ranked-queue.ts): lower leaves first,
   * equal ranks in arrival order, none = Infinity (behind ranked calls). A folder run ranks its documents.
   */
  rank?: number;
}

export class ResilientChat {
  readonly options: ResolvedClientOptions;
  readonly hub: ProviderHub;
  readonly governor: Governor | null;
  readonly concurrency: AdaptiveConcurrency;
  readonly timeout: AdaptiveTimeout;
  readonly retryBudget: RetryBudget;
  readonly breaker: EndpointBreaker | null;
  private readonly endpoint: string;
  private readonly client: OpenAI;
  private readonly price: Price;
  private readonly inflight = new Map<string, Promise<CompleteResult>>();
  /** Attempts of this chat waiting for a rate token now, and calls waiting to retry. */
  private tokenWaiters = 0;
  private backingOff = 0;
  private producers = 0;
  private lastRateLimitedAt = -Infinity;
  /** When each attempt now out at the provider was sent (its latency is at least its age). */
  private readonly out = new Map<number, number>();
  private nextOut = 0;
  private survivalMemo: { at: number; curve: SurvivalPoint[] } | null = null;
  /** The chat's own caller (its options' onEvent, budgetUsd and cache); also the chat-wide totals. */
  readonly own: Caller;

  constructor(o: ResolvedClientOptions, hub: ProviderHub) {
    this.options = o;
    this.hub = hub;
    this.client = createOpenAI(o.baseURL, o.apiKey, o.fetch);
    const endpoint = o.baseURL ?? 'https://api.openai.com/v1'; // provider-hub's DEFAULT_ENDPOINT (it imports this file)
    this.endpoint = endpoint;
    this.governor = o.governed ? hub.governorFor(endpoint, o.apiKey, { rpm: o.rpm, tpm: o.tpm }) : null;
    this.concurrency = new AdaptiveConcurrency({
      initial: o.concurrency,
      ceiling: o.concurrencyCeiling,
      adaptive: o.adaptive,
    });
    this.timeout = new AdaptiveTimeout(o.timeout);
    this.retryBudget = new RetryBudget(o.retryBudget);
    this.breaker = o.breaker === false ? null : hub.breakerFor(endpoint, o.breaker);
    this.price = priceOf(o.model, o.prices);
    this.own = this.caller({
      onEvent: o.onEvent,
      budgetUsd: o.budgetUsd,
      cache: o.cache,
      cacheTtlSeconds: o.cacheTtlSeconds,
    });
  }

  get model(): string {
    return this.options.model;
  }

  /** A new caller of this chat: its own metrics, events, cost cap and cache. */
  caller(o: CallerOptions): Caller {
    const c = new Caller(o);
    c.breakerOpensAtStart = this.breaker?.opens ?? 0;
    return c;
  }

  private count(c: Caller, k: Counter, n = 1): void {
    c.m[k] += n;
    if (c !== this.own) this.own.m[k] += n;
  }

  private emit(c: Caller, e: ClientEvent): void {
    c.o.onEvent?.(e);
  }

  /** Counts a slide/topic that ended on its fallback (kept here so one metrics object says it all). */
  countFallback(c: Caller = this.own): void {
    this.count(c, 'fallbacks');
    this.emit(c, { type: 'fallback' });
  }

  estimateCost(promptTokens: number, completionTokens = this.options.maxTokens): number {
    return costUsd(this.price, promptTokens, completionTokens);
  }

  metrics(c: Caller = this.own): ClientMetrics {
    return {
      ...c.m,
      breakerOpens: (this.breaker?.opens ?? 0) - c.breakerOpensAtStart,
      latencyP50Ms: Math.round(quantileOf(c.latencies, 0.5)),
      latencyP95Ms: Math.round(quantileOf(c.latencies, 0.95)),
      concurrencyLimit: this.concurrency.limit,
      maxInFlight: this.concurrency.maxInFlight,
    };
  }

  async complete(req: ChatRequest, co: CompleteOptions): Promise<CompleteResult> {
    const c = co.caller ?? this.own;
    throwIfAborted(co.signal);
    const cache = c.o.cache ?? null;
    if (co.cacheKey && cache) {
      const hit = await cache.get(co.cacheKey).catch(() => null);
      if (hit !== null) {
        this.count(c, 'cacheHits');
        this.emit(c, { type: 'cache_hit' });
        return { content: hit, source: 'cache', promptTokens: 0, completionTokens: 0, costUsd: 0 };
      }
    }
    if (co.cacheKey && this.options.dedupe) {
      const running = this.inflight.get(co.cacheKey);
      if (running) {
        const r = await running;
        this.count(c, 'dedupeHits');
        return { ...r, source: 'dedupe', promptTokens: 0, completionTokens: 0, costUsd: 0 };
      }
      const p = this.callProvider(req, co, c);
      this.inflight.set(co.cacheKey, p);
      p.catch(() => undefined).finally(() => this.inflight.delete(co.cacheKey!));
      return p;
    }
    return this.callProvider(req, co, c);
  }

  /** The endpoint refused this key (for this model) just now: every call would be refused too, so none is sent. */
  private throwIfKeyRefused(): void {
    if (this.hub.isKeyRefused(this.endpoint, this.options.apiKey, this.options.model))
      throw new VisionError(
        'OSM_PROVIDER_AUTH',
        'The provider refused this API key a moment ago (401/403); not asked again for now.',
      );
  }

  private budgetStop(c: Caller): never {
    this.count(c, 'budgetStops');
    this.emit(c, { type: 'budget_stop' });
    throw new VisionError('OSM_PROVIDER_BUDGET_EXCEEDED');
  }

  private async callProvider(req: ChatRequest, co: CompleteOptions, c: Caller): Promise<CompleteResult> {
    this.throwIfKeyRefused();
    const est = this.estimateCost(co.estTokens, req.maxTokens ?? this.options.maxTokens);
    const cap = c.o.budgetUsd;
    if (cap !== undefined && c.m.costUsd + c.reservedUsd + est > cap) this.budgetStop(c);
    const reservation = await this.hub.budget.reserve(est);
    if (!reservation) this.budgetStop(c);
    c.reservedUsd += est;
    const paid = { usd: 0, calls: 0 };
    try {
      return await this.attempts(req, co, c, paid);
    } catch (e) {
      // 401: the key itself; 403: the key may not use this model (another model may still be fine)
      if (isVisionError(e) && e.code === 'OSM_PROVIDER_AUTH' && (e.status === 401 || e.status === 403))
        this.hub.refuseKey(
          this.endpoint,
          this.options.apiKey,
          e.status === 403 ? this.options.model : undefined,
        );
      throw e;
    } finally {
      c.reservedUsd -= est;
      await this.hub.budget.settle(reservation, paid.usd, paid.calls).catch(() => undefined);
    }
  }

  private async attempts(
    req: ChatRequest,
    co: CompleteOptions,
    c: Caller,
    paid: { usd: number; calls: number },
  ): Promise<CompleteResult> {
    const o = this.options;
    this.retryBudget.recordCall();
    for (let attempt = 0; ; attempt++) {
      let err: unknown;
      try {
        return await this.attemptHedged(req, co, c, attempt, paid);
      } catch (e) {
        err = e;
      }
      if (co.signal?.aborted) throw cancelledError(co.signal.reason);
      const ve = isVisionError(err)
        ? err
        : new VisionError('OSM_PROVIDER_UNAVAILABLE', undefined, { cause: err });
      if (!ve.retryable || attempt + 1 >= o.retry.maxAttempts!) throw ve;
      if (!this.retryBudget.tryRetry()) {
        this.count(c, 'retryBudgetDenied');
        throw new VisionError('OSM_PROVIDER_RETRY_BUDGET', undefined, { cause: ve, retryable: false });
      }
      this.count(c, 'retries');
      this.emit(c, { type: 'retry', code: ve.code, attempt: attempt + 1 });
      const wait = backoffDelay(
        attempt,
        o.retry.baseMs!,
        o.retry.maxMs!,
        o.honourRetryAfter ? ve.retryAfterMs : undefined,
      );
      if (wait > 0) {
        this.backingOff++;
        try {
          await abortableSleep(wait, co.signal);
        } finally {
          this.backingOff--;
        }
      }
    }
  }

  /**
   * True at the end of a run: no caller is still handing in work (see `producing`) and no call of this
   * chat waits for a pool slot, a rate token or a retry, so a hedge copy takes capacity nobody waits for.
   */
  get draining(): boolean {
    return (
      this.producers === 0 &&
      this.concurrency.waiting === 0 &&
      this.tokenWaiters === 0 &&
      this.backingOff === 0 &&
      // after a 429 the provider has no room: retries need the budget more than copies do
      Date.now() - this.lastRateLimitedAt > RATE_LIMIT_QUIET_MS
    );
  }

  /** The governor has room: no call of this chat waits for a rate token. */
  get hasRoom(): boolean {
    return this.tokenWaiters === 0;
  }

  /**
   * A caller that streams work in (a deck's slides as they are rendered) says so until its last item is
   * handed in; while any does, the run has no tail yet (a pause in rendering is not the end of the run).
   * Returns the release (idempotent).
   */
  producing(): () => void {
    this.producers++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.producers--;
    };
  }

  /**
   * A quantile of the latency that counts the attempts still out at their age (Kaplan–Meier, see
   * `LatencyWindow.quantileCensored`); null while it cannot be told. The curve is kept for 100 ms: every call
   * in flight asks several times a second.
   */
  latencyQuantile(q: number): number | null {
    const now = Date.now();
    if (!this.survivalMemo || now - this.survivalMemo.at >= 100) {
      const ages = [...this.out.values()].map((t) => now - t);
      this.survivalMemo = { at: now, curve: this.timeout.latencies.survival(ages) };
    }
    return quantileOfSurvival(this.survivalMemo.curve, q);
  }

  /** One attempt, hedged (see hedge.ts) when hedging is on. */
  private attemptHedged(
    req: ChatRequest,
    co: CompleteOptions,
    c: Caller,
    attempt: number,
    paid: { usd: number; calls: number },
  ): Promise<CompleteResult> {
    const h = this.options.hedge;
    if (!h) return this.attemptOnce(req, co, c, attempt, paid, co.signal);
    const lat = this.timeout.latencies;
    return runHedged<CompleteResult>(
      (signal, onSent, copy) => this.attemptOnce(req, co, c, attempt, paid, signal, onSent, copy),
      {
        signal: co.signal,
        hedgeAfterMs: () => {
          // the tail: nothing waits for a slot or a rate token, so a copy delays no first attempt
          // quantiles that count the calls still out (the answered ones alone are the fast ones)
          if (this.draining && lat.count >= TAIL_MIN_SAMPLES)
            return this.latencyQuantile(
              tailQuantile(this.retryBudget.left(h.rescueReserve), this.concurrency.active),
            );
          const p95 = lat.count >= h.minSamples ? this.latencyQuantile(0.95) : null;
          return p95 === null ? null : h.factor * p95;
        },
        // often enough to see the tail start; cheap (one timer per call in flight)
        recheckMs: () => (lat.count > 0 ? Math.max(250, lat.quantile(0.5) / 4) : this.timeout.current() / 4),
        // only when the governor has room (nobody waits for a rate token), so the copy leaves at once; a
        // copy queued behind paced first attempts took budget the retries need and was dropped unsent
        mayHedge: () => this.hasRoom && this.retryBudget.tryCopy(h.rescueReserve),
        // a straggler far in the tail: a copy now, ahead of the paced first attempts, like a retry
        rescueAfterMs: () => {
          const p95 = lat.count >= h.minSamples ? this.latencyQuantile(0.95) : null;
          return p95 === null ? null : RESCUE_FACTOR * p95;
        },
        // a rescue is the retry the hung call's timeout would get later: it keeps the retries' floor
        mayRescue: () =>
          Date.now() - this.lastRateLimitedAt > RATE_LIMIT_QUIET_MS && this.retryBudget.tryRetry(false),
        onHedge: () => this.emit(c, { type: 'hedge', attempt }),
        // counted when the copy is sent (paid), not when decided: a copy still waiting for a slot or a
        // rate token when the first answers is dropped unpaid
        onCopySent: () => this.count(c, 'hedges'),
        onCopyWon: () => this.count(c, 'hedgesWon'),
      },
    );
  }

  private async attemptOnce(
    req: ChatRequest,
    co: CompleteOptions,
    c: Caller,
    attempt: number,
    paid: { usd: number; calls: number },
    signal: AbortSignal | undefined,
    onSent?: () => void,
    copy = false,
  ): Promise<CompleteResult> {
    const o = this.options;
    // Slot first, then the breaker's gate, then the rate token last: a request leaves right when the
    // governor lets it go (no other wait in between), so paced requests never pile up and leave in a
    // burst, and no rate token is spent on a call the open breaker refuses.
    // a hedge copy rides on its first copy's slot: the pair is one call in flight (a hung call's slot
    // must not keep its own rescue waiting)
    if (!copy) await this.concurrency.acquire(signal, co.rank);
    let started = Date.now();
    let sent = false;
    const outId = this.nextOut++;
    try {
      const run = async () => {
        if (this.governor) {
          this.tokenWaiters++;
          try {
            // a hedge copy only leaves when it is due: it goes ahead of the waiting first attempts
            await this.governor.acquire(co.estTokens + (req.maxTokens ?? o.maxTokens), signal, copy, co.rank);
            throwIfAborted(signal);
          } catch (e) {
            throw signal?.aborted ? cancelledError(signal.reason) : e;
          } finally {
            this.tokenWaiters--;
          }
        }
        // from here the attempt is paid for
        started = Date.now();
        sent = true;
        this.out.set(outId, started);
        onSent?.();
        this.count(c, 'calls');
        paid.calls++;
        this.emit(c, { type: 'call', attempt });
        return chatAttempt(
          this.client,
          { maxTokens: o.maxTokens, ...req },
          {
            model: o.model,
            timeoutMs: () => this.timeout.current(),
            signal,
            retryAfterCapMs: this.hub.retryAfterCapMs,
          },
        ).then((a) => {
          const cost = costUsd(this.price, a.promptTokens, a.completionTokens);
          paid.usd += cost;
          this.count(c, 'promptTokens', a.promptTokens);
          this.count(c, 'completionTokens', a.completionTokens);
          this.count(c, 'costUsd', cost);
          if (co.accept && !co.accept(a.content)) {
            throw new VisionError(
              'OSM_PROVIDER_BAD_RESPONSE',
              'The answer does not match the expected format.',
            );
          }
          return { ...a, cost };
        });
      };
      // the key may have been refused while this call waited for its slot (checked outside the breaker: an
      // error the breaker does not count would close a half-open circuit without the provider being asked)
      this.throwIfKeyRefused();
      const answer = this.breaker ? await this.breaker.execute(run, signal) : await run();
      const latency = Date.now() - started;
      c.latencies.push(latency);
      if (c !== this.own) this.own.latencies.push(latency);
      this.timeout.record(latency);
      this.governor?.observe(answer.headers);
      this.concurrency.onSuccess(
        this.timeout.latencies.quantile(0.5),
        this.governor?.requestsPerSecond ?? Infinity,
        this.timeout.latencies.count,
        // congestion is read from the median that counts the calls still out (see AdaptiveConcurrency)
        this.timeout.latencies.count >= TAIL_MIN_SAMPLES ? this.latencyQuantile(0.5) : null,
      );
      this.emit(c, { type: 'success', latencyMs: latency, attempt });
      const cache = c.o.cache ?? null;
      if (co.cacheKey && cache && (co.cacheable?.(answer.content) ?? true))
        await cache
          .set(co.cacheKey, answer.content, c.o.cacheTtlSeconds ?? o.cacheTtlSeconds)
          .catch(() => undefined);
      return {
        content: answer.content,
        source: 'provider',
        promptTokens: answer.promptTokens,
        completionTokens: answer.completionTokens,
        costUsd: answer.cost,
      };
    } catch (e) {
      if (isVisionError(e)) {
        if (e.code === 'OSM_PROVIDER_CIRCUIT_OPEN' && !sent) {
          this.count(c, 'circuitRejects');
          this.emit(c, { type: 'breaker_open' });
        } else if (e.code === 'OSM_PROVIDER_AUTH' && !sent) {
          // refused here (the key was refused a moment ago), never sent: not a provider error
        } else if (e.code === 'OSM_PROVIDER_RATE_LIMITED') {
          this.count(c, 'rateLimited');
          this.lastRateLimitedAt = Date.now();
          this.emit(c, { type: 'rate_limited', retryAfterMs: e.retryAfterMs });
          const h = errorHeaders(e);
          if (this.governor) {
            if (h) this.governor.observe(h);
            this.governor.pause(e.retryAfterMs ?? 1_000);
          }
          this.concurrency.onCongestion(Math.max(250, this.timeout.latencies.quantile(0.5) || 1_000));
        } else if (e.code === 'OSM_PROVIDER_TIMEOUT') {
          this.count(c, 'timeouts');
          this.emit(c, {
            type: 'timeout',
            latencyMs: Date.now() - started,
            limitMs: this.timeout.current(),
            code: e.code,
          });
        } else if (!e.cancelled) {
          this.count(c, 'errors');
          this.emit(c, { type: 'error', code: e.code });
        }
        if (e.cancelled && signal?.aborted && co.signal?.aborted) throw cancelledError(co.signal.reason);
      } else this.count(c, 'errors');
      throw e;
    } finally {
      this.out.delete(outId);
      if (!copy) this.concurrency.release();
    }
  }
}
