import { basename } from 'node:path';
import type { DeckData } from '../model/deck.js';
import type {
  DocumentGraph,
  TopicRecord,
  SlideRecord,
  TextBlockRecord,
  VectorRecord,
} from '../model/graph.js';
import { chartFacts, coOccurrences, findMentions } from '../concepts/link.js';
import { deckBlocks } from './blocks.js';
import { slideIdOf } from './ids.js';
import type { NlpResult } from './nlp-stage.js';
import type { SlideSummary } from './stages.js';
import { blockIdOf } from '../model/ids.js';
import { deckStats } from './report.js';
import { slideFullText } from './text-summary.js';

/** What the graph is built from; of the nlp result only the selection and its vectors. */
export interface BuildGraphInput {
  deck: DeckData;
  docId: string;
  path: string;
  summaries: Map<number, SlideSummary>;
  nlp: Pick<NlpResult, 'selected' | 'vectors' | 'slideVectors' | 'modelId'>;
  /** The document's topics (segmented once, also used by the LLM stage). */
  topics: TopicRecord[];
  pipelineVersion: string;
  /** Slides whose text fallback a later run may turn into a vision summary (DocumentStats.visionPending). */
  visionPending?: number;
  /** Thin topics whose LLM extraction a later run may still get (DocumentStats.llmPending). */
  llmPending?: number;
}

/**
 * Turns an extracted deck and its stage outputs into the document's graph (deterministic ids). Pure: the
 * engine runs it in its worker threads (engine/cpu-pool.ts).
 */
export function buildDocumentGraph(input: BuildGraphInput): DocumentGraph {
  const { deck, docId, path, summaries, nlp, topics } = input;
  const topicOf = new Map<number, string>();
  for (const t of topics) for (const i of t.slideIndices) topicOf.set(i, t.id);

  const slides: SlideRecord[] = deck.slides.map((s) => {
    const sum = summaries.get(s.index);
    return {
      id: slideIdOf(docId, s.index),
      docId,
      index: s.index,
      title: s.title,
      hidden: s.hidden,
      section: s.section,
      layout: s.layout,
      hash: s.hash,
      summary: sum?.summary ?? '',
      summarySource: sum?.source ?? 'text',
      summaryReason: sum?.reason,
      notes: s.notes,
      topicId: topicOf.get(s.index) ?? null,
    };
  });
  const blocks = deckBlocks(deck, docId, summaries);
  const textBlocks: TextBlockRecord[] = blocks.map((b, i) => ({
    id: blockIdOf(b.slideId, i),
    docId,
    slideId: b.slideId,
    shapeId: b.shapeId,
    layer: b.layer,
    text: b.text,
    boilerplate: !!b.boilerplate,
    ord: i,
  }));

  const selected = nlp.selected;
  const mentions = findMentions(docId, selected, blocks);
  const mentioned = new Set(mentions.map((m) => m.conceptId));
  const concepts = selected.filter((c) => mentioned.has(c.record.id));
  const relations = coOccurrences(docId, mentions, Math.max(50, concepts.length * 6));
  const facts = deck.slides.flatMap((s) => chartFacts(docId, slideIdOf(docId, s.index), s.charts, concepts));

  const vectors: VectorRecord[] = [];
  if (nlp.modelId) {
    for (const c of concepts) {
      const v = nlp.vectors.get(c.record.name) ?? c.surfaces.map((s) => nlp.vectors.get(s)).find(Boolean);
      if (v)
        vectors.push({
          id: `v:concept:${c.record.id}:${nlp.modelId}`,
          kind: 'concept',
          refId: c.record.id,
          docId: null,
          model: nlp.modelId,
          vector: v,
        });
    }
    // a slide of numbers and labels only (a chart's dates and "Y-Value 1", "Thank you") embeds close to every query:
    // it gets no vector to be searched by (its concepts and text search still find it)
    const searchable = new Set(deck.slides.filter((s) => hasWords(slideFullText(s))).map((s) => s.index));
    for (const [index, v] of nlp.slideVectors)
      if (searchable.has(index))
        vectors.push({
          id: `v:slide:${slideIdOf(docId, index)}:${nlp.modelId}`,
          kind: 'slide',
          refId: slideIdOf(docId, index),
          docId,
          model: nlp.modelId,
          vector: v,
        });
  }

  return {
    document: {
      id: docId,
      path,
      fileName: basename(path),
      sha256: deck.sha256,
      title: deck.title ?? deck.slides.find((s) => s.title)?.title ?? null,
      slideCount: deck.slides.length,
      hiddenSlides: deck.slides.filter((s) => s.hidden).length,
      ingestedAt: new Date().toISOString(),
      pipelineVersion: input.pipelineVersion,
      // only when some are pending: a complete document's record stays as before
      stats: {
        ...deckStats(deck),
        ...(input.visionPending ? { visionPending: input.visionPending } : {}),
        ...(input.llmPending ? { llmPending: input.llmPending } : {}),
      },
    },
    slides,
    textBlocks,
    topics,
    concepts: concepts.map((c) => c.record),
    mentions,
    relations,
    chartFacts: facts,
    vectors,
  };
}

/**
 * Whether a slide's text says something a search can meet: three words of three letters or more, or, in scripts
 * written without spaces (Chinese, Japanese; Korean words are short), six of their characters.
 */
export function hasWords(text: string): boolean {
  if ((text.match(/\p{L}{3,}/gu) ?? []).length >= 3) return true;
  return (
    (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length >=
    6
  );
}
