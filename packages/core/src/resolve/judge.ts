import type { ConceptRecord } from '../model/graph.js';

/** One ambiguous pair for the LLM check, with a little context from each side. */
export interface JudgePair {
  a: { name: string; type: string; aliases: string[]; definition: string | null; context: string[] };
  b: { name: string; type: string; aliases: string[]; definition: string | null; context: string[] };
  /** Why the pair is ambiguous ("embedding 0.87", "acronym KPI with 2 expansions"). */
  reason: string;
}

/**
 * The optional LLM check: one call for a whole batch of pairs, one answer per pair: true = the same thing,
 * false = not (or no usable answer: nothing is merged on a guess), null = not asked because of provider trouble
 * (down, slow, over its limits, a refused key): the pair waits for a later run (DocumentStats.judgePending).
 * Supplied by the vision/LLM client; tests use a fake. Must return exactly `pairs.length` answers.
 */
export interface PairJudge {
  judgePairs(pairs: JudgePair[], ctx?: JudgeContext): Promise<(boolean | null)[]>;
  /** Pairs per call (default 20). */
  readonly batchSize?: number;
}

/** The provider calls made, the answers served by the response cache, and their cost. */
export interface JudgeTally {
  calls: number;
  cacheHits: number;
  costUsd: number;
}

/** Per call: a tally to count into, and the response cache answers are kept in (null: none). */
export interface JudgeContext {
  tally?: JudgeTally;
  /** The document's place in the line for the provider (a folder run's order; CompleteOptions.rank). */
  rank?: number;
  cache?: {
    get(key: string): Promise<string | null>;
    set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  } | null;
}

export function judgeSide(c: ConceptRecord, context: string[] = []): JudgePair['a'] {
  return {
    name: c.name,
    type: c.type,
    aliases: c.aliases,
    definition: c.definition,
    context: context.slice(0, 3),
  };
}
