/** Setup step: the pinned embedding models (fetch.ts) and the generated NER test model, in one process. */
import { fetchModel, manifest } from './fetch.js';
import { generateNerModel } from './ner/generate.js';

const names = new Set([manifest.default, ...manifest.setup, ...(process.env.OSMOSE_MODELS ?? '').split(',').filter(Boolean)]);
for (const n of names) await fetchModel(n);
console.log(`models: NER test model at ${generateNerModel()}`);
