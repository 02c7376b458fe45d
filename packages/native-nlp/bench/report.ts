/** Markdown rendering of the native-nlp bench results. */
import type { Run } from './embed-bench.js';

interface Result {
  date: string;
  machine: { cpus: number; cpu?: string; loadAverageAtStart: number; loadAverageAtEnd: number };
  quick: boolean;
  matmulCeilingGflops: number;
  runs: Run[];
  modelChoice: { model: string; mrr: number; recallAt1: number; itemsPerS: number; provider: string }[];
  nlpPhase250: { slides: number; texts: number; ms: number; onnxruntimeNodeMs: number; provider: string };
  totalS: number;
}

const f = (x: number, d = 0) => x.toFixed(d);

export function renderMarkdown(r: Result): string {
  const lines = [
    '# native-nlp benchmark',
    '',
    `${r.date} · ${r.machine.cpus} × ${r.machine.cpu ?? 'CPU'} · load average ${f(r.machine.loadAverageAtStart, 1)} → ${f(r.machine.loadAverageAtEnd, 1)} (a shared machine: absolute numbers are noisy; ratios are measured back to back)${r.quick ? ' · quick run' : ''}`,
    '',
    `Single-precision matmul ceiling (ONNX Runtime SGEMM, 1024³, ${r.machine.cpus} threads): **${f(r.matmulCeilingGflops, 1)} GFLOP/s**.`,
    '',
    'Addon = C++ tokenizer + length buckets + token-budget batches + C++ pooling, one native call per batch size chunk.',
    'onnxruntime-node = @huggingface/tokenizers + onnxruntime-node + JS mean pooling, batches in input order.',
    '',
    '| model | workload | batch | addon items/s | addon tokens/s | addon GFLOP/s | ort-node items/s | ort-node tokens/s | addon / ort-node |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (let i = 0; i < r.runs.length; i += 2) {
    const a = r.runs[i];
    const j = r.runs[i + 1];
    lines.push(
      `| ${a.model} | ${a.workload} | ${a.batch} | ${f(a.itemsPerS)} | ${f(a.tokensPerS)} | ${f(a.gflops, 1)} | ${f(j.itemsPerS)} | ${f(j.tokensPerS)} | **${f(a.itemsPerS / j.itemsPerS, 2)}×** |`,
    );
  }
  lines.push(
    '',
    '## Model choice (quality: corpus slide title → body retrieval; speed: corpus mix, batch 128)',
    '',
    '| model | MRR | recall@1 | items/s | EP |',
    '|---|---:|---:|---:|---|',
  );
  for (const c of r.modelChoice)
    lines.push(`| ${c.model} | ${f(c.mrr, 3)} | ${f(c.recallAt1, 3)} | ${f(c.itemsPerS)} | ${c.provider} |`);
  lines.push(
    '',
    `## nlp phase of a 250-slide deck`,
    '',
    `${r.nlpPhase250.texts} distinct texts (candidate phrases + slide texts, realistic length mix) embedded in one pass by the addon: **${f(r.nlpPhase250.ms)} ms** (${r.nlpPhase250.provider}); the onnxruntime-node pipeline in batches of 64 (input order): ${f(r.nlpPhase250.onnxruntimeNodeMs)} ms → **${f(r.nlpPhase250.onnxruntimeNodeMs / r.nlpPhase250.ms, 2)}×**.`,
    '',
    `Total bench time ${f(r.totalS)} s. GPU: not run (no GPU machine was lent to this task).`,
    '',
  );
  return lines.join('\n');
}
