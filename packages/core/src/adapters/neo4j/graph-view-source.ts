/**
 * The graph view's questions (graph-view.ts) answered by Cypher, a neighbourhood at a time, instead of reading the
 * whole graph over Bolt for every view. Relations come back in the dump's order (document, relation id), so the view
 * is the same as one drawn from a dump.
 */
import neo4j from 'neo4j-driver';
import type { GraphViewSource, ViewRelation } from '../../ports/store.js';

type Read = <T>(query: string, params?: Record<string, unknown>) => Promise<T[]>;

const COUNTS = `UNWIND $ids AS id MATCH (c:Concept {id: id})-[m:MENTIONED_IN]->()
  WHERE $docId IS NULL OR m.docId = $docId RETURN id, count(m) AS n`;
const TOP = `MATCH (c:Concept)-[m:MENTIONED_IN]->() WHERE $docId IS NULL OR m.docId = $docId
  WITH c.id AS id, count(m) AS n RETURN id, n ORDER BY n DESC, id LIMIT $limit`;
const REL_RETURN = `RETURN a.id AS source, b.id AS target, x.type AS type, x.weight AS weight, x.docId AS docId, x.id AS rid`;
const TOUCHING = `CALL {
    UNWIND $ids AS id MATCH (a:Concept {id: id})-[x:RELATED]->(b:Concept)
      WHERE $docId IS NULL OR x.docId = $docId RETURN a, x, b
    UNION
    UNWIND $ids AS id MATCH (a:Concept)-[x:RELATED]->(b:Concept {id: id})
      WHERE $docId IS NULL OR x.docId = $docId RETURN a, x, b
  }
  ${REL_RETURN} ORDER BY docId, rid`;
const AMONG = `UNWIND $ids AS id MATCH (a:Concept {id: id})-[x:RELATED]->(b:Concept)
  WHERE b.id IN $ids AND ($docId IS NULL OR x.docId = $docId)
  ${REL_RETURN} ORDER BY docId, rid`;
const LABELS = `UNWIND $ids AS id MATCH (c:Concept {id: id}) RETURN c.id AS id, c.name AS name, c.type AS type`;

export function neo4jGraphViewSource(read: Read): GraphViewSource {
  const rels = async (q: string, ids: string[], docId?: string): Promise<ViewRelation[]> =>
    (await read<ViewRelation>(q, { ids, docId: docId ?? null })).map((r) => ({
      source: r.source,
      target: r.target,
      type: r.type,
      weight: Number(r.weight),
    }));
  return {
    async mentionCounts(ids, docId) {
      const rows = await read<{ id: string; n: number }>(COUNTS, { ids, docId: docId ?? null });
      return new Map(rows.map((r) => [r.id, Number(r.n)]));
    },
    async topMentioned(limit, docId) {
      const rows = await read<{ id: string; n: number }>(TOP, {
        docId: docId ?? null,
        limit: neo4j.int(Math.max(0, Math.floor(limit))),
      });
      return rows.map((r) => [r.id, Number(r.n)]);
    },
    relationsTouching: (ids, docId) => rels(TOUCHING, ids, docId),
    relationsAmong: (ids, docId) => rels(AMONG, ids, docId),
    async concepts(ids) {
      const rows = await read<{ id: string; name: string; type: string }>(LABELS, { ids });
      return new Map(rows.map((r) => [r.id, { name: r.name, type: r.type }]));
    },
  };
}
