/**
 * The native models' CPU threads: by default the engine gives the embedding model the cores its CPU worker
 * threads leave (one on two cores, where a second ONNX Runtime thread only contended with the worker);
 * --embedding-threads / OSMOSE_EMBEDDING_THREADS name them, a bad value is refused with a code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addonBuilt } from '@osmose/native-nlp';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, resolveConfig } from '../../src/index.js';
import { createDefaultEmbedder } from '../../src/nlp/index.js';

const dir = mkdtempSync(join(tmpdir(), 'osmose-model-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedding threads in the configuration', () => {
  it('come from the flag, else the environment, else the engine default', () => {
    expect(
      resolveConfig({ 'embedding-threads': '3' }, { OSMOSE_EMBEDDING_THREADS: '5' }).embedding.threads,
    ).toBe(3);
    expect(resolveConfig({}, { OSMOSE_EMBEDDING_THREADS: '5' }).embedding.threads).toBe(5);
    expect(resolveConfig({}, {}).embedding.threads).toBeUndefined();
  });

  it('refuse what is not a whole number of at least 1', () => {
    for (const bad of ['0', '-2', '1.5', 'many'])
      expect(() => resolveConfig({ 'embedding-threads': bad }, {})).toThrow(
        expect.objectContaining({ code: 'OSM_CONFIG_INVALID' }),
      );
  });
});

if (!addonBuilt()) console.warn('\n!!! native-nlp addon NOT BUILT: model thread tests are SKIPPED !!!\n');

describe.skipIf(!addonBuilt())('the models run with the threads asked for', { timeout: 300_000 }, () => {
  it('the engine leaves its CPU workers their cores; a configured count wins', async () => {
    const cores = availableParallelism();
    const workers = Math.max(1, Math.min(2, cores - 1));
    const base = { 'embedding-model': 'default', device: 'cpu' };
    const engine = await createEngine(resolveConfig({ ...base, store: join(dir, 'a') }, {}));
    try {
      const note = engine.notes.find((n) => n.startsWith('embeddings:'));
      const want = Math.max(1, cores - workers);
      expect(note).toContain(`CPU with ${want} thread${want === 1 ? '' : 's'}`);
    } finally {
      await engine.close();
    }
    const named = await createEngine(
      resolveConfig({ ...base, store: join(dir, 'b'), 'embedding-threads': '3' }, {}),
    );
    try {
      expect(named.notes.find((n) => n.startsWith('embeddings:'))).toContain('CPU with 3 threads');
    } finally {
      await named.close();
    }
  });

  it('the model reports its threads, and embeds the same vectors with one thread as with two', async () => {
    const one = await createDefaultEmbedder({ device: 'cpu', threads: 1, log: () => {} });
    const two = await createDefaultEmbedder({ device: 'cpu', threads: 2, log: () => {} });
    try {
      expect(one.model && one.threads).toBe(1);
      expect(two.model && two.threads).toBe(2);
      expect(one.model && one.provider).toBe('cpu');
      const texts = ['knowledge graph', 'a quarterly review of the security programme and its risks'];
      const [a, b] = await Promise.all([one.model!.embed(texts), two.model!.embed(texts)]);
      expect([a.n, b.n, a.dim]).toEqual([2, 2, b.dim]);
      for (let i = 0; i < a.n; i++) {
        let dot = 0;
        for (let k = 0; k < a.dim; k++) dot += a.data[i * a.dim + k] * b.data[i * b.dim + k];
        expect(dot).toBeGreaterThan(0.9999);
      }
    } finally {
      await one.model?.dispose();
      await two.model?.dispose();
    }
  });
});
