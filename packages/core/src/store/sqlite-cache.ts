import type { CachePort, CheckpointStore } from '../ports/cache.js';
import type { Db } from './sqlite-db.js';

/** How long a write waits in all for another connection's write transaction (the store's busy_timeout). */
const WRITE_WAIT_MS = 10_000;

/**
 * Runs a write transaction without blocking the thread while another connection (a worker's commit) holds
 * the write lock: SQLite's busy handler would sleep in this thread, stopping its event loop for as long as
 * that commit lasts; here the attempt fails at once (SQLITE_BUSY: nothing was written, the transaction rolled
 * back) and is tried again a few milliseconds later, the event loop served in between.
 */
export async function writeWithoutBlocking(db: Db, tx: () => void): Promise<void> {
  const t0 = Date.now();
  for (let wait = 2; ; wait = Math.min(wait * 2, 25)) {
    const prev = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      tx();
      return;
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() - t0 > WRITE_WAIT_MS) throw e;
    } finally {
      db.pragma(`busy_timeout = ${prev}`);
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

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
    const tx = this.db.transaction(() => {
      for (const [k, v] of entries) ins.run(k, v, exp);
    });
    await writeWithoutBlocking(this.db, () => tx());
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
    const tx = this.db.transaction(() => {
      for (const [k, v] of entries) ins.run(stage, k, v, now);
    });
    await writeWithoutBlocking(this.db, () => tx());
  }
}
