/** A bounded neighbourhood of the graph for drawing: nodes (concepts) and weighted edges (relations). */
import type { GraphDump } from '@osmose/core';

export interface GraphView {
  nodes: { id: string; name: string; type: string; mentions: number }[];
  edges: { source: string; target: string; weight: number; type: string }[];
}

export function graphView(
  dump: GraphDump,
  q: { concept?: string; document?: string; depth: number; limit: number },
): GraphView {
  const mentions = new Map<string, number>();
  for (const m of dump.mentions)
    if (!q.document || m.docId === q.document)
      mentions.set(m.conceptId, (mentions.get(m.conceptId) ?? 0) + 1);
  // one edge per pair and type, weights summed over documents
  const edges = new Map<string, GraphView['edges'][number]>();
  for (const r of dump.relations) {
    if (q.document && r.docId !== q.document) continue;
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const k = `${a}|${b}|${r.type}`;
    const e = edges.get(k);
    if (e) e.weight += r.weight;
    else edges.set(k, { source: r.source, target: r.target, weight: r.weight, type: r.type });
  }
  let keep: Set<string>;
  if (q.concept) {
    const adj = new Map<string, Set<string>>();
    for (const e of edges.values()) {
      (adj.get(e.source) ?? adj.set(e.source, new Set()).get(e.source)!).add(e.target);
      (adj.get(e.target) ?? adj.set(e.target, new Set()).get(e.target)!).add(e.source);
    }
    keep = new Set([q.concept]);
    let frontier = [q.concept];
    for (let d = 0; d < q.depth && frontier.length && keep.size < q.limit; d++) {
      const next: string[] = [];
      // strongest neighbours first, so a limit keeps what matters
      for (const id of frontier)
        for (const n of [...(adj.get(id) ?? [])].sort(
          (x, y) => (mentions.get(y) ?? 0) - (mentions.get(x) ?? 0),
        ))
          if (!keep.has(n) && keep.size < q.limit) {
            keep.add(n);
            next.push(n);
          }
      frontier = next;
    }
  } else {
    keep = new Set(
      [...mentions.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, q.limit)
        .map(([id]) => id),
    );
  }
  const byId = new Map(dump.concepts.map((c) => [c.id, c]));
  const nodes = [...keep]
    .filter((id) => byId.has(id))
    .map((id) => ({
      id,
      name: byId.get(id)!.name,
      type: byId.get(id)!.type,
      mentions: mentions.get(id) ?? 0,
    }));
  const present = new Set(nodes.map((n) => n.id));
  return { nodes, edges: [...edges.values()].filter((e) => present.has(e.source) && present.has(e.target)) };
}
