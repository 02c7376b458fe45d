/**
 * The store phase's vector writes, through the outbox (sqlite-outbox.ts): a separate vector store
 * (Qdrant) is written after the graph has committed; what an outage keeps from it waits in the local
 * embedded store and is replayed on the next run (`flushPendingVectors`) or by `osmose repair`.
 */
import type { Backends } from '../adapters/backends.js';
import type { VectorRecord } from '../model/graph.js';
import {
  SqliteVectorOutbox,
  flushVectorOutbox,
  writeVectorsThroughOutbox,
  type OutboxResult,
  type PendingVectors,
  type VectorOp,
} from './sqlite-outbox.js';

const outboxes = new WeakMap<Backends, SqliteVectorOutbox>();

/** The outbox of these backends (always in the local embedded store). */
export function vectorOutboxOf(b: Backends): SqliteVectorOutbox {
  let o = outboxes.get(b);
  if (!o) outboxes.set(b, (o = new SqliteVectorOutbox(b.embedded.db)));
  return o;
}

/** Whether vectors go to a store of their own (the embedded graph writes its vectors in its own transaction). */
export const separateVectorStore = (b: Backends): boolean =>
  !!b.vectors && !(b.graph === b.embedded.graph && b.vectors === b.embedded.vectors);

/**
 * Writes one document's vectors after its graph: the previous version's points are deleted when the
 * document id changed (an edited deck), then this version's replace them. Resolves with the vectors
 * left pending by an outage (the document stays ingested); other vector-store errors throw.
 */
export async function storeVectors(
  b: Backends,
  doc: { docId: string; previousDocId?: string; records: VectorRecord[] },
): Promise<{ calls: number; pendingVectors: number; error?: OutboxResult['error'] }> {
  if (!separateVectorStore(b)) return { calls: 0, pendingVectors: 0 };
  const ops: VectorOp[] = [];
  if (doc.previousDocId && doc.previousDocId !== doc.docId)
    ops.push({ op: 'delete', docId: doc.previousDocId });
  if (doc.records.length > 0) ops.push({ op: 'replace', docId: doc.docId, records: doc.records });
  if (ops.length === 0) return { calls: 0, pendingVectors: 0 };
  const r = await writeVectorsThroughOutbox(vectorOutboxOf(b), b.vectors!, ops);
  return { calls: ops.length, pendingVectors: r.pendingVectors, error: r.error };
}

/** Replays the outbox into the vector store; resolves with the vectors still pending (never throws). */
export async function flushPendingVectors(b: Backends): Promise<number> {
  return (await repairVectors(b)).pendingVectors;
}

/** `osmose repair`: replays the outbox and says what was written and what still waits. */
export async function repairVectors(b: Backends): Promise<{
  written: number;
  pendingVectors: number;
  error?: OutboxResult['error'];
  pending: PendingVectors;
}> {
  const outbox = vectorOutboxOf(b);
  if (outbox.isEmpty() || !separateVectorStore(b)) {
    const pending = outbox.pending();
    return { written: 0, pendingVectors: pending.vectors, pending };
  }
  const r = await flushVectorOutbox(outbox, b.vectors!);
  const pending = outbox.pending();
  return { written: r.written, pendingVectors: pending.vectors, error: r.error, pending };
}

/** Vectors waiting in the outbox. */
export const pendingVectorCount = (b: Backends): number => vectorOutboxOf(b).pending().vectors;

/**
 * Removes one stored document from every store: its graph (slides, blocks, mentions, relations, chart facts; concepts
 * no other document mentions) in one transaction, then its vectors from a separate vector store through the outbox
 * (an outage leaves the delete waiting there, replayed by the next run or `osmose repair`).
 */
export async function deleteStoredDocument(
  b: Backends,
  docId: string,
): Promise<{ vectorsPending: boolean; error?: OutboxResult['error'] }> {
  await b.graph.deleteDocument(docId);
  if (!separateVectorStore(b)) return { vectorsPending: false };
  const r = await writeVectorsThroughOutbox(vectorOutboxOf(b), b.vectors!, [{ op: 'delete', docId }]);
  return { vectorsPending: !!r.error, error: r.error };
}
