import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIVE_DEFAULTS } from '../src/defaults.js';
import { loadModel, type NlpModel } from '../src/index.js';
import { nativeLoadOptions } from '../src/load-model.js';
import { BUILT } from './helpers/addon.js';

// On the CPU provider a batch is cut at 1,024 padded tokens per intra-op thread (cache-sized: the static int8
// MiniLM embeds the corpus's slide texts 1.5x faster on one thread than in 16,384-token batches); CUDA keeps the
// large budget. An explicit maxBatchTokens applies to both.
const MODEL = 'all-minilm-l6-v2-int8';
/** 64 texts of the same length class (about 60 tokens each). */
const texts = Array.from({ length: 64 }, (_, i) =>
  `slide ${i}: the quarterly sales review of the knowledge graph team, region ${i % 7} `.repeat(3),
);

describe.skipIf(!BUILT)('padded-token budget per batch', { timeout: 240_000 }, () => {
  let oneThread: NlpModel;
  let wide: NlpModel;
  beforeAll(async () => {
    oneThread = await loadModel({ path: MODEL, device: 'cpu', threads: 1 });
    wide = await loadModel({ path: MODEL, device: 'cpu', threads: 1, maxBatchTokens: 65536 });
  });
  afterAll(() => {
    oneThread?.dispose();
    wide?.dispose();
  });

  it('the CPU budget follows the thread count; an explicit maxBatchTokens wins; never under maxLength', async () => {
    const per = NATIVE_DEFAULTS.cpuBatchTokensPerThread;
    const one = (await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 1 })).flat;
    expect(one.cpuMaxBatchTokens).toBe(per);
    expect(one.maxBatchTokens).toBe(NATIVE_DEFAULTS.maxBatchTokens);
    const four = (await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 4 })).flat;
    expect(four.cpuMaxBatchTokens).toBe(4 * per);
    const many = (await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 64 })).flat;
    expect(many.cpuMaxBatchTokens).toBe(NATIVE_DEFAULTS.maxBatchTokens);
    const explicit = (
      await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 1, maxBatchTokens: 3000 })
    ).flat;
    expect([explicit.maxBatchTokens, explicit.cpuMaxBatchTokens]).toEqual([3000, 3000]);
    const long = (await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 1, maxLength: 2048 })).flat;
    expect(long.cpuMaxBatchTokens).toBe(2048);
    expect(oneThread.info()).toMatchObject({ provider: 'cpu', maxBatchTokens: per });
    expect(wide.info()).toMatchObject({ provider: 'cpu', maxBatchTokens: 65536 });
  });

  it('batches are cut by the CPU budget, and the vectors do not depend on it', async () => {
    const small = await oneThread.embed(texts);
    const smallData = small.data.slice();
    const big = await wide.embed(texts);
    const s = oneThread.stats();
    const w = wide.stats();
    expect(w.batches).toBe(1);
    // every batch holds at most budget / padded length rows
    expect(s.batches).toBeGreaterThanOrEqual(
      Math.ceil(s.paddedTokens / NATIVE_DEFAULTS.cpuBatchTokensPerThread),
    );
    expect(s.batches).toBeGreaterThan(1);
    expect(s.paddedTokens).toBe(w.paddedTokens);
    // the static int8 model: fixed scales, so a text's vector is bit-identical whatever its batch mates
    expect(Buffer.from(smallData.buffer).equals(Buffer.from(big.data.slice().buffer))).toBe(true);
  });
});
