/** Setup step: the pinned embedding models (fetch.ts), the generated NER test model and the term/NER model, in one process. */
import { fetchModel, manifest } from './fetch.js';
import { generateNerModel } from './ner/generate.js';
import { installTermModel } from './ner/install-term-model.js';

const names = new Set([
  manifest.default,
  ...manifest.setup,
  ...(process.env.OSMOSE_MODELS ?? '').split(',').filter(Boolean),
]);
for (const n of names) await fetchModel(n);
console.log(`models: NER test model at ${generateNerModel()}`);
console.log(`models: term/NER model (EN+FR) at ${installTermModel()}`);
