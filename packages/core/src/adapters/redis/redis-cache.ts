import { Redis } from 'ioredis';
import type { CachePort } from '../../ports/cache.js';
import { OsmoseError } from '../../errors.js';
import { DEFAULT_TTLS, ttlFor } from './ttl.js';

export interface RedisCacheOptions {
  /** redis://[user:pass@]host:port[/db] or rediss://… */
  url: string;
  /** Prefix of every key (default 'osmose:'). */
  prefix?: string;
  /** TTL in seconds per namespace, merged over the defaults (emb 7 d, concept/llm/vision 30 d); '*' = other keys. */
  ttls?: Record<string, number>;
  /** Keys per MGET / commands per pipeline (default 500). */
  batchSize?: number;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** Where the one warning per outage goes (default console.warn). */
  warn?: (message: string) => void;
}

/**
 * CachePort on Redis (ioredis). Never throws into the ingest: when Redis is unreachable or fails,
 * reads are misses and writes are dropped, one warning is logged per outage, and `stats()` shows
 * `degraded: true` and the error count. The offline queue is off, so nothing waits for a dead
 * server; ioredis keeps reconnecting in the background and the cache resumes when it is back.
 */
export class RedisCache implements CachePort {
  readonly kind = 'redis';
  readonly client: Redis;
  private readonly prefix: string;
  private readonly ttls: Record<string, number>;
  private readonly batchSize: number;
  private readonly warn: (message: string) => void;
  private hits = 0;
  private misses = 0;
  private errors = 0;
  private degraded = false;
  private warned = false;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(opts: RedisCacheOptions) {
    this.prefix = opts.prefix ?? 'osmose:';
    this.ttls = { ...DEFAULT_TTLS, ...(opts.ttls ?? {}) };
    this.batchSize = Math.max(1, Math.floor(opts.batchSize ?? 500));
    this.warn = opts.warn ?? ((m) => console.warn(m));
    if (!/^rediss?:\/\//.test(opts.url)) {
      throw new OsmoseError('OSM_CONFIG_INVALID', 'A Redis URL must start with redis:// or rediss://.');
    }
    this.client = new Redis(opts.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: opts.connectTimeoutMs ?? 1_000,
      commandTimeout: opts.commandTimeoutMs ?? 1_000,
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), 5_000),
      enableReadyCheck: true,
      connectionName: 'osmose-ingest',
    });
    // Without a listener ioredis would raise unhandled 'error' events.
    this.client.on('error', (e: Error) => this.fail(e));
    this.client.on('ready', () => {
      if (this.degraded) this.warn('[osmose] Redis cache is reachable again; caching resumed.');
      this.degraded = false;
      this.warned = false;
    });
  }

  private fail(e: unknown): void {
    this.degraded = true;
    if (!this.warned && !this.closed) {
      this.warned = true;
      const err = new OsmoseError('OSM_CACHE_UNAVAILABLE', undefined, { cause: e });
      this.warn(`[osmose] ${err.code}: ${err.message} (${(e as Error)?.message ?? String(e)})`);
    }
  }

  /** Connects on first use; false when Redis is not usable right now. */
  private async usable(): Promise<boolean> {
    if (this.closed) return false;
    if (this.client.status === 'ready') return true;
    if (this.client.status === 'wait') {
      this.connecting ??= this.client.connect().catch((e: unknown) => this.fail(e));
      await this.connecting;
      return (this.client.status as string) === 'ready';
    }
    this.fail(new Error(`connection ${this.client.status}`));
    return false;
  }

  private k(key: string): string {
    return this.prefix + key;
  }

  async get(key: string): Promise<string | null> {
    return (await this.mget([key]))[0];
  }

  async mget(keys: string[]): Promise<(string | null)[]> {
    if (keys.length === 0) return [];
    const out: (string | null)[] = new Array(keys.length).fill(null);
    if (!(await this.usable())) {
      this.errors++;
      this.misses += keys.length;
      return out;
    }
    for (let i = 0; i < keys.length; i += this.batchSize) {
      const batch = keys.slice(i, i + this.batchSize);
      try {
        const vals = await this.client.mget(batch.map((x) => this.k(x)));
        vals.forEach((v, j) => (out[i + j] = v));
      } catch (e) {
        this.errors++;
        this.fail(e);
      }
    }
    for (const v of out) {
      if (v === null) this.misses++;
      else this.hits++;
    }
    return out;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    await this.mset([[key, value]], ttlSeconds);
  }

  async mset(entries: [key: string, value: string][], ttlSeconds?: number): Promise<void> {
    if (entries.length === 0) return;
    if (!(await this.usable())) {
      this.errors++;
      return;
    }
    for (let i = 0; i < entries.length; i += this.batchSize) {
      const p = this.client.pipeline();
      for (const [key, value] of entries.slice(i, i + this.batchSize)) {
        p.set(this.k(key), value, 'EX', ttlFor(key, this.ttls, ttlSeconds));
      }
      try {
        const res = await p.exec();
        const failed = res?.find(([err]) => err);
        if (failed) throw failed[0];
      } catch (e) {
        this.errors++;
        this.fail(e);
      }
    }
  }

  stats(): { hits: number; misses: number; errors: number; degraded: boolean } {
    return { hits: this.hits, misses: this.misses, errors: this.errors, degraded: this.degraded };
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      if (this.client.status === 'ready') await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }
}
