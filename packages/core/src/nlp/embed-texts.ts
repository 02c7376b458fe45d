/**
 * One deduplicated, cached embedding pass over all texts of a document (or of several documents).
 * Cache key: emb:<modelId>:<sha256(text)>, value: base64 of the little-endian float32 bytes.
 */
import { createHash } from 'node:crypto';
import type { CachePort } from '../ports/cache.js';
import type { Embedder } from '../ports/nlp.js';

export interface EmbedTextsStats {
  /** embedder.embed() calls made (0 when everything was cached). */
  calls: number;
  /** Distinct texts served from the cache. */
  cached: number;
  /** Distinct texts computed by the model. */
  computed: number;
  /** Texts asked for, duplicates included. */
  requested: number;
  ms: number;
}

export interface EmbedTextsResult {
  vectors: Map<string, Float32Array>;
  stats: EmbedTextsStats;
}

/** Cache reads and writes go in slices of this many entries, the event loop served between them. */
const CACHE_SLICE = 50;
const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

export function embeddingCacheKey(modelId: string, text: string): string {
  return `emb:${modelId}:${createHash('sha256').update(text).digest('hex')}`;
}

export function encodeVector(v: Float32Array): string {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
}

export function decodeVector(s: string, dim: number): Float32Array | null {
  const buf = Buffer.from(s, 'base64');
  if (buf.byteLength !== dim * 4) return null;
  const out = new Float32Array(dim);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export interface EmbedTextsOptions {
  /** Cancels the pass: the model run in progress stops (OSM_NATIVE_CANCELLED), no further chunk starts. */
  signal?: AbortSignal;
  /** Texts per embedder call; the addon batches inside by token budget. Default 4096. */
  chunk?: number;
  ttlSeconds?: number;
  /**
   * Called after the cache lookup and after each embedder call with distinct texts done / total; when
   * set, the texts go in chunks of at most max(256, total/10) so a long pass reports progress.
   */
  onProgress?: (done: number, total: number) => void;
}

export async function embedTexts(
  embedder: Embedder,
  cache: CachePort | null,
  texts: string[],
  opts: EmbedTextsOptions = {},
): Promise<EmbedTextsResult> {
  const t0 = performance.now();
  const unique = [...new Set(texts)];
  const vectors = new Map<string, Float32Array>();
  const stats: EmbedTextsStats = { calls: 0, cached: 0, computed: 0, requested: texts.length, ms: 0 };
  if (unique.length === 0) return { vectors, stats };
  let missing = unique;
  // each text's key hashed once (a sha-256 each: thousands of texts take milliseconds), read and decoded in
  // slices: the embedded cache is synchronous SQLite on the caller's thread (the event loop)
  const keys = new Map<string, string>();
  if (cache) {
    missing = [];
    let readable = true;
    for (let i = 0; i < unique.length; i += CACHE_SLICE) {
      if (i > 0) await yieldToLoop();
      const part = unique.slice(i, i + CACHE_SLICE);
      const partKeys = part.map((t) => embeddingCacheKey(embedder.modelId, t));
      part.forEach((t, k) => keys.set(t, partKeys[k]));
      let hits: (string | null)[] = [];
      if (readable) {
        try {
          hits = await cache.mget(partKeys);
        } catch {
          readable = false; // a cache never makes an ingest fail
        }
      }
      part.forEach((t, k) => {
        const v = hits[k] ? decodeVector(hits[k]!, embedder.dim) : null;
        if (v) {
          vectors.set(t, v);
          stats.cached++;
        } else missing.push(t);
      });
    }
  }
  const chunk = opts.onProgress
    ? Math.min(opts.chunk ?? 4096, Math.max(256, Math.ceil(missing.length / 10)))
    : (opts.chunk ?? 4096);
  opts.onProgress?.(unique.length - missing.length, unique.length);
  const toStore: [string, string][] = [];
  for (let i = 0; i < missing.length; i += chunk) {
    const part = missing.slice(i, i + chunk);
    opts.signal?.throwIfAborted();
    const r = await embedder.embed(part, { signal: opts.signal });
    stats.calls++;
    for (let k = 0; k < part.length; k++) {
      // copy out of the shared (zero-copy) result buffer so each vector owns its memory
      const v = r.data.slice(k * r.dim, (k + 1) * r.dim);
      vectors.set(part[k], v);
      if (cache) toStore.push([keys.get(part[k])!, encodeVector(v)]);
    }
    stats.computed += part.length;
    opts.onProgress?.(unique.length - missing.length + stats.computed, unique.length);
  }
  if (cache && toStore.length > 0) {
    try {
      for (let i = 0; i < toStore.length; i += CACHE_SLICE) {
        if (i > 0) await yieldToLoop();
        await cache.mset(toStore.slice(i, i + CACHE_SLICE), opts.ttlSeconds);
      }
    } catch {
      // degrade silently: the vectors are still returned
    }
  }
  stats.ms = performance.now() - t0;
  return { vectors, stats };
}
