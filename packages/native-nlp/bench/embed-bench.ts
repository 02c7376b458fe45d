/**
 * native-nlp benchmark: the addon vs the onnxruntime-node JS pipeline on the same model and inputs.
 * Writes bench/results/native-nlp.json and .md at the repo root.
 *   npx tsx packages/native-nlp/bench/embed-bench.ts [--quick]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchModel } from '../../../tools/models/fetch.js';
import { loadModel, type NlpModel } from '../src/index.js';
import { JsEmbedder, matmulGflops } from './baselines.js';
import { renderMarkdown } from './report.js';
import { fixedWorkload, mixWorkload, titleBodyPairs } from './workloads.js';

const quick = process.argv.includes('--quick');
const threads = cpus().length;
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const ARCH: Record<string, { layers: number; hidden: number; inter: number }> = {
  'all-minilm-l6-v2': { layers: 6, hidden: 384, inter: 1536 },
  'all-minilm-l6-v2-q': { layers: 6, hidden: 384, inter: 1536 },
  'bge-small-en-v1.5': { layers: 12, hidden: 384, inter: 1536 },
  'bge-small-en-v1.5-q': { layers: 12, hidden: 384, inter: 1536 },
  'e5-small-v2-q': { layers: 12, hidden: 384, inter: 1536 },
};
/** Encoder FLOPs for `padded` tokens in rows of length S: dense layers + attention scores/values. */
function flops(model: string, padded: number, S: number): number {
  const a = ARCH[model];
  return padded * a.layers * (2 * (4 * a.hidden * a.hidden + 2 * a.hidden * a.inter) + 4 * S * a.hidden);
}

export interface Run {
  model: string;
  workload: string;
  batch: number;
  impl: 'addon' | 'onnxruntime-node';
  items: number;
  tokens: number;
  padded: number;
  ms: number;
  itemsPerS: number;
  tokensPerS: number;
  gflops: number;
}

async function timeAddon(
  m: NlpModel,
  name: string,
  texts: string[],
  batch: number,
): Promise<Omit<Run, 'workload' | 'impl'>> {
  await m.embed(texts.slice(0, Math.min(batch, 8))); // warm-up
  const s0 = m.stats();
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += batch) await m.embed(texts.slice(i, i + batch));
  const ms = performance.now() - t0;
  const s1 = m.stats();
  const padded = s1.paddedTokens - s0.paddedTokens;
  const tokens = s1.tokens - s0.tokens;
  const S = padded / Math.max(1, texts.length);
  return {
    model: name,
    batch,
    items: texts.length,
    tokens,
    padded,
    ms,
    itemsPerS: texts.length / (ms / 1000),
    tokensPerS: tokens / (ms / 1000),
    gflops: flops(name, padded, S) / (ms / 1e3) / 1e9,
  };
}

async function timeJs(
  js: JsEmbedder,
  name: string,
  texts: string[],
  batch: number,
): Promise<Omit<Run, 'workload' | 'impl'>> {
  await js.embedBatch(texts.slice(0, Math.min(batch, 8)));
  let padded = 0,
    tokens = 0;
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += batch) {
    const r = await js.embedBatch(texts.slice(i, i + batch));
    padded += r.padded;
    tokens += r.tokens;
  }
  const ms = performance.now() - t0;
  const S = padded / Math.max(1, texts.length);
  return {
    model: name,
    batch,
    items: texts.length,
    tokens,
    padded,
    ms,
    itemsPerS: texts.length / (ms / 1000),
    tokensPerS: tokens / (ms / 1000),
    gflops: flops(name, padded, S) / (ms / 1e3) / 1e9,
  };
}

async function quality(m: NlpModel, pairs: { title: string; body: string }[], prefix: string) {
  const t = await m.embed(pairs.map((p) => prefix + p.title));
  const b = await m.embed(pairs.map((p) => prefix + p.body));
  const d = t.dim;
  let mrr = 0,
    r1 = 0;
  for (let i = 0; i < pairs.length; i++) {
    const q = t.data.subarray(i * d, (i + 1) * d);
    const sims = pairs.map((_, j) => {
      let s = 0;
      for (let k = 0; k < d; k++) s += q[k] * b.data[j * d + k];
      return s;
    });
    const rank = 1 + sims.filter((s) => s > sims[i]).length;
    mrr += 1 / rank;
    if (rank === 1) r1++;
  }
  return { mrr: mrr / pairs.length, recallAt1: r1 / pairs.length };
}

for (const name of Object.keys(ARCH)) await fetchModel(name);
const batches = quick ? [1, 32, 512] : [1, 8, 32, 128, 512];
const runs: Run[] = [];
const t0 = performance.now();
const load0 = loadavg()[0];
console.log(`native-nlp bench: ${threads} threads, load ${load0.toFixed(2)}${quick ? ' (quick)' : ''}`);
const ceiling = await matmulGflops(threads);
console.log(`matmul ceiling (ORT SGEMM 1024³): ${ceiling.toFixed(1)} GFLOP/s`);

const workloads: [string, string[]][] = [
  ['corpus mix', mixWorkload(quick ? 128 : 256)],
  ['fixed 8', fixedWorkload(8, quick ? 128 : 512)],
  ['fixed 32', fixedWorkload(32, quick ? 64 : 128)],
  ['fixed 128', fixedWorkload(128, quick ? 32 : 64)],
];
for (const name of ['all-minilm-l6-v2', 'all-minilm-l6-v2-q']) {
  const m = await loadModel({
    path: name,
    device: 'auto',
    threads,
    maxBatchTokens: 32768,
    maxBatchSize: 512,
    log: () => {},
  });
  const info = m.info();
  const js = await JsEmbedder.create(info.folder, info.maxLength, info.pooling, threads);
  for (const [wl, texts] of workloads) {
    if (name.endsWith('-q') && wl !== 'corpus mix') continue;
    for (const batch of batches) {
      const items = batch === 1 ? texts.slice(0, 32) : texts;
      // best of 2, alternating, so both sides see the same machine load
      let a = await timeAddon(m, name, items, batch);
      let j = await timeJs(js, name, items, batch);
      for (let rep = 1; rep < (quick ? 1 : 2); rep++) {
        const a2 = await timeAddon(m, name, items, batch);
        const j2 = await timeJs(js, name, items, batch);
        if (a2.ms < a.ms) a = a2;
        if (j2.ms < j.ms) j = j2;
      }
      runs.push({ ...a, workload: wl, impl: 'addon' }, { ...j, workload: wl, impl: 'onnxruntime-node' });
      console.log(
        `${name} ${wl} b=${batch}: addon ${a.itemsPerS.toFixed(0)} items/s, ort-node ${j.itemsPerS.toFixed(0)} items/s, ratio ${(a.itemsPerS / j.itemsPerS).toFixed(2)}`,
      );
    }
  }
  await js.release();
  m.dispose();
}

// Model choice: title -> body retrieval on corpus slides (quality) and corpus-mix throughput (speed).
const pairs = titleBodyPairs(quick ? 120 : 300);
const choice: { model: string; mrr: number; recallAt1: number; itemsPerS: number; provider: string }[] = [];
const mix = workloads[0][1];
for (const name of Object.keys(ARCH)) {
  const m = await loadModel({ path: name, device: 'auto', threads, log: () => {} });
  const q = await quality(m, pairs, ''); // e5's "query: " prefix is added by the model (config queryPrefix)
  const sp = await timeAddon(m, name, mix.slice(0, quick ? 128 : 256), 128);
  choice.push({ model: name, ...q, itemsPerS: sp.itemsPerS, provider: m.info().provider });
  console.log(
    `${name}: MRR ${q.mrr.toFixed(3)} R@1 ${q.recallAt1.toFixed(3)} ${sp.itemsPerS.toFixed(0)} items/s`,
  );
  m.dispose();
}

// nlp phase of a 250-slide deck: ~6 candidates per slide plus the 250 slide texts, one pass.
const def = await loadModel({ path: 'all-minilm-l6-v2', device: 'auto', threads, log: () => {} });
const deckTexts = [
  ...new Set([
    ...mixWorkload(1500).filter((t) => t.length < 80),
    ...mixWorkload(2000)
      .filter((t) => t.length >= 80)
      .slice(0, 250),
  ]),
];
const p0 = performance.now();
await def.embed(deckTexts);
const addonMs = performance.now() - p0;
const jsDef = await JsEmbedder.create(def.info().folder, def.info().maxLength, def.info().pooling, threads);
const p1 = performance.now();
for (let i = 0; i < deckTexts.length; i += 64) await jsDef.embedBatch(deckTexts.slice(i, i + 64));
const jsMs = performance.now() - p1;
await jsDef.release();
const nlpPhase = {
  slides: 250,
  texts: deckTexts.length,
  ms: addonMs,
  onnxruntimeNodeMs: jsMs,
  provider: def.info().provider,
};
console.log(
  `nlp phase of a 250-slide deck: ${deckTexts.length} texts, addon ${addonMs.toFixed(0)} ms (one call), onnxruntime-node ${jsMs.toFixed(0)} ms (batches of 64)`,
);
def.dispose();

const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageAtStart: load0,
    loadAverageAtEnd: loadavg()[0],
  },
  quick,
  matmulCeilingGflops: ceiling,
  runs,
  modelChoice: choice,
  nlpPhase250: nlpPhase,
  totalS: (performance.now() - t0) / 1000,
};
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'native-nlp.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(dir, 'native-nlp.md'), renderMarkdown(result));
console.log(`wrote ${join(dir, 'native-nlp.md')}`);
