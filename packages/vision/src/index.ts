export { VISION_ERROR_CODES, VisionError, isVisionError, type VisionErrorCode } from './errors.js';
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
export { ResilientChat, resetGovernors, type ClientMetrics } from './internal/resilient-chat.js';
export { resetBreakers } from './internal/breaker-registry.js';
export { estimateRun, type RunEstimate, type EstimateAssumptions } from './estimate.js';
export { DEFAULT_PRICES, priceOf, costUsd, type Price } from './prices.js';
export { MemoryResponseCache, responseCacheKey, type ResponseCache } from './response-cache.js';
export { validate, repairJson, type Schema } from './schema.js';
export { textSummary } from './text-summary.js';
export { startSimulator, type StartSimulatorOptions, type RunningSimulator } from './simulator/server.js';
export {
  SIMULATOR_PROFILES,
  isSimulatorProfile,
  resolveSimulatorConfig,
  type SimulatorConfig,
  type SimulatorProfileName,
} from './simulator/profiles.js';
export type { SimulatorStats } from './simulator/sim-stats.js';
