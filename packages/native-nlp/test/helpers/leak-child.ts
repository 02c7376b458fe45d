/**
 * Run under `node --expose-gc --import tsx`: 10,000 embed/classify/encode calls (plus error paths),
 * printing RSS samples as JSON on the last line.
 */
import { generateNerModel } from '../../../../tools/models/ner/generate.js';
import { loadModel } from '../../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const calls = Number(process.argv[2] ?? 10_000);
const emb = await loadModel({ path: process.argv[3] ?? 'all-minilm-l6-v2-q', device: 'cpu', threads: 1 });
const ner = await loadModel({ path: generateNerModel(), device: 'cpu', threads: 1 });
const texts = ['knowledge graph', 'PowerPoint decks into a knowledge graph', '', 'Acme Corp in Paris'];
const samples: number[] = [];
for (let i = 0; i < calls; i++) {
  const k = i % 10;
  if (k < 6) {
    const r = await emb.embed([texts[i % 4], `item ${i}`]);
    if (r.n !== 2) throw new Error('bad result');
  } else if (k < 8) {
    await ner.classifyTokens([`John Smith ${i} at Acme Corp`]);
  } else if (k === 8) {
    await emb.encode([texts[i % 4]]);
  } else {
    await emb.embed([1 as unknown as string]).catch(() => undefined);
  }
  if (i % 1000 === 999) {
    gc();
    samples.push(process.memoryUsage().rss);
  }
}
emb.dispose();
ner.dispose();
gc();
console.log(JSON.stringify({ calls, samples }));
