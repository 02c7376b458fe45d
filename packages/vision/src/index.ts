export {
  VISION_ERROR_CODES,
  VisionError,
  isVisionError,
  abortableSleep,
  cancelledError,
  type VisionErrorCode,
} from './errors.js';
export {
  createVisionClient,
  type VisionClient,
  type VisionClientOptions,
  type VisionSlide,
  type SlideSummary,
  type SummarySource,
} from './vision-client.js';
export {
  extractConceptsBatch,
  EXTRACTION_SCHEMA,
  type ExtractOptions,
  type ExtractionResult,
  type ExtractedConcept,
  type ExtractedRelation,
} from './extract-batch.js';
export {
  resolveClientOptions,
  isProviderConfigured,
  DEFAULT_VISION_MODEL,
  type ClientOptions,
  type ClientEvent,
  type ClientProfile,
  type VisionPolicy,
} from './options.js';
export {
  createProviderHub,
  DEFAULT_ENDPOINT,
  getDefaultHub,
  keyId,
  resetBreakers,
  resetGovernors,
  type ProviderHub,
  type ProviderHubOptions,
  type ProviderHubMetrics,
  type HubEvent,
} from './provider-hub.js';
export { ResilientChat, type ClientMetrics, type CompleteOptions } from './internal/resilient-chat.js';
export { RESCUE_RESERVE } from './internal/retry-budget.js';
export type { Caller, CallerOptions } from './internal/meter.js';
export type { BudgetSnapshot, RunBudget } from './internal/run-budget.js';
export { estimateRun, type RunEstimate, type EstimateAssumptions, type CallRange } from './estimate.js';
export {
  needsVision,
  visionInputOf,
  DEFAULT_MIN_TEXT_CHARS,
  type VisionCandidate,
  type DeckSlideLike,
} from './needs-vision.js';
export { DEFAULT_PRICES, priceOf, costUsd, type Price } from './prices.js';
export { MemoryResponseCache, responseCacheKey, type ResponseCache } from './response-cache.js';
export { validate, repairJson, type Schema } from './schema.js';
export { textSummary, type TextSummarySlide } from './text-summary.js';
export {
  isForcedAgain,
  isPendingDrop,
  isPendingFallback,
  isRefusedFallback,
  isRenderFallback,
  repeatedFallback,
} from './fallback-reasons.js';
export { startSimulator, type StartSimulatorOptions, type RunningSimulator } from './simulator/server.js';
export {
  SIMULATOR_PROFILES,
  isSimulatorProfile,
  resolveSimulatorConfig,
  type SimulatorConfig,
  type SimulatorProfileName,
} from './simulator/profiles.js';
export type { SimulatorStats } from './simulator/sim-stats.js';
export { probeProvider, type ProviderProbe } from './probe.js';
