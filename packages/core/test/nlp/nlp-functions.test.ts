import { describe, expect, it } from 'vitest';
import {
  clusterPhrases,
  decodeVector,
  embedTexts,
  embeddingCacheKey,
  encodeVector,
  rankKeyphrases,
} from '../../src/nlp/index.js';
import type { Embedder, EmbeddingResult } from '../../src/ports/nlp.js';
import { MemoryCache } from './memory-cache.js';

/** A deterministic embedder: vector = normalised character-trigram hash histogram; counts calls. */
class HashEmbedder implements Embedder {
  readonly modelId = 'hash-test';
  readonly dim = 64;
  calls: string[][] = [];
  async embed(texts: string[]): Promise<EmbeddingResult> {
    this.calls.push(texts);
    const data = new Float32Array(texts.length * this.dim);
    texts.forEach((t, i) => {
      const s = ` ${t.toLowerCase()} `;
      for (let k = 0; k + 3 <= s.length; k++) {
        let h = 0;
        for (const c of s.slice(k, k + 3)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
        data[i * this.dim + (h % this.dim)] += 1;
      }
      let n = 0;
      for (let d = 0; d < this.dim; d++) n += data[i * this.dim + d] ** 2;
      for (let d = 0; d < this.dim; d++) data[i * this.dim + d] /= Math.sqrt(n) || 1;
    });
    return { data, n: texts.length, dim: this.dim };
  }
  dispose(): void {}
}

const unit = (xs: number[]): Float32Array => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

describe('embedTexts', () => {
  it('deduplicates, embeds the misses in one call, caches and then serves from the cache', async () => {
    const e = new HashEmbedder();
    const cache = new MemoryCache();
    const texts = ['alpha', 'beta', 'alpha', 'gamma', 'beta'];
    const first = await embedTexts(e, cache, texts);
    expect(e.calls).toEqual([['alpha', 'beta', 'gamma']]);
    expect(first.stats).toMatchObject({ calls: 1, cached: 0, computed: 3, requested: 5 });
    expect([...first.vectors.keys()]).toEqual(['alpha', 'beta', 'gamma']);
    expect(cache.map.has(embeddingCacheKey('hash-test', 'alpha'))).toBe(true);
    expect(embeddingCacheKey('hash-test', 'alpha')).toMatch(/^emb:hash-test:[0-9a-f]{64}$/);

    const second = await embedTexts(e, cache, ['gamma', 'delta', 'alpha']);
    expect(e.calls[1]).toEqual(['delta']);
    expect(second.stats).toMatchObject({ calls: 1, cached: 2, computed: 1 });
    expect(Array.from(second.vectors.get('alpha')!)).toEqual(Array.from(first.vectors.get('alpha')!));

    const third = await embedTexts(e, cache, ['alpha', 'delta']);
    expect(third.stats.calls).toBe(0);
    expect(e.calls.length).toBe(2);
  });

  it('works without a cache, and a failing cache degrades to misses', async () => {
    const e = new HashEmbedder();
    expect((await embedTexts(e, null, ['a', 'a'])).stats).toMatchObject({ calls: 1, computed: 1 });
    const broken = new MemoryCache();
    broken.mget = async () => {
      throw new Error('down');
    };
    broken.mset = async () => {
      throw new Error('down');
    };
    const r = await embedTexts(e, broken, ['x', 'y']);
    expect(r.vectors.size).toBe(2);
    expect((await embedTexts(e, null, [])).stats.calls).toBe(0);
  });

  it('vector codec round-trips and rejects wrong sizes', () => {
    const v = Float32Array.from([0.5, -1.25, 3e-8]);
    expect(Array.from(decodeVector(encodeVector(v), 3)!)).toEqual(Array.from(v));
    expect(decodeVector(encodeVector(v), 4)).toBeNull();
  });
});

describe('rankKeyphrases (KeyBERT + MMR)', () => {
  const doc = unit([1, 1, 1, 0]);
  const cands = [
    { phrase: 'graph a', vector: unit([1, 0.95, 0, 0]) },
    { phrase: 'graph a twin', vector: unit([1, 1, 0.05, 0]) },
    { phrase: 'other aspect', vector: unit([0, 0, 1, 0]) },
    { phrase: 'unrelated', vector: unit([0, 0, 0, 1]) },
  ];
  it('pure relevance (lambda 1) ranks by cosine with the document', () => {
    const r = rankKeyphrases(doc, cands, { top: 4, lambda: 1 });
    expect(r.map((x) => x.phrase)).toEqual(['graph a twin', 'graph a', 'other aspect', 'unrelated']);
    expect(r[0].relevance).toBeGreaterThan(r[1].relevance);
  });
  it('MMR prefers a diverse second phrase over a near-duplicate', () => {
    const r = rankKeyphrases(doc, cands, { top: 2, lambda: 0.5 });
    expect(r.map((x) => x.phrase)).toEqual(['graph a twin', 'other aspect']);
  });
  it('accepts slide vectors (centroid) and a relevance floor', () => {
    const r = rankKeyphrases([unit([1, 0, 0, 0]), unit([0, 1, 0, 0])], cands, {
      top: 10,
      lambda: 1,
      minRelevance: 0.1,
    });
    expect(r.map((x) => x.phrase)).not.toContain('unrelated');
    expect(() => rankKeyphrases(doc, cands, { lambda: 2 })).toThrow(RangeError);
  });
});

describe('clusterPhrases', () => {
  it('groups near-duplicates and names each cluster by its most central phrase', () => {
    const phrases = ['kg', 'knowledge graph', 'knowledge graphs', 'revenue'];
    const vecs = new Map([
      ['kg', unit([1, 0.3, 0])],
      ['knowledge graph', unit([1, 0.05, 0])],
      ['knowledge graphs', unit([1, -0.2, 0])],
      ['revenue', unit([0, 0, 1])],
    ]);
    const c = clusterPhrases(phrases, vecs, 0.9);
    expect(c).toHaveLength(2);
    expect(c[0].canonical).toBe('knowledge graph');
    expect(c[0].members.sort()).toEqual(['kg', 'knowledge graph', 'knowledge graphs']);
    expect(c[1]).toMatchObject({ canonical: 'revenue', members: ['revenue'], cohesion: 1 });
    expect(clusterPhrases(phrases, vecs, 0.999)).toHaveLength(4);
    expect(clusterPhrases(phrases, vecs, -1)).toHaveLength(1);
  });
});
