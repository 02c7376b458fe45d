import { describe, expect, it } from 'vitest';
import { embedTexts } from '../../src/nlp/embed-texts.js';
import type { Embedder } from '../../src/ports/nlp.js';
import { MemoryCache } from './memory-cache.js';

/** A deterministic embedder (dimension 4) that records the size of every call. */
function recordingEmbedder(): Embedder & { calls: number[] } {
  const calls: number[] = [];
  return {
    modelId: 'test-4',
    dim: 4,
    calls,
    async embed(texts: string[]) {
      calls.push(texts.length);
      const data = new Float32Array(texts.length * 4);
      texts.forEach((t, i) => data.set([t.length, 1, 0, 0], i * 4));
      return { data, n: texts.length, dim: 4 };
    },
    dispose() {},
  };
}

describe('embedding progress', () => {
  it('reports done/total after the cache lookup and after every embedder call of a long pass', async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `text number ${i}`);
    const cache = new MemoryCache();
    const warm = recordingEmbedder();
    await embedTexts(warm, cache, texts.slice(0, 500)); // 500 already cached
    const e = recordingEmbedder();
    const seen: [number, number][] = [];
    const r = await embedTexts(e, cache, texts, { onProgress: (d, t) => seen.push([d, t]) });
    expect(r.vectors.size).toBe(3000);
    expect(r.stats.cached).toBe(500);
    expect(e.calls.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(e.calls.length).toBe(10); // 2,500 texts in chunks of max(256, 2500/10)
    expect(seen[0]).toEqual([500, 3000]);
    expect(seen.at(-1)).toEqual([3000, 3000]);
    expect(seen).toHaveLength(1 + e.calls.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
  });

  it('without a progress callback the pass stays one call per 4,096 texts', async () => {
    const e = recordingEmbedder();
    await embedTexts(
      e,
      null,
      Array.from({ length: 3000 }, (_, i) => `t${i}`),
    );
    expect(e.calls).toEqual([3000]);
  });
});
