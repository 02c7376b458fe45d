import type { CachePort, CheckpointStore } from '../ports/cache.js';
import type { Db } from './sqlite-db.js';

/** Cache table in the embedded store (the default cache), with optional TTLs. */
export class SqliteCache implements CachePort {
  readonly kind = 'sqlite';
  private hits = 0;
  private misses = 0;
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<string | null> {
    return (await this.mget([key]))[0];
  }

  async mget(keys: string[]): Promise<(string | null)[]> {
    const now = Date.now();
    const q = this.db.prepare('SELECT value, expires_at FROM cache WHERE key = ?');
    return keys.map((k) => {
      const r = q.get(k) as { value: string; expires_at: number | null } | undefined;
      if (!r || (r.expires_at !== null && r.expires_at < now)) {
        this.misses++;
        return null;
      }
      this.hits++;
      return r.value;
    });
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    await this.mset([[key, value]], ttlSeconds);
  }

  async mset(entries: [string, string][], ttlSeconds?: number): Promise<void> {
    const exp = ttlSeconds ? Date.now() + ttlSeconds * 1000 : null;
    const ins = this.db.prepare(
      'INSERT INTO cache(key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
    );
    this.db.transaction(() => {
      for (const [k, v] of entries) ins.run(k, v, exp);
    })();
  }

  stats() {
    return { hits: this.hits, misses: this.misses, errors: 0, degraded: false };
  }

  async close(): Promise<void> {}
}

/** Per-slide checkpoints: durable, local, never evicted. */
export class SqliteCheckpoints implements CheckpointStore {
  constructor(private readonly db: Db) {}

  async getCheckpoints(stage: string, keys: string[]): Promise<Map<string, string>> {
    const q = this.db.prepare('SELECT value FROM checkpoints WHERE stage = ? AND key = ?');
    const out = new Map<string, string>();
    for (const k of keys) {
      const r = q.get(stage, k) as { value: string } | undefined;
      if (r) out.set(k, r.value);
    }
    return out;
  }

  async putCheckpoint(stage: string, key: string, value: string): Promise<void> {
    await this.putCheckpoints(stage, [[key, value]]);
  }

  /** One transaction: one commit for the lot (each autocommitted insert would be one on its own). */
  async putCheckpoints(stage: string, entries: [string, string][]): Promise<void> {
    const ins = this.db.prepare(
      'INSERT INTO checkpoints(stage, key, value, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(stage, key) DO UPDATE SET value = excluded.value',
    );
    const now = Date.now();
    this.db.transaction(() => {
      for (const [k, v] of entries) ins.run(stage, k, v, now);
    })();
  }
}
