/**
 * The tasks of the engine's CPU pool (engine/cpu-pool.ts): the long synchronous steps of an ingest —
 * parsing a deck's XML (10–150 ms per deck), the rule-based nlp (candidates, selection: up to a second on a
 * large deck), the semantic re-ranking and the topic segmentation over the embeddings, building the
 * document's graph (mentions, relations), resolving and writing it in the embedded store. The pool runs them in worker threads
 * (engine/cpu-worker.ts); the same function runs in the calling thread when there are no workers.
 */
import { extractDeck } from '../extract/extract-deck.js';
import type { ExtractOptions } from '../extract/options.js';
import type { DeckData } from '../model/deck.js';
import { buildDocumentGraph, type BuildGraphInput } from '../pipeline/build-graph.js';
import type { DocumentGraph, PackedGraph, RelationRecord } from '../model/graph.js';
import { deserialize, serialize } from 'node:v8';
import { openEmbeddedStore, type EmbeddedStore } from '../store/embedded-store.js';
import type { WriteStats } from '../ports/store.js';
import { resolveStage } from '../resolve/index.js';
import { nlpRules, type NlpRulesOptions } from '../pipeline/nlp-rules.js';
import { segmentTopics } from '../pipeline/topics.js';
import type { SlideData } from '../model/deck.js';
import type { SelectedConcept } from '../concepts/select.js';
import { semanticSelect, type SemanticSelectOptions } from '../nlp/semantic-select.js';

export type { PackedGraph };

export type CpuTask =
  | { kind: 'extract'; path: string; options?: ExtractOptions }
  | { kind: 'nlp-rules'; deck: DeckData; options: NlpRulesOptions }
  | { kind: 'graph'; input: BuildGraphInput }
  | { kind: 'graph-packed'; input: BuildGraphInput }
  | {
      kind: 'semantic';
      pool: SelectedConcept[];
      vectors: Map<string, Float32Array>;
      slideVectors: Float32Array[];
      options: SemanticSelectOptions;
    }
  | { kind: 'topics'; docId: string; slides: SlideData[]; slideVectors?: Map<number, Float32Array> }
  | { kind: 'wal-checkpoint'; dir: string }
  | {
      kind: 'sqlite-commit';
      dir: string;
      graph: DocumentGraph | PackedGraph;
      vectors: boolean;
      extraRelations?: RelationRecord[];
    };

export function packGraph(g: DocumentGraph): PackedGraph {
  // a buffer of its own (not a slice of Node's pool), so it can be transferred
  return {
    packed: new Uint8Array(serialize(g)),
    conceptIds: g.concepts.map((c) => c.id),
    mentions: g.mentions.length,
  };
}

export function unpackGraph(g: DocumentGraph | PackedGraph): DocumentGraph {
  return 'packed' in g ? (deserialize(g.packed) as DocumentGraph) : g;
}

/** The buffers a task or a result may move to the other thread instead of copying. */
export function transferables(x: unknown): ArrayBuffer[] {
  const g = (x as { graph?: unknown } | null)?.graph ?? x;
  const p = (g as Partial<PackedGraph> | null)?.packed;
  return p instanceof Uint8Array && p.buffer instanceof ArrayBuffer ? [p.buffer] : [];
}

/** What a commit in the embedded store did (see `commitEmbedded`). */
export interface EmbeddedCommit {
  write: WriteStats;
  resolveMs: number;
  /** The document's concepts and mentions after resolution. */
  concepts: number;
  mentions: number;
}

export type CpuRequest = CpuTask & { id: number };

/**
 * The embedded store's connections of this thread (a worker's own, beside the main thread's: SQLite in WAL
 * mode lets one write while others read; the engine's store lock keeps writes one at a time).
 */
const stores = new Map<string, EmbeddedStore>();
function sqliteStore(dir: string): EmbeddedStore {
  let s = stores.get(dir);
  if (!s) stores.set(dir, (s = openEmbeddedStore(dir, { create: false })));
  return s;
}

/**
 * Resolution against the stored concepts (and their vectors, `vectors`) then the write, in one SQLite
 * transaction, from this thread's own connection to the embedded store: what `ingest` does on the main
 * thread, moved here when the store is the embedded one and no LLM pair judge is configured.
 */
export async function commitEmbedded(
  dir: string,
  packedOrGraph: DocumentGraph | PackedGraph,
  vectors: boolean,
  extraRelations: RelationRecord[] = [],
): Promise<EmbeddedCommit> {
  const graph = unpackGraph(packedOrGraph);
  graph.relations.push(...extraRelations);
  const s = sqliteStore(dir);
  const t0 = performance.now();
  await resolveStage(graph, { store: s.graph, vectors: vectors ? s.vectors : null });
  const resolveMs = performance.now() - t0;
  const write = await s.graph.writeDocument(graph);
  return { write, resolveMs, concepts: graph.concepts.length, mentions: graph.mentions.length };
}

/**
 * Copies the embedded store's write-ahead log into the database file (PASSIVE: never waits for a writer),
 * from this thread's connection: what SQLite's auto-checkpoint does at the end of the commit that fills the
 * log, moved off the main thread (the engine turns it off there; see Engine.watchWal).
 */
export function walCheckpoint(dir: string): { busy: number; log: number; checkpointed: number } {
  const [r] = sqliteStore(dir).db.pragma('wal_checkpoint(PASSIVE)') as {
    busy: number;
    log: number;
    checkpointed: number;
  }[];
  return r;
}

export async function runCpuTask(t: CpuTask): Promise<unknown> {
  switch (t.kind) {
    case 'extract':
      return extractDeck({ path: t.path }, t.options);
    case 'nlp-rules':
      return nlpRules(t.deck, t.options);
    case 'graph':
      return buildDocumentGraph(t.input);
    case 'graph-packed':
      return packGraph(buildDocumentGraph(t.input));
    case 'semantic':
      return semanticSelect(t.pool, t.vectors, t.slideVectors, t.options).selected;
    case 'topics':
      return segmentTopics(t.docId, t.slides, t.slideVectors);
    case 'sqlite-commit':
      return commitEmbedded(t.dir, t.graph, t.vectors, t.extraRelations);
    case 'wal-checkpoint':
      return walCheckpoint(t.dir);
  }
}
