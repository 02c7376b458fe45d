import { describe, expect, it } from 'vitest';
import { createBackends } from '../../src/adapters/factory.js';
import { parseNeo4jUrl, redact } from '../../src/adapters/neo4j/connection.js';
import { RedisCache } from '../../src/adapters/redis/redis-cache.js';

describe('createBackends', () => {
  it('returns null for every part that is not configured', () => {
    expect(createBackends({ env: {} })).toEqual({ graph: null, vectors: null, cache: null });
    expect(createBackends({ graph: 'embedded', cache: 'sqlite', env: {} })).toEqual({
      graph: null,
      vectors: null,
      cache: null,
    });
  });

  it('builds Neo4j, Qdrant and Redis adapters from URLs without connecting', async () => {
    const b = createBackends({
      graph: 'neo4j://neo4j:secret@127.0.0.1:7687',
      vectors: 'http://qdrant.local:6333',
      cache: 'redis://127.0.0.1:6379/2',
      env: {},
    });
    expect([b.graph?.kind, b.vectors?.kind, b.cache?.kind]).toEqual(['neo4j', 'qdrant', 'redis']);
    await Promise.all([b.graph?.close(), b.vectors?.close(), b.cache?.close()]);
  });

  it('falls back to the environment variables, OSMOSE_* first', async () => {
    const b = createBackends({
      env: {
        OSMOSE_GRAPH_URL: 'bolt://h:7687',
        QDRANT_URL: 'https://q:6333',
        REDIS_URL: 'redis://r:6379',
        OSMOSE_CACHE_TTL_LLM: '120',
      },
    });
    expect([b.graph?.kind, b.vectors?.kind, b.cache?.kind]).toEqual(['neo4j', 'qdrant', 'redis']);
    expect(b.cache).toBeInstanceOf(RedisCache);
    await Promise.all([b.graph?.close(), b.vectors?.close(), b.cache?.close()]);
    expect(createBackends({ useEnv: false, env: { OSMOSE_GRAPH_URL: 'bolt://h' } }).graph).toBeNull();
  });

  it('refuses URLs of the wrong kind with OSM_CONFIG_INVALID', () => {
    expect(() => createBackends({ graph: 'http://neo4j:7474', env: {} })).toThrow(
      expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
    );
    expect(() => createBackends({ vectors: 'redis://x', env: {} })).toThrow(
      expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
    );
    expect(() => createBackends({ cache: 'memcached://x', env: {} })).toThrow(
      expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
    );
    expect(() => createBackends({ cache: 'redis://x', env: { OSMOSE_CACHE_TTL_LLM: 'soon' } })).toThrow(
      expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
    );
  });

  it('splits Neo4j credentials off the URL and redacts passwords', () => {
    expect(parseNeo4jUrl('neo4j://alice:p%40ss@db.example:7687?database=graph')).toEqual({
      url: 'neo4j://db.example:7687',
      user: 'alice',
      password: 'p@ss',
      database: 'graph',
    });
    expect(redact('neo4j://alice:p%40ss@db.example:7687')).toBe('neo4j://alice:***@db.example:7687');
  });
});
