/** The merge-log scenario shared by the embedded store's test and the Neo4j one (merge-log.test.ts, neo4j-merges.test.ts). */
import { expect } from 'vitest';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import type { GraphStore, MergeView } from '../../src/ports/store.js';
import { graph, type Spec } from '../resolve/name-index-fixtures.js';

async function ingest(store: GraphStore, doc: string, concepts: Spec[]) {
  const g = graph(doc, concepts);
  const r = await resolveStage(g, { store });
  await store.writeDocument(g);
  return { docId: g.document.id, merges: r.merges };
}

export async function mergeLogScenario(store: GraphStore): Promise<void> {
  await ingest(store, 'std', [['ASVS', 'STANDARD']]);
  const first = await ingest(store, 'first', [['ASVS 4.0', 'STANDARD']]);
  expect(first.merges).toHaveLength(1);
  const only = async (): Promise<MergeView> => {
    const all = await store.listMerges!();
    expect(all).toHaveLength(1);
    return all[0];
  };
  const decided = await only();
  expect(decided.docId).toBe(first.docId);
  // a later deck merging the same pair: the entry still tells the first decision; its mention count grows
  await new Promise((r) => setTimeout(r, 5));
  const later = await ingest(store, 'later', [['ASVS 4.0', 'STANDARD']]);
  expect(later.merges.map((m) => m.id)).toEqual([decided.id]);
  const after = await only();
  expect({ ...after, mentions: 0 }).toEqual({ ...decided, mentions: 0 });
  expect(after.mentions).toBeGreaterThan(decided.mentions);
  // the deciding deck deleted: the next deck to merge the pair becomes its decision
  await store.deleteDocument(first.docId);
  await new Promise((r) => setTimeout(r, 5));
  const next = await ingest(store, 'next', [['asvs 4.0', 'STANDARD']]);
  const now = await only();
  expect(now.docId).toBe(next.docId);
  expect(now.createdAt > decided.createdAt).toBe(true);
  // undone once; a second undo changes nothing and says so
  const u1 = await store.unmerge!(now.id);
  expect(u1.alreadyUndone).toBe(false);
  expect(u1.restoredMentions).toBeGreaterThan(0);
  const u2 = await store.unmerge!(now.id);
  expect(u2).toMatchObject({ alreadyUndone: true, restoredMentions: 0 });
  expect(u2.merge.undoneAt).toBe(u1.merge.undoneAt);
}
