/** `osmose export`: the whole graph as GraphML, Cypher (re-creates it in Neo4j) or JSON. */
import type { GraphDump } from '../ports/store.js';
import { toPropertyGraph, type PropValue, type PropertyGraph } from './export-model.js';

export type ExportFormat = 'graphml' | 'cypher' | 'json';
export const EXPORT_FORMATS: ExportFormat[] = ['graphml', 'cypher', 'json'];

const xmlEscape = (s: string) =>
  s
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
    )
    // characters XML 1.0 forbids (control characters from slide text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function graphmlType(v: PropValue): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

function graphmlValue(v: PropValue): string {
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}

/** GraphML 1.0: typed keys for every property, node label in "labels", edge type in "label". */
export function toGraphml(pg: PropertyGraph): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const keyOf = (kind: 'node' | 'edge', name: string, v: PropValue) => {
    const id = `${kind === 'node' ? 'n' : 'e'}_${name}`;
    const k = keys.get(id);
    const t = graphmlType(v);
    if (!k) keys.set(id, { for: kind, name, type: t });
    else if (k.type !== t)
      k.type =
        k.type === 'long' && t === 'double'
          ? 'double'
          : k.type === 'double' && t === 'long'
            ? 'double'
            : 'string';
    return id;
  };
  const body: string[] = [];
  for (const n of pg.nodes) {
    const data = [`<data key="${keyOf('node', 'labels', ':' + n.label)}">:${n.label}</data>`];
    for (const [k, v] of Object.entries(n.props))
      data.push(`<data key="${keyOf('node', k, v)}">${xmlEscape(graphmlValue(v))}</data>`);
    body.push(`    <node id="${xmlEscape(n.id)}">${data.join('')}</node>`);
  }
  for (const e of pg.edges) {
    const data = [`<data key="${keyOf('edge', 'label', e.type)}">${e.type}</data>`];
    for (const [k, v] of Object.entries(e.props))
      data.push(`<data key="${keyOf('edge', k, v)}">${xmlEscape(graphmlValue(v))}</data>`);
    body.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data.join('')}</edge>`,
    );
  }
  const keyLines = [...keys.entries()].map(
    ([id, k]) => `  <key id="${id}" for="${k.for}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '  <graph id="osmose" edgedefault="directed">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** A Cypher literal: strings single-quoted with escapes, lists, numbers, booleans. */
export function cypherLiteral(v: PropValue): string {
  if (Array.isArray(v)) return '[' + (v as PropValue[]).map(cypherLiteral).join(', ') + ']';
  if (typeof v === 'string')
    return (
      "'" +
      v
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t') +
      "'"
    );
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return v ? 'true' : 'false';
}

const cypherMap = (p: Record<string, PropValue>) =>
  '{' +
  Object.entries(p)
    .map(([k, v]) => `\`${k.replace(/`/g, '')}\`: ${cypherLiteral(v)}`)
    .join(', ') +
  '}';

/** Rows per batched statement: a few hundred keep a statement well under a megabyte. */
const CYPHER_BATCH = 250;

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * Idempotent Cypher (MERGE on ids under uniqueness constraints): running it on an empty Neo4j
 * re-creates the graph, running it twice changes nothing. One statement per line, `;`-terminated.
 * Nodes and relationships go in batches (`UNWIND [rows] AS row MERGE …`), per label and per relationship type
 * between two labels: Neo4j plans each distinct statement text, and one statement per node and edge (literals
 * inline) spent about 15 ms a statement planning, 30 s for four decks.
 */
export function toCypher(pg: PropertyGraph): string {
  const labels = [...new Set(pg.nodes.map((n) => n.label))].sort();
  const out: string[] = [
    '// OSMOSE graph export: run with cypher-shell (or any driver), one statement per line',
  ];
  for (const l of labels)
    out.push(
      `CREATE CONSTRAINT osm_export_${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE;`,
    );
  for (const l of labels)
    for (const batch of chunks(
      pg.nodes.filter((n) => n.label === l),
      CYPHER_BATCH,
    ))
      out.push(
        `UNWIND [${batch.map((n) => `{id: ${cypherLiteral(n.id)}, props: ${cypherMap(n.props)}}`).join(', ')}] AS row ` +
          `MERGE (n:${l} {id: row.id}) SET n += row.props;`,
      );
  const labelOf = new Map(pg.nodes.map((n) => [n.id, n.label]));
  // relationships grouped by their type and the labels at both ends (first seen first), in their order
  const groups = new Map<string, PropertyGraph['edges']>();
  for (const e of pg.edges) {
    const k = `${labelOf.get(e.source)}|${e.type}|${labelOf.get(e.target)}`;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  for (const [k, edges] of groups) {
    const [from, type, to] = k.split('|');
    for (const batch of chunks(edges, CYPHER_BATCH)) {
      const rows = batch.map((e) => {
        const { id: _ignored, ...rest } = e.props;
        return `{s: ${cypherLiteral(e.source)}, t: ${cypherLiteral(e.target)}, id: ${cypherLiteral(e.id)}, props: ${cypherMap(rest)}}`;
      });
      out.push(
        `UNWIND [${rows.join(', ')}] AS row MATCH (a:${from} {id: row.s}), (b:${to} {id: row.t}) ` +
          `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props;`,
      );
    }
  }
  return out.join('\n') + '\n';
}

export function exportGraph(dump: GraphDump, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(dump, null, 2) + '\n';
  const pg = toPropertyGraph(dump);
  return format === 'graphml' ? toGraphml(pg) : toCypher(pg);
}
