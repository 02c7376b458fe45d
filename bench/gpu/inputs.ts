/**
 * The GPU benchmark's inputs, fixed once here (the corpus is not on the device machine):
 *   npx tsx bench/gpu/inputs.ts <out.json>
 * - parity: 1,000 corpus texts (phrases and slide paragraphs, the nlp stage's length mix)
 * - mix: 8,192 texts of the same mix for the throughput runs
 * - deck250: the nlp phase of a 250-slide deck as embed-bench defines it (≈ 6 candidate phrases per
 *   slide plus the 250 slide texts, deduplicated: one embedding pass), and the 250 slide texts for NER.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { mixWorkload } from '../../packages/native-nlp/bench/workloads.js';

export interface GpuInputs {
  parity: string[];
  mix: string[];
  deck250: { embedTexts: string[]; slideTexts: string[] };
}

export function buildInputs(): GpuInputs {
  const parity = mixWorkload(1000);
  const mix = mixWorkload(8192);
  const slideTexts = [...new Set(mixWorkload(4000).filter((t) => t.length >= 80))].slice(0, 250);
  const embedTexts = [...new Set([...mixWorkload(1500).filter((t) => t.length < 80), ...slideTexts])];
  if (parity.length < 1000 || mix.length < 8192 || slideTexts.length < 250) {
    throw new Error(
      `corpus too small for the GPU bench inputs (parity ${parity.length}, mix ${mix.length}, slides ${slideTexts.length}); is ../shared/corpus/pptx there?`,
    );
  }
  return { parity, mix, deck250: { embedTexts, slideTexts } };
}

if (process.argv[1] && /inputs\.[tj]s$/.test(process.argv[1])) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: inputs.ts <out.json>');
  const inputs = buildInputs();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(inputs));
  console.log(
    `wrote ${out}: parity ${inputs.parity.length}, mix ${inputs.mix.length}, deck250 ${inputs.deck250.embedTexts.length} texts / ${inputs.deck250.slideTexts.length} slides`,
  );
}
