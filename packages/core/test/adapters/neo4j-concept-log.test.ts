/**
 * The concept change log in a real Neo4j 5.26: every transaction that writes or removes concepts stamps a sequence
 * number on them (tombstones for the removed), and entity resolution's name index follows it instead of reading
 * every concept over Bolt for each document.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { CONCEPT_LOG } from '../../src/adapters/neo4j/cypher.js';
import { Neo4jGraphStore } from '../../src/adapters/neo4j/neo4j-graph-store.js';
import { resolveStage } from '../../src/resolve/resolve-stage.js';
import { sharedNeo4jUrl } from '../../../../tools/servers/shared.js';
import { graph, mergesOf, readWhole, resolveStream } from '../resolve/name-index-fixtures.js';

let server: Awaited<ReturnType<typeof sharedNeo4jUrl>>;
let writer: Neo4jGraphStore;
let resolver: Neo4jGraphStore;

beforeAll(async () => {
  server = await sharedNeo4jUrl();
  // two drivers: a worker that resolves, another process that writes
  writer = new Neo4jGraphStore({ url: server.url });
  resolver = new Neo4jGraphStore({ url: server.url });
  await writer.init();
}, 600_000); // may wait for another file's Neo4j lease

afterAll(async () => {
  await writer?.close();
  await resolver?.close();
  await server?.stop();
});

beforeEach(async () => {
  await writer.clearAll();
});

const ids = (xs: { id: string }[]) => xs.map((c) => c.id).sort();

describe('concept change log (real Neo4j)', { timeout: 300_000 }, () => {
  it('reports every concept first, then what writes, deletes and unmerges changed, and everything once the database was emptied', async () => {
    await writer.writeDocument(
      graph('d1', [
        ['Alpha Platform', 'ENTITY'],
        ['Beta Service', 'ENTITY'],
      ]),
    );
    const all = await resolver.conceptChanges(null);
    expect(all.full).toBe(true);
    expect(ids(all.concepts)).toEqual(['c:alpha-platform', 'c:beta-service']);
    expect(await resolver.conceptChanges(all.token)).toEqual({
      token: all.token,
      full: false,
      concepts: [],
      removed: [],
      total: 2,
    });

    await writer.writeDocument(graph('d2', [['Gamma Cluster', 'ENTITY']]));
    await writer.deleteDocument('doc:d1');
    const some = await resolver.conceptChanges(all.token);
    expect(some.full).toBe(false);
    expect(ids(some.concepts)).toEqual(['c:gamma-cluster']);
    expect(some.removed.sort()).toEqual(['c:alpha-platform', 'c:beta-service']);

    // old tombstones swept (every 256 transactions, those 20,000 behind): a reader from before them reads everything
    const now = some.token;
    await writer.driver.executeQuery(CONCEPT_LOG.prune, { floor: neo4j.int(now) });
    const left = await writer.driver.executeQuery('MATCH (t:ConceptTombstone) RETURN count(t) AS n');
    expect(left.records[0].get('n')).toBe(0);
    expect((await resolver.conceptChanges(all.token)).full).toBe(true);
    expect((await resolver.conceptChanges(now)).full).toBe(false);
    // (never lowered: a floor below the one set stays above it)
    await writer.driver.executeQuery(CONCEPT_LOG.prune, { floor: neo4j.int(now - 50_000) });
    expect((await resolver.conceptChanges(all.token)).full).toBe(true);

    // a merge undone: both concepts change
    await writer.writeDocument(graph('s1', [['ASVS', 'STANDARD']]));
    const s2 = graph('s2', [['ASVS 4.0', 'STANDARD']]);
    const r = await resolveStage(s2, { store: resolver });
    await writer.writeDocument(s2);
    const before = await resolver.conceptChanges(null);
    await writer.unmerge(r.merges[0].id);
    const undone = await resolver.conceptChanges(before.token);
    expect(ids(undone.concepts)).toEqual(['c:asvs', 'c:asvs-4-0']);
    expect(undone.concepts.find((c) => c.id === 'c:asvs')?.aliases).toEqual([]);

    // the database emptied and written again: not a continuation of the old log
    await writer.clearAll();
    await writer.writeDocument(graph('d3', [['Delta Gateway', 'ENTITY']]));
    const fresh = await resolver.conceptChanges(undone.token);
    expect(fresh.full).toBe(true);
    expect(ids(fresh.concepts)).toEqual(['c:delta-gateway']);
  });

  it('a concept written without the log (a writer on an older version) is seen: the count differs, the index starts over', async () => {
    await writer.writeDocument(graph('d1', [['Alpha Platform', 'ENTITY']]));
    await resolveStage(graph('x1', [['Other Thing', 'ENTITY']]), { store: resolver }); // the index is built
    await writer.driver.executeQuery(
      "CREATE (:Concept {id: 'c:omega-hub', name: 'Omega Hub', nameLower: 'omega hub', type: 'ENTITY', aliases: [], confidence: 0.8})",
    );
    const r = await resolveStage(graph('x2', [['omega-hubs', 'ENTITY']]), { store: resolver });
    expect(mergesOf(r)).toEqual({ 'c:omega-hubs': 'c:omega-hub (normalised)' });
  });

  it('the bookkeeping nodes are not part of the graph', async () => {
    const stats = await writer.writeDocument(graph('d1', [['Alpha Platform', 'ENTITY']]));
    await writer.writeDocument(graph('d1', [['Beta Service', 'ENTITY']])); // a tombstone for Alpha Platform
    expect(await writer.totals()).toEqual({ nodes: stats.nodes, relationships: stats.relationships });
    const dump = await writer.dumpGraph();
    expect(dump.concepts.map((c) => c.id)).toEqual(['c:beta-service']);
  });

  it('resolves a stream of documents exactly as the store read whole for each one does', async () => {
    const cached = await resolveStream(writer, resolver);
    await writer.clearAll();
    const whole = await resolveStream(writer, readWhole(resolver));
    expect(cached.merges).toEqual(whole.merges);
    expect(cached.merges.filter((m) => Object.keys(m).length > 0).length).toBeGreaterThan(10);
    expect(cached.merges[12]['c:legacy-mainframes']).toBeUndefined();
    expect(cached.log.some((m) => m.undone)).toBe(true);
    expect(cached.log).toEqual(whole.log);
    // (the dump's order of mentions within a slide is Neo4j's: compared by id)
    const sorted = (d: typeof cached.dump) =>
      Object.entries(d).map(([k, xs]) => [k, (xs as { id: string }[]).map((x) => JSON.stringify(x)).sort()]);
    expect(sorted(cached.dump)).toEqual(sorted(whole.dump));
    // and the index follows the other driver's writes: a plural of a name written there merges into it
    await writer.writeDocument(graph('late', [['Zeta Gateway', 'ENTITY']]));
    const r = await resolveStage(graph('later', [['zeta-gateways', 'ENTITY']]), { store: resolver });
    expect(mergesOf(r)).toEqual({ 'c:zeta-gateways': 'c:zeta-gateway (normalised)' });
  });
});
