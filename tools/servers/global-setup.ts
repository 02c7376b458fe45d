/**
 * vitest globalSetup: one Neo4j and one Redis for the whole run, exposed to test files through
 * OSMOSE_TEST_NEO4J_URL and OSMOSE_TEST_REDIS_URL (forked workers inherit the environment).
 * Already-set variables win (CI may provide its own servers). Wire it with
 * `test.globalSetup: ['tools/servers/global-setup.ts']` in vitest.config.ts.
 */
import { startNeo4j } from './neo4j.js';
import { startRedis } from './redis.js';

export async function setup(): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  const started = await Promise.allSettled([
    process.env.OSMOSE_TEST_NEO4J_URL ? null : startNeo4j(),
    process.env.OSMOSE_TEST_REDIS_URL ? null : startRedis(),
  ]);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // Stop whatever did start before failing the run.
    await Promise.all(started.map((r) => (r.status === 'fulfilled' && r.value ? r.value.stop() : undefined)));
    throw failed.reason;
  }
  const [neo4j, redis] = started.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    Awaited<ReturnType<typeof startNeo4j>> | null,
    Awaited<ReturnType<typeof startRedis>> | null,
  ];
  if (neo4j) {
    process.env.OSMOSE_TEST_NEO4J_URL = neo4j.url;
    stops.push(neo4j.stop);
    console.log(`[global-setup] Neo4j ${neo4j.neo4jVersion} at ${neo4j.url} (${neo4j.startupMs} ms)`);
  }
  if (redis) {
    process.env.OSMOSE_TEST_REDIS_URL = redis.url;
    stops.push(redis.stop);
    console.log(`[global-setup] Redis at ${redis.url} (${redis.startupMs} ms)`);
  }
  return async () => {
    await Promise.all(stops.map((s) => s()));
  };
}
