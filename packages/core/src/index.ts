export * from './errors.js';
export * from './config.js';
export type * from './model/deck.js';
export type * from './model/graph.js';
export { CONCEPT_TYPES, LLM_CONCEPT_TYPES } from './model/graph.js';
export * from './model/ids.js';
export type * from './ports/store.js';
export type * from './ports/cache.js';
export type * from './ports/nlp.js';
export { extractDeck, toSlidesJson } from './extract/index.js';
export { openEmbeddedStore } from './store/embedded-store.js';
export { openBackends, backendConfigFrom, type Backends, type BackendConfig } from './adapters/backends.js';
export {
  ingestFiles,
  ingestOne,
  isUnchangedDocument,
  PIPELINE_VERSION,
  unchangedDocReport,
  type IngestOptions,
} from './pipeline/ingest.js';
export { createEngine, Engine, type EngineOptions, type EngineIngestOptions } from './engine/engine.js';
export { createStoreLock, type StoreLock } from './engine/store-lock.js';
export { abortableSleep, cancelledError } from './engine/abortable-sleep.js';
export { PHASES, type Phase, type PhaseStats, type IngestObserver } from './pipeline/observer.js';
export type { DocumentReport, IngestReport, DocumentStatus } from './pipeline/report.js';
export { emptyDocReport } from './pipeline/report.js';
export type { PipelineStages } from './pipeline/stages.js';
export {
  expandInputs,
  expandInputsWithSkipped,
  DECK_EXTENSIONS,
  type SkippedFile,
} from './pipeline/files.js';
export { conceptKey } from './concepts/normalise.js';
export { createStages, type StagesHandle } from './pipeline/create-stages.js';
export { doctor, type DoctorReport } from './doctor.js';
export { startSimulator, SIMULATOR_PROFILES, isSimulatorProfile, estimateRun } from '@osmose/vision';
export { estimateDeck, type DeckEstimateOptions } from './summarise/estimate-deck.js';
export { search, type SearchHit, type SearchResult } from './search.js';
export {
  graphView,
  dumpSource,
  type GraphView,
  type GraphViewQuery,
  type GraphViewSource,
} from './graph-view.js';
export { exportGraph, EXPORT_FORMATS, type ExportFormat } from './store/export-formats.js';
export {
  resolveStage,
  type ResolveOptions,
  type ResolveReport,
  type PairJudge,
  type JudgePair,
  type JudgeTally,
} from './resolve/index.js';
export { renderDeck, cachedPages, type RenderedPage } from './render/index.js';
export {
  repairVectors,
  flushPendingVectors,
  pendingVectorCount,
  deleteStoredDocument,
} from './store/vector-writes.js';
export { LayeredCheckpoints } from './adapters/redis/redis-checkpoints.js';
