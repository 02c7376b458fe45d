/**
 * Graph write throughput for a synthetic 250-slide document graph (~2,000 text blocks, 600 concepts,
 * 3,000 mentions, 2,000 relations, 25 charts), in one run:
 *   - Neo4j, batched: `UNWIND $rows … MERGE` with 1,000 rows per statement, one transaction;
 *   - Neo4j, one statement per node/relationship row (batchSize 1), same transaction and Cypher,
 *     pipelined, and again awaiting each statement (the naive loop);
 *   - the embedded SQLite store (prepared statements, one transaction), for reference.
 * Throughput = (nodes + relationships written) / wall time of writeDocument. Each mode first writes
 * the document into an empty database ("fresh"), then writes it again ("re-ingest": replace).
 *
 *   npx tsx bench/graph/run.ts            # starts its own Neo4j (tools/servers)
 *   OSMOSE_BENCH_NEO4J_URL=bolt://… npx tsx bench/graph/run.ts
 *
 * Writes bench/results/graph.json and bench/results/graph.md.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphStore } from '../../packages/core/src/adapters/neo4j/neo4j-graph-store.js';
import { openEmbeddedStore } from '../../packages/core/src/store/embedded-store.js';
import type { GraphStore } from '../../packages/core/src/ports/store.js';
import { makeGraph, makeLargeGraph } from '../../packages/core/test/adapters/fixtures.js';
import { startNeo4j } from '../../tools/servers/neo4j.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.OSMOSE_BENCH_RUNS ?? 5);
const SINGLE_RUNS = Number(process.env.OSMOSE_BENCH_SINGLE_RUNS ?? 1);

interface Measure {
  mode: string;
  phase: 'fresh' | 're-ingest';
  run: number;
  nodes: number;
  relationships: number;
  ms: number;
  perSecond: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(
  mode: string,
  store: GraphStore,
  reset: () => Promise<void>,
  runs: number,
  out: Measure[],
): Promise<void> {
  const g = makeLargeGraph();
  for (let run = 1; run <= runs; run++) {
    await reset();
    for (const phase of ['fresh', 're-ingest'] as const) {
      const t0 = performance.now();
      const st = await store.writeDocument(g);
      const ms = performance.now() - t0;
      const m = {
        mode,
        phase,
        run,
        nodes: st.nodes,
        relationships: st.relationships,
        ms: Math.round(ms),
        perSecond: Math.round(((st.nodes + st.relationships) / ms) * 1000),
      };
      out.push(m);
      console.log(
        `${mode.padEnd(22)} ${phase.padEnd(9)} run ${run}: ${m.nodes} nodes + ${m.relationships} rels in ${m.ms} ms = ${m.perSecond}/s`,
      );
    }
  }
}

async function main(): Promise<void> {
  const measures: Measure[] = [];
  const loadBefore = loadavg().map((x) => Number(x.toFixed(2)));
  const external = process.env.OSMOSE_BENCH_NEO4J_URL;
  const server = external ? null : await startNeo4j({ javaOpts: ['-Xms1g', '-Xmx1g', '-XX:+UseParallelGC'] });
  const url = external ?? server!.url;
  console.log(
    `Neo4j at ${url}${server ? ` (${server.neo4jVersion}, started in ${server.startupMs} ms)` : ''}`,
  );
  const batched = new Neo4jGraphStore({ url, batchSize: 1000 });
  const single = new Neo4jGraphStore({ url, batchSize: 1 });
  const singleAwaited = new Neo4jGraphStore({ url, batchSize: 1, pipeline: false });
  const sqliteDir = mkdtempSync(join(tmpdir(), 'osmose-bench-sqlite-'));
  const embedded = openEmbeddedStore(sqliteDir);
  const totals: Record<string, { nodes: number; relationships: number }> = {};
  try {
    await batched.init();
    // Warm-up (JVM JIT, Cypher plan cache) for both statement shapes, then start from empty.
    for (let i = 0; i < 3; i++) await batched.writeDocument(makeLargeGraph('/bench/warmup.pptx', `w${i}`));
    await single.writeDocument(
      makeGraph({ path: '/bench/warmup.pptx', content: 'w', slides: 30, mentions: 200, relations: 20 }),
    );
    await batched.clearAll();
    await measure('neo4j batched UNWIND', batched, () => batched.clearAll(), RUNS, measures);
    totals.batched = await batched.totals();
    await measure('neo4j one-per-row', single, () => batched.clearAll(), SINGLE_RUNS, measures);
    totals.single = await batched.totals();
    await measure(
      'neo4j one-per-row awaited',
      singleAwaited,
      () => batched.clearAll(),
      SINGLE_RUNS,
      measures,
    );
    await measure(
      'embedded sqlite',
      embedded.graph,
      async () => {
        const d = await embedded.graph.findDocumentByPath('/bench/synthetic-250.pptx');
        if (d) await embedded.graph.deleteDocument(d.id);
      },
      RUNS,
      measures,
    );
  } finally {
    await batched.close();
    await single.close();
    await singleAwaited.close();
    embedded.close();
    rmSync(sqliteDir, { recursive: true, force: true });
    await server?.stop();
  }
  if (
    totals.batched.nodes !== totals.single.nodes ||
    totals.batched.relationships !== totals.single.relationships
  ) {
    throw new Error(`the two Neo4j modes wrote different graphs: ${JSON.stringify(totals)}`);
  }

  const summary = [
    'neo4j batched UNWIND',
    'neo4j one-per-row',
    'neo4j one-per-row awaited',
    'embedded sqlite',
  ].flatMap((mode) =>
    (['fresh', 're-ingest'] as const).map((phase) => {
      const ms = measures.filter((m) => m.mode === mode && m.phase === phase);
      return {
        mode,
        phase,
        runs: ms.length,
        nodes: ms[0].nodes,
        relationships: ms[0].relationships,
        medianMs: Math.round(median(ms.map((m) => m.ms))),
        medianPerSecond: Math.round(median(ms.map((m) => m.perSecond))),
      };
    }),
  );
  const get = (mode: string, phase: string) => summary.find((s) => s.mode === mode && s.phase === phase)!;
  const ratioFresh =
    get('neo4j batched UNWIND', 'fresh').medianPerSecond / get('neo4j one-per-row', 'fresh').medianPerSecond;
  const ratioRe =
    get('neo4j batched UNWIND', 're-ingest').medianPerSecond /
    get('neo4j one-per-row', 're-ingest').medianPerSecond;
  const ratioAwaited =
    get('neo4j batched UNWIND', 'fresh').medianPerSecond /
    get('neo4j one-per-row awaited', 'fresh').medianPerSecond;
  const g = makeLargeGraph();
  const result = {
    benchmark: 'graph write throughput, synthetic 250-slide document graph',
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((x) => Number(x.toFixed(2))),
    },
    neo4j: {
      version: server?.neo4jVersion ?? 'external',
      url: external ? 'external' : 'embedded DBMS via tools/neo4j (Bolt, loopback)',
      heap: server ? '1 GiB ParallelGC' : 'n/a',
      startupMs: server?.startupMs ?? null,
    },
    input: {
      slides: g.slides.length,
      textBlocks: g.textBlocks.length,
      topics: g.topics.length,
      concepts: g.concepts.length,
      mentions: g.mentions.length,
      relations: g.relations.length,
      chartPoints: g.chartFacts.length,
    },
    graphInNeo4j: totals.batched,
    summary,
    ratios: {
      batchedVsOnePerRowFresh: Number(ratioFresh.toFixed(1)),
      batchedVsOnePerRowReingest: Number(ratioRe.toFixed(1)),
      batchedVsOnePerRowAwaitedFresh: Number(ratioAwaited.toFixed(1)),
    },
    measures,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/graph.json'), JSON.stringify(result, null, 2) + '\n');
  const md = [
    '# Graph write throughput',
    '',
    `Synthetic 250-slide document graph (${result.input.slides} slides, ${result.input.textBlocks} text blocks, ${result.input.concepts} concepts, ` +
      `${result.input.mentions} mentions, ${result.input.relations} relations, ${result.input.chartPoints} chart points), written with \`writeDocument\` ` +
      `(one transaction). Measured ${result.date.slice(0, 16)}Z on ${result.machine.cpus} CPU cores (${result.machine.cpuModel}), Node ${result.machine.node}, ` +
      `Neo4j ${result.neo4j.version} (${result.neo4j.url}, ${result.neo4j.heap}); 1-min load average ${result.machine.loadAverageBefore[0]} before, ` +
      `${result.machine.loadAverageAfter[0]} after${result.machine.loadAverageBefore[0] > result.machine.cpus ? ' (other work was running on the machine)' : ''}. Produced by \`npx tsx bench/graph/run.ts\`.`,
    '',
    '| store / mode | phase | runs | nodes | relationships | median ms | (nodes+rels)/s |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...summary.map(
      (s) =>
        `| ${s.mode} | ${s.phase} | ${s.runs} | ${s.nodes} | ${s.relationships} | ${s.medianMs} | ${s.medianPerSecond.toLocaleString('en-US')} |`,
    ),
    '',
    `Batched UNWIND vs one statement per row, same run: **${result.ratios.batchedVsOnePerRowFresh}×** (fresh), **${result.ratios.batchedVsOnePerRowReingest}×** (re-ingest); **${result.ratios.batchedVsOnePerRowAwaitedFresh}×** (fresh) against one statement per row awaited one by one.`,
    '',
    '"fresh" writes into an empty database; "re-ingest" writes the same document id again: its nodes are MERGEd in place,',
    'its mentions and relations re-created and stale records swept, in the same transaction. "one-per-row" runs the same Cypher with one row per statement, sent pipelined like the batched',
    'mode; "one-per-row awaited" waits for each statement\'s answer before sending the next (the naive loop). Neo4j and this',
    'benchmark share the 2 cores; the Neo4j JVM is warmed up with three writes of the same-sized graph first.',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results/graph.md'), md);
  console.log('\n' + md);
}

await main();
