/**
 * Where the time of one Neo4j document write goes, statement by statement (the store's onStatement
 * hook): writes the synthetic 250-slide graph N times into one database (run 0 fresh, then re-writes
 * of the same document id) and prints per-phase milliseconds.
 *   npx tsx bench/graph/profile.ts [runs]
 */
import { Neo4jGraphStore } from '../../packages/core/src/adapters/neo4j/neo4j-graph-store.js';
import { makeLargeGraph } from '../../packages/core/test/adapters/fixtures.js';
import { startNeo4j } from '../../tools/servers/neo4j.js';

const runs = Number(process.argv[2] ?? 6);
const server = await startNeo4j({ javaOpts: ['-Xms1g', '-Xmx1g', '-XX:+UseParallelGC'] });
const acc = new Map<string, number>();
const store = new Neo4jGraphStore({
  url: server.url,
  onStatement: (k, _n, ms) => acc.set(k, (acc.get(k) ?? 0) + ms),
});
try {
  await store.init();
  const g = makeLargeGraph();
  for (let i = 0; i < runs; i++) {
    acc.clear();
    const st = await store.writeDocument(g);
    const phases = Object.fromEntries([...acc].map(([k, v]) => [k, Math.round(v)]));
    console.log(`run ${i}: ${Math.round(st.ms)} ms ${JSON.stringify(phases)}`);
  }
} finally {
  await store.close();
  await server.stop();
}
