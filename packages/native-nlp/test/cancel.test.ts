import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNerModel } from '../../../tools/models/ner/generate.js';
import { loadModel, type NlpModel } from '../src/index.js';
import { binding } from '../src/internal/binding.js';
import { nativeLoadOptions } from '../src/load-model.js';
import { BUILT } from './helpers/addon.js';

// Cancellation: an AbortSignal reaches the native run (ONNX Runtime RunOptionsSetTerminate between
// batches and inside one), the promise rejects with OSM_NATIVE_CANCELLED, and the model keeps working.
const MODEL = 'all-minilm-l6-v2-q';
/** Enough work for many seconds on one thread: 3,000 texts of ~120 tokens, batches of 32 rows. */
const big = Array.from({ length: 3000 }, (_, i) =>
  `slide ${i} knowledge graph of the quarterly sales review `.repeat(12),
);

async function whenInFlight(m: NlpModel): Promise<void> {
  while (m.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 150)); // inside the native run, past tokenisation
}

describe.skipIf(!BUILT)('cancellation', () => {
  let model: NlpModel;
  let reference: Float32Array;
  beforeAll(async () => {
    model = await loadModel({ path: MODEL, device: 'cpu', threads: 1, maxBatchSize: 32 });
    reference = (await model.embed(['the quarterly sales review'])).data.slice();
  });
  afterAll(() => model?.dispose());

  it('the native call stops when its run control is cancelled (it would otherwise resolve)', async () => {
    const handle = await binding().loadModel(
      (await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 1, maxBatchSize: 32 })).flat,
    );
    const control = binding().createRunControl();
    const run = handle.embed(big, control);
    while (handle.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 150));
    expect(control.cancelled()).toBe(false);
    control.cancel();
    expect(control.cancelled()).toBe(true);
    await expect(run).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED', name: 'OsmoseError' });
    expect(handle.inFlight()).toBe(0);
    // a control that is already cancelled stops a call before its first batch
    await expect(handle.embed(['x'], control)).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED' });
    expect(() => handle.embed(['x'], { cancel() {}, cancelled: () => false })).toThrow(
      expect.objectContaining({ code: 'OSM_NATIVE_BAD_ARGUMENT' }),
    );
    expect((await handle.embed(['x'])).n).toBe(1);
    handle.dispose();
  }, 300_000);

  it('embed(): abort mid-run rejects with OSM_NATIVE_CANCELLED, dispose works at once, the model still works', async () => {
    const before = model.stats().nativeCalls;
    const ac = new AbortController();
    const run = model.embed(big, { signal: ac.signal });
    await whenInFlight(model);
    ac.abort(new Error('user went away'));
    const err = await run.catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'OSM_NATIVE_CANCELLED',
      cause: expect.objectContaining({ message: 'user went away' }),
    });
    // the run was terminated natively (a completed run would have been accounted) and nothing is left in flight
    expect(model.stats().nativeCalls).toBe(before);
    expect(model.inFlight()).toBe(0);
    const again = await model.embed(['the quarterly sales review']);
    expect(Array.from(again.data)).toEqual(Array.from(reference));
    // dispose right after a cancelled run: nothing is in flight any more
    const m2 = await loadModel({ path: MODEL, device: 'cpu', threads: 1, maxBatchSize: 32 });
    const ac2 = new AbortController();
    const run2 = m2.embed(big, { signal: ac2.signal });
    await whenInFlight(m2);
    expect(() => m2.dispose()).toThrow(expect.objectContaining({ code: 'OSM_NATIVE_BUSY' }));
    ac2.abort();
    await expect(run2).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED' });
    m2.dispose();
  }, 300_000);

  it('one of two merged callers aborts: it rejects, the other gets its rows', async () => {
    const ac = new AbortController();
    const keep = new AbortController();
    const gone = model.embed(big.slice(0, 200), { signal: ac.signal });
    const kept = model.embed(['the quarterly sales review', 'another'], { signal: keep.signal });
    await whenInFlight(model);
    ac.abort();
    await expect(gone).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED' });
    const r = await kept;
    expect(r.n).toBe(2);
    // int8 dynamic quantisation depends on the batch, so compare by cosine (vectors are unit length)
    let dot = 0;
    for (let k = 0; k < r.dim; k++) dot += r.data[k] * reference[k];
    expect(dot).toBeGreaterThan(0.9);
  }, 300_000);

  it('classifyTokens(): abort mid-run rejects with OSM_NATIVE_CANCELLED; spans are unchanged after', async () => {
    // one row per ORT run: 60,000 runs, so the abort lands inside the native call
    const ner = await loadModel({ path: generateNerModel(), device: 'cpu', threads: 1, maxBatchSize: 1 });
    const text = 'John Smith of Acme Corp met Mary Jones in Paris';
    const expected = await ner.classifyTokens([text]);
    expect(expected.length).toBe(1);
    expect(expected[0].length).toBeGreaterThan(0);
    const ac = new AbortController();
    const run = ner.classifyTokens(
      Array.from({ length: 60_000 }, (_, i) => `${text} ${i}`),
      { signal: ac.signal },
    );
    await whenInFlight(ner);
    ac.abort();
    await expect(run).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED' });
    expect(ner.inFlight()).toBe(0);
    await expect(ner.classifyTokens([text], { signal: ac.signal })).rejects.toMatchObject({
      code: 'OSM_NATIVE_CANCELLED',
    });
    expect(await ner.classifyTokens([text])).toEqual(expected);
    ner.dispose();
  }, 300_000);
});
