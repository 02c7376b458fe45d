/**
 * What one caller of a shared ResilientChat counts and is told: its own metrics, events, per-caller cost
 * cap and response cache. A vision client, an extraction run and the pair judge each get one, so a
 * document's report shows its own calls even when the chat (and its governor) serve the whole run.
 */
import type { ClientEvent } from '../options.js';
import type { ResponseCache } from '../response-cache.js';
import type { ClientMetrics } from './client-metrics.js';

export type Counter = Exclude<
  keyof ClientMetrics,
  'latencyP50Ms' | 'latencyP95Ms' | 'concurrencyLimit' | 'maxInFlight' | 'breakerOpens'
>;

export type Counters = Record<Counter, number>;

export function zeroCounters(): Counters {
  return {
    calls: 0,
    retries: 0,
    hedges: 0,
    hedgesWon: 0,
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
}

export interface CallerOptions {
  onEvent?: (e: ClientEvent) => void;
  /** A cap for this caller alone (on top of the hub's run budget). */
  budgetUsd?: number;
  cache?: ResponseCache | null;
  cacheTtlSeconds?: number;
}

export class Caller {
  readonly m: Counters = zeroCounters();
  readonly latencies: number[] = [];
  reservedUsd = 0;
  /** Breaker opens already counted when this caller was created. */
  breakerOpensAtStart = 0;
  constructor(readonly o: CallerOptions) {}
}
