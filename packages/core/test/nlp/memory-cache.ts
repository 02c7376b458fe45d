import type { CachePort } from '../../src/ports/cache.js';

/** A CachePort in memory, for tests (counts hits and misses like the real adapters). */
export class MemoryCache implements CachePort {
  readonly kind = 'memory';
  readonly map = new Map<string, string>();
  private counters = { hits: 0, misses: 0, errors: 0 };
  async get(key: string): Promise<string | null> {
    return (await this.mget([key]))[0];
  }
  async mget(keys: string[]): Promise<(string | null)[]> {
    return keys.map((k) => {
      const v = this.map.get(k) ?? null;
      if (v === null) this.counters.misses++;
      else this.counters.hits++;
      return v;
    });
  }
  async set(key: string, value: string): Promise<void> {
    this.map.set(key, value);
  }
  async mset(entries: [string, string][]): Promise<void> {
    for (const [k, v] of entries) this.map.set(k, v);
  }
  stats() {
    return { ...this.counters, degraded: false };
  }
  async close(): Promise<void> {}
}
