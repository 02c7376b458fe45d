/**
 * The nlp phase of one deck with and without the term/NER model (text-only stages otherwise), same process.
 *   npx tsx tools/models/ner/nlp-phase-bench.ts <deck.pptx> <modelDir>
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles, openBackends, type PipelineStages } from '../../../packages/core/src/index.js';
import { createNerClassifier } from '../../../packages/core/src/nlp/default-embedder.js';

const [deck, modelDir] = process.argv.slice(2);
const ner = await createNerClassifier(modelDir);
if (!ner.model) throw new Error(ner.reason);
const runs: Record<string, number> = {};
for (const [name, stages] of [
  ['rules', { summariserKey: 'text-v1', embedder: null }],
  ['model+rules', { summariserKey: 'text-v1', embedder: null, ner: ner.model }],
] as [string, PipelineStages][]) {
  const b = await openBackends({ storeDir: mkdtempSync(join(tmpdir(), 'osmose-nlpbench-')) });
  const r = await ingestFiles([deck], { backends: b, stages });
  await b.close();
  const d = r.documents[0];
  runs[name] = Math.round(d.timingsMs.nlp ?? -1);
  console.log(
    `${name}: nlp ${runs[name]} ms, ${d.slides} slides, ${d.concepts} concepts, language ${d.language?.code}/${d.language?.path}`,
  );
}
ner.model.dispose();
