import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RedisCache } from '../../src/adapters/redis/redis-cache.js';
import { DAY } from '../../src/adapters/redis/ttl.js';
import { freePort } from '../../../../tools/servers/free-port.js';
import { startRedis } from '../../../../tools/servers/redis.js';
import { sharedRedisUrl } from '../../../../tools/servers/shared.js';

// The run's redis-server (Debian package), emptied and held by this file; the tests that kill a
// server start their own.
let server: Awaited<ReturnType<typeof sharedRedisUrl>>;
let raw: Redis;

beforeAll(async () => {
  server = await sharedRedisUrl();
  raw = new Redis(server.url);
});

afterAll(async () => {
  raw?.disconnect();
  await server?.stop();
});

const commandCalls = async (cmd: string): Promise<number> => {
  const info = await raw.info('commandstats');
  return Number(new RegExp(`cmdstat_${cmd}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
};

describe('RedisCache (real redis-server)', () => {
  it('round-trips values under the osmose: prefix and counts hits and misses', async () => {
    const cache = new RedisCache({ url: server.url });
    await cache.set('emb:abc', 'vector-bytes');
    await cache.mset([
      ['concept:gdpr', '{"name":"GDPR"}'],
      ['llm:x', 'answer'],
    ]);
    expect(await cache.get('emb:abc')).toBe('vector-bytes');
    expect(await cache.mget(['concept:gdpr', 'nope:1', 'llm:x'])).toEqual([
      '{"name":"GDPR"}',
      null,
      'answer',
    ]);
    expect(await raw.get('osmose:emb:abc')).toBe('vector-bytes');
    expect(await raw.exists('emb:abc')).toBe(0);
    expect(cache.stats()).toEqual({ hits: 3, misses: 1, errors: 0, degraded: false });
    await cache.close();
  });

  it('sets TTLs per namespace: emb 7 days, concept 30 days, llm/vision configurable, explicit wins', async () => {
    const cache = new RedisCache({ url: server.url, ttls: { llm: 3600, vision: 7200 } });
    await cache.mset([
      ['emb:t', '1'],
      ['concept:t', '1'],
      ['llm:t', '1'],
      ['vision:t', '1'],
      ['other:t', '1'],
      ['bare', '1'],
    ]);
    await cache.set('emb:explicit', '1', 90);
    const ttl = async (k: string) => raw.ttl('osmose:' + k);
    expect(await ttl('emb:t')).toBeGreaterThan(7 * DAY - 60);
    expect(await ttl('emb:t')).toBeLessThanOrEqual(7 * DAY);
    expect(await ttl('concept:t')).toBeGreaterThan(30 * DAY - 60);
    expect(await ttl('llm:t')).toBeGreaterThan(3600 - 60);
    expect(await ttl('llm:t')).toBeLessThanOrEqual(3600);
    expect(await ttl('vision:t')).toBeGreaterThan(7200 - 60);
    expect(await ttl('other:t')).toBeGreaterThan(30 * DAY - 60);
    expect(await ttl('bare')).toBeGreaterThan(30 * DAY - 60);
    expect(await ttl('emb:explicit')).toBeLessThanOrEqual(90);
    expect(await ttl('emb:explicit')).toBeGreaterThan(0);
    await cache.close();
  });

  it('batches reads with MGET and writes with pipelines', async () => {
    const cache = new RedisCache({ url: server.url, batchSize: 500 });
    const entries: [string, string][] = Array.from({ length: 1200 }, (_, i) => [`emb:batch${i}`, `v${i}`]);
    const setsBefore = await commandCalls('set');
    await cache.mset(entries);
    expect((await commandCalls('set')) - setsBefore).toBe(1200);
    const mgetBefore = await commandCalls('mget');
    const got = await cache.mget(entries.map(([k]) => k));
    expect((await commandCalls('mget')) - mgetBefore).toBe(3); // 500 + 500 + 200
    expect(got).toEqual(entries.map(([, v]) => v));
    await cache.close();
  });

  it('degrades to misses with one warning when Redis is unreachable from the start', async () => {
    const warnings: string[] = [];
    const cache = new RedisCache({
      url: `redis://127.0.0.1:${await freePort()}`,
      warn: (m) => warnings.push(m),
    });
    expect(await cache.get('emb:x')).toBeNull();
    await cache.set('emb:x', '1');
    expect(await cache.mget(['a:1', 'a:2'])).toEqual([null, null]);
    const s = cache.stats();
    expect(s.degraded).toBe(true);
    expect(s.errors).toBeGreaterThanOrEqual(3);
    expect(s.misses).toBe(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('OSM_CACHE_UNAVAILABLE');
    await cache.close();
  });

  it('Redis killed mid-run: every cache call still resolves (misses, writes dropped) and stats show degraded', async () => {
    const own = await startRedis();
    const warnings: string[] = [];
    const cache = new RedisCache({ url: own.url, warn: (m) => warnings.push(m) });
    const keys = Array.from({ length: 50 }, (_, i) => `emb:run${i}`);
    // First half of the "run" with Redis up.
    for (const k of keys.slice(0, 25)) await cache.set(k, k.toUpperCase());
    expect(await cache.mget(keys.slice(0, 25))).toEqual(keys.slice(0, 25).map((k) => k.toUpperCase()));
    expect(cache.stats().degraded).toBe(false);

    own.kill(); // SIGKILL: no goodbye on the socket
    // Second half: the ingest keeps going; reads become misses, writes are dropped, nothing throws.
    let completed = 0;
    for (const k of keys) {
      expect(await cache.get(k)).toBeNull();
      await cache.set(k, 'x');
      await cache.mset([[k + ':b', 'y']]);
      completed++;
    }
    expect(completed).toBe(keys.length);
    const s = cache.stats();
    expect(s.degraded).toBe(true);
    expect(s.errors).toBeGreaterThanOrEqual(keys.length);
    expect(s.hits).toBe(25);
    expect(s.misses).toBe(keys.length);
    expect(warnings).toHaveLength(1);
    await cache.close();
    await own.stop();
  });

  it('resumes caching when Redis comes back after an outage', async () => {
    const first = await startRedis();
    const warnings: string[] = [];
    const cache = new RedisCache({ url: first.url, warn: (m) => warnings.push(m) });
    await cache.set('concept:a', '1');
    first.kill();
    expect(await cache.get('concept:a')).toBeNull();
    expect(cache.stats().degraded).toBe(true);
    const second = await startRedis({ port: first.port }); // same address, empty server
    await vi.waitFor(() => expect(cache.stats().degraded).toBe(false), { timeout: 15_000, interval: 100 });
    await cache.set('concept:b', '2');
    expect(await cache.get('concept:b')).toBe('2');
    expect(warnings.some((w) => w.includes('reachable again'))).toBe(true);
    await cache.close();
    await first.stop();
    await second.stop();
  });
});
