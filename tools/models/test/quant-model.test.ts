import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addonBuilt, loadModel, type NlpModel } from '@osmose/native-nlp';
import {
  DEFAULT_EMBEDDING_MODEL,
  createDefaultEmbedder,
} from '../../../packages/core/src/nlp/default-embedder.js';
import { corpusPhrases, corpusParagraphs } from '../../../packages/native-nlp/test/helpers/corpus-phrases.js';
import { batchInvariance } from '../quant/check.js';
import { buildQuantModel, sha256File } from '../quant/build.js';
import { cacheDir, fetchModel, isInstalled, manifest } from '../fetch.js';

// The statically quantised default model (tools/models/quant): installed by setup, pinned by sha256, checked on
// load, and batch-invariant (every activation scale fixed at build time), unlike the dynamic int8 export.
const NAME = 'all-minilm-l6-v2-int8';
const spec = manifest.models[NAME];
const dir = join(cacheDir(), 'models', NAME);
const READY = addonBuilt() && existsSync(join(dir, 'model.onnx'));

describe('static int8 model: manifest and setup', () => {
  it('is the default, built by a recipe from the pinned fp32 model, and installed by setup', () => {
    expect(DEFAULT_EMBEDDING_MODEL).toBe(NAME);
    expect(manifest.default).toBe(NAME);
    expect(manifest.setup).toContain(NAME);
    expect(spec.quantize?.from).toBe('all-minilm-l6-v2');
    expect(existsSync(join(import.meta.dirname, '..', 'quant', spec.quantize!.ranges))).toBe(true);
    expect(spec.files['tokenizer.json'].sha256).toBe(
      manifest.models['all-minilm-l6-v2'].files['tokenizer.json'].sha256,
    );
  });

  it.skipIf(!READY)(
    'a second install is a no-op (cached, files untouched) and the files match their pins',
    async () => {
      const before = statSync(join(dir, 'model.onnx')).mtimeMs;
      expect(isInstalled(dir, spec)).toBe(true);
      expect(await fetchModel(NAME)).toBe(dir);
      expect(statSync(join(dir, 'model.onnx')).mtimeMs).toBe(before);
      expect(sha256File(join(dir, 'model.onnx'))).toBe(spec.files['model.onnx'].sha256);
      const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
        sha256: Record<string, string>;
      };
      expect(cfg.sha256['model.onnx']).toBe(spec.files['model.onnx'].sha256);
    },
  );

  it.skipIf(!READY)(
    'a stale config.json is rewritten from the manifest without rebuilding the model',
    async () => {
      const cache = mkdtempSync(join(tmpdir(), 'osmose-cache-'));
      const prev = process.env.OSMOSE_CACHE_DIR;
      try {
        const d = join(cache, 'models', NAME);
        mkdirSync(d, { recursive: true });
        for (const f of ['model.onnx', 'tokenizer.json']) {
          symlinkSync(join(dir, f), join(d, f));
          writeFileSync(join(d, `.${f}.sha256`), spec.files[f].sha256 + '\n');
        }
        const stale = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(d, 'config.json'), JSON.stringify({ ...stale, maxLength: 256 }));
        process.env.OSMOSE_CACHE_DIR = cache;
        expect(await fetchModel(NAME)).toBe(d);
        const cfg = JSON.parse(readFileSync(join(d, 'config.json'), 'utf8')) as { maxLength: number };
        expect(cfg.maxLength).toBe(spec.config.maxLength);
        expect(lstatSync(join(d, 'model.onnx')).isSymbolicLink()).toBe(true); // not rebuilt
      } finally {
        if (prev === undefined) delete process.env.OSMOSE_CACHE_DIR;
        else process.env.OSMOSE_CACHE_DIR = prev;
        rmSync(cache, { recursive: true, force: true });
      }
    },
  );

  const venv = join(
    process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose'),
    'quant',
    'venv',
    'bin',
    'python',
  );
  it.skipIf(!READY || !existsSync(venv))(
    'rebuilds byte for byte from the fp32 model and the committed ranges (what a clean machine does)',
    { timeout: 300_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), 'osmose-int8-'));
      try {
        const pins = Object.fromEntries(Object.entries(spec.files).map(([f, v]) => [f, v.sha256]));
        buildQuantModel(
          cacheDir(),
          spec.quantize!,
          join(cacheDir(), 'models', spec.quantize!.from),
          out,
          pins,
        );
        expect(sha256File(join(out, 'model.onnx'))).toBe(pins['model.onnx']);
        // a wrong pin is refused, and nothing is left behind
        const bad = { ...pins, 'model.onnx': '0'.repeat(64) };
        rmSync(join(out, 'model.onnx'));
        expect(() =>
          buildQuantModel(
            cacheDir(),
            spec.quantize!,
            join(cacheDir(), 'models', spec.quantize!.from),
            out,
            bad,
          ),
        ).toThrow(/sha256/);
        expect(existsSync(join(out, 'model.onnx'))).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});

describe.skipIf(!READY)('static int8 model: loading and vectors', { timeout: 240_000 }, () => {
  let q: NlpModel;
  let dyn: NlpModel | null = null;
  beforeAll(async () => {
    q = await loadModel({ path: dir, task: 'embedding', device: 'cpu', threads: 2 });
    if (existsSync(join(cacheDir(), 'models', 'all-minilm-l6-v2-q')))
      dyn = await loadModel({ path: 'all-minilm-l6-v2-q', task: 'embedding', device: 'cpu', threads: 2 });
  });
  afterAll(() => {
    q?.dispose();
    dyn?.dispose();
  });

  it('loads as the default embedder and embeds unit vectors', async () => {
    const r = await createDefaultEmbedder({ device: 'cpu' });
    expect(r.reason).toBeUndefined();
    expect(r.model!.modelId).toBe(NAME);
    const out = await r.model!.embed(['knowledge graph', 'slide deck']);
    expect(out.dim).toBe(384);
    const v = out.data.subarray(0, 384);
    expect(Math.abs(Math.hypot(...v) - 1)).toBeLessThan(1e-4);
    (r.model as unknown as NlpModel).dispose();
  });

  it('refuses a model file that does not match the pin in its config.json', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'osmose-int8-bad-'));
    try {
      for (const f of ['model.onnx', 'tokenizer.json']) symlinkSync(join(dir, f), join(bad, f));
      const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
        sha256: Record<string, string>;
      };
      cfg.sha256['model.onnx'] = 'f'.repeat(64);
      writeFileSync(join(bad, 'config.json'), JSON.stringify(cfg));
      const r = await createDefaultEmbedder({ model: bad, device: 'cpu' });
      expect(r.model).toBeNull();
      expect(r.reason).toMatch(/OSM_NATIVE_MODEL_INVALID/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('gives bit-identical vectors one by one and batched (the dynamic int8 export does not)', async () => {
    const paras = corpusParagraphs().filter((p) => p.length > 60);
    const texts = [...corpusPhrases(60), ...paras.slice(0, 30).map((p) => p.slice(0, 600))];
    const inv = await batchInvariance(q, texts);
    expect(inv.rows).toBe(texts.length);
    expect(inv.differ).toBe(0);
    if (dyn) expect((await batchInvariance(dyn, texts)).differ).toBeGreaterThan(0);
  });
});
