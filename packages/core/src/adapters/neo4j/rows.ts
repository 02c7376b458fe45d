import type { ConceptRecord, DocumentGraph } from '../../model/graph.js';
import type { WriteKind } from './cypher.js';
import { upsertConcept } from '../../concepts/upsert.js';

export type Row = Record<string, unknown>;

/** What is already stored for a concept (read inside the write transaction). */
export interface StoredConcept {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  definition: string | null;
  confidence: number;
}

export { mergeAliases } from '../../concepts/upsert.js';

/** The upsert rule shared with the embedded store (concepts/upsert.ts). */
export function conceptRow(c: ConceptRecord, prev: StoredConcept | undefined): Row {
  return { id: c.id, ...upsertConcept(prev, c) };
}

/** The rows of every write statement, in dependency order (parents before children). */
export function documentRows(g: DocumentGraph, stored: Map<string, StoredConcept>): [WriteKind, Row[]][] {
  const slideIdByIndex = new Map(g.slides.map((s) => [s.index, s.id]));
  const charts = new Map<string, Row>();
  const series = new Map<string, Row>();
  const points: Row[] = [];
  g.chartFacts.forEach((f, ord) => {
    if (!charts.has(f.chartId))
      charts.set(f.chartId, { id: f.chartId, docId: f.docId, slideId: f.slideId, title: f.chartTitle });
    const seriesId = `${f.chartId}|${f.series}`;
    if (!series.has(seriesId))
      series.set(seriesId, { id: seriesId, chartId: f.chartId, docId: f.docId, name: f.series });
    points.push({
      id: f.id,
      seriesId,
      docId: f.docId,
      category: f.category,
      value: f.value,
      unit: f.unit,
      ord,
      conceptIds: f.conceptIds,
      originalConceptIds: f.originalConceptIds ?? null,
    });
  });
  return [
    ['document', [{ ...g.document }]],
    [
      'slides',
      g.slides.map((s) => ({ ...s, summaryReason: s.summaryReason ?? null, topicId: s.topicId ?? null })),
    ],
    ['textBlocks', g.textBlocks.map((b) => ({ ...b }))],
    [
      'topics',
      g.topics.map((t) => ({
        ...t,
        slideIds: t.slideIndices.map((i) => slideIdByIndex.get(i)).filter((x): x is string => !!x),
      })),
    ],
    ['concepts', g.concepts.map((c) => conceptRow(c, stored.get(c.id)))],
    ['mentions', g.mentions.map((m) => ({ ...m, originalConceptId: m.originalConceptId ?? null }))],
    [
      'relations',
      g.relations.map((r) => ({
        ...r,
        originalSource: r.originalSource ?? null,
        originalTarget: r.originalTarget ?? null,
      })),
    ],
    ['charts', [...charts.values()]],
    ['series', [...series.values()]],
    ['points', points],
    ['merges', (g.merges ?? []).map((m) => ({ ...m, snapshot: JSON.stringify(m.snapshot) }))],
  ];
}

/** Nodes and relationships one document occupies in this model (for WriteStats and the benchmark). */
export function modelSize(rows: [WriteKind, Row[]][]): { nodes: number; relationships: number } {
  let nodes = 0;
  let relationships = 0;
  for (const [kind, rs] of rows) {
    switch (kind) {
      case 'document':
      case 'concepts':
      case 'merges':
        nodes += rs.length;
        break;
      case 'mentions':
      case 'relations':
        relationships += rs.length;
        break;
      case 'topics':
        nodes += rs.length;
        relationships += rs.reduce((n, r) => n + 1 + (r.slideIds as string[]).length, 0);
        break;
      case 'points':
        nodes += rs.length;
        relationships += rs.reduce((n, r) => n + 1 + (r.conceptIds as string[]).length, 0);
        break;
      default: // slides, textBlocks, charts, series: one node + one parent link each
        nodes += rs.length;
        relationships += rs.length;
    }
  }
  return { nodes, relationships };
}

export function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
