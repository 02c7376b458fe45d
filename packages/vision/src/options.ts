/**
 * Options of the vision/LLM client, their defaults, the `baseline` profile (the original behaviour, for
 * side-by-side measurement) and the environment switches (OPENAI_BASE_URL, OPENAI_API_KEY,
 * OSMOSE_VISION_MODEL, OSMOSE_VISION_ASYNC=0, OSMOSE_CACHE=0).
 */
import type { AdaptiveTimeoutOptions } from './internal/adaptive-timeout.js';
import type { BreakerOptions } from './internal/breaker.js';
import { RESCUE_RESERVE, type RetryBudgetOptions } from './internal/retry-budget.js';
import { VisionError } from './errors.js';
import type { Price } from './prices.js';
import type { ProviderHub } from './provider-hub.js';
import type { ResponseCache } from './response-cache.js';

export type VisionPolicy = 'all' | 'visual' | 'off';
export type ClientProfile = 'default' | 'baseline';

export interface ClientEvent {
  type:
    | 'call'
    | 'hedge'
    | 'success'
    | 'retry'
    | 'rate_limited'
    | 'timeout'
    | 'error'
    | 'breaker_open'
    | 'fallback'
    | 'cache_hit'
    | 'budget_stop';
  code?: string;
  latencyMs?: number;
  /** The time limit in force when a call timed out. */
  limitMs?: number;
  attempt?: number;
  retryAfterMs?: number;
}

export interface ClientOptions {
  baseURL?: string;
  apiKey?: string;
  model?: string;
  profile?: ClientProfile;
  /** Starting concurrency (default 20; baseline 3). */
  concurrency?: number;
  /** Highest concurrency the adaptive limit may reach (default 128). */
  concurrencyCeiling?: number;
  /** Known provider limits per minute; learned from x-ratelimit headers when absent. */
  rpm?: number;
  tpm?: number;
  timeout?: AdaptiveTimeoutOptions;
  retry?: { maxAttempts?: number; baseMs?: number; maxMs?: number };
  retryBudget?: RetryBudgetOptions;
  /** false disables the breaker (baseline). */
  breaker?: BreakerOptions | false;
  /**
   * Hedged requests: when a call has run longer than `factor` × recent p95, a second copy is sent (paid
   * from the retry budget) and the first answer wins. Cuts the tail that hangs and slow outliers add.
   * `rescueReserve`: copies of the retry budget ordinary copies leave to the rescue of stragglers (default
   * RESCUE_RESERVE, none).
   */
  hedge?: { factor?: number; minSamples?: number; rescueReserve?: number } | false;
  cache?: ResponseCache | null;
  cacheTtlSeconds?: number;
  /** Identical requests (same cache key) within a run are sent once. */
  dedupe?: boolean;
  budgetUsd?: number;
  prices?: Record<string, Price>;
  maxTokens?: number;
  onEvent?: (e: ClientEvent) => void;
  fetch?: typeof fetch;
  /**
   * The engine's ProviderHub: the client then uses the hub's shared chat (one per endpoint + key +
   * model), governor, breaker and run budget. Without one, a process-wide default hub (no run budget).
   */
  hub?: ProviderHub;
}

export interface ResolvedClientOptions extends Required<
  Omit<
    ClientOptions,
    | 'baseURL'
    | 'apiKey'
    | 'rpm'
    | 'tpm'
    | 'budgetUsd'
    | 'prices'
    | 'onEvent'
    | 'fetch'
    | 'breaker'
    | 'cache'
    | 'hedge'
    | 'hub'
  >
> {
  baseURL: string | undefined;
  apiKey: string;
  rpm?: number;
  tpm?: number;
  budgetUsd?: number;
  prices?: Record<string, Price>;
  onEvent?: (e: ClientEvent) => void;
  fetch?: typeof fetch;
  breaker: BreakerOptions | false;
  hedge: { factor: number; minSamples: number; rescueReserve: number } | false;
  cache: ResponseCache | null;
  /** Whether the client paces with the shared governor (baseline: no). */
  governed: boolean;
  adaptive: boolean;
  honourRetryAfter: boolean;
}

export const DEFAULT_VISION_MODEL = 'gpt-4o-mini';

export function isProviderConfigured(o: { baseURL?: string; apiKey?: string }, env = process.env): boolean {
  return Boolean(o.apiKey || o.baseURL || env.OPENAI_API_KEY || env.OPENAI_BASE_URL);
}

export function resolveClientOptions(
  o: ClientOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedClientOptions {
  const baseURL = o.baseURL ?? env.OPENAI_BASE_URL ?? undefined;
  const apiKey = o.apiKey ?? env.OPENAI_API_KEY ?? (baseURL ? 'sk-osmose-no-key' : '');
  if (!apiKey) throw new VisionError('OSM_PROVIDER_NOT_CONFIGURED');
  const baseline = o.profile === 'baseline';
  const asyncOff = env.OSMOSE_VISION_ASYNC === '0';
  const cacheOff = env.OSMOSE_CACHE === '0' || baseline;
  if (o.concurrencyCeiling !== undefined && !(o.concurrencyCeiling >= 1))
    throw new VisionError('OSM_PROVIDER_INVALID_OPTION', 'concurrencyCeiling must be ≥ 1.');
  // a ceiling below the default start lowers the start too (`--vision-concurrency 2` means at most 2 in flight)
  const start = o.concurrency ?? Math.min(baseline ? 3 : 20, o.concurrencyCeiling ?? Infinity);
  const concurrency = asyncOff ? 1 : start;
  if (!(concurrency >= 1)) throw new VisionError('OSM_PROVIDER_INVALID_OPTION', 'concurrency must be ≥ 1.');
  const ceiling = asyncOff || baseline ? concurrency : Math.max(concurrency, o.concurrencyCeiling ?? 128);
  if (o.budgetUsd !== undefined && !(o.budgetUsd >= 0))
    throw new VisionError('OSM_PROVIDER_INVALID_OPTION', 'budgetUsd must be ≥ 0.');
  return {
    baseURL,
    apiKey,
    model: o.model ?? env.OSMOSE_VISION_MODEL ?? DEFAULT_VISION_MODEL,
    profile: baseline ? 'baseline' : 'default',
    concurrency,
    concurrencyCeiling: ceiling,
    rpm: o.rpm,
    tpm: o.tpm,
    timeout: baseline ? { fixedMs: 60_000, ...o.timeout } : { coldMs: 30_000, ...o.timeout },
    retry: baseline
      ? { maxAttempts: 3, baseMs: 0, maxMs: 0, ...o.retry }
      : { maxAttempts: 4, baseMs: 500, maxMs: 20_000, ...o.retry },
    retryBudget: baseline ? { ratio: 1, minRetries: 1e9, ...o.retryBudget } : { ...o.retryBudget },
    breaker: baseline ? false : (o.breaker ?? {}),
    hedge:
      baseline || asyncOff || o.hedge === false
        ? false
        : { factor: 1, minSamples: 20, rescueReserve: RESCUE_RESERVE, ...o.hedge },
    cache: cacheOff ? null : (o.cache ?? null),
    cacheTtlSeconds: o.cacheTtlSeconds ?? 30 * 24 * 3600,
    dedupe: baseline ? false : (o.dedupe ?? true),
    budgetUsd: o.budgetUsd,
    prices: o.prices,
    maxTokens: o.maxTokens ?? 400,
    onEvent: o.onEvent,
    fetch: o.fetch,
    governed: !baseline,
    adaptive: !baseline && !asyncOff,
    honourRetryAfter: !baseline,
  };
}
