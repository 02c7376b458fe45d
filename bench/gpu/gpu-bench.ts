/**
 * The addon on CPU vs CUDA: parity (cosine per vector, NER spans), embeddings/s at batch 64/256/512 per
 * model, pinned host buffers on/off, and the nlp phase of a 250-slide deck. Run through bench/gpu/run.sh
 * (which sets OSMOSE_ORT_LIB, OSMOSE_NATIVE_ADDON and OSMOSE_CACHE_DIR); writes gpu.json and gpu.md
 * into --out, rewriting gpu.json after every section so a run cut short still leaves its figures.
 *
 *   node gpu-bench.mjs --inputs inputs.json --out DIR --devices cpu,cuda [--cpu-threads 2] [--reference]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import {
  loadModel,
  resolveModelFolder,
  type LoadModelOptions,
  type NlpModel,
  type Span,
} from '../../packages/native-nlp/src/index.js';
import type { GpuInputs } from './inputs.js';
import { renderGpuMarkdown, type GpuResult } from './report.js';

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const inputsPath = arg('inputs');
const outDir = arg('out', 'bench/results/tmp/gpu')!;
const devices = (arg('devices', 'cpu,cuda') ?? '').split(',').filter(Boolean) as ('cpu' | 'cuda')[];
const cpuThreads = Number(arg('cpu-threads', '2'));
const models = (arg('models', 'all-minilm-l6-v2,all-minilm-l6-v2-q') ?? '').split(',').filter(Boolean);
const installed = (name: string) => {
  try {
    resolveModelFolder(name);
    return true;
  } catch {
    return false;
  }
};
// NER: the shipped term model when installed (the one the pipeline uses), and the generated test model
const nerModels = (arg('ner') ?? ['osmose-terms-enfr', 'osmose-ner-tiny'].filter(installed).join(','))
  .split(',')
  .filter(Boolean);
const nerModel = nerModels[0];
const defaultModel = 'all-minilm-l6-v2';
const batches = (arg('batches', '64,256,512') ?? '').split(',').map(Number);
const textsPer = { cpu: Number(arg('cpu-texts', '1024')), cuda: Number(arg('gpu-texts', '8192')) };
if (!inputsPath) throw new Error('--inputs <inputs.json> is required (bench/gpu/inputs.ts writes it)');
const inputs = JSON.parse(readFileSync(inputsPath, 'utf8')) as GpuInputs;
// --quick: a smoke run of every section (fewer texts, one repetition), e.g. to prove a transfer locally
const quick = flag('quick');
if (quick) {
  inputs.parity = inputs.parity.slice(0, 100);
  inputs.deck250.embedTexts = inputs.deck250.embedTexts.slice(0, 200);
  inputs.deck250.slideTexts = inputs.deck250.slideTexts.slice(0, 50);
  textsPer.cpu = Math.min(textsPer.cpu, 64);
  textsPer.cuda = Math.min(textsPer.cuda, 512);
}
const t0 = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${s}`);

function gpuName(): string | undefined {
  try {
    return execFileSync(
      'nvidia-smi',
      ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader'],
      { encoding: 'utf8', timeout: 20_000 },
    ).trim();
  } catch {
    return undefined;
  }
}

const result: GpuResult = {
  date: new Date().toISOString(),
  label:
    arg('label', devices.includes('cuda') ? 'device run' : 'CPU half only')! +
    (quick ? ' (--quick: reduced inputs)' : ''),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    gpu: gpuName(),
    loadAverageAtStart: loadavg()[0],
  },
  config: {
    devices,
    cpuThreads,
    models,
    nerModel: nerModels.join(', '),
    batches,
    textsPer,
    ortLibrary: process.env.OSMOSE_ORT_LIB ?? '(onnxruntime-node)',
  },
  providers: [],
  parity: [],
  nerParity: [],
  throughput: [],
  pinned: [],
  deck250: [],
  errors: [],
  totalS: 0,
};
function save(): void {
  result.totalS = (performance.now() - t0) / 1000;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'gpu.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(outDir, 'gpu.md'), renderGpuMarkdown(result));
}
async function section(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const err = e as { code?: string; message?: string };
    result.errors.push({ section: name, code: err.code, message: String(err.message ?? e).split('\n')[0] });
    log(`${name}: FAILED ${err.code ?? ''} ${err.message ?? e}`);
  }
  save();
}

async function open(
  path: string,
  device: 'cpu' | 'cuda',
  extra: Partial<LoadModelOptions> = {},
): Promise<NlpModel> {
  const m = await loadModel({ path, device, threads: cpuThreads, log: () => {}, ...extra });
  const info = m.info();
  if (
    !result.providers.some(
      (p) => p.model === path && p.device === device && p.pinned === info.pinnedHostBuffers,
    )
  ) {
    result.providers.push({
      model: path,
      device,
      provider: info.provider,
      ortVersion: info.ortVersion,
      pinned: info.pinnedHostBuffers,
      note: info.pinnedNote || info.fallbackReason.split('\n')[0] || '',
    });
  }
  return m;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0,
    na = 0,
    nb = 0;
  for (let k = 0; k < a.length; k++) {
    d += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  return d / Math.sqrt(na * nb);
}

/** Per-vector cosine of two n×dim results: the worst, and how many rows fall under 0.9999. */
export function compareEmbeddings(
  a: { data: Float32Array; n: number; dim: number },
  b: { data: Float32Array; n: number; dim: number },
) {
  if (a.n !== b.n || a.dim !== b.dim) throw new Error(`shape mismatch ${a.n}x${a.dim} vs ${b.n}x${b.dim}`);
  let worst = 1,
    below = 0;
  for (let i = 0; i < a.n; i++) {
    const c = cosine(
      a.data.subarray(i * a.dim, (i + 1) * a.dim),
      b.data.subarray(i * b.dim, (i + 1) * b.dim),
    );
    worst = Math.min(worst, c);
    if (!(c >= 0.9999)) below++;
  }
  return { vectors: a.n, worstCosine: worst, below: below };
}

/** NER spans must be identical in offsets and labels; scores may differ by float noise. */
export function compareSpans(a: Span[][], b: Span[][]) {
  let texts = 0,
    spans = 0,
    mismatched = 0,
    maxScoreDiff = 0;
  for (let i = 0; i < a.length; i++) {
    texts++;
    spans += a[i].length;
    const same =
      a[i].length === b[i].length &&
      a[i].every((s, j) => s.start === b[i][j].start && s.end === b[i][j].end && s.label === b[i][j].label);
    if (!same) mismatched++;
    else a[i].forEach((s, j) => (maxScoreDiff = Math.max(maxScoreDiff, Math.abs(s.score - b[i][j].score))));
  }
  return { texts, spans, mismatchedTexts: mismatched, maxScoreDiff };
}

async function timeEmbed(m: NlpModel, texts: string[], batch: number) {
  await m.embed(texts.slice(0, batch)); // warm-up at this batch size (CUDA: kernels, arena growth)
  const s0 = m.stats();
  const start = performance.now();
  for (let i = 0; i < texts.length; i += batch) await m.embed(texts.slice(i, i + batch));
  const ms = performance.now() - start;
  const s1 = m.stats();
  return {
    items: texts.length,
    tokens: s1.tokens - s0.tokens,
    paddedTokens: s1.paddedTokens - s0.paddedTokens,
    ms,
    itemsPerS: texts.length / (ms / 1000),
    tokensPerS: (s1.tokens - s0.tokens) / (ms / 1000),
  };
}

// Without a CUDA device: what device 'cuda' says with this ONNX Runtime (the typed error and its reason).
if (flag('probe-cuda') && !devices.includes('cuda')) {
  try {
    const m = await loadModel({ path: defaultModel, device: 'cuda', threads: cpuThreads, log: () => {} });
    result.cudaProbe = `loaded: provider ${m.info().provider}`;
    m.dispose();
  } catch (e) {
    const err = e as { code?: string; message?: string };
    result.cudaProbe = `${err.code ?? 'error'}: ${String(err.message ?? e)
      .split('\n')[0]
      .slice(0, 600)}`;
  }
  save();
}

log(
  `gpu bench: devices ${devices.join(',')}, ${cpus().length} cores (CPU runs use ${cpuThreads} threads), GPU ${result.machine.gpu ?? 'none'}`,
);
const testDevices = devices.filter((d) => d !== 'cpu');
const parityAgainst: ('cpu' | 'cuda')[] = testDevices.length > 0 ? testDevices : ['cpu'];

// 1. Parity: the same options except the device (CPU-only runs: 1 thread vs cpuThreads, which proves
// the harness), plus, with --reference, the onnxruntime-node JS pipeline on the fp32 model.
for (const model of models) {
  for (const dev of parityAgainst) {
    await section(`parity ${model} ${dev}`, async () => {
      const ref = await open(model, 'cpu');
      const test = await open(model, dev, dev === 'cpu' ? { threads: 1 } : {});
      const a = await ref.embed(inputs.parity);
      const b = await test.embed(inputs.parity);
      const c = compareEmbeddings(a, b);
      result.parity.push({
        model,
        reference: `cpu (${cpuThreads} threads)`,
        test: dev === 'cpu' ? 'cpu (1 thread)' : dev,
        ...c,
      });
      log(
        `parity ${model} cpu vs ${dev}: worst cosine ${c.worstCosine.toFixed(7)}, ${c.below}/${c.vectors} under 0.9999`,
      );
      ref.dispose();
      test.dispose();
    });
  }
}
if (flag('reference')) {
  await section('parity onnxruntime-node', async () => {
    const { referenceSession, referenceEmbed } =
      await import('../../packages/native-nlp/test/helpers/ort-reference.js');
    const m = await open(defaultModel, 'cpu');
    const info = m.info();
    const session = await referenceSession(info.folder);
    const texts = inputs.parity.slice(0, 300);
    const enc = await m.encode(texts, info.maxLength);
    const refRows: Float32Array[] = [];
    for (let i = 0; i < enc.length; i += 16)
      refRows.push(
        ...(await referenceEmbed(
          session,
          enc.slice(i, i + 16).map((e) => Array.from(e.ids)),
          info.pooling as 'mean' | 'cls',
        )),
      );
    const dim = refRows[0].length;
    const ref = { data: new Float32Array(refRows.length * dim), n: refRows.length, dim };
    refRows.forEach((r, i) => ref.data.set(r, i * dim));
    const c = compareEmbeddings(ref, await m.embed(texts));
    result.parity.push({
      model: defaultModel,
      reference: 'onnxruntime-node (JS pipeline)',
      test: `cpu (${cpuThreads} threads)`,
      ...c,
    });
    log(`parity ${defaultModel} onnxruntime-node vs addon cpu: worst cosine ${c.worstCosine.toFixed(7)}`);
    await session.release();
    m.dispose();
  });
}
for (const [nerModel, dev] of nerModels.flatMap((m) => parityAgainst.map((d) => [m, d] as const))) {
  await section(`ner parity ${nerModel} ${dev}`, async () => {
    const ref = await open(nerModel, 'cpu');
    const test = await open(nerModel, dev, dev === 'cpu' ? { threads: 1 } : {});
    // slide texts plus sentences with known entities, so spans exist to compare
    const texts = [
      ...inputs.deck250.slideTexts,
      ...inputs.parity.slice(0, 250),
      'John Smith of Acme Corp met Mary Jones in Paris',
      'Acme Corp opened an office in Berlin',
    ];
    const c = compareSpans(await ref.classifyTokens(texts), await test.classifyTokens(texts));
    result.nerParity.push({ model: nerModel, test: dev === 'cpu' ? 'cpu (1 thread)' : dev, ...c });
    log(
      `ner parity cpu vs ${dev}: ${c.mismatchedTexts}/${c.texts} texts differ, ${c.spans} spans, max score diff ${c.maxScoreDiff.toExponential(2)}`,
    );
    ref.dispose();
    test.dispose();
  });
}

// 2. Throughput: texts per call = batch; one native call per batch, sequential.
for (const model of models) {
  for (const dev of devices) {
    await section(`throughput ${model} ${dev}`, async () => {
      const m = await open(model, dev, { maxBatchSize: 512, maxBatchTokens: 512 * 256 });
      for (const batch of batches) {
        const r = await timeEmbed(m, inputs.mix.slice(0, Math.max(textsPer[dev], batch)), batch);
        result.throughput.push({ model, device: dev, batch, ...r });
        log(
          `${model} ${dev} batch ${batch}: ${r.itemsPerS.toFixed(0)} embeddings/s, ${r.tokensPerS.toFixed(0)} tokens/s`,
        );
      }
      m.dispose();
    });
  }
}

// 3. CUDA: I/O binding with pinned host buffers vs pageable (the default model, same texts).
if (devices.includes('cuda')) {
  await section('pinned host buffers', async () => {
    for (const pinned of [false, true]) {
      const m = await open(defaultModel, 'cuda', {
        maxBatchSize: 512,
        maxBatchTokens: 512 * 256,
        pinnedHostBuffers: pinned,
      });
      for (const batch of batches) {
        const r = await timeEmbed(m, inputs.mix.slice(0, textsPer.cuda), batch);
        result.pinned.push({
          model: defaultModel,
          pinnedRequested: pinned,
          pinnedUsed: m.info().pinnedHostBuffers,
          batch,
          itemsPerS: r.itemsPerS,
          ms: r.ms,
        });
        log(
          `pinned ${pinned} (used ${m.info().pinnedHostBuffers}) batch ${batch}: ${r.itemsPerS.toFixed(0)} embeddings/s`,
        );
      }
      m.dispose();
    }
  });
}

// 4. The nlp phase of a 250-slide deck: one embedding pass over its texts, then NER over its slides.
for (const dev of devices) {
  await section(`deck250 ${dev}`, async () => {
    const emb = await open(defaultModel, dev);
    const ner = await open(nerModel, dev);
    const { embedTexts, slideTexts } = inputs.deck250;
    await emb.embed(embedTexts.slice(0, 64));
    await ner.classifyTokens(slideTexts.slice(0, 16));
    let best = { embedMs: Infinity, nerMs: Infinity, totalMs: Infinity };
    for (let rep = 0; rep < (quick ? 1 : 3); rep++) {
      const a = performance.now();
      await emb.embed(embedTexts);
      const b = performance.now();
      await ner.classifyTokens(slideTexts);
      const c = performance.now();
      if (c - a < best.totalMs) best = { embedMs: b - a, nerMs: c - b, totalMs: c - a };
    }
    result.deck250.push({
      device: dev,
      threads: cpuThreads,
      texts: embedTexts.length,
      slides: slideTexts.length,
      ...best,
    });
    log(
      `deck250 ${dev}: ${embedTexts.length} texts + ${slideTexts.length} slides NER in ${best.totalMs.toFixed(0)} ms (embed ${best.embedMs.toFixed(0)}, ner ${best.nerMs.toFixed(0)})`,
    );
    emb.dispose();
    ner.dispose();
  });
}

result.machine.loadAverageAtEnd = loadavg()[0];
save();
log(`wrote ${join(outDir, 'gpu.json')} and gpu.md (${result.errors.length} section error(s))`);
