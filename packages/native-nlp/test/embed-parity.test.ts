import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type { InferenceSession } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, resolveModelFolder, type NlpModel } from '../src/index.js';
import { BUILT } from './helpers/addon.js';
import { corpusPhrases } from './helpers/corpus-phrases.js';
import { cosine, referenceEmbed, referenceSession } from './helpers/ort-reference.js';

// The addon's embeddings equal the onnxruntime-node JS binding's (same model, same input ids from the
// reference tokenizer, pooling and normalisation done here in JS).
// Dynamically quantised (-q) models quantise activations per batch tensor, so their output depends on
// the batch mates: for them both sides embed one phrase per batch; fp32 models and the statically quantised
// default (-int8: fixed scales) compare 50-phrase calls (the addon buckets them by length; the reference pads
// them in one batch).
for (const name of ['all-minilm-l6-v2', 'all-minilm-l6-v2-q', 'all-minilm-l6-v2-int8']) {
  describe.skipIf(!BUILT)(`embeddings of ${name} vs onnxruntime-node`, { timeout: 240_000 }, () => {
    let model: NlpModel;
    let session: InferenceSession;
    let ref: Tokenizer;
    let pooling: 'mean' | 'cls';
    const phrases = corpusPhrases(1000);
    beforeAll(async () => {
      model = await loadModel({ path: name, device: 'cpu', maxBatchTokens: 65536 });
      const dir = resolveModelFolder(name);
      pooling = model.info().pooling as 'mean' | 'cls';
      session = await referenceSession(dir);
      ref = new Tokenizer(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')), {});
    });
    afterAll(async () => {
      model?.dispose();
      await session?.release();
    });

    it('cosine ≥ 0.9999 on 1,000 corpus phrases', async () => {
      expect(phrases.length).toBe(1000);
      let worst = 1;
      let n = 0;
      const step = name.endsWith('-q') ? 1 : 50;
      for (let i = 0; i < phrases.length; i += step) {
        const group = phrases.slice(i, i + step);
        const got = await model.embed(group);
        expect(got.dim).toBe(384);
        const rows = group.map((p) => ref.encode(p).ids.slice(0, model.info().maxLength));
        const want = await referenceEmbed(session, rows, pooling);
        want.forEach((w, k) => {
          worst = Math.min(worst, cosine(w, got.data.subarray(k * 384, (k + 1) * 384)));
          n++;
        });
      }
      expect(n).toBe(1000);
      console.log(`${name}: worst cosine vs onnxruntime-node over 1,000 phrases = ${worst.toFixed(7)}`);
      expect(worst).toBeGreaterThanOrEqual(0.9999);
    }, 240_000);

    it.skipIf(name.endsWith('-q'))(
      'batch results equal single-item results, and rows are unit length',
      async () => {
        const sample = phrases.filter((_, i) => i % 20 === 0);
        const batch = await model.embed(sample);
        for (let i = 0; i < sample.length; i++) {
          const single = await model.embed([sample[i]]);
          const row = batch.data.subarray(i * 384, (i + 1) * 384);
          expect(cosine(single.data, row)).toBeGreaterThanOrEqual(0.99999);
          let ss = 0;
          for (const x of row) ss += x * x;
          expect(Math.abs(Math.sqrt(ss) - 1)).toBeLessThan(1e-5);
        }
      },
    );

    it('concurrent calls are merged and each caller gets its own rows', async () => {
      const a = phrases.slice(0, 7);
      const b = phrases.slice(100, 150);
      const before = model.stats().nativeCalls;
      const [ra, rb, all] = await Promise.all([model.embed(a), model.embed(b), model.embed([...a, ...b])]);
      expect(model.stats().nativeCalls - before).toBe(1);
      expect(ra.n).toBe(7);
      expect(rb.n).toBe(50);
      expect(cosine(ra.data.subarray(0, 384), all.data.subarray(0, 384))).toBeGreaterThan(0.99999);
      expect(cosine(rb.data.subarray(49 * 384), all.data.subarray(56 * 384))).toBeGreaterThan(0.99999);
    });
  });
}
