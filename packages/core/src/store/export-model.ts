/** The exported property graph: nodes and edges with labels, built from a GraphDump (any backend). */
import type { GraphDump } from '../ports/store.js';

export type PropValue = string | number | boolean | string[] | number[];

export interface ExportNode {
  id: string;
  label: 'Document' | 'Slide' | 'Topic' | 'Concept' | 'ChartFact';
  props: Record<string, PropValue>;
}

export interface ExportEdge {
  id: string;
  type: 'HAS_SLIDE' | 'HAS_TOPIC' | 'IN_TOPIC' | 'MENTIONED_IN' | 'RELATED' | 'HAS_FACT' | 'ABOUT';
  source: string;
  target: string;
  props: Record<string, PropValue>;
}

export interface PropertyGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Drops nulls/undefined (absent properties) and keeps plain values. */
function props(o: Record<string, unknown>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) out[k] = v.every((x) => typeof x === 'number') ? (v as number[]) : v.map(String);
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else out[k] = v as string | number | boolean;
  }
  return out;
}

/**
 * Documents, slides, topics, concepts and chart facts as nodes; mentions as MENTIONED_IN edges from
 * concept to slide (with shape, layer, span, surface, sentence and the originally named concept),
 * concept relations as RELATED edges (type, weight, document), chart facts linked to their slide and concepts.
 */
export function toPropertyGraph(d: GraphDump): PropertyGraph {
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  for (const doc of d.documents) nodes.push({ id: doc.id, label: 'Document', props: props({ ...doc }) });
  for (const s of d.slides) {
    const { docId, ...rest } = s;
    nodes.push({ id: s.id, label: 'Slide', props: props({ ...rest, docId }) });
    edges.push({
      id: `${docId}>${s.id}`,
      type: 'HAS_SLIDE',
      source: docId,
      target: s.id,
      props: { index: s.index },
    });
    if (s.topicId)
      edges.push({
        id: `${s.id}>${s.topicId}`,
        type: 'IN_TOPIC',
        source: s.id,
        target: s.topicId,
        props: {},
      });
  }
  for (const t of d.topics) {
    nodes.push({ id: t.id, label: 'Topic', props: props({ ...t }) });
    edges.push({ id: `${t.docId}>${t.id}`, type: 'HAS_TOPIC', source: t.docId, target: t.id, props: {} });
  }
  for (const c of d.concepts) nodes.push({ id: c.id, label: 'Concept', props: props({ ...c }) });
  for (const m of d.mentions) {
    const { conceptId, slideId, ...rest } = m;
    edges.push({ id: m.id, type: 'MENTIONED_IN', source: conceptId, target: slideId, props: props(rest) });
  }
  for (const r of d.relations)
    edges.push({
      id: r.id,
      type: 'RELATED',
      source: r.source,
      target: r.target,
      props: props({ id: r.id, type: r.type, weight: r.weight, docId: r.docId }),
    });
  for (const f of d.chartFacts) {
    const { conceptIds, ...rest } = f;
    nodes.push({ id: f.id, label: 'ChartFact', props: props({ ...rest, conceptIds }) });
    edges.push({ id: `${f.slideId}>${f.id}`, type: 'HAS_FACT', source: f.slideId, target: f.id, props: {} });
    for (const c of conceptIds)
      edges.push({ id: `${f.id}>${c}`, type: 'ABOUT', source: f.id, target: c, props: {} });
  }
  // an edge to a node that is not in the dump (a dangling id) would make the export invalid: drop it
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
