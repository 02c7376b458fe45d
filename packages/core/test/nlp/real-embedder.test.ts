import { describe, expect, it } from 'vitest';
import { addonBuilt } from '@osmose/native-nlp';
import {
  clusterPhrases,
  createDefaultEmbedder,
  createNerClassifier,
  embedTexts,
  rankKeyphrases,
} from '../../src/nlp/index.js';
import { MemoryCache } from './memory-cache.js';

if (!addonBuilt())
  console.warn(
    '\n!!! native-nlp addon NOT BUILT: core nlp integration tests are SKIPPED (run npm run setup) !!!\n',
  );

// The nlp functions with the real default model through the native addon.
// loading an ONNX model and embedding take seconds quiet, far more under load
describe.skipIf(!addonBuilt())('nlp with the default embedding model', { timeout: 240_000 }, () => {
  it('loads the default model, embeds once per distinct text and reuses the cache', async () => {
    const loaded = await createDefaultEmbedder({ device: 'cpu', log: () => {} });
    expect(loaded.reason).toBeUndefined();
    const embedder = loaded.model!;
    try {
      const cache = new MemoryCache();
      const texts = [
        'knowledge graph',
        'knowledge graphs',
        'graph database',
        'quarterly revenue',
        'sales revenue',
        'income statement',
        'knowledge graph',
      ];
      const r1 = await embedTexts(embedder, cache, texts);
      expect(r1.stats).toMatchObject({ calls: 1, computed: 6, cached: 0 });
      const r2 = await embedTexts(embedder, cache, texts);
      expect(r2.stats).toMatchObject({ calls: 0, computed: 0, cached: 6 });
      expect(Array.from(r2.vectors.get('graph database')!)).toEqual(
        Array.from(r1.vectors.get('graph database')!),
      );

      const phrases = [...new Set(texts)];
      const clusters = clusterPhrases(phrases, r1.vectors, 0.75);
      const kg = clusters.find((c) => c.members.includes('knowledge graph'))!;
      expect(kg.members).toContain('knowledge graphs');
      expect(kg.members).not.toContain('quarterly revenue');

      const doc = (
        await embedTexts(embedder, null, [
          'Building a knowledge graph from slide decks with a graph database',
        ])
      ).vectors;
      const ranked = rankKeyphrases(
        [...doc.values()][0],
        phrases.map((p) => ({ phrase: p, vector: r1.vectors.get(p)! })),
        { top: 3, lambda: 0.6 },
      );
      expect(['knowledge graph', 'knowledge graphs', 'graph database']).toContain(ranked[0].phrase);
      expect(ranked.map((x) => x.phrase)).not.toContain('income statement');
    } finally {
      await embedder.dispose();
    }
  });

  it('returns null with a reason for a model that is not installed', async () => {
    const r = await createDefaultEmbedder({ model: 'no-such-model' });
    expect(r.model).toBeNull();
    expect(r.reason).toMatch(/not installed/);
    const n = await createNerClassifier('/nonexistent/ner');
    expect(n.model).toBeNull();
    expect(n.reason).toMatch(/OSM_NATIVE_MODEL_NOT_FOUND|not found/);
  });
});
