import type { CachePort } from '../ports/cache.js';
import type { GraphStore, VectorStore } from '../ports/store.js';
import { OsmoseError } from '../errors.js';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store.js';
import { QdrantVectorStore } from './qdrant/qdrant-vector-store.js';
import { RedisCache } from './redis/redis-cache.js';

export interface BackendUrls {
  /** neo4j://user:pass@host:7687 or bolt://… (default env OSMOSE_GRAPH_URL). */
  graph?: string;
  /** http(s)://host:6333 of a Qdrant server (default env OSMOSE_VECTORS_URL, then QDRANT_URL). */
  vectors?: string;
  /** redis://host:6379 (default env OSMOSE_CACHE_URL, then REDIS_URL). */
  cache?: string;
  /** TTL seconds per cache namespace (default env OSMOSE_CACHE_TTL_LLM / OSMOSE_CACHE_TTL_VISION, else 30 days). */
  cacheTtls?: Record<string, number>;
  /** Read the environment variables above for parts not given (default true; the engine passes false). */
  useEnv?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Credentials used when a URL carries none (from the resolved configuration). */
  credentials?: { neo4jUser?: string; neo4jPassword?: string; qdrantApiKey?: string };
}

export interface ExternalBackends {
  graph: GraphStore | null;
  vectors: VectorStore | null;
  cache: CachePort | null;
}

const EMBEDDED = new Set(['', 'embedded', 'sqlite', 'default']);
const scheme = (url: string): string => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';

function pick(value: string | undefined, env: NodeJS.ProcessEnv | null, names: string[]): string | undefined {
  if (value !== undefined) return value.trim();
  for (const n of names) if (env?.[n]?.trim()) return env[n]!.trim();
  return undefined;
}

function ttlsFrom(
  env: NodeJS.ProcessEnv | null,
  given: Record<string, number> | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ns, name] of [
    ['llm', 'OSMOSE_CACHE_TTL_LLM'],
    ['vision', 'OSMOSE_CACHE_TTL_VISION'],
  ] as const) {
    const raw = env?.[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        `${name} must be a positive number of seconds (got "${raw}").`,
      );
    out[ns] = Math.ceil(n);
  }
  return { ...out, ...(given ?? {}) };
}

/**
 * Turns backend URLs into adapter instances (nothing connects yet: call `init()` on the graph store).
 * A part left unset, or set to 'embedded'/'sqlite', is null: the caller then uses the embedded store.
 */
export function createBackends(config: BackendUrls = {}): ExternalBackends {
  const env = config.useEnv === false ? null : (config.env ?? process.env);
  const graphUrl = pick(config.graph, env, ['OSMOSE_GRAPH_URL']);
  const vectorsUrl = pick(config.vectors, env, ['OSMOSE_VECTORS_URL', 'QDRANT_URL']);
  const cacheUrl = pick(config.cache, env, ['OSMOSE_CACHE_URL', 'REDIS_URL']);
  const cred = {
    neo4jUser: config.credentials?.neo4jUser ?? env?.NEO4J_USER ?? env?.NEO4J_USERNAME,
    neo4jPassword: config.credentials?.neo4jPassword ?? env?.NEO4J_PASSWORD,
    qdrantApiKey: config.credentials?.qdrantApiKey ?? env?.QDRANT_API_KEY,
  };
  return {
    graph: graphUrl === undefined || EMBEDDED.has(graphUrl.toLowerCase()) ? null : graphFrom(graphUrl, cred),
    vectors:
      vectorsUrl === undefined || EMBEDDED.has(vectorsUrl.toLowerCase())
        ? null
        : vectorsFrom(vectorsUrl, cred.qdrantApiKey),
    cache:
      cacheUrl === undefined || EMBEDDED.has(cacheUrl.toLowerCase())
        ? null
        : cacheFrom(cacheUrl, ttlsFrom(env, config.cacheTtls)),
  };
}

function graphFrom(url: string, cred: { neo4jUser?: string; neo4jPassword?: string }): GraphStore {
  const s = scheme(url);
  if (s.startsWith('neo4j') || s.startsWith('bolt'))
    return new Neo4jGraphStore({ url, fallback: { user: cred.neo4jUser, password: cred.neo4jPassword } });
  throw new OsmoseError(
    'OSM_CONFIG_INVALID',
    `--graph takes a neo4j:// or bolt:// URL (or "embedded"); got "${s || url}".`,
  );
}

function vectorsFrom(url: string, apiKey: string | undefined): VectorStore {
  const s = scheme(url);
  if (s === 'http' || s === 'https') return new QdrantVectorStore({ url, apiKey });
  if (s === 'qdrant') return new QdrantVectorStore({ url: url.replace(/^qdrant:/i, 'http:'), apiKey });
  throw new OsmoseError(
    'OSM_CONFIG_INVALID',
    `--vectors takes the http(s):// URL of a Qdrant server (or "embedded"); got "${s || url}".`,
  );
}

function cacheFrom(url: string, ttls: Record<string, number>): CachePort {
  const s = scheme(url);
  if (s === 'redis' || s === 'rediss') return new RedisCache({ url, ttls });
  throw new OsmoseError(
    'OSM_CONFIG_INVALID',
    `--cache takes a redis:// URL (or "embedded"); got "${s || url}".`,
  );
}
