/**
 * A cancel reaches the native model runs: the embedding pass of the nlp phase stops with
 * OSM_NATIVE_CANCELLED instead of running to its end, and a document cancelled in its nlp phase leaves
 * nothing half-written (a later run ingests it whole).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addonBuilt } from '@osmose/native-nlp';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, resolveConfig } from '../../src/index.js';
import { createDefaultEmbedder, embedTexts } from '../../src/nlp/index.js';
import { generateBenchDeck } from '../../../../tools/deck-gen/index.js';

const dir = mkdtempSync(join(tmpdir(), 'osmose-cancel-nlp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!addonBuilt()) console.warn('\n!!! native-nlp addon NOT BUILT: nlp cancellation tests are SKIPPED !!!\n');

describe.skipIf(!addonBuilt())('cancelling the nlp phase', { timeout: 300_000 }, () => {
  it('an embedding pass stops with OSM_NATIVE_CANCELLED when its signal fires', async () => {
    const loaded = await createDefaultEmbedder({ device: 'cpu', log: () => {} });
    expect(loaded.reason).toBeUndefined();
    const embedder = loaded.model!;
    try {
      // enough distinct texts for one long native run (seconds), cancelled after it started
      const texts = Array.from(
        { length: 4000 },
        (_, i) => `slide ${i}: the quarterly review of project ${i % 97} covers risk ${i % 13} and revenue`,
      );
      const ac = new AbortController();
      setTimeout(() => ac.abort(new Error('test cancel')), 150);
      await expect(embedTexts(embedder, null, texts, { signal: ac.signal })).rejects.toMatchObject({
        code: 'OSM_NATIVE_CANCELLED',
      });
      // an already-cancelled pass starts nothing
      await expect(embedTexts(embedder, null, texts.slice(0, 10), { signal: ac.signal })).rejects.toThrow();
      // the model still works after a cancelled run
      const ok = await embedTexts(embedder, null, ['knowledge graph']);
      expect(ok.vectors.get('knowledge graph')!.length).toBe(embedder.dim);
    } finally {
      await embedder.dispose();
    }
  });

  it('a deck cancelled in its nlp phase is `cancelled`, nothing of it is written, a later run ingests it', async () => {
    const deck = join(dir, 'deck-250.pptx');
    await generateBenchDeck(deck, 250);
    const cfg = resolveConfig({ store: join(dir, 'store'), 'embedding-model': 'default' }, {});
    const engine = await createEngine(cfg);
    try {
      const ac = new AbortController();
      const first = await engine.ingest([deck], {
        signal: ac.signal,
        observer: { phaseStart: (_f, p) => p === 'nlp' && setTimeout(() => ac.abort(), 100) },
      });
      expect(first.documents[0].status).toBe('cancelled');
      expect(await engine.backends.graph.findDocumentByPath(deck)).toBeFalsy();
      const second = await engine.ingest([deck]);
      expect(second.documents[0].status).toBe('ingested');
      expect(second.documents[0].slides).toBe(250);
    } finally {
      await engine.close();
    }
  });
});
