/**
 * The graph view (the web app's graph, the MCP neighbours tool) read a neighbourhood at a time from the store's
 * indexes (embedded: the kept counts and the relation indexes; Neo4j: Cypher) must draw exactly what the same walk
 * draws from the whole graph read at once, and both stores must draw the same graph from the same documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { dumpSource, graphView, type GraphViewQuery } from '../../src/graph-view.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import type { GraphStore } from '../../src/ports/store.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { makeGraph } from '../adapters/fixtures.js';

const NAMES = Array.from(
  { length: 30 },
  (_, i) => `Topic ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
);
const decks: DocumentGraph[] = Array.from({ length: 6 }, (_, d) =>
  makeGraph({
    path: `/decks/${d}.pptx`,
    content: `g${d}`,
    slides: 4 + d,
    concepts: NAMES.filter((_, i) => (i * 7 + d) % 4 !== 0),
    mentions: 25 + 5 * d,
    relations: 40,
    chartSlides: [],
  }),
);

async function queries(store: GraphStore): Promise<GraphViewQuery[]> {
  const top = await store.listConcepts({ limit: 100 });
  const docs = (await store.listDocuments!()).map((d) => d.id);
  const qs: GraphViewQuery[] = [
    { depth: 1, limit: 2000 },
    { depth: 1, limit: 5 },
    { document: docs[1], depth: 1, limit: 2000 },
    { document: docs[3], depth: 1, limit: 4 },
    { concept: 'c:not-there', depth: 2, limit: 50 },
  ];
  for (const c of [top[0].id, top[7].id, top[top.length - 1].id])
    for (const [depth, limit] of [
      [0, 50],
      [1, 50],
      [1, 6],
      [2, 12],
      [3, 2000],
    ])
      qs.push({ concept: c, depth, limit });
  qs.push({ concept: top[2].id, document: docs[2], depth: 2, limit: 2000 });
  qs.push({ concept: top[4].id, document: docs[0], depth: 1, limit: 3 });
  return qs;
}

async function compare(store: GraphStore): Promise<Map<string, unknown>> {
  const whole = dumpSource(await store.dumpGraph!());
  const source = store.graphViewSource!();
  const drawn = new Map<string, unknown>();
  for (const q of await queries(store)) {
    const got = await graphView(source, q);
    expect(got, JSON.stringify(q)).toEqual(await graphView(whole, q));
    drawn.set(JSON.stringify(q), got);
  }
  return drawn;
}

let embedded: EmbeddedStore;
let neo: Neo4jGraphStore;
let server: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
let fromEmbedded: Map<string, unknown>;

beforeAll(async () => {
  embedded = openEmbeddedStore(':memory:');
  for (const g of decks) await embedded.graph.writeDocument(g);
}, 60_000);

afterAll(async () => {
  embedded?.close();
  await neo?.close();
  await server?.stop();
});

describe('the graph view read a neighbourhood at a time', () => {
  it('embedded store: the same graph as drawn from the whole graph', async () => {
    fromEmbedded = await compare(embedded.graph);
    const whole = (await graphView(embedded.graph.graphViewSource(), { depth: 1, limit: 2000 })) as {
      nodes: { id: string; mentions: number }[];
      edges: { source: string; target: string; weight: number }[];
    };
    // what the walk promises: every mentioned concept, most mentioned first; edges between drawn nodes only
    const dump = await embedded.graph.dumpGraph();
    expect(whole.nodes.length).toBe(new Set(dump.mentions.map((m) => m.conceptId)).size);
    for (let i = 1; i < whole.nodes.length; i++)
      expect(whole.nodes[i - 1].mentions).toBeGreaterThanOrEqual(whole.nodes[i].mentions);
    const ids = new Set(whole.nodes.map((n) => n.id));
    for (const e of whole.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const weight = (xs: { weight: number }[]) => xs.reduce((a, r) => a + r.weight, 0);
    expect(weight(whole.edges)).toBe(weight(dump.relations));
    // a neighbourhood within its limit, the concept first
    const top = (await embedded.graph.listConcepts({ limit: 1 }))[0].id;
    const near = await graphView(embedded.graph.graphViewSource(), { concept: top, depth: 2, limit: 6 });
    expect(near.nodes[0].id).toBe(top);
    expect(near.nodes.length).toBe(6);
  });

  it('Neo4j: the same graph as drawn from its whole graph, and as the embedded store draws', async () => {
    server = await sharedNeo4jUrl();
    neo = new Neo4jGraphStore({ url: server.url });
    await neo.init();
    await neo.clearAll();
    for (const g of decks) await neo.writeDocument(g);
    const fromNeo = await compare(neo);
    expect([...fromNeo.keys()]).toEqual([...fromEmbedded.keys()]);
    for (const [k, v] of fromNeo) expect(v, k).toEqual(fromEmbedded.get(k));
    await neo.clearAll();
  }, 600_000);
});
