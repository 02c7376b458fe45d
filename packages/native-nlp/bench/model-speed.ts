/**
 * Relative speed of the installed embedding models on a shared machine: models interleaved round by
 * round (best of 3 rounds each), same corpus-mix texts.  npx tsx packages/native-nlp/bench/model-speed.ts
 */
import { cpus } from 'node:os';
import { loadModel } from '../src/index.js';
import { mixWorkload } from './workloads.js';

const names = [
  'all-minilm-l6-v2',
  'all-minilm-l6-v2-q',
  'bge-small-en-v1.5',
  'bge-small-en-v1.5-q',
  'e5-small-v2-q',
];
const texts = mixWorkload(96);
const models = await Promise.all(
  names.map((path) => loadModel({ path, device: 'auto', threads: cpus().length, log: () => {} })),
);
for (const m of models) await m.embed(texts.slice(0, 8));
const best = names.map(() => Infinity);
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < models.length; i++) {
    const t0 = performance.now();
    await models[i].embed(texts);
    best[i] = Math.min(best[i], performance.now() - t0);
  }
}
names.forEach((n, i) =>
  console.log(
    `${n}: ${(texts.length / (best[i] / 1000)).toFixed(0)} items/s (${(best[0] / best[i]).toFixed(2)}× the default)`,
  ),
);
for (const m of models) m.dispose();
