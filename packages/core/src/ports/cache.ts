/**
 * Key/value cache. Keys are namespaced by the caller ('emb:', 'llm:', 'vision:', 'concept:').
 * A cache never makes an ingest fail: adapters degrade to misses when their server is down.
 */
export interface CachePort {
  readonly kind: string;
  get(key: string): Promise<string | null>;
  mget(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  mset(entries: [key: string, value: string][], ttlSeconds?: number): Promise<void>;
  /** Hit/miss/error counters since creation. */
  stats(): { hits: number; misses: number; errors: number; degraded: boolean };
  close(): Promise<void>;
}

/** Durable per-slide checkpoints (always local, never evicted). */
export interface CheckpointStore {
  getCheckpoints(stage: string, keys: string[]): Promise<Map<string, string>>;
  putCheckpoint(stage: string, key: string, value: string): Promise<void>;
  /** Several at once, in one transaction where the store has them (a deck's text summaries). */
  putCheckpoints?(stage: string, entries: [key: string, value: string][]): Promise<void>;
}
