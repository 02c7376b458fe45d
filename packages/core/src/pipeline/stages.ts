import type { DeckData, SlideData } from '../model/deck.js';
import type { SummarySource } from '../model/graph.js';
import type { CachePort } from '../ports/cache.js';
import type { Embedder, TokenClassifier } from '../ports/nlp.js';
import type { PairJudge } from '../resolve/index.js';

export interface SlideSummary {
  summary: string;
  source: SummarySource;
  reason?: string;
}

export interface SummariseStageInput {
  deck: DeckData;
  deckPath: string;
  /** Only the slides whose summary is not checkpointed yet. */
  slides: SlideData[];
  cache: CachePort;
  /** Aborts the stage: no new paid call (the engine's cancellation). */
  signal?: AbortSignal;
  /** The document's place in the line for the provider (a folder run's order; none: arrival order). */
  rank?: number;
  /** The provider client's events (retries, 429s, fallbacks…), for progress streams and metrics. */
  onProviderEvent?: (e: { type: string; code?: string; attempt?: number; retryAfterMs?: number }) => void;
  onProgress: (done: number, total: number) => void;
  /** Called as each slide's summary is ready, so it is checkpointed at once (crash-safe). */
  onSlide: (index: number, s: SlideSummary) => Promise<void>;
  /** Every slide is with the provider's client (rendering over): the rest is waiting for answers. */
  onHandedOff?: () => void;
}

export interface StageStats {
  calls: number;
  cacheHits: number;
  fallbacks: number;
  [k: string]: number;
}

/** Pluggable stages: the vision summariser and the embedder are optional. */
export interface PipelineStages {
  /** Identifies the summariser configuration in checkpoint keys (a new model re-summarises). */
  summariserKey: string;
  summarise?: (input: SummariseStageInput) => Promise<StageStats>;
  embedder?: Embedder | null;
  /** Token-classification model: its entities become concept candidates with a type (optional). */
  ner?: TokenClassifier | null;
  /** LLM check for ambiguous entity-resolution pairs (optional; cheap methods decide without it). */
  pairJudge?: PairJudge;
  /** LLM batch extraction for topics with too few concepts (when an endpoint is configured). */
  llmExtract?: import('./llm-stage.js').LlmExtract;
  /** A topic with fewer concepts than this asks the LLM (default 2). */
  llmMinConcepts?: number;
  /** false when the LLM's answers are not cached (OSMOSE_CACHE=0): topics waiting for it are then not healed. */
  llmCached?: boolean;
  /**
   * Whether asking the provider now is pointless: its circuit is open (it failed repeatedly and its cool-down
   * is not over) or it refused the API key in this process. A stored deck is then not re-done only to ask
   * again for what it waits for (isUnchangedDocument).
   */
  providerDown?: () => boolean;
}
