/**
 * Per-slide checkpoints shared by every worker of a BullMQ queue: written to the local store AND to
 * Redis (one hash per stage, no TTL), read locally first then from Redis. A job retried on another
 * machine finds the slides its first worker finished, so it pays nothing for them again. Redis being
 * down never fails an ingest: the local checkpoints keep working.
 */
import { Redis } from 'ioredis';
import type { CheckpointStore } from '../../ports/cache.js';

export class LayeredCheckpoints implements CheckpointStore {
  readonly client: Redis;
  private readonly prefix: string;

  constructor(
    private readonly local: CheckpointStore,
    url: string,
    opts: { prefix?: string } = {},
  ) {
    this.prefix = opts.prefix ?? 'osmose:ckpt:';
    this.client = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: 2,
      connectTimeout: 5000,
    });
    this.client.on('error', () => {});
  }

  async getCheckpoints(stage: string, keys: string[]): Promise<Map<string, string>> {
    const found = await this.local.getCheckpoints(stage, keys);
    const missing = keys.filter((k) => !found.has(k));
    if (missing.length === 0) return found;
    try {
      for (let i = 0; i < missing.length; i += 500) {
        const batch = missing.slice(i, i + 500);
        const vals = await this.client.hmget(this.prefix + stage, ...batch);
        const copied: [string, string][] = [];
        for (let j = 0; j < batch.length; j++) {
          const v = vals[j];
          if (v === null || v === undefined) continue;
          found.set(batch[j], v);
          copied.push([batch[j], v]);
        }
        if (this.local.putCheckpoints) await this.local.putCheckpoints(stage, copied);
        else for (const [k, v] of copied) await this.local.putCheckpoint(stage, k, v);
      }
    } catch {
      // Redis unreachable: the local checkpoints are all we have
    }
    return found;
  }

  async putCheckpoint(stage: string, key: string, value: string): Promise<void> {
    await this.local.putCheckpoint(stage, key, value);
    try {
      await this.client.hset(this.prefix + stage, key, value);
    } catch {
      // kept locally; another machine will redo this slide if it takes the job
    }
  }

  async putCheckpoints(stage: string, entries: [string, string][]): Promise<void> {
    if (entries.length === 0) return;
    if (this.local.putCheckpoints) await this.local.putCheckpoints(stage, entries);
    else for (const [k, v] of entries) await this.local.putCheckpoint(stage, k, v);
    try {
      await this.client.hset(this.prefix + stage, Object.fromEntries(entries));
    } catch {
      // kept locally
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
