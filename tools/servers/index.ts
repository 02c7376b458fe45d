export { freePort } from './free-port.js';
export { startNeo4j, ensureNeo4jLauncher, type Neo4jServer, type StartNeo4jOptions } from './neo4j.js';
export { startRedis, type RedisServer } from './redis.js';
export { startQdrant, findQdrantBinary, type QdrantServer, type StartQdrantOptions } from './qdrant.js';
export { startCoordinator, COORDINATOR_ENV, SERVER_URL_ENV, type ServerName } from './coordinator.js';
export { leaseServers, sharedNeo4jUrl, sharedRedisUrl, sharedQdrant, SHARED_NEO4J_ENV } from './shared.js';
