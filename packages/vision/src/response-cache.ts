import { createHash } from 'node:crypto';

/** The cache port the client needs; core's CachePort satisfies it structurally. */
export interface ResponseCache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
}

/** sha256 over the model, the prompt and the image bytes, namespaced ('vision:' / 'llm:'). */
export function responseCacheKey(
  ns: string,
  model: string,
  prompt: string,
  image?: Uint8Array | null,
): string {
  const h = createHash('sha256');
  h.update(model).update('\0').update(prompt).update('\0');
  if (image) h.update(image);
  return `${ns}:${h.digest('hex')}`;
}

/** An in-memory ResponseCache (tests, one-off runs). */
export class MemoryResponseCache implements ResponseCache {
  readonly map = new Map<string, string>();
  async get(key: string): Promise<string | null> {
    return this.map.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.map.set(key, value);
  }
}
