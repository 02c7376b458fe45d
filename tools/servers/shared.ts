import { startNeo4j } from './neo4j.js';

/** Set by tools/servers/global-setup.ts (or by CI pointing at its own server). */
export const SHARED_NEO4J_ENV = 'OSMOSE_TEST_NEO4J_URL';

/**
 * The Neo4j a test file should use: the shared one when the global setup (or CI) provides
 * `OSMOSE_TEST_NEO4J_URL`, otherwise a server started for this file. `stop()` only stops a server
 * this call started. Files sharing one server must not run their Neo4j tests concurrently with
 * destructive cleanup; the adapter tests clear the database in `beforeEach`.
 */
export async function sharedNeo4jUrl(): Promise<{
  url: string;
  stop(): Promise<void>;
  startedHere: boolean;
}> {
  const url = process.env[SHARED_NEO4J_ENV];
  if (url) return { url, stop: async () => {}, startedHere: false };
  const server = await startNeo4j();
  return { url: server.url, stop: server.stop, startedHere: true };
}
