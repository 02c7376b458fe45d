/**
 * vitest globalSetup (listed in the root vitest.config.ts): starts the test-server coordinator and
 * exposes its address to the test workers (OSMOSE_TEST_SERVERS; forked workers inherit the
 * environment). Nothing else starts here: one Neo4j, one Redis and one Qdrant are started for the
 * whole run, each on the first test file that asks (tools/servers/shared.ts), and stopped at the end.
 * Servers given in OSMOSE_TEST_NEO4J_URL / OSMOSE_TEST_REDIS_URL / OSMOSE_TEST_QDRANT_URL (or
 * QDRANT_URL) are used instead of starting one.
 */
import { COORDINATOR_ENV, startCoordinator } from './coordinator.js';

export async function setup(): Promise<() => Promise<void>> {
  const coordinator = await startCoordinator();
  process.env[COORDINATOR_ENV] = coordinator.address;
  return async () => {
    const t0 = performance.now();
    const started = coordinator.started();
    await coordinator.close();
    if (started.length)
      console.log(`[servers] stopped ${started.join(', ')} (${Math.round(performance.now() - t0)} ms)`);
  };
}
