/**
 * Runs a command with a real Neo4j, Redis and Qdrant started for it, their URLs in OSMOSE_GRAPH_URL,
 * OSMOSE_CACHE_URL and OSMOSE_VECTORS_URL (plus OSMOSE_TEST_NEO4J_URL / _REDIS_URL / _QDRANT_URL), and
 * stops them afterwards. Qdrant is started only when a binary is found (tools/servers/qdrant.ts).
 *   npx tsx tools/servers/with-servers.ts [--no-neo4j] [--no-redis] [--no-qdrant] -- <command> [args…]
 * Exits with the command's exit code.
 */
import { spawn } from 'node:child_process';
import { startNeo4j } from './neo4j.js';
import { startRedis } from './redis.js';
import { findQdrantBinary, startQdrant } from './qdrant.js';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const flags = sep >= 0 ? argv.slice(0, sep) : [];
const cmd = sep >= 0 ? argv.slice(sep + 1) : argv;
if (cmd.length === 0) {
  console.error('usage: with-servers.ts [--no-neo4j] [--no-redis] [--no-qdrant] -- <command> [args…]');
  process.exit(2);
}
const neo4j = flags.includes('--no-neo4j') ? null : await startNeo4j();
const redis = flags.includes('--no-redis')
  ? null
  : await startRedis().catch(async (e) => {
      await neo4j?.stop();
      throw e;
    });
const qbin = flags.includes('--no-qdrant') ? null : findQdrantBinary();
if (qbin && !qbin.bin)
  console.error(`[with-servers] no Qdrant (searched ${qbin.searched.join(', ')}): vectors stay embedded`);
const qdrant = qbin?.bin
  ? await startQdrant({ bin: qbin.bin }).catch(async (e) => {
      await Promise.all([neo4j?.stop(), redis?.stop()]);
      throw e;
    })
  : null;
const env = { ...process.env };
if (qdrant) {
  env.OSMOSE_VECTORS_URL = env.OSMOSE_TEST_QDRANT_URL = qdrant.url;
  console.error(`[with-servers] ${qdrant.version} at ${qdrant.url} (started in ${qdrant.startupMs} ms)`);
}
if (neo4j) {
  env.OSMOSE_GRAPH_URL = env.OSMOSE_TEST_NEO4J_URL = neo4j.url;
  console.error(
    `[with-servers] Neo4j ${neo4j.neo4jVersion} at ${neo4j.url} (started in ${neo4j.startupMs} ms)`,
  );
}
if (redis) {
  env.OSMOSE_CACHE_URL = env.OSMOSE_TEST_REDIS_URL = redis.url;
  console.error(`[with-servers] Redis at ${redis.url} (started in ${redis.startupMs} ms)`);
}
const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env, shell: cmd.length === 1 });
const code: number = await new Promise((resolve) => {
  child.once('exit', (c, sig) => resolve(c ?? (sig ? 128 : 1)));
  child.once('error', (e) => {
    console.error(`[with-servers] ${e.message}`);
    resolve(127);
  });
});
await Promise.all([neo4j?.stop(), redis?.stop(), qdrant?.stop()]);
process.exit(code);
