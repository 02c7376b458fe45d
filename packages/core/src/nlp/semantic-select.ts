/**
 * KeyBERT-style re-ranking of a document's concept pool with the embedding model: each candidate
 * is scored by its similarity to the document (the centroid of its slide vectors), Maximal Marginal
 * Relevance keeps the selection diverse, and near-duplicate names (cosine ≥ threshold, same numbers,
 * compatible types) are clustered into one concept whose canonical name is the most central phrase.
 * Precise lexical finds (standards, acronyms with their expansion, names with numbers, whole slide titles) are
 * always kept.
 */
import type { SelectedConcept } from '../concepts/select.js';
import { compatibleTypes } from '../resolve/types.js';
import { embeddable } from '../resolve/resolve-stage.js';
import { clusterPhrases } from './cluster.js';
import { rankKeyphrases } from './keyphrases.js';

export interface SemanticSelectOptions {
  /** How many concepts to keep. */
  limit: number;
  /** MMR relevance/diversity trade-off. Default 0.8 (lexical evidence already filtered the pool). */
  lambda?: number;
  /** Near-duplicate threshold (cosine). Default 0.9. */
  clusterThreshold?: number;
}

const isPrecise = (c: SelectedConcept) =>
  c.titled === true ||
  /\d/.test(c.record.name) ||
  c.record.aliases.some((a) => /^[A-Z][A-Z0-9&]+s?$/.test(a)) ||
  /^[A-Z][A-Z0-9&]{1,9}s?$/.test(c.record.name);

export function semanticSelect(
  pool: SelectedConcept[],
  vectors: Map<string, Float32Array>,
  slideVectors: Float32Array[],
  opts: SemanticSelectOptions,
): { selected: SelectedConcept[]; clustered: number; dropped: number } {
  const withVec = pool.filter((c) => vectors.has(c.record.name));
  if (slideVectors.length === 0 || withVec.length === 0)
    return { selected: pool.slice(0, opts.limit), clustered: 0, dropped: 0 };

  // 1. near-duplicates → one concept (guarded like cross-deck resolution)
  const byName = new Map(withVec.map((c) => [c.record.name, c]));
  const weights = new Map(withVec.map((c) => [c.record.name, c.record.confidence]));
  const clusters = clusterPhrases([...byName.keys()], vectors, opts.clusterThreshold ?? 0.9, weights);
  let clustered = 0;
  const survivors: SelectedConcept[] = [];
  for (const cl of clusters) {
    const head = byName.get(cl.canonical)!;
    for (const m of cl.members) {
      if (m === cl.canonical) continue;
      const other = byName.get(m)!;
      if (!embeddable(head.record.name, m) || !compatibleTypes(head.record.type, other.record.type)) {
        survivors.push(other);
        continue;
      }
      head.record.aliases = [
        ...new Set([...head.record.aliases, other.record.name, ...other.record.aliases]),
      ].sort();
      head.surfaces = [...new Set([...head.surfaces, ...other.surfaces])];
      head.record.confidence = Math.max(head.record.confidence, other.record.confidence);
      clustered++;
    }
    survivors.push(head);
  }

  // 2. precise finds are kept; the rest compete on relevance to the document with MMR diversity
  const precise = survivors.filter(isPrecise);
  const rest = survivors.filter((c) => !isPrecise(c));
  const room = Math.max(0, opts.limit - precise.length);
  const ranked = rankKeyphrases(
    slideVectors,
    rest.map((c) => ({ phrase: c.record.name, vector: vectors.get(c.record.name)! })),
    { top: room, lambda: opts.lambda ?? 0.8 },
  );
  const restByName = new Map(rest.map((c) => [c.record.name, c]));
  const chosen = ranked.map((r) => {
    const c = restByName.get(r.phrase)!;
    // blend lexical confidence with semantic relevance
    c.record.confidence =
      Math.round((0.5 * c.record.confidence + 0.5 * Math.max(0, r.relevance)) * 1000) / 1000;
    return c;
  });
  const noVec = pool.filter((c) => !vectors.has(c.record.name));
  const selected = [...precise, ...chosen, ...noVec].slice(0, Math.max(opts.limit, precise.length));
  return { selected, clustered, dropped: pool.length - selected.length - clustered };
}
