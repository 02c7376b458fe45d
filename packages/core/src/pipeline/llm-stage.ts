import type { DeckData } from '../model/deck.js';
import {
  LLM_CONCEPT_TYPES,
  type ConceptType,
  type RelationRecord,
  type TopicRecord,
} from '../model/graph.js';
import type { CachePort } from '../ports/cache.js';
import { conceptKey } from '../concepts/normalise.js';
import { conceptId } from '../concepts/select.js';
import type { NlpResult } from './nlp-stage.js';
import type { PhaseStats } from './observer.js';
import { slideFullText } from './text-summary.js';
import { typedRelationIdOf } from '../model/ids.js';

/** One JSON-mode LLM call per batch of topics (the vision package's extractConceptsBatch). */
export type LlmExtract = (
  topics: { id: string; text: string }[],
  cache: CachePort,
  /** The document's place in the line for the provider (a folder run's order). */
  rank?: number,
) => Promise<{
  concepts: { name: string; type: string; definition: string; topicId: string }[];
  relations: { source: string; target: string; type: string }[];
  calls: number;
  /** Batches dropped (provider trouble, an answer that stayed malformed), and why (reason → batches). */
  dropped: number;
  reasons?: Record<string, number>;
  /** Topics of the dropped batches a later run may still get an answer for (vision's isPendingDrop). */
  pending?: number;
  /** Topics of the dropped batches no later run changes (an unusable answer, a rejected request). */
  finalDropped?: number;
}>;

const TYPES = new Set<ConceptType>(LLM_CONCEPT_TYPES);

export interface LlmAddition {
  relations: { source: string; target: string; type: string }[];
  /** Thin topics whose batch provider trouble dropped: the next run with a provider asks for them again. */
  pending: number;
  /** Thin topics whose batch was dropped for good. */
  finalDropped: number;
}

/**
 * For topics whose text yielded fewer than `minConcepts` concepts, asks the LLM (in batches) for
 * concepts and typed relations; new concepts join the document's selection (they are then linked to
 * the text like any other), relations are added once both ends exist. Provider trouble never fails
 * the document: the batch is dropped and counted as a fallback.
 */
export async function runLlmExtraction(input: {
  deck: DeckData;
  docId: string;
  nlp: NlpResult;
  topics: TopicRecord[];
  extract: LlmExtract;
  cache: CachePort;
  minConcepts: number;
  stats: PhaseStats;
  /** The document's place in the line for the provider (a folder run's order). */
  rank?: number;
}): Promise<LlmAddition> {
  const { deck, nlp, topics } = input;
  const surfaces = nlp.selected.map((c) => c.surfaces.map((s) => s.toLowerCase()));
  const thin: { id: string; text: string }[] = [];
  for (const t of topics) {
    const text = t.slideIndices
      .map((i) => slideFullText(deck.slides[i - 1]))
      .join('\n')
      .slice(0, 3000);
    if (text.trim().length < 40) continue;
    const lower = text.toLowerCase();
    const found = surfaces.filter((ss) => ss.some((s) => lower.includes(s))).length;
    if (found < input.minConcepts) thin.push({ id: t.id, text });
  }
  if (thin.length === 0) return { relations: [], pending: 0, finalDropped: 0 };
  const r = await input.extract(thin, input.cache, input.rank);
  input.stats.calls += r.calls;
  input.stats.fallbacks += r.dropped;
  for (const [why, n] of Object.entries(r.reasons ?? {}))
    (input.stats.fallbackReasons ??= {})[why] = (input.stats.fallbackReasons?.[why] ?? 0) + n;
  const have = new Set(nlp.selected.map((c) => c.record.id));
  for (const c of r.concepts) {
    const key = conceptKey(c.name);
    if (key.length < 2) continue;
    const id = conceptId(key);
    if (have.has(id)) continue;
    have.add(id);
    const type = c.type.toUpperCase() as ConceptType;
    nlp.selected.push({
      record: {
        id,
        name: c.name.trim(),
        type: TYPES.has(type) ? type : 'ENTITY',
        aliases: [],
        definition: c.definition?.trim() || null,
        confidence: 0.6,
      },
      surfaces: [c.name.trim()],
    });
  }
  return { relations: r.relations, pending: r.pending ?? 0, finalDropped: r.finalDropped ?? 0 };
}

/** Typed LLM relations between concepts present in the document graph. */
export function llmRelations(
  docId: string,
  rels: LlmAddition['relations'],
  conceptIds: Set<string>,
): RelationRecord[] {
  const out = new Map<string, RelationRecord>();
  for (const r of rels) {
    const a = conceptId(conceptKey(r.source));
    const b = conceptId(conceptKey(r.target));
    const type =
      r.type
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_|_$/g, '')
        .slice(0, 40) || 'RELATED_TO';
    if (a === b || !conceptIds.has(a) || !conceptIds.has(b)) continue;
    const id = typedRelationIdOf(docId, a, b, type);
    if (!out.has(id)) out.set(id, { id, source: a, target: b, type, weight: 1, docId });
  }
  return [...out.values()];
}
