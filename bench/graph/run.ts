/**
 * Graph write throughput for a synthetic 250-slide document graph (~2,000 text blocks, 600 concepts,
 * 3,000 mentions, 2,000 relations, 25 charts), in one run:
 *   - Neo4j, batched: `UNWIND $rows … MERGE` with 1,000 rows per statement, one transaction;
 *   - Neo4j, one statement per node/relationship row (batchSize 1), same transaction and Cypher,
 *     pipelined, and again awaiting each statement (the naive loop);
 *   - the embedded SQLite store (prepared statements, one transaction), for reference;
 *   - the document's vectors (250 slides + 600 concepts, 384-d) into a real Qdrant: batched upserts
 *     (256 points per request, the adapter's default) vs one point per request, each awaited
 *     (`wait: true`), fresh and re-ingest (delete by document filter, then upsert).
 * Throughput = (nodes + relationships written) / wall time of writeDocument. Each mode first writes
 * the document into an empty database ("fresh"), then writes it again ("re-ingest": replace).
 *
 *   npx tsx bench/graph/run.ts            # starts its own Neo4j (tools/servers)
 *   OSMOSE_BENCH_NEO4J_URL=bolt://… OSMOSE_BENCH_QDRANT_URL=http://… npx tsx bench/graph/run.ts
 * Qdrant: OSMOSE_BENCH_QDRANT_URL, else a binary found like the tests' (QDRANT_BIN, PATH, ../shared/bin/qdrant).
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
import { startQdrant } from '../../tools/servers/qdrant.js';
import { QdrantVectorStore } from '../../packages/core/src/adapters/qdrant/qdrant-vector-store.js';
import type { VectorRecord } from '../../packages/core/src/model/graph.js';
import { prng } from '../../packages/core/test/adapters/fixtures.js';

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

interface VectorMeasure {
  mode: string;
  phase: 'fresh' | 're-ingest';
  run: number;
  points: number;
  requests: number;
  ms: number;
  pointsPerSecond: number;
}

/** The large graph's vectors: one per slide and per concept, 384-d (the default model's size). */
function largeVectors(dim = 384): VectorRecord[] {
  const g = makeLargeGraph();
  const rnd = prng('bench-vectors');
  const vec = () => Float32Array.from({ length: dim }, () => rnd() - 0.5);
  const model = 'bench-384';
  return [
    ...g.slides.map((s) => ({
      id: `v:slide:${s.id}:${model}`,
      kind: 'slide' as const,
      refId: s.id,
      docId: g.document.id,
      model,
      vector: vec(),
    })),
    ...g.concepts.map((c) => ({
      id: `v:concept:${c.id}:${model}`,
      kind: 'concept' as const,
      refId: c.id,
      docId: null,
      model,
      vector: vec(),
    })),
  ];
}

async function measureQdrant(url: string, runs: number, out: VectorMeasure[]): Promise<number> {
  const records = largeVectors();
  const docId = records[0].docId!;
  const modes: [string, number, number][] = [
    ['qdrant batched (256/request)', 256, runs],
    ['qdrant one point per request', 1, SINGLE_RUNS],
  ];
  let stored = 0;
  for (const [mode, batchSize, n] of modes) {
    for (let run = 1; run <= n; run++) {
      // a fresh instance and an empty collection (created outside the timing)
      const store = new QdrantVectorStore({ url, collectionPrefix: 'bench_', batchSize });
      for (const c of await store.collections()) await store.client.deleteCollection(c);
      await store.init(records[0].vector.length, records[0].model);
      for (const phase of ['fresh', 're-ingest'] as const) {
        const t0 = performance.now();
        await store.upsert(records, docId);
        const ms = performance.now() - t0;
        const m = {
          mode,
          phase,
          run,
          points: records.length,
          requests: Math.ceil(records.length / batchSize) + 1,
          ms: Math.round(ms),
          pointsPerSecond: Math.round((records.length / ms) * 1000),
        };
        out.push(m);
        console.log(
          `${mode.padEnd(30)} ${phase.padEnd(9)} run ${run}: ${m.points} points in ${m.ms} ms = ${m.pointsPerSecond}/s`,
        );
      }
      stored = await store.count();
      if (stored !== records.length)
        throw new Error(`${mode}: Qdrant holds ${stored} points, expected ${records.length}`);
    }
  }
  return stored;
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
  const vectorMeasures: VectorMeasure[] = [];
  let qdrantInfo: { version: string; url: string; startupMs: number | null; points: number } | null = null;
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
    const qExternal = process.env.OSMOSE_BENCH_QDRANT_URL;
    const qServer = qExternal ? null : await startQdrant();
    try {
      const qUrl = qExternal ?? qServer!.url;
      console.log(
        `Qdrant at ${qUrl}${qServer ? ` (${qServer.version}, started in ${qServer.startupMs} ms)` : ''}`,
      );
      const points = await measureQdrant(qUrl, RUNS, vectorMeasures);
      qdrantInfo = {
        version: qServer?.version ?? 'external',
        url: qExternal ? 'external' : 'local binary (tools/servers/qdrant.ts, loopback HTTP)',
        startupMs: qServer?.startupMs ?? null,
        points,
      };
    } finally {
      await qServer?.stop();
    }
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
  const vectorSummary = [...new Set(vectorMeasures.map((m) => m.mode))].flatMap((mode) =>
    (['fresh', 're-ingest'] as const).map((phase) => {
      const ms = vectorMeasures.filter((m) => m.mode === mode && m.phase === phase);
      return {
        mode,
        phase,
        runs: ms.length,
        points: ms[0].points,
        requests: ms[0].requests,
        medianMs: Math.round(median(ms.map((m) => m.ms))),
        medianPointsPerSecond: Math.round(median(ms.map((m) => m.pointsPerSecond))),
      };
    }),
  );
  const vget = (phase: string, batched: boolean) =>
    vectorSummary.find((s) => s.phase === phase && s.mode.includes('batched') === batched)!;
  const qdrantRatioFresh =
    vget('fresh', true).medianPointsPerSecond / vget('fresh', false).medianPointsPerSecond;
  const qdrantRatioRe =
    vget('re-ingest', true).medianPointsPerSecond / vget('re-ingest', false).medianPointsPerSecond;
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
    qdrant: qdrantInfo,
    vectorSummary,
    ratios: {
      batchedVsOnePerRowFresh: Number(ratioFresh.toFixed(1)),
      batchedVsOnePerRowReingest: Number(ratioRe.toFixed(1)),
      batchedVsOnePerRowAwaitedFresh: Number(ratioAwaited.toFixed(1)),
      qdrantBatchedVsOnePerRequestFresh: Number(qdrantRatioFresh.toFixed(1)),
      qdrantBatchedVsOnePerRequestReingest: Number(qdrantRatioRe.toFixed(1)),
    },
    measures,
    vectorMeasures,
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
    '## Vector writes (Qdrant)',
    '',
    `The same document's vectors: ${vectorSummary[0].points} points (${result.input.slides} slides + ${result.input.concepts} concepts, 384-d, Cosine) ` +
      `written by the Qdrant adapter (\`upsert(records, docId)\`: delete the document's points by filter, then upsert in batches, ` +
      `each request awaited with \`wait: true\`) into ${qdrantInfo?.version ?? 'Qdrant'} (${qdrantInfo?.url ?? ''}), sharing the same 2 cores.`,
    '',
    '| mode | phase | runs | points | requests | median ms | points/s |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...vectorSummary.map(
      (s) =>
        `| ${s.mode} | ${s.phase} | ${s.runs} | ${s.points} | ${s.requests} | ${s.medianMs} | ${s.medianPointsPerSecond.toLocaleString('en-US')} |`,
    ),
    '',
    `Batched vs one point per request, same run: **${result.ratios.qdrantBatchedVsOnePerRequestFresh}×** (fresh), **${result.ratios.qdrantBatchedVsOnePerRequestReingest}×** (re-ingest). ` +
      'Requests = upsert requests + the one delete by document filter.',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results/graph.md'), md);
  console.log('\n' + md);
}

await main();
