import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, ingestFiles, openBackends, type Backends } from '../../src/index.js';
import type { GraphDump } from '../../src/ports/store.js';
import { toPropertyGraph } from '../../src/store/export-model.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { osmose } from '../helpers/cli.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';
import { DECK_A, DECK_B, makeDeck } from '../resolve/make-decks.js';

const stages = { summariserKey: 'text-v1', embedder: null };
let dir: string;
let store: string;
let dump: GraphDump;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'osmose-export-'));
  store = join(dir, 'store');
  await makeDeck(join(dir, 'a.pptx'), DECK_A);
  await makeDeck(join(dir, 'b.pptx'), DECK_B);
  const files = [
    join(dir, 'a.pptx'),
    join(dir, 'b.pptx'),
    ...(HAS_CORPUS
      ? [corpusPath('apache__poi/bar-chart.pptx'), corpusPath('OWASP__Top10/OWASP Top 10-2017 (en).pptx')]
      : []),
  ];
  const b: Backends = await openBackends({ storeDir: store });
  try {
    await ingestFiles(files, { backends: b, stages });
    dump = await b.graph.dumpGraph!();
  } finally {
    await b.close();
  }
});

/** Parses XML with saxes (a conforming, non-validating parser) and counts elements and their attributes. */
function parseXml(xml: string) {
  const p = new SaxesParser({ xmlns: true });
  const counts: Record<string, number> = {};
  const keys = new Map<string, string>();
  const dataKeys = new Set<string>();
  const edgeEnds: [string, string][] = [];
  const nodeIds = new Set<string>();
  p.on('opentag', (t) => {
    counts[t.local] = (counts[t.local] ?? 0) + 1;
    const a = (n: string) => (t.attributes[n] as { value: string } | undefined)?.value ?? '';
    if (t.local === 'key') keys.set(a('id'), a('attr.type'));
    if (t.local === 'data') dataKeys.add(a('key'));
    if (t.local === 'node') nodeIds.add(a('id'));
    if (t.local === 'edge') edgeEnds.push([a('source'), a('target')]);
  });
  p.write(xml).close();
  return { counts, keys, dataKeys, edgeEnds, nodeIds };
}

describe('osmose export', () => {
  it('GraphML is well-formed, declares every key it uses, and holds every node and edge', () => {
    const r = osmose(['export', '--format', 'graphml', '--out', join(dir, 'g.graphml'), '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const x = parseXml(readFileSync(join(dir, 'g.graphml'), 'utf8'));
    const pg = toPropertyGraph(dump);
    expect(x.counts.graphml).toBe(1);
    expect(x.counts.node).toBe(pg.nodes.length);
    expect(x.counts.edge).toBe(pg.edges.length);
    expect(x.counts.node).toBe(
      dump.documents.length +
        dump.slides.length +
        dump.topics.length +
        dump.concepts.length +
        dump.chartFacts.length,
    );
    for (const k of x.dataKeys) expect(x.keys.has(k), k).toBe(true);
    for (const [s, t] of x.edgeEnds) expect(x.nodeIds.has(s) && x.nodeIds.has(t)).toBe(true);
    // every mention is an edge
    expect(pg.edges.filter((e) => e.type === 'MENTIONED_IN')).toHaveLength(dump.mentions.length);
  });

  it('JSON parses back to the dump', () => {
    const r = osmose(['export', '--format', 'json', '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const back = JSON.parse(r.stdout) as GraphDump;
    expect(back.concepts).toEqual(dump.concepts);
    expect(back.mentions.length).toBe(dump.mentions.length);
    expect(back.chartFacts).toEqual(dump.chartFacts);
  });

  it('an unknown format is a typed error', () => {
    const r = osmose(['export', '--format', 'dot', '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('OSM_CONFIG_INVALID');
  });

  it('an --out it cannot write is a typed error, and an existing file is replaced whole or kept', () => {
    const cases: [string, RegExp][] = [
      [
        join(dir, 'no-such-folder', 'g.json'),
        /OSM_OUTPUT_WRITE_FAILED: Cannot write .*g\.json: the folder .* does not exist\./,
      ],
      [dir, /OSM_OUTPUT_WRITE_FAILED: Cannot write .*: it is a folder\./],
    ];
    for (const [out, msg] of cases) {
      const r = osmose(['export', '--format', 'json', '--out', out, '--store', store]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toContain('OSM_INTERNAL');
    }
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'previous');
    const ok = osmose(['export', '--format', 'json', '--out', out, '--store', store]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents.length).toBe(dump.documents.length);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('Cypher export on a real Neo4j', () => {
  let server: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
  beforeAll(async () => {
    server = await sharedNeo4jUrl(); // the run's Neo4j, emptied and held by this file
  }, 600_000);
  afterAll(async () => server?.stop());

  it('re-creates the graph (same node and relationship counts, per label and type), and running it twice changes nothing', async () => {
    const cypher = exportGraph(dump, 'cypher');
    const statements = cypher.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
    const driver = neo4j.driver(server.url);
    try {
      const run = async () => {
        for (const st of statements.filter((s) => s.startsWith('CREATE CONSTRAINT')))
          await driver.executeQuery(st);
        const session = driver.session();
        try {
          // (pipelined: every statement is sent before the first answer is awaited; one round trip per statement
          // made this the longest test of the suite on a loaded machine)
          await session.executeWrite(async (tx) => {
            await Promise.all(
              statements.filter((s) => !s.startsWith('CREATE CONSTRAINT')).map((st) => tx.run(st)),
            );
          });
        } finally {
          await session.close();
        }
      };
      const counts = async () => {
        const n = await driver.executeQuery('MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c ORDER BY l');
        const r = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
        return {
          nodes: Object.fromEntries(n.records.map((x) => [x.get('l'), Number(x.get('c'))])),
          rels: Object.fromEntries(r.records.map((x) => [x.get('t'), Number(x.get('c'))])),
        };
      };
      await run();
      const pg = toPropertyGraph(dump);
      const tally = <T>(xs: T[], k: (x: T) => string) =>
        xs.reduce<Record<string, number>>((a, x) => ((a[k(x)] = (a[k(x)] ?? 0) + 1), a), {});
      const expected = { nodes: tally(pg.nodes, (n) => n.label), rels: tally(pg.edges, (e) => e.type) };
      expect(await counts()).toEqual(expected);
      expect(expected.rels.MENTIONED_IN).toBe(dump.mentions.length);
      await run();
      expect(await counts()).toEqual(expected);
      // a property round-trips: the GDPR concept, its aliases, and its mentions with their original concept
      const g = await driver.executeQuery(
        "MATCH (c:Concept)-[m:MENTIONED_IN]->(s:Slide) WHERE 'GDPR' IN c.aliases RETURN c.id AS id, c.name AS name, count(m) AS n, collect(DISTINCT m.originalConceptId) AS orig",
      );
      expect(g.records[0].get('name')).toBe('General Data Protection Regulation');
      expect(g.records).toHaveLength(1);
      const id = g.records[0].get('id') as string;
      expect(Number(g.records[0].get('n'))).toBe(dump.mentions.filter((m) => m.conceptId === id).length);
      expect(g.records[0].get('orig')).toEqual(['c:gdpr']);
    } finally {
      await driver.close();
    }
  }, 300_000);
});
