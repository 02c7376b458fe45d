// `npm run bench`: runs every benchmark in sequence (they share 2 cores; never in parallel) and
// rewrites bench/results/README.md, the index the top-level README links.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const only = process.argv.slice(2);
const BENCHES = [
  {
    name: 'extract',
    cmd: ['packages/core/bench/extract.bench.ts'],
    result: 'extract.md',
    what: 'PPTX extraction ms/slide (largest corpus decks, sample, 250-slide deck)',
  },
  {
    name: 'native-nlp',
    cmd: ['packages/native-nlp/bench/embed-bench.ts'],
    result: 'native-nlp.md',
    what: 'embeddings: addon vs onnxruntime-node (items/s, tokens/s, ratio), matmul ceiling, nlp phase of a 250-slide deck',
  },
  {
    name: 'embed-batch',
    cmd: ['bench/embed-batch/run.ts'],
    result: 'embed-batch.md',
    what: 'padded tokens per inference batch on the CPU provider: corpus slide texts through the int8 and fp32 MiniLM, budgets 512–16,384, one thread and all cores',
  },
  {
    name: 'corpus',
    cmd: ['bench/corpus/run.ts'],
    result: 'corpus.md',
    what: 'whole-corpus osmose ingest (default embeddings, no vision): this checkout vs the reference commit 07aa667 side by side, wall time, peak RSS, load',
  },
  {
    name: 'resolve',
    cmd: ['bench/resolve/large-store.ts'],
    result: 'resolve-large-store.md',
    what: 'entity resolution per new document against 5,000–50,000 stored concepts (embedded) and 5,000–20,000 (Neo4j): the name index kept from the concept change log vs the store read whole',
  },
  {
    name: 'server-queries',
    cmd: ['bench/server/queries.ts'],
    result: 'server-queries.md',
    what: "the server's read endpoints against 100 synthetic 250-slide decks: the store's indexes vs the whole graph read per request (documents, a thumbnail's lookup, concept lists, text search, graph views), same JSON checked",
  },
  {
    name: 'graph',
    cmd: ['tools/servers/with-servers.ts', 'bench/graph/run.ts'],
    result: 'graph.md',
    what: 'graph writes: batched UNWIND vs one-per-row into Neo4j, embedded SQLite',
  },
  {
    name: 'vision',
    cmd: ['bench/vision/run.ts'],
    result: 'vision.md',
    what: 'vision phase vs the realistic simulator: optimised vs baseline, efficiency vs the rate floor',
  },
  {
    name: 'hedge-reserve',
    cmd: ['bench/vision/hedge-reserve.ts'],
    result: 'hedge-reserve.md',
    what: 'the vision client A/B on 16 simulator seeds: the share of the retry budget tail copies leave to rescues (30 %, 10 %, none)',
  },
  {
    name: 'folder-order',
    cmd: ['bench/vision/folder-order.ts'],
    result: 'folder-order.md',
    what: "a folder's provider calls in input order vs arrival order: 3 corpus decks at 120 RPM with the CLI defaults (judge and LLM extraction on), both orders per simulator seed, and a Monte Carlo of the order alone (3 and 10 decks)",
  },
  {
    name: 'eval',
    cmd: ['tools/eval/run.ts'],
    result: 'eval.md',
    what: 'concept quality: precision, recall, duplicate rate on 5 corpus decks',
  },
  {
    name: 'long-lines',
    cmd: ['bench/concepts/long-lines.ts'],
    result: 'long-lines.md',
    what: 'concept extraction on one very long line vs the same text in lines (25,000–400,000 characters): the ratio shows it stays linear',
  },
  {
    name: 'server',
    cmd: ['bench/server/run.ts'],
    result: 'server.md',
    what: 'osmose serve: 10 decks at once + 100 query clients vs the CLI one by one; query p95, event-loop lag',
  },
  {
    name: 'worker-handoff',
    cmd: ['bench/server/worker-handoff.ts'],
    result: 'worker-handoff.md',
    what: 'osmose worker (BullMQ): 3 decks with vision at 120 RPM, jobs that wait for answers leave their slot vs not; efficiency vs the rate floor',
  },
  {
    name: 'ui',
    cmd: ['packages/web/bench/ui-perf.ts'],
    result: 'ui-perf.md',
    what: 'web app in headless Chromium on the whole corpus: concepts view render vs a full table, 2,000-node graph layout, draw and frame times',
  },
];

for (const b of BENCHES) {
  if (only.length && !only.includes(b.name)) continue;
  const script = join(root, b.cmd[0]);
  if (!existsSync(script)) {
    console.log(`skip ${b.name}: ${b.cmd[0]} not found`);
    continue;
  }
  console.log(`\n=== ${b.name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...b.cmd], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) console.log(`${b.name} exited with ${r.status}`);
}

const lines = [
  '# Benchmark results',
  '',
  'Written by the benchmarks themselves; `npm run bench` reruns them all (or `npm run bench -- <name>`).',
  'Figures are from shared 2-core machines: ratios measured within one run are the comparable numbers.',
  '',
  '| benchmark | what | result |',
  '|---|---|---|',
];
for (const b of BENCHES) {
  const f = join(root, 'bench', 'results', b.result);
  lines.push(`| ${b.name} | ${b.what} | ${existsSync(f) ? `[${b.result}](${b.result})` : '(not run yet)'} |`);
}
writeFileSync(join(root, 'bench', 'results', 'README.md'), lines.join('\n') + '\n');
console.log('\nwrote bench/results/README.md');
