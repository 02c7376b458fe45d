/**
 * The entity-resolution log in Neo4j: (:Merge) nodes written with their document, listed, and undone
 * — the same behaviour as the embedded store (store/sqlite-merges.ts): the merged concept comes back
 * from its snapshot with the mentions its documents gave it (MENTIONED_IN.originalConceptId), the kept
 * concept loses the names it took over, co-occurrences are recomputed, typed relations and chart facts
 * follow, and the pair is never merged again automatically.
 */
import { logConceptsTx, pruneConceptsTx } from './concept-log.js';
import type { ManagedTransaction } from 'neo4j-driver';
import { coOccurrences } from '../../concepts/link.js';
import { StoreError } from '../../errors.js';
import {
  keptNameOf,
  type ConceptRecord,
  type MentionRecord,
  type MergeMethod,
  type MergeRecord,
} from '../../model/graph.js';
import type { MergeView, UnmergeResult } from '../../ports/store.js';
import { WRITE } from './cypher.js';

type Read = <T>(query: string, params?: Record<string, unknown>) => Promise<T[]>;

const VIEW = `OPTIONAL MATCH (k:Concept {id: m.keptId})
  OPTIONAL MATCH (k)-[r:MENTIONED_IN]->() WHERE r.originalConceptId = m.mergedId
  WITH m, k, count(r) AS mentions
  RETURN m.id AS id, m.keptId AS keptId, k.name AS keptName, m.mergedId AS mergedId, m.snapshot AS snapshot,
    m.method AS method, m.score AS score, m.docId AS docId, mentions, m.createdAt AS createdAt, m.undoneAt AS undoneAt`;

interface ViewRow {
  id: string;
  keptId: string;
  keptName: string | null;
  mergedId: string;
  snapshot: string;
  method: MergeMethod;
  score: number | null;
  docId: string | null;
  mentions: number;
  createdAt: string;
  undoneAt: string | null;
}

function toView(r: ViewRow): MergeView {
  const snap = JSON.parse(r.snapshot) as MergeRecord['snapshot'];
  return {
    id: r.id,
    keptId: r.keptId,
    keptName: keptNameOf(r.keptName, snap),
    mergedId: r.mergedId,
    mergedName: snap.merged.name,
    method: r.method,
    score: r.score ?? 0,
    docId: r.docId ?? '',
    mentions: Number(r.mentions),
    createdAt: r.createdAt,
    undoneAt: r.undoneAt ?? null,
  };
}

export async function listMergesNeo4j(read: Read): Promise<MergeView[]> {
  return (await read<ViewRow>(`MATCH (m:Merge) ${VIEW} ORDER BY createdAt DESC, id`)).map(toView);
}

export async function blockedPairsNeo4j(read: Read): Promise<Set<string>> {
  const rows = await read<{ k: string; x: string }>(
    'MATCH (m:Merge) WHERE m.undoneAt IS NOT NULL RETURN m.keptId AS k, m.mergedId AS x',
  );
  return new Set(rows.map((r) => (r.k < r.x ? `${r.k}|${r.x}` : `${r.x}|${r.k}`)));
}

const rows = async <T>(tx: ManagedTransaction, q: string, p: Record<string, unknown>): Promise<T[]> =>
  (await tx.run(q, p)).records.map((r) => r.toObject() as T);

async function writeConcept(tx: ManagedTransaction, c: ConceptRecord): Promise<void> {
  await tx.run(WRITE.concepts, { rows: [{ ...c, definition: c.definition ?? null }] });
}

export async function unmergeNeo4j(
  tx: ManagedTransaction,
  mergeId: string,
  now: string,
): Promise<UnmergeResult> {
  const [row] = await rows<ViewRow>(tx, `MATCH (m:Merge {id: $id}) ${VIEW}`, { id: mergeId });
  if (!row)
    throw new StoreError('OSM_MERGE_NOT_FOUND', `No merge with id "${mergeId}" (see "osmose merges").`);
  if (row.undoneAt) return { merge: toView(row), restoredMentions: 0, alreadyUndone: true };
  const K = row.keptId;
  const X = row.mergedId;
  const snap = JSON.parse(row.snapshot) as MergeRecord['snapshot'];
  const docs = (
    await rows<{ d: string }>(
      tx,
      `MATCH (k:Concept {id: $K})-[r:MENTIONED_IN]->() WHERE r.originalConceptId = $X RETURN DISTINCT r.docId AS d`,
      { K, X },
    )
  ).map((r) => r.d);
  let moved = 0;
  if (docs.length) {
    await writeConcept(tx, snap.merged);
    const [m] = await rows<{ n: number }>(
      tx,
      `MATCH (k:Concept {id: $K})-[r:MENTIONED_IN]->(s:Slide) WHERE r.originalConceptId = $X
       MATCH (x:Concept {id: $X})
       CREATE (x)-[r2:MENTIONED_IN]->(s) SET r2 = properties(r) REMOVE r2.originalConceptId
       DELETE r RETURN count(*) AS n`,
      { K, X },
    );
    moved = Number(m?.n ?? 0);
  }
  // the kept concept gives back the names it took over
  const [cur] = await rows<ConceptRecord>(
    tx,
    'MATCH (c:Concept {id: $K}) RETURN c.id AS id, c.name AS name, c.type AS type, c.aliases AS aliases, c.definition AS definition, c.confidence AS confidence',
    { K },
  );
  if (cur) {
    const own = new Set([snap.kept.name, ...snap.kept.aliases].map((s) => s.toLowerCase()));
    const taken = new Set(
      [snap.merged.name, ...snap.merged.aliases].map((s) => s.toLowerCase()).filter((s) => !own.has(s)),
    );
    const name = taken.has(cur.name.toLowerCase()) ? snap.kept.name : cur.name;
    const aliases = (cur.aliases ?? [])
      .filter((a) => !taken.has(a.toLowerCase()) && a.toLowerCase() !== name.toLowerCase())
      .sort();
    const type = cur.type === snap.merged.type && cur.type !== snap.kept.type ? snap.kept.type : cur.type;
    await writeConcept(tx, { ...cur, name, type, aliases });
  }
  // co-occurrences of the affected documents, from their mentions as they are now
  for (const d of docs) {
    const ms = await rows<MentionRecord>(
      tx,
      'MATCH (c:Concept)-[r:MENTIONED_IN]->(s:Slide {docId: $d}) RETURN c.id AS conceptId, s.id AS slideId',
      { d },
    );
    await tx.run(`MATCH ()-[r:RELATED {docId: $d, type: 'CO_OCCURS'}]->() DELETE r`, { d });
    const rels = coOccurrences(d, ms, Math.max(50, new Set(ms.map((m) => m.conceptId)).size * 6));
    if (rels.length)
      await tx.run(WRITE.relations, {
        rows: rels.map((r) => ({ ...r, originalSource: null, originalTarget: null })),
      });
  }
  // typed relations and chart facts that named the merged concept point at it again
  await tx.run(
    `MATCH (k:Concept {id: $K})-[r:RELATED]->(b) WHERE r.originalSource = $X AND r.type <> 'CO_OCCURS'
     MATCH (x:Concept {id: $X}) CREATE (x)-[r2:RELATED]->(b) SET r2 = properties(r) REMOVE r2.originalSource DELETE r`,
    { K, X },
  );
  await tx.run(
    `MATCH (a)-[r:RELATED]->(k:Concept {id: $K}) WHERE r.originalTarget = $X AND r.type <> 'CO_OCCURS'
     MATCH (x:Concept {id: $X}) CREATE (a)-[r2:RELATED]->(x) SET r2 = properties(r) REMOVE r2.originalTarget DELETE r`,
    { K, X },
  );
  await tx.run(
    `MATCH (p:Point)-[a:ABOUT]->(k:Concept {id: $K}) WHERE $X IN coalesce(p.originalConceptIds, [])
     MATCH (x:Concept {id: $X}) MERGE (p)-[:ABOUT]->(x)
     WITH p, a WHERE NOT $K IN coalesce(p.originalConceptIds, []) DELETE a`,
    { K, X },
  );
  await tx.run('MATCH (m:Merge {id: $id}) SET m.undoneAt = $now', { id: mergeId, now });
  await logConceptsTx(tx, [K, X], await pruneConceptsTx(tx, [K, X]));
  const [after] = await rows<ViewRow>(tx, `MATCH (m:Merge {id: $id}) ${VIEW}`, { id: mergeId });
  return { merge: toView(after), restoredMentions: moved, alreadyUndone: false };
}
