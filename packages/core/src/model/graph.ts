/**
 * What the pipeline writes for one document: every record has a deterministic id derived from
 * content (document hash, slide index, normalised concept name), so writes are idempotent.
 */
import type { Layer } from './deck.js';

/** Every concept type, in one place (the stores, the LLM schema, the server's filters and the CLI use it). */
export const CONCEPT_TYPES = [
  'ENTITY',
  'PRODUCT',
  'TOOL',
  'STANDARD',
  'PRACTICE',
  'ROLE',
  'ORGANIZATION',
  'PERSON',
  'PLACE',
  'METRIC',
  'CONCEPT',
] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];
/** The types an LLM may assign (CONCEPT is the pipeline's own generic fallback). */
export const LLM_CONCEPT_TYPES: readonly ConceptType[] = CONCEPT_TYPES.filter((t) => t !== 'CONCEPT');

export type SummarySource = 'vision' | 'cache' | 'text-fallback' | 'skipped' | 'text';

export interface DocumentRecord {
  /** 'doc:' + first 32 hex of the file sha256. */
  id: string;
  path: string;
  fileName: string;
  sha256: string;
  title: string | null;
  slideCount: number;
  hiddenSlides: number;
  ingestedAt: string;
  pipelineVersion: string;
  /** What the deck holds, kept so an unchanged re-run reports the same counts (null: stored before schema 4). */
  stats?: DocumentStats | null;
}

/** Counts of one deck as the ingest report gives them (see DocumentReport). */
export interface DocumentStats {
  /** Slides having speaker notes. */
  notes: number;
  /** Table objects. */
  tables: number;
  /** Chart objects. */
  charts: number;
  /** Slides having pictures. */
  images: number;
  textChars: number;
  /**
   * Slides whose summary fell back to text for a reason a later run may not meet (the provider was down,
   * slow, refused the rate or key; vision's isPendingFallback). Absent or 0: none. With a provider, the next
   * ingest re-does this document (those slides only: the others come from their checkpoints).
   */
  visionPending?: number | null;
  /**
   * Thin topics whose LLM concept extraction provider trouble dropped (vision's isPendingDrop). Absent or 0:
   * none. With a provider, the next ingest re-does this document (the answered batches come from the cache).
   */
  llmPending?: number | null;
  /**
   * Ambiguous concept pairs (entity resolution) the LLM judge could not be asked about because of provider
   * trouble: left unmerged. Absent or 0: none. With a judge, the next ingest re-does this document and
   * resolves its concepts again (the answered batches come from the cache).
   */
  judgePending?: number | null;
}

export interface SlideRecord {
  id: string;
  docId: string;
  index: number;
  title: string | null;
  hidden: boolean;
  section: string | null;
  layout: string | null;
  hash: string;
  summary: string;
  summarySource: SummarySource;
  summaryReason?: string;
  notes: string;
  topicId?: string | null;
}

export interface TextBlockRecord {
  id: string;
  docId: string;
  slideId: string;
  shapeId: string;
  layer: Layer;
  text: string;
  boilerplate: boolean;
  ord: number;
}

export interface TopicRecord {
  id: string;
  docId: string;
  label: string;
  slideIndices: number[];
}

export interface ConceptRecord {
  /** 'c:' + normalised key; stable across documents. */
  id: string;
  name: string;
  type: ConceptType;
  aliases: string[];
  definition: string | null;
  confidence: number;
}

export interface MentionRecord {
  id: string;
  conceptId: string;
  docId: string;
  slideId: string;
  slideIndex: number;
  shapeId: string;
  layer: Layer;
  /** Character span of the surface form inside the text block. */
  start: number;
  end: number;
  surface: string;
  sentence: string;
  /** The concept the document itself named before cross-deck resolution remapped `conceptId` (unmerge uses it). */
  originalConceptId?: string;
}

export interface RelationRecord {
  id: string;
  source: string;
  target: string;
  /** CO_OCCURS or a typed relation from the LLM (USES, PART_OF, …). */
  type: string;
  weight: number;
  docId: string;
  /** Endpoints before cross-deck resolution, when it remapped them. */
  originalSource?: string;
  originalTarget?: string;
}

export interface ChartFactRecord {
  id: string;
  docId: string;
  slideId: string;
  chartId: string;
  chartTitle: string | null;
  series: string;
  category: string;
  value: number | null;
  unit: string | null;
  conceptIds: string[];
  /** Concept ids before cross-deck resolution, when it remapped them. */
  originalConceptIds?: string[];
}

export interface VectorRecord {
  /** Deterministic id ('v:' + kind + ref). */
  id: string;
  kind: 'concept' | 'slide';
  refId: string;
  docId: string | null;
  model: string;
  vector: Float32Array;
}

export type MergeMethod = 'normalised' | 'acronym' | 'embedding' | 'llm';

/** One entity-resolution decision: `mergedId` (as this document named it) now lives in `keptId`. */
export interface MergeRecord {
  /** Deterministic: 'mg:' + kept + '|' + merged. */
  id: string;
  keptId: string;
  mergedId: string;
  method: MergeMethod;
  score: number;
  /** Document whose ingest made the decision. */
  docId: string;
  /** Both concepts as they were before the merge (unmerge restores them). */
  snapshot: { kept: ConceptRecord; merged: ConceptRecord };
  createdAt: string;
}

/**
 * The kept concept's name in a merge's view: its name now, unless that is the merged concept's name (the kept
 * concept took the better name of the one merged into it, "GDPR" ← "General Data Protection Regulation"): then the
 * name it had when merged, so the record still names the two forms that were merged.
 */
export function keptNameOf(current: string | null | undefined, snap: MergeRecord['snapshot']): string {
  return current && current !== snap.merged.name ? current : snap.kept.name;
}

export interface DocumentGraph {
  document: DocumentRecord;
  slides: SlideRecord[];
  textBlocks: TextBlockRecord[];
  topics: TopicRecord[];
  concepts: ConceptRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
  chartFacts: ChartFactRecord[];
  vectors: VectorRecord[];
  /** Cross-deck merges decided for this document (written in the same transaction). */
  merges?: MergeRecord[];
}

/**
 * A document's graph serialised (v8's format) by the thread that built it. A large deck's graph is megabytes
 * of small objects: the main thread then holds one byte buffer (moved between threads, not copied) instead of
 * cloning the objects in and out again, which cost it 20–60 ms garbage-collection pauses per document.
 */
export interface PackedGraph {
  packed: Uint8Array;
  conceptIds: string[];
  mentions: number;
}
