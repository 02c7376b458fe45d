/**
 * A bounded neighbourhood of the graph for drawing (the web app's graph, the MCP neighbours tool): nodes (concepts)
 * and weighted edges (relations, one per pair and type, weights summed over documents).
 *
 * - `concept`: the concept, then breadth first up to `depth` hops, each node's neighbours most mentioned first
 *   (ties by id), until `limit` nodes;
 * - otherwise the `limit` most mentioned concepts (ties by id);
 * - `document` restricts mentions and relations to one deck.
 *
 * The walk reads only what it needs through a GraphViewSource: a store that has one (the embedded store) answers from
 * its indexes; any other store is read whole once (`dumpSource`).
 */
import type { GraphDump, GraphViewSource } from './ports/store.js';
import type { RelationRecord } from './model/graph.js';

export type { GraphViewSource, ViewRelation } from './ports/store.js';

export interface GraphView {
  nodes: { id: string; name: string; type: string; mentions: number }[];
  edges: { source: string; target: string; weight: number; type: string }[];
}

export interface GraphViewQuery {
  concept?: string;
  document?: string;
  depth: number;
  limit: number;
}

const byMentions = (counts: Map<string, number>) => (a: string, b: string) =>
  (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

export async function graphView(src: GraphViewSource, q: GraphViewQuery): Promise<GraphView> {
  const doc = q.document || undefined;
  let keep: Set<string>;
  if (q.concept) {
    keep = new Set([q.concept]);
    let frontier = [q.concept];
    for (let d = 0; d < q.depth && frontier.length && keep.size < q.limit; d++) {
      const adj = new Map<string, Set<string>>();
      const add = (a: string, b: string) => {
        let s = adj.get(a);
        if (!s) adj.set(a, (s = new Set()));
        s.add(b);
      };
      for (const r of await src.relationsTouching(frontier, doc)) {
        add(r.source, r.target);
        add(r.target, r.source);
      }
      const candidates = new Set<string>();
      for (const id of frontier) for (const n of adj.get(id) ?? []) if (!keep.has(n)) candidates.add(n);
      const counts = await src.mentionCounts([...candidates], doc);
      const next: string[] = [];
      for (const id of frontier)
        for (const n of [...(adj.get(id) ?? [])].sort(byMentions(counts)))
          if (!keep.has(n) && keep.size < q.limit) {
            keep.add(n);
            next.push(n);
          }
      frontier = next;
    }
  } else {
    keep = new Set((await src.topMentioned(q.limit, doc)).map(([id]) => id));
  }
  const ids = [...keep];
  const [labels, counts] = await Promise.all([src.concepts(ids), src.mentionCounts(ids, doc)]);
  const nodes = ids
    .filter((id) => labels.has(id))
    .map((id) => ({
      id,
      name: labels.get(id)!.name,
      type: labels.get(id)!.type,
      mentions: counts.get(id) ?? 0,
    }));
  const present = nodes.map((n) => n.id);
  const edges = new Map<string, GraphView['edges'][number]>();
  for (const r of present.length ? await src.relationsAmong(present, doc) : []) {
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const k = `${a}|${b}|${r.type}`;
    const e = edges.get(k);
    if (e) e.weight += r.weight;
    else edges.set(k, { source: r.source, target: r.target, weight: r.weight, type: r.type });
  }
  return { nodes, edges: [...edges.values()] };
}

/** The same questions answered from a whole graph read once (stores without a source of their own). */
export function dumpSource(dump: GraphDump): GraphViewSource {
  const countsFor = (docId?: string) => {
    const m = new Map<string, number>();
    for (const x of dump.mentions)
      if (!docId || x.docId === docId) m.set(x.conceptId, (m.get(x.conceptId) ?? 0) + 1);
    return m;
  };
  // both dumps list relations by (document, relation id)
  const rels = (docId: string | undefined, keep: (r: RelationRecord) => boolean) =>
    dump.relations.filter((r) => (!docId || r.docId === docId) && keep(r));
  const byId = new Map(dump.concepts.map((c) => [c.id, c]));
  return {
    async mentionCounts(ids, docId) {
      const all = countsFor(docId);
      const out = new Map<string, number>();
      for (const id of ids) if (all.has(id)) out.set(id, all.get(id)!);
      return out;
    },
    async topMentioned(limit, docId) {
      const all = countsFor(docId);
      return [...all.keys()]
        .sort(byMentions(all))
        .slice(0, limit)
        .map((id) => [id, all.get(id)!] as [string, number]);
    },
    async relationsTouching(ids, docId) {
      const s = new Set(ids);
      return rels(docId, (r) => s.has(r.source) || s.has(r.target));
    },
    async relationsAmong(ids, docId) {
      const s = new Set(ids);
      return rels(docId, (r) => s.has(r.source) && s.has(r.target));
    },
    async concepts(ids) {
      const out = new Map<string, { name: string; type: string }>();
      for (const id of ids) {
        const c = byId.get(id);
        if (c) out.set(id, { name: c.name, type: c.type });
      }
      return out;
    },
  };
}
