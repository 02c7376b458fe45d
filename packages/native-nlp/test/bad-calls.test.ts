import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNerModel } from '../../../tools/models/ner/generate.js';
import { FLOAT, writeModel } from '../../../tools/models/ner/onnx-writer.js';
import {
  NATIVE_DEFAULTS,
  NATIVE_ERROR_CODES,
  isNativeError,
  loadModel,
  resolveModelFolder,
  type NlpModel,
} from '../src/index.js';
import { binding } from '../src/internal/binding.js';
import { nativeLoadOptions } from '../src/load-model.js';
import { BUILT } from './helpers/addon.js';

const MODEL = 'all-minilm-l6-v2-q';

/** y = x + w (w: 2M floats, 8 MB held by the session) with an input named `input`: valid ONNX, not an encoder. */
function notAnEncoder(input: string): Uint8Array {
  const N = 2 * 1024 * 1024;
  const w = new Float32Array(N).map((_, i) => (i % 97) / 97);
  return writeModel({
    name: 'not_an_encoder',
    opset: 13,
    inputs: [{ name: input, type: FLOAT, shape: ['batch', N] }],
    outputs: [{ name: 'y', type: FLOAT, shape: ['batch', N] }],
    initializers: [{ name: 'w', dims: [N], type: FLOAT, data: w }],
    nodes: [{ op: 'Add', inputs: [input, 'w'], outputs: ['y'] }],
  });
}

describe('native error catalogue', () => {
  it('every code has a one-sentence message', () => {
    for (const [code, msg] of Object.entries(NATIVE_ERROR_CODES)) {
      expect(code).toMatch(/^OSM_NATIVE_[A-Z_]+$/);
      expect(msg).toMatch(/^[A-Z].*\.$/);
    }
  });
});

// Bad calls end in typed errors or correct truncation, never a crash.
describe.skipIf(!BUILT)('bad calls', () => {
  let model: NlpModel;
  let tmp: string;
  beforeAll(async () => {
    model = await loadModel({ path: MODEL, device: 'cpu' });
    tmp = mkdtempSync(join(tmpdir(), 'osmose-nlp-bad-'));
  });
  afterAll(() => {
    model?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('wrong argument types', async () => {
    for (const bad of [undefined, null, 'text', 42, [1, 2], ['ok', null], [{}], new Set(['a'])]) {
      const err = await model.embed(bad as unknown as string[]).catch((e: unknown) => e);
      expect(isNativeError(err), String(bad)).toBe(true);
      expect(err).toMatchObject({ code: 'OSM_NATIVE_BAD_ARGUMENT', name: 'OsmoseError' });
    }
    await expect(model.classifyTokens(['x'])).rejects.toMatchObject({ code: 'OSM_NATIVE_WRONG_TASK' });
  });

  it('bad options', async () => {
    await expect(loadModel({} as never)).rejects.toMatchObject({ code: 'OSM_NATIVE_BAD_OPTION' });
    await expect(loadModel({ path: MODEL, device: 'tpu' as never })).rejects.toMatchObject({
      code: 'OSM_NATIVE_BAD_OPTION',
    });
    await expect(loadModel({ path: MODEL, maxLength: 1 })).rejects.toMatchObject({
      code: 'OSM_NATIVE_BAD_OPTION',
    });
    await expect(loadModel({ path: MODEL, threads: -1 })).rejects.toMatchObject({
      code: 'OSM_NATIVE_BAD_OPTION',
    });
    await expect(
      loadModel({ path: MODEL, ortLibraryPath: '/nonexistent/libonnxruntime.so' }),
    ).rejects.toMatchObject({ code: 'OSM_NATIVE_ORT_NOT_FOUND' });
  });

  it('missing and corrupt model files', async () => {
    await expect(loadModel({ path: join(tmp, 'nope') })).rejects.toMatchObject({
      code: 'OSM_NATIVE_MODEL_NOT_FOUND',
    });
    const dir = join(tmp, 'corrupt');
    const src = resolveModelFolder(MODEL);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    copyFileSync(join(src, 'tokenizer.json'), join(dir, 'tokenizer.json'));
    await expect(loadModel({ path: dir })).rejects.toMatchObject({ code: 'OSM_NATIVE_MODEL_NOT_FOUND' });
    writeFileSync(join(dir, 'model.onnx'), Buffer.from('this is not an onnx protobuf at all'));
    await expect(loadModel({ path: dir })).rejects.toMatchObject({ code: 'OSM_NATIVE_MODEL_INVALID' });
    copyFileSync(join(src, 'model.onnx'), join(dir, 'model.onnx'));
    writeFileSync(join(dir, 'tokenizer.json'), '{"model": {"type": "BPE", "vocab": {}}}');
    await expect(loadModel({ path: dir })).rejects.toMatchObject({
      code: 'OSM_NATIVE_TOKENIZER_UNSUPPORTED',
    });
    writeFileSync(join(dir, 'tokenizer.json'), '{ truncated');
    await expect(loadModel({ path: dir })).rejects.toMatchObject({ code: 'OSM_NATIVE_TOKENIZER_INVALID' });
    // the NER model as an embedder: wrong output shape for pooling is fine, labels missing is not
    const ner = generateNerModel(join(tmp, 'ner'));
    writeFileSync(join(ner, 'config.json'), '{"task": "token-classification"}');
    await expect(loadModel({ path: ner })).rejects.toMatchObject({ code: 'OSM_NATIVE_MODEL_INVALID' });
  });

  it('empty strings, empty lists, 40k-character strings and invalid UTF-16', async () => {
    expect((await model.embed([])).n).toBe(0);
    const long = 'knowledge graph '.repeat(2500); // 40,000 chars
    const lone = ['\ud800', 'abc\udc00def', '\udfff\ud800', 'ok \ud83d'];
    const r = await model.embed(['', long, ...lone]);
    expect(r.n).toBe(6);
    for (let i = 0; i < r.n; i++) {
      const row = r.data.subarray(i * r.dim, (i + 1) * r.dim);
      expect(row.every(Number.isFinite)).toBe(true);
    }
    const enc = await model.encode([long, ...lone], 256);
    expect(enc[0].ids.length).toBe(256);
    expect(Array.from(enc[1].ids)).toEqual([101, 102]); // a lone surrogate is dropped like U+FFFD
    // U+FFFD is removed by the BERT clean-up, so the surrogate joins its neighbours
    expect(Array.from(enc[2].ids)).toEqual(Array.from((await model.encode(['abcdef']))[0].ids));
  });

  it('drops a request whose caller aborted before it ran; the others in the batch still run', async () => {
    const ac = new AbortController();
    const gone = model.embed(['abandoned text'], { signal: ac.signal });
    const kept = model.embed(['kept text', 'another']);
    ac.abort();
    await expect(gone).rejects.toMatchObject({ code: 'OSM_NATIVE_CANCELLED' });
    expect((await kept).n).toBe(2);
  });

  it('the addon takes no defaults: every missing or mistyped field is a TypeError with a code', async () => {
    const { flat } = await nativeLoadOptions({ path: MODEL, device: 'cpu', threads: 1 });
    // TS resolves every field from NATIVE_DEFAULTS (one place) and passes them all
    expect(flat).toMatchObject({
      maxBatchTokens: NATIVE_DEFAULTS.maxBatchTokens,
      cpuMaxBatchTokens: Math.max(flat.maxLength, NATIVE_DEFAULTS.cpuBatchTokensPerThread),
      maxBatchSize: NATIVE_DEFAULTS.maxBatchSize,
      deviceId: 0,
    });
    const call = (o: Record<string, unknown>): unknown => {
      try {
        return binding().loadModel(o);
      } catch (e) {
        return e;
      }
    };
    const keys = Object.keys(flat);
    expect(keys.length).toBe(16);
    for (const key of keys) {
      const o: Record<string, unknown> = { ...flat };
      delete o[key];
      const err = call(o);
      expect(err, key).toBeInstanceOf(TypeError);
      expect(err, key).toMatchObject({
        code: 'OSM_NATIVE_BAD_OPTION',
        name: 'OsmoseError',
        isOsmoseError: true,
      });
      expect((err as Error).message, key).toContain(`options.${key} is missing`);
    }
    const tokKeys = [
      'type',
      'vocab',
      'unkId',
      'clsId',
      'sepId',
      'padId',
      'lowercase',
      'stripAccents',
      'cleanText',
      'handleChinese',
      'addPrefixSpace',
      'prefix',
      'maxInputCharsPerWord',
    ];
    for (const key of tokKeys) {
      const tokenizer: Record<string, unknown> = { ...flat.tokenizer };
      delete tokenizer[key];
      const err = call({ ...flat, tokenizer });
      expect(err, key).toBeInstanceOf(TypeError);
      expect((err as Error).message, key).toContain(`tokenizer.${key} is missing`);
    }
    for (const [key, bad] of [
      ['maxLength', '256'],
      ['maxBatchTokens', 8192.5],
      ['allowSpinning', 1],
      ['device', null],
      ['labels', 'O'],
      ['pinnedHostBuffers', 'yes'],
    ] as const) {
      const err = call({ ...flat, [key]: bad });
      expect(err, key).toBeInstanceOf(TypeError);
      expect(err, key).toMatchObject({ code: 'OSM_NATIVE_BAD_OPTION' });
    }
    expect(call({ ...flat, device: 'tpu' })).toMatchObject({ code: 'OSM_NATIVE_BAD_OPTION' });
    expect(call({ ...flat, maxBatchTokens: 8 })).toMatchObject({ code: 'OSM_NATIVE_BAD_OPTION' });
    expect(call({ ...flat, cpuMaxBatchTokens: 8 })).toMatchObject({ code: 'OSM_NATIVE_BAD_OPTION' });
    // the complete object loads, and the addon reports the values TS chose (no C++ fallback)
    const handle = await binding().loadModel(flat);
    const info = handle.info();
    expect(info).toMatchObject({
      maxLength: flat.maxLength,
      // on the CPU provider the budget in use is the CPU one
      maxBatchTokens: flat.cpuMaxBatchTokens,
      maxBatchSize: flat.maxBatchSize,
      pooling: flat.pooling,
      pinnedHostBuffers: false,
    });
    handle.dispose();
  });

  it('a model whose session fails validation after it was created is released (no leak, typed error)', async () => {
    // A valid ONNX graph whose input is not a BERT input: CreateSession succeeds, then the engine's
    // validation throws inside the constructor, which used to leak the session (now an owned OrtPtr).
    const dir = join(tmp, 'bad-input');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    copyFileSync(join(resolveModelFolder(MODEL), 'tokenizer.json'), join(dir, 'tokenizer.json'));
    writeFileSync(join(dir, 'model.onnx'), notAnEncoder('pixel_values'));
    const attempt = () =>
      expect(loadModel({ path: dir, device: 'cpu', threads: 1 })).rejects.toMatchObject({
        code: 'OSM_NATIVE_MODEL_INVALID',
        message: expect.stringContaining("'pixel_values'"),
      });
    for (let i = 0; i < 3; i++) await attempt();
    // 32 more failed loads: a leaked session would keep its 8 MB weight each (256 MB+); released, RSS stays flat
    const rss0 = process.memoryUsage().rss;
    for (let i = 0; i < 32; i++) await attempt();
    expect(process.memoryUsage().rss - rss0).toBeLessThan(128 * 2 ** 20);
  });

  it('disposed model, dispose while in flight', async () => {
    const m = await loadModel({ path: MODEL, device: 'cpu' });
    const run = m.embed(Array.from({ length: 64 }, (_, i) => `sentence ${i} `.repeat(20)));
    expect(() => m.dispose()).toThrow(expect.objectContaining({ code: 'OSM_NATIVE_BUSY' }));
    await new Promise((r) => setImmediate(r));
    expect(m.inFlight()).toBeGreaterThan(0);
    expect(() => m.dispose()).toThrow(expect.objectContaining({ code: 'OSM_NATIVE_BUSY' }));
    expect((await run).n).toBe(64);
    m.dispose();
    m.dispose(); // idempotent
    await expect(m.embed(['x'])).rejects.toMatchObject({ code: 'OSM_NATIVE_DISPOSED' });
    await expect(m.encode(['x'])).rejects.toMatchObject({ code: 'OSM_NATIVE_DISPOSED' });
    expect(() => m.info()).toThrow(expect.objectContaining({ code: 'OSM_NATIVE_DISPOSED' }));
  });

  it("device 'cuda' without a CUDA build is a typed error, 'auto' falls back to CPU with the reason", async () => {
    const logs: string[] = [];
    const m = await loadModel({ path: MODEL, device: 'auto', log: (s) => logs.push(s) });
    const info = m.info();
    m.dispose();
    if (info.provider === 'cuda') return; // a CUDA-enabled ONNX Runtime: nothing to fall back from
    expect(info.provider).toBe('cpu');
    expect(info.fallbackReason.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toMatch(/CUDA not used/);
    await expect(loadModel({ path: MODEL, device: 'cuda' })).rejects.toMatchObject({
      code: 'OSM_NATIVE_CUDA_UNAVAILABLE',
    });
  });
});
