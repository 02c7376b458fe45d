import type {
  ChartFactRecord,
  ConceptRecord,
  ConceptType,
  DocumentGraph,
  DocumentRecord,
  MentionRecord,
  MergeMethod,
  RelationRecord,
  SlideRecord,
  TopicRecord,
  VectorRecord,
} from '../model/graph.js';

export interface WriteStats {
  nodes: number;
  relationships: number;
  ms: number;
}

export interface ConceptSummary {
  id: string;
  name: string;
  type: ConceptType;
  aliases: string[];
  mentions: number;
  documents: number;
  slides: number;
}

export interface MentionView {
  document: string;
  docId: string;
  slide: number;
  slideTitle: string | null;
  shapeId: string;
  layer: string;
  surface: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ConceptDetail extends ConceptSummary {
  definition: string | null;
  confidence: number;
  mentionList: MentionView[];
  related: { id: string; name: string; type: string; weight: number }[];
  chartFacts: {
    chart: string | null;
    series: string;
    category: string;
    value: number | null;
    unit: string | null;
  }[];
}

/** What a search hit shows of a concept or a slide. */
export interface HitLabels {
  concepts: Map<string, { name: string; type: string }>;
  slides: Map<string, { document: string; index: number; title: string | null; summary: string }>;
}

/** Ids ranked by text match (number of matching names, aliases or text blocks). */
export interface TextMatches {
  concepts: { id: string; score: number }[];
  slides: { id: string; score: number }[];
}

export interface StoreCounts {
  documents: number;
  slides: number;
  textBlocks: number;
  concepts: number;
  mentions: number;
  relations: number;
  chartFacts: number;
  vectors: number;
}

/**
 * The graph + document store. `writeDocument` replaces, in one transaction, everything of the
 * document with the same id AND any older document ingested from the same `path` (an edited deck
 * replaces its previous version): readers see either the old version or the new one, never a
 * half-written document. Concepts are upserted (aliases merged); concepts left without any mention
 * are removed.
 */
export interface ListConceptsOptions {
  limit?: number;
  type?: ConceptType;
  docId?: string;
  q?: string;
  inDocument?: string;
}

export interface GraphStore extends GraphStoreExtras {
  readonly kind: string;
  init(): Promise<void>;
  writeDocument(graph: DocumentGraph): Promise<WriteStats>;
  /** The completed document with this file hash, if any. */
  findDocumentBySha(sha256: string): Promise<DocumentRecord | null>;
  /** The completed document last ingested from this path, if any. */
  findDocumentByPath(path: string): Promise<DocumentRecord | null>;
  deleteDocument(docId: string): Promise<void>;
  /**
   * Top concepts; with `docId`, one deck's concepts (mentions and slides in that deck). Filters on the store's list
   * (counts and order across the store): `q`, a fragment of the name or an alias (case-insensitive); `inDocument`,
   * only concepts that document mentions.
   */
  listConcepts(opts?: ListConceptsOptions): Promise<ConceptSummary[]>;
  /** By id, exact name or alias (case-insensitive). */
  showConcept(nameOrId: string): Promise<ConceptDetail | null>;
  /** Every concept (for cross-deck entity resolution). */
  allConcepts(): Promise<ConceptRecord[]>;
  counts(): Promise<StoreCounts>;
  /** Labels of search hits (ids the vector store returned), whatever backend holds the graph. */
  hitLabels(ids: { concepts: string[]; slides: string[] }): Promise<HitLabels>;
  /** Search without embeddings: concepts by name/alias, slides by title and text, case-insensitive. */
  textSearch(query: string, limit: number): Promise<TextMatches>;
  close(): Promise<void>;
}

export interface MergeView {
  id: string;
  keptId: string;
  keptName: string;
  mergedId: string;
  mergedName: string;
  method: MergeMethod;
  score: number;
  docId: string;
  /** Mentions currently carried by the kept concept on behalf of the merged one. */
  mentions: number;
  createdAt: string;
  undoneAt: string | null;
}

export interface UnmergeResult {
  merge: MergeView;
  restoredMentions: number;
  /** The merge had been undone before: nothing changed. */
  alreadyUndone: boolean;
}

/** The whole graph, for export (text blocks and vectors left out). */
export interface GraphDump {
  documents: DocumentRecord[];
  slides: SlideRecord[];
  topics: TopicRecord[];
  concepts: ConceptRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
  chartFacts: ChartFactRecord[];
}

/** What the graph view (graph-view.ts) reads from a store, a neighbourhood at a time. */
export type ViewRelation = Pick<RelationRecord, 'source' | 'target' | 'type' | 'weight'>;

export interface GraphViewSource {
  /** Mentions of each of these concepts (in one document when `docId`); a concept without any is absent. */
  mentionCounts(ids: string[], docId?: string): Promise<Map<string, number>>;
  /** The `limit` most mentioned concepts (in one document when `docId`): [id, mentions], most first, ties by id. */
  topMentioned(limit: number, docId?: string): Promise<[string, number][]>;
  /** Relations with an endpoint among `ids` (in one document when `docId`), ordered by (document, relation id). */
  relationsTouching(ids: string[], docId?: string): Promise<ViewRelation[]>;
  /** Relations with both endpoints among `ids` (…), ordered by (document, relation id). */
  relationsAmong(ids: string[], docId?: string): Promise<ViewRelation[]>;
  /** Name and type of each of these concepts that exists. */
  concepts(ids: string[]): Promise<Map<string, { name: string; type: string }>>;
}

/** Optional capabilities of a graph store (entity-resolution log, export); the embedded store has them all. */
export interface GraphStoreExtras {
  /** Every stored document, by path. */
  listDocuments?(): Promise<DocumentRecord[]>;
  /** One stored document by id. */
  getDocument?(docId: string): Promise<DocumentRecord | null>;
  /** The id `showConcept` would answer for (id, exact name, then alias), without reading the concept's details. */
  resolveConcept?(nameOrId: string): Promise<string | null>;
  /** How many mentions a stored document has, and of how many concepts (an unchanged deck's report). */
  documentCounts?(docId: string): Promise<{ concepts: number; mentions: number }>;
  /**
   * A neighbourhood of the graph read from the store (graph-view.ts): a store without it is read whole
   * (`dumpGraph`) for every view.
   */
  graphViewSource?(): GraphViewSource;
  /** Every merge, newest first (undone ones included, flagged). */
  listMerges?(): Promise<MergeView[]>;
  /** Reverts one merge: both concepts come back with their own mentions; the pair is never re-merged automatically. */
  unmerge?(mergeId: string): Promise<UnmergeResult>;
  /** Concept-id pairs ('a|b', sorted) that a user unmerged. */
  blockedPairs?(): Promise<Set<string>>;
  /**
   * Ids of the stored concepts that only this document mentions: entity resolution re-doing a stored document
   * resolves them again, against the store as it would be without them.
   */
  conceptsOnlyIn?(docId: string): Promise<Set<string>>;
  /**
   * The concepts inserted, changed or removed since `since` (the token of an earlier answer; null: every concept), for
   * a caller that keeps its own copy of them (entity resolution's name index). null: the store cannot tell now (no
   * change log, or inside a write transaction): read `allConcepts`.
   */
  conceptChanges?(since: number | null): Promise<ConceptChanges | null>;
  dumpGraph?(): Promise<GraphDump>;
}

export interface ConceptChanges {
  /** Pass it as `since` next time. */
  token: number;
  /** The answer holds every concept (the log no longer reaches back to `since`, or `since` was null): start over. */
  full: boolean;
  /** Inserted or changed concepts as they are now (every concept when `full`). */
  concepts: ConceptRecord[];
  /** Ids of removed concepts. */
  removed: string[];
  /** How many concepts the store holds now, where counting is cheap (a check that nothing went unlogged). */
  total?: number;
}

export interface VectorHit {
  id: string;
  kind: 'concept' | 'slide';
  refId: string;
  docId: string | null;
  score: number;
}

/** Vector index. Vectors are L2-normalised; a zero vector is refused. */
export interface VectorStore {
  readonly kind: string;
  init(dim: number, model: string): Promise<void>;
  /** Replaces the vectors of `docId` (concept vectors have docId null and are upserted). */
  upsert(records: VectorRecord[], replaceDocId?: string): Promise<void>;
  search(
    query: Float32Array,
    opts: { limit: number; kind?: 'concept' | 'slide'; model: string },
  ): Promise<VectorHit[]>;
  /** Several searches with the same options at once (answers in the queries' order), where the store batches them. */
  searchMany?(
    queries: Float32Array[],
    opts: { limit: number; kind?: 'concept' | 'slide'; model: string },
  ): Promise<VectorHit[][]>;
  deleteDocument(docId: string): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
}
