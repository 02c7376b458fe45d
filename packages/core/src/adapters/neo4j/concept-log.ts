/**
 * The concept change log in Neo4j (statements in cypher.ts, CONCEPT_LOG): every transaction that writes or removes
 * concepts ends by taking the next sequence number and stamping it on them, so that a reader (entity resolution's
 * name index, kept per store connection) re-reads only what changed since the number it last saw.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ConceptChanges } from '../../ports/store.js';
import type { ConceptRecord } from '../../model/graph.js';
import { CONCEPT_LOG, PRUNE_CONCEPTS } from './cypher.js';
import { chunk } from './rows.js';

/** Write transactions whose tombstones are kept; a reader further behind reads every concept. */
const TOMBSTONE_KEEP = 20_000;
/** Old tombstones are swept every this many transactions. */
const SWEEP_EVERY = 256;

/** Removes the candidates left without a mention; returns the ids removed. */
export async function pruneConceptsTx(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const batch of chunk(ids, 5000))
    for (const r of (await tx.run(PRUNE_CONCEPTS, { ids: batch })).records) removed.push(r.get('removed'));
  return removed;
}

/** The transaction's entry in the log: the concepts it wrote (`changed`) and removed. Run it last. */
export async function logConceptsTx(
  tx: ManagedTransaction,
  changed: string[],
  removed: string[],
): Promise<void> {
  if (changed.length === 0 && removed.length === 0) return;
  const seq = Number((await tx.run(CONCEPT_LOG.bump)).records[0].get('seq'));
  const at = neo4j.int(seq);
  for (const ids of chunk(changed, 5000)) await tx.run(CONCEPT_LOG.stamp, { ids, seq: at });
  for (const ids of chunk(removed, 5000)) await tx.run(CONCEPT_LOG.tombstones, { ids, seq: at });
  if (seq % SWEEP_EVERY === 0) await tx.run(CONCEPT_LOG.prune, { floor: neo4j.int(seq - TOMBSTONE_KEEP) });
}

type Read = <T>(query: string, params?: Record<string, unknown>) => Promise<T[]>;

/**
 * What changed since `since` (see GraphStore.conceptChanges). The log's number is read first: a transaction that
 * commits between the reads is seen now and again next time (re-applying a concept is harmless), never missed.
 */
export async function readConceptChanges(
  read: Read,
  readAll: () => Promise<ConceptRecord[]>,
  since: number | null,
): Promise<ConceptChanges> {
  const [state] = await read<{ seq: number | null; prunedThrough: number | null; total: number }>(
    CONCEPT_LOG.state,
  );
  const seq = Number(state?.seq ?? 0);
  const prunedThrough = Number(state?.prunedThrough ?? 0);
  // (Neo4j keeps node counts by label: a check that no writer changed concepts without the log)
  const total = Number(state?.total ?? 0);
  if (since !== null && since === seq) return { token: seq, full: false, concepts: [], removed: [], total };
  if (since === null || since > seq || since < prunedThrough)
    return { token: seq, full: true, concepts: await readAll(), removed: [] };
  const [concepts, gone] = await Promise.all([
    read<ConceptRecord>(CONCEPT_LOG.changed, { since: neo4j.int(since) }),
    read<{ id: string }>(CONCEPT_LOG.removed, { since: neo4j.int(since) }),
  ]);
  const present = new Set(concepts.map((c) => c.id));
  return {
    token: seq,
    full: false,
    concepts,
    removed: gone.map((r) => r.id).filter((id) => !present.has(id)),
    total,
  };
}
