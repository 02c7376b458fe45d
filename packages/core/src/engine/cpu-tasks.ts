/**
 * The tasks of the engine's CPU pool (engine/cpu-pool.ts): the long synchronous steps of an ingest —
 * parsing a deck's XML (10–150 ms per deck), the rule-based nlp (candidates, selection: up to a second on a
 * large deck), the semantic re-ranking and the topic segmentation over the embeddings, and building the
 * document's graph (mentions, relations). The pool runs them in worker threads
 * (engine/cpu-worker.ts); the same function runs in the calling thread when there are no workers.
 */
import { extractDeck } from '../extract/extract-deck.js';
import type { ExtractOptions } from '../extract/options.js';
import type { DeckData } from '../model/deck.js';
import { buildDocumentGraph, type BuildGraphInput } from '../pipeline/build-graph.js';
import { nlpRules, type NlpRulesOptions } from '../pipeline/nlp-rules.js';
import { segmentTopics } from '../pipeline/topics.js';
import type { SlideData } from '../model/deck.js';
import type { SelectedConcept } from '../concepts/select.js';
import { semanticSelect, type SemanticSelectOptions } from '../nlp/semantic-select.js';

export type CpuTask =
  | { kind: 'extract'; path: string; options?: ExtractOptions }
  | { kind: 'nlp-rules'; deck: DeckData; options: NlpRulesOptions }
  | { kind: 'graph'; input: BuildGraphInput }
  | {
      kind: 'semantic';
      pool: SelectedConcept[];
      vectors: Map<string, Float32Array>;
      slideVectors: Float32Array[];
      options: SemanticSelectOptions;
    }
  | { kind: 'topics'; docId: string; slides: SlideData[]; slideVectors?: Map<number, Float32Array> };

export type CpuRequest = CpuTask & { id: number };

export async function runCpuTask(t: CpuTask): Promise<unknown> {
  switch (t.kind) {
    case 'extract':
      return extractDeck({ path: t.path }, t.options);
    case 'nlp-rules':
      return nlpRules(t.deck, t.options);
    case 'graph':
      return buildDocumentGraph(t.input);
    case 'semantic':
      return semanticSelect(t.pool, t.vectors, t.slideVectors, t.options).selected;
    case 'topics':
      return segmentTopics(t.docId, t.slides, t.slideVectors);
  }
}
