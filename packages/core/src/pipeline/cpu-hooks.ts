/**
 * The long synchronous steps of an ingest that a caller may run elsewhere (the engine: in its worker
 * threads, engine/cpu-pool.ts). Without hooks the pipeline runs the same functions in the calling thread.
 */
import type { SelectedConcept } from '../concepts/select.js';
import type { DeckData, SlideData } from '../model/deck.js';
import type { DocumentGraph, PackedGraph, RelationRecord, TopicRecord } from '../model/graph.js';
import type { WriteStats } from '../ports/store.js';
import type { SemanticSelectOptions } from '../nlp/semantic-select.js';
import type { BuildGraphInput } from './build-graph.js';
import type { NlpRulesOptions, NlpRulesResult } from './nlp-rules.js';

export interface CpuHooks {
  /** pipeline/nlp-rules.ts */
  nlpRules(deck: DeckData, options: NlpRulesOptions): Promise<NlpRulesResult>;
  /** nlp/semantic-select.ts; resolves to the selection. */
  semanticSelect(
    pool: SelectedConcept[],
    vectors: Map<string, Float32Array>,
    slideVectors: Float32Array[],
    options: SemanticSelectOptions,
  ): Promise<SelectedConcept[]>;
  /** pipeline/topics.ts */
  segmentTopics(
    docId: string,
    slides: SlideData[],
    slideVectors?: Map<number, Float32Array>,
  ): Promise<TopicRecord[]>;
  /** pipeline/build-graph.ts */
  buildGraph(input: BuildGraphInput): Promise<DocumentGraph>;
  /** The graph built and kept serialised where it was built (for `commitEmbedded`: the caller never unpacks it). */
  buildPackedGraph?(input: BuildGraphInput): Promise<PackedGraph>;
  /**
   * Resolves a document's graph against the embedded store in `dir` and writes it, from another connection
   * (the ingest holds the store lock). Used only when the graph and the vectors are the embedded store's and no
   * LLM pair judge is configured; otherwise resolution and the backend's `writeDocument` run in this thread.
   */
  commitEmbedded?(
    dir: string,
    graph: DocumentGraph | PackedGraph,
    vectors: boolean,
    extraRelations?: RelationRecord[],
  ): Promise<{ write: WriteStats; resolveMs: number; concepts: number; mentions: number }>;
}
