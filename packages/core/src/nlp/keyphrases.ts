/**
 * KeyBERT-style key-phrase ranking: each candidate is scored by the cosine between its embedding and
 * the document (or slide/topic) embedding, then Maximal Marginal Relevance picks a diverse top-k:
 *   MMR(c) = λ · sim(c, doc) − (1 − λ) · max_{s ∈ selected} sim(c, s).
 */
import { centroid, dot } from './vector-math.js';

export interface RankedPhrase {
  phrase: string;
  /** Cosine with the document/context vector. */
  relevance: number;
  /** The MMR value at the moment the phrase was picked. */
  mmr: number;
}

export interface RankKeyphrasesOptions {
  /** How many phrases to return. Default 10. */
  top?: number;
  /** Relevance/diversity trade-off in [0, 1]. Default 0.7. */
  lambda?: number;
  /** Candidates below this relevance are dropped. Default -1 (keep all). */
  minRelevance?: number;
}

/**
 * @param context the document vector, or several slide/topic vectors (their centroid is used)
 * @param candidates candidate phrases and their vectors (L2-normalised)
 */
export function rankKeyphrases(
  context: Float32Array | Float32Array[],
  candidates: { phrase: string; vector: Float32Array }[],
  opts: RankKeyphrasesOptions = {},
): RankedPhrase[] {
  const top = opts.top ?? 10;
  const lambda = opts.lambda ?? 0.7;
  if (lambda < 0 || lambda > 1) throw new RangeError('lambda must be in [0, 1]');
  const doc = Array.isArray(context) ? centroid(context) : context;
  const pool = candidates
    .map((c) => ({ ...c, relevance: dot(c.vector, doc) }))
    .filter((c) => c.relevance >= (opts.minRelevance ?? -1));
  const maxSim = new Float64Array(pool.length).fill(-Infinity);
  const taken = new Uint8Array(pool.length);
  const out: RankedPhrase[] = [];
  while (out.length < Math.min(top, pool.length)) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const div = out.length === 0 ? 0 : maxSim[i];
      const score = lambda * pool[i].relevance - (1 - lambda) * div;
      if (score > bestScore || (score === bestScore && pool[i].phrase < pool[best].phrase)) {
        best = i;
        bestScore = score;
      }
    }
    taken[best] = 1;
    out.push({ phrase: pool[best].phrase, relevance: pool[best].relevance, mmr: bestScore });
    for (let i = 0; i < pool.length; i++)
      if (!taken[i]) maxSim[i] = Math.max(maxSim[i], dot(pool[i].vector, pool[best].vector));
  }
  return out;
}
