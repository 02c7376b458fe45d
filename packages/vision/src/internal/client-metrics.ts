/** What one client (or the engine shared by vision and extraction) counts. */
export interface ClientMetrics {
  calls: number;
  retries: number;
  /** Hedge copies sent (counted in calls, paid from the retry budget; a copy dropped before it left is not counted). */
  hedges: number;
  /** Hedges whose copy answered first; hedges − hedgesWon were calls wasted by hedging. */
  hedgesWon: number;
  rateLimited: number;
  timeouts: number;
  errors: number;
  breakerOpens: number;
  circuitRejects: number;
  fallbacks: number;
  cacheHits: number;
  dedupeHits: number;
  budgetStops: number;
  retryBudgetDenied: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  concurrencyLimit: number;
  maxInFlight: number;
}
