/**
 * `osmose estimate` for one extracted deck: the vision slides by the run's own rule (vision's
 * `visionInputOf` + `needsVision`, the same as the summarise stage), and the LLM calls the run may add
 * as a range — batch extraction (thin topics, 5 per call) and the entity-resolution pair judge
 * (ambiguous pairs, 20 per call), whose exact counts depend on what the run finds.
 */
import {
  estimateRun,
  visionInputOf,
  type EstimateAssumptions,
  type RunEstimate,
  type VisionPolicy,
} from '@osmose/vision';
import { conceptLimit } from '../concepts/select.js';
import type { DeckData } from '../model/deck.js';

export interface DeckEstimateOptions extends Omit<
  EstimateAssumptions,
  'policy' | 'llmTopics' | 'judgeConcepts'
> {
  policy: VisionPolicy;
  /** false when no LLM extraction will run (OSMOSE_LLM_EXTRACT=0 or no endpoint). Default true. */
  llmExtraction?: boolean;
  /** false when no pair judge will run. Default true. */
  pairJudge?: boolean;
}

/** Most topics segmentation can make (a topic has ≥ 2 slides unless a section starts or it is the last). */
export function maxTopics(deck: Pick<DeckData, 'slides'>): number {
  const n = deck.slides.length;
  if (n === 0) return 0;
  let sectionChanges = 0;
  for (let i = 1; i < n; i++)
    if ((deck.slides[i].section ?? null) !== (deck.slides[i - 1].section ?? null)) sectionChanges++;
  return Math.min(n, Math.ceil(n / 2) + sectionChanges + 1);
}

export function estimateDeck(deck: DeckData, o: DeckEstimateOptions): RunEstimate {
  const slides = deck.slides.map((s) => ({ index: s.index, hash: s.hash, ...visionInputOf(s) }));
  const words = new Set<string>();
  for (const s of slides)
    for (const w of s.text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) words.add(w);
  const llmTopics = o.llmExtraction === false ? 0 : maxTopics(deck);
  const llmConcepts = Math.ceil(llmTopics / (o.llmBatchSize ?? 5)) * 20;
  const judgeConcepts =
    o.pairJudge === false ? 0 : conceptLimit(deck.slides.length, 4 * words.size) + llmConcepts;
  return estimateRun(slides, { ...o, llmTopics, judgeConcepts });
}
