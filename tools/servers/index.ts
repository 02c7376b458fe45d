export { freePort } from './free-port.js';
export { startNeo4j, ensureNeo4jLauncher, type Neo4jServer, type StartNeo4jOptions } from './neo4j.js';
export { startRedis, type RedisServer } from './redis.js';
export { sharedNeo4jUrl, SHARED_NEO4J_ENV } from './shared.js';
