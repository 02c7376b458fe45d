/**
 * Concept-quality evaluation: ingests the decks named in tools/eval/expected/*.yaml and compares each
 * deck's concept nodes with its hand-written list (precision, precision@N, recall, duplicate rate,
 * type accuracy), then checks that batched and one-by-one processing give the same concepts.
 *
 *   npx tsx tools/eval/run.ts [--store dir] [--expected dir] [--out bench/results] [--embeddings]
 *
 * Writes <out>/eval.json and <out>/eval.md (eval-embeddings.* with --embeddings). By default text-only
 * stages (no vision, no embedder): the figures measure the deterministic concept pipeline and the cheap
 * cross-deck resolution; --embeddings adds the native embedding model, so resolution also uses
 * embedding nearest neighbours.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createStages,
  ingestFiles,
  openBackends,
  resolveConfig,
  type Backends,
  type IngestReport,
  type PipelineStages,
} from '../../packages/core/src/index.js';
import type { GraphDump } from '../../packages/core/src/ports/store.js';
import { loadExpected, type ExpectedDeck } from './expected-lists.js';
import { formsOf, scoreDeck, type DeckScore, type NodeInDeck } from './metrics.js';
import { extractDeck } from '../../packages/core/src/extract/index.js';
import { deckBlocks } from '../../packages/core/src/pipeline/blocks.js';
import { extractCandidates } from '../../packages/core/src/concepts/candidates.js';
import { renderMarkdown } from './report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let stages: PipelineStages = { summariserKey: 'text-v1', embedder: null };

async function withStore<T>(dir: string, fn: (b: Backends) => Promise<T>): Promise<T> {
  const b = await openBackends({ storeDir: dir });
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}

/** Per document (by path): concept ids as resolved, and as the document itself named them. */
function idsByDoc(dump: GraphDump): Map<string, { resolved: Set<string>; original: Set<string> }> {
  const pathOf = new Map(dump.documents.map((d) => [d.id, d.path]));
  const out = new Map<string, { resolved: Set<string>; original: Set<string> }>();
  for (const m of dump.mentions) {
    const p = pathOf.get(m.docId)!;
    const e = out.get(p) ?? { resolved: new Set<string>(), original: new Set<string>() };
    e.resolved.add(m.conceptId);
    e.original.add(m.originalConceptId ?? m.conceptId);
    out.set(p, e);
  }
  return out;
}

function agreement(
  a: Map<string, Set<string>>,
  b: Map<string, Set<string>>,
): { inBoth: number; inEither: number; ratio: number } {
  let inBoth = 0;
  let inEither = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? new Set<string>();
    const y = b.get(k) ?? new Set<string>();
    for (const id of new Set([...x, ...y])) {
      inEither++;
      if (x.has(id) && y.has(id)) inBoth++;
    }
  }
  return { inBoth, inEither, ratio: inEither ? Math.round((inBoth / inEither) * 10000) / 10000 : 1 };
}

function nodesOf(dump: GraphDump, path: string): NodeInDeck[] {
  const doc = dump.documents.find((d) => d.path === path);
  if (!doc) return [];
  const count = new Map<string, number>();
  for (const m of dump.mentions)
    if (m.docId === doc.id) count.set(m.conceptId, (count.get(m.conceptId) ?? 0) + 1);
  const byId = new Map(dump.concepts.map((c) => [c.id, c]));
  return [...count.entries()]
    .map(([id, mentions]) => ({ concept: byId.get(id)!, mentions }))
    .filter((n) => n.concept);
}

/** Words of a surface as the miss-cause judge compares them (see metrics.ts). */
function poolKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      store: { type: 'string' },
      expected: { type: 'string' },
      out: { type: 'string' },
      embeddings: { type: 'boolean' },
      ner: { type: 'string' },
    },
  });
  let closeStages = async () => {};
  if (values.embeddings) {
    const handle = await createStages(resolveConfig({ vision: 'off' }));
    if (!handle.stages.embedder)
      throw new Error(`--embeddings: no embedding model (${handle.notes.join('; ')})`);
    stages = { summariserKey: 'text-v1', embedder: handle.stages.embedder };
    closeStages = () => handle.close();
  }
  if (values.ner) {
    // the term/NER model folder (tools/models/ner): the pipeline's model path for English and French decks
    const { createNerClassifier } = await import('../../packages/core/src/nlp/default-embedder.js');
    const r = await createNerClassifier(values.ner);
    if (!r.model) throw new Error(`--ner: ${r.reason}`);
    const prevClose = closeStages;
    stages = { ...stages, ner: r.model };
    closeStages = async () => {
      await prevClose();
      r.model.dispose();
    };
  }
  const corpus = resolve(process.env.OSMOSE_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus', 'pptx'));
  const expected: ExpectedDeck[] = loadExpected(values.expected ?? join(ROOT, 'tools', 'eval', 'expected'));
  const files = expected.map((d) => join(corpus, d.deck));
  const tmp = mkdtempSync(join(tmpdir(), 'osmose-eval-'));
  const storeDir = values.store ?? join(tmp, 'batched');

  // 1. batched: every deck in one run, one store (cross-deck resolution on)
  const t0 = performance.now();
  const { report, dump } = await withStore(storeDir, async (b) => {
    const report: IngestReport = await ingestFiles(files, { backends: b, stages });
    return { report, dump: await b.graph.dumpGraph!(), merges: await b.graph.listMerges!() };
  });
  const batchedMs = performance.now() - t0;
  for (const d of report.documents)
    if (d.status === 'rejected') throw new Error(`${d.file}: ${d.error?.code} ${d.error?.message}`);

  const decks: (DeckScore & {
    file: string;
    deck: string;
    kind: string;
    split: string;
    language?: string;
    nlpPath?: string;
    nlpConceptsMs: number;
    slides: number;
  })[] = [];
  for (let i = 0; i < expected.length; i++) {
    const r = report.documents.find((d) => d.file === files[i]);
    // the deck's lexical candidate pool (to tell a ranking miss from a candidate never produced)
    const deckData = await extractDeck({ path: files[i] });
    const pool = new Set<string>();
    for (const c of extractCandidates(deckBlocks(deckData, 'doc:eval')).values())
      for (const sf of c.surfaces.keys()) pool.add(poolKey(sf));
    const lang = (r as { language?: { code: string; path: string } } | undefined)?.language;
    decks.push({
      file: expected[i].file,
      deck: expected[i].deck,
      kind: expected[i].kind,
      split: expected[i].split,
      language: lang?.code,
      nlpPath: lang?.path,
      slides: r?.slides ?? 0,
      nlpConceptsMs: Math.round((r?.timingsMs.nlp ?? 0) + (r?.timingsMs.concepts ?? 0)),
      ...scoreDeck(expected[i].concepts, nodesOf(dump, files[i]), pool),
    });
  }

  // cross-deck: an expected concept listed for two decks (same name or alias) must be one node in the store
  const shared: { concept: string; decks: [string, string]; sameNode: boolean }[] = [];
  for (let i = 0; i < expected.length; i++)
    for (let j = i + 1; j < expected.length; j++)
      for (const a of expected[i].concepts) {
        const fa = formsOf(a.name, a.aliases);
        const b = expected[j].concepts.find((x) => [...formsOf(x.name, x.aliases)].some((f) => fa.has(f)));
        const na = decks[i].bestNode[a.name];
        const nb = b ? decks[j].bestNode[b.name] : undefined;
        if (b && na && nb)
          shared.push({ concept: a.name, decks: [expected[i].deck, expected[j].deck], sameNode: na === nb });
      }

  // 2. consistency: each deck alone in its own store (extraction must not depend on the batch) …
  const isolated = new Map<string, Set<string>>();
  for (const [i, f] of files.entries()) {
    const ids = await withStore(join(tmp, `alone-${i}`), async (b) => {
      await ingestFiles([f], { backends: b, stages });
      return idsByDoc(await b.graph.dumpGraph!()).get(f)?.original ?? new Set<string>();
    });
    isolated.set(f, ids);
  }
  // … and one deck per run into one store (resolution must give the same graph as one batched run)
  const sequential = await withStore(join(tmp, 'sequential'), async (b) => {
    for (const f of files) await ingestFiles([f], { backends: b, stages });
    return idsByDoc(await b.graph.dumpGraph!());
  });
  const batched = idsByDoc(dump);
  const pick = (
    m: Map<string, { resolved: Set<string>; original: Set<string> }>,
    k: 'resolved' | 'original',
  ) => new Map([...m.entries()].map(([p, v]) => [p, v[k]]));

  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const microOf = (ds: typeof decks) => {
    const sum = (f: (d: DeckScore) => number) => ds.reduce((a, d) => a + f(d), 0);
    const causes: Record<string, number> = {
      'name split': 0,
      boundary: 0,
      variant: 0,
      ranking: 0,
      absent: 0,
    };
    const mustCauses: Record<string, number> = { ...causes };
    for (const d of ds)
      for (const m of d.missCauses) {
        causes[m.cause]++;
        if (m.must) mustCauses[m.cause]++;
      }
    return {
      decks: ds.length,
      expected: sum((d) => d.expected),
      nodes: sum((d) => d.nodes),
      precision: r3(
        sum((d) => d.matchedNodes) /
          Math.max(
            1,
            sum((d) => d.nodes),
          ),
      ),
      // K = number of expected concepts, nodes ranked by mention count
      precisionAtN: r3(
        ds.reduce((a, d) => a + d.precisionAtN * Math.min(d.expected, d.nodes), 0) /
          Math.max(
            1,
            sum((d) => Math.min(d.expected, d.nodes)),
          ),
      ),
      recall: r3(
        sum((d) => d.found) /
          Math.max(
            1,
            sum((d) => d.expected),
          ),
      ),
      mustRecall: r3(
        sum((d) => d.mustFound) /
          Math.max(
            1,
            sum((d) => d.mustExpected),
          ),
      ),
      duplicateRate: r3(
        sum((d) => d.duplicated) /
          Math.max(
            1,
            sum((d) => d.found),
          ),
      ),
      typeAccuracy: r3(
        sum((d) => d.typeCorrect) /
          Math.max(
            1,
            sum((d) => d.found),
          ),
      ),
      codeInTopK: sum((d) => d.topCode.length),
      genericInTopK: sum((d) => d.topGeneric.length),
      missCauses: causes,
      mustMissCauses: mustCauses,
    };
  };
  const micro = microOf(decks);
  const splits = {
    tuning: microOf(decks.filter((d) => d.split === 'tuning')),
    heldout: microOf(decks.filter((d) => d.split === 'heldout')),
  };
  const result = {
    generatedAt: new Date().toISOString(),
    command: 'npx tsx tools/eval/run.ts',
    stages:
      (values.ner ? `term/NER model ${values.ner}; ` : '') +
      (values.embeddings
        ? `text + embeddings (${stages.embedder?.modelId}), no vision, no LLM judge`
        : 'text only (no vision summaries, no embedder, no LLM judge)'),
    corpus,
    micro,
    splits,
    decks,
    crossDeck: {
      conceptsInStore: dump.concepts.length,
      sharedExpected: shared.length,
      sharedOnOneNode: shared.filter((x) => x.sameNode).length,
      splitAcrossDecks: shared.filter((x) => !x.sameNode).map((x) => `${x.concept} (${x.decks.join(' / ')})`),
      merges: (await withStore(storeDir, async (b) => b.graph.listMerges!()))
        .filter((m) => !m.undoneAt)
        .map((m) => ({ kept: m.keptName, merged: m.mergedName, method: m.method, score: m.score })),
    },
    consistency: {
      isolatedVsBatchedExtraction: agreement(pick(batched, 'original'), isolated),
      sequentialVsBatchedResolved: agreement(pick(batched, 'resolved'), pick(sequential, 'resolved')),
    },
    batchedMs: Math.round(batchedMs),
  };
  const out = resolve(values.out ?? join(ROOT, 'bench', 'results'));
  mkdirSync(out, { recursive: true });
  const base = (values.embeddings ? 'eval-embeddings' : 'eval') + (values.ner ? '-ner' : '');
  writeFileSync(join(out, `${base}.json`), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(out, `${base}.md`), renderMarkdown(result));
  process.stdout.write(renderMarkdown(result));
  process.stdout.write(`\nwrote ${join(out, base)}.json and .md\n`);
  await closeStages();
}

main().catch((e) => {
  process.stderr.write(`eval failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
