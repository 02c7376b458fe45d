import type { DeckData } from '../model/deck.js';
import type { Backends } from '../adapters/backends.js';
import { extractCandidates, learnAcronyms, type Candidate } from '../concepts/candidates.js';
import type { PhaseStats } from './observer.js';
import type { PipelineStages } from './stages.js';
import { deckBlocks } from './blocks.js';
import { docIdOf } from './ids.js';
import { slideFullText } from './text-summary.js';

export interface NlpResult {
  candidates: Map<string, Candidate>;
  acronyms: Map<string, string>;
  /** Embeddings by text (candidate surface or slide text), when an embedder is configured. */
  vectors: Map<string, Float32Array>;
  slideVectors: Map<number, Float32Array>;
  modelId: string | null;
}

/**
 * Candidate concepts of the whole document in one pass (deterministic key phrases, acronyms and
 * their expansions, standards and product patterns), then — when an embedding model is configured —
 * one deduplicated, cached embedding pass over the candidates and the slide texts.
 */
export async function runNlp(input: {
  deck: DeckData;
  backends: Backends;
  stages: PipelineStages;
  stats: PhaseStats;
  onProgress: (done: number, total: number) => void;
}): Promise<NlpResult> {
  const { deck, stages, stats, backends } = input;
  const blocks = deckBlocks(deck, docIdOf(deck.sha256));
  const acronyms = learnAcronyms(blocks);
  const candidates = extractCandidates(blocks, acronyms);
  stats.items = candidates.size;
  const result: NlpResult = { candidates, acronyms, vectors: new Map(), slideVectors: new Map(), modelId: null };
  const embedder = stages.embedder;
  if (embedder) {
    const texts = new Set<string>();
    for (const c of candidates.values()) texts.add(bestSurface(c));
    const slideTexts = new Map<number, string>();
    for (const s of deck.slides) {
      const t = slideFullText(s).slice(0, 2000);
      if (t.trim()) {
        slideTexts.set(s.index, t);
        texts.add(t);
      }
    }
    const { embedTexts } = await import('../nlp/index.js');
    const emb = await embedTexts(embedder, backends.cache, [...texts]);
    stats.calls += emb.stats.calls;
    stats.cacheHits += emb.stats.cached;
    result.vectors = emb.vectors;
    for (const [i, t] of slideTexts) {
      const v = emb.vectors.get(t);
      if (v) result.slideVectors.set(i, v);
    }
    result.modelId = embedder.modelId;
  }
  input.onProgress(1, 1);
  return result;
}

export function bestSurface(c: Candidate): string {
  return [...c.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
