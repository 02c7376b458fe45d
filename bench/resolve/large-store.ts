/**
 * Entity resolution against a large embedded store: a team that feeds hundreds of decks a month ends up with tens of
 * thousands of concepts, and every new document is resolved against all of them. Measured in one run, on the same
 * store state, for each new document:
 *   - "read whole": the store read in full and its name index rebuilt for the document (what resolution did before
 *     the concept change log of migration 6; what it still does on Neo4j), the key memo warm as in a long process;
 *   - "change log": the connection's name index brought up to date from the concept change log;
 * both give the same merges (checked). Also: the first document on a fresh connection (the index built once), the
 * document's write (orphans pruned among its own and its replaced documents' concepts) and, for the record, what the
 * old whole-store orphan sweep costs on the same store.
 *
 *   npx tsx bench/resolve/large-store.ts [--sizes 5000,20000,50000] [--docs 5]
 *
 * Writes bench/results/resolve-large-store.json and .md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptRecord, ConceptType, DocumentGraph } from '../../packages/core/src/model/graph.js';
import type { GraphStore } from '../../packages/core/src/ports/store.js';
import { resolveStage } from '../../packages/core/src/resolve/resolve-stage.js';
import { openEmbeddedStore } from '../../packages/core/src/store/embedded-store.js';
import { prng } from '../../packages/core/test/adapters/fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '5000,20000,50000').split(',').map(Number);
const DOCS = Number(arg('docs', '5'));
const PER_STORED_DOC = 500;

const WORDS = (
  'access account agent alert analytics api application architecture asset audit backup baseline benchmark billing ' +
  'boundary budget cache capacity catalog certificate change channel cluster compliance configuration connector ' +
  'consent container contract control cost credential customer dashboard data database deployment device directory ' +
  'discovery domain encryption endpoint engine event exposure feature firewall framework gateway governance identity ' +
  'incident index integration inventory key latency ledger license lifecycle log maturity metric migration model ' +
  'monitoring network notebook onboarding operations partner patch pipeline platform policy portal privacy process ' +
  'product profile protocol quality queue recovery registry release report repository request resilience retention ' +
  'review risk roadmap role runtime sandbox scanner schema secret segment sensor server service session signal ' +
  'standard storage strategy supplier support telemetry template tenant threat token training transfer trust update ' +
  'usage vault vendor version workflow workload zone'
).split(' ');
const QUALIFIERS = (
  'adaptive automated central cloud continuous customer data digital distributed edge enterprise external federated ' +
  'global hybrid internal legacy managed mobile open operational partner predictive private public real-time regional ' +
  'remote secure shared smart strategic unified virtual zero-trust'
).split(' ');
const TYPES: ConceptType[] = ['ENTITY', 'PRACTICE', 'PRODUCT', 'METRIC', 'STANDARD'];
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** A deterministic name: two or three words, now and then with its acronym as an alias. */
function nameAt(i: number): { name: string; aliases: string[] } {
  const r = prng(`name:${i}`);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words = [pick(QUALIFIERS), pick(WORDS), pick(WORDS)].slice(r() < 0.5 ? 0 : 1);
  const name = `${words.map(cap).join(' ')} ${i.toString(36).toUpperCase()}`;
  const acronym = words.map((w) => w[0].toUpperCase()).join('') + i.toString(36).toUpperCase();
  return { name, aliases: r() < 0.2 && /^[A-Z][A-Z0-9]{1,9}$/.test(acronym) ? [acronym] : [] };
}

const idOf = (name: string) => 'c:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function graph(
  doc: string,
  concepts: { name: string; aliases: string[]; type: ConceptType }[],
): DocumentGraph {
  const docId = `doc:${doc}`;
  const slideId = `${docId}:s1`;
  const seen = new Set<string>();
  const recs: ConceptRecord[] = [];
  for (const c of concepts) {
    const id = idOf(c.name);
    if (seen.has(id)) continue;
    seen.add(id);
    recs.push({ id, name: c.name, type: c.type, aliases: c.aliases, definition: null, confidence: 0.8 });
  }
  return {
    document: {
      id: docId,
      path: `/bench/${doc}.pptx`,
      fileName: `${doc}.pptx`,
      sha256: doc,
      title: doc,
      slideCount: 1,
      hiddenSlides: 0,
      ingestedAt: '2026-01-01T00:00:00Z',
      pipelineVersion: 'bench',
    },
    slides: [
      {
        id: slideId,
        docId,
        index: 1,
        title: doc,
        hidden: false,
        section: null,
        layout: null,
        hash: doc,
        summary: '',
        summarySource: 'text',
        notes: '',
      },
    ],
    textBlocks: [],
    topics: [],
    concepts: recs,
    mentions: recs.map((c, i) => ({
      id: `m:${slideId}:${i}`,
      conceptId: c.id,
      docId,
      slideId,
      slideIndex: 1,
      shapeId: '2',
      layer: 'body',
      start: 0,
      end: c.name.length,
      surface: c.name,
      sentence: `${c.name} is used here.`,
    })),
    relations: [],
    chartFacts: [],
    vectors: [],
  };
}

/** A new document of 60 concepts: 20 plural or hyphenated forms of stored names, 5 stored acronyms, 35 new names. */
function newDoc(size: number, k: number): DocumentGraph {
  const r = prng(`doc:${size}:${k}`);
  const at = () => Math.floor(r() * size);
  const concepts: { name: string; aliases: string[]; type: ConceptType }[] = [];
  for (let j = 0; j < 20; j++) {
    const i = at();
    const n = nameAt(i).name.split(' ');
    concepts.push({
      name: j % 2 ? `${n.join('-').toLowerCase()}` : `${n.slice(0, -1).join(' ')}s ${n.at(-1)}`,
      aliases: [],
      type: TYPES[i % TYPES.length],
    });
  }
  for (let j = 0; j < 5; j++) {
    let i = at();
    while (nameAt(i).aliases.length === 0) i = (i + 1) % size;
    concepts.push({ name: nameAt(i).aliases[0], aliases: [], type: TYPES[i % TYPES.length] });
  }
  for (let j = 0; j < 35; j++) {
    const { name } = nameAt(size * 10 + k * 100 + j);
    concepts.push({ name: `${name} Fresh`, aliases: [], type: 'ENTITY' });
  }
  return graph(`new-${size}-${k}`, concepts);
}

/** The same connection without its change log: the store read whole for each document. */
const readWhole = (store: GraphStore): GraphStore =>
  Object.create(store, { conceptChanges: { value: undefined } }) as GraphStore;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

interface Row {
  concepts: number;
  docs: number;
  mergesPerDoc: number;
  coldMs: number;
  wholeMs: number;
  logMs: number;
  ratio: number;
  writeMs: number;
  oldSweepMs: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'osmose-bench-resolve-'));
  const rows: Row[] = [];
  try {
    const writer = openEmbeddedStore(dir);
    let stored = 0;
    for (const size of SIZES) {
      while (stored < size) {
        const d = stored / PER_STORED_DOC;
        const concepts = Array.from({ length: PER_STORED_DOC }, (_, j) => {
          const i = stored + j;
          return { ...nameAt(i), type: TYPES[i % TYPES.length] };
        });
        await writer.graph.writeDocument(graph(`stored-${d}`, concepts));
        stored += PER_STORED_DOC;
      }
      const count = (await writer.graph.counts()).concepts;
      // a fresh connection, as a new process or worker has: its first document builds the index
      const conn = openEmbeddedStore(dir);
      const t0 = performance.now();
      await resolveStage(newDoc(size, -1), { store: conn.graph });
      const coldMs = performance.now() - t0;
      // (the read-whole path's key memo is warm too: the cold call above computed every stored concept's keys)
      await resolveStage(newDoc(size, -2), { store: readWhole(conn.graph) });
      const whole: number[] = [];
      const log: number[] = [];
      const writes: number[] = [];
      let merges = 0;
      for (let k = 0; k < DOCS; k++) {
        const a = newDoc(size, k);
        const b = newDoc(size, k);
        const ta = performance.now();
        const ra = await resolveStage(a, { store: readWhole(conn.graph), now: () => 'T' });
        whole.push(performance.now() - ta);
        const tb = performance.now();
        const rb = await resolveStage(b, { store: conn.graph, now: () => 'T' });
        log.push(performance.now() - tb);
        if (JSON.stringify(ra.merges) !== JSON.stringify(rb.merges))
          throw new Error(`size ${size}, document ${k}: the two paths merged differently`);
        merges += rb.merges.length;
        // written from the other connection: the next document's index follows it through the log
        writes.push((await writer.graph.writeDocument(b)).ms);
      }
      const ts = performance.now();
      writer.db
        .prepare(
          'DELETE FROM concepts WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.concept_id = concepts.id)',
        )
        .run();
      const oldSweepMs = performance.now() - ts;
      conn.close();
      const row: Row = {
        concepts: count,
        docs: DOCS,
        mergesPerDoc: r1(merges / DOCS),
        coldMs: r1(coldMs),
        wholeMs: r1(median(whole)),
        logMs: r1(median(log)),
        ratio: r1(median(whole) / median(log)),
        writeMs: r1(median(writes)),
        oldSweepMs: r1(oldSweepMs),
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    writer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const out = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
    loadAverage: loadavg().map((x) => r1(x)),
    rows,
  };
  writeFileSync(join(ROOT, 'bench/results/resolve-large-store.json'), JSON.stringify(out, null, 2) + '\n');
  const md = [
    '# Entity resolution against a large store',
    '',
    `- date: ${out.date}; ${out.machine}; load average at the end ${out.loadAverage.join(' / ')}`,
    '- produced by `npx tsx bench/resolve/large-store.ts`: synthetic stores of 500-concept documents; each new document has 60 concepts (20 plural or hyphenated forms of stored names, 5 stored acronyms, 35 new names); medians over the new documents',
    '- read whole: every stored concept read and the name index rebuilt for the document (before migration 6; Neo4j still); change log: the connection keeps its index and re-reads only the concepts changed since its last document; both paths gave the same merges for every document (checked)',
    "- first document: a fresh connection, its index built from every concept once; write: the document written from another connection (orphans pruned among its own and its replaced documents' concepts); old sweep: the whole-store orphan sweep every write ran before, for the record",
    '',
    '| stored concepts | documents | merges per document | first document ms | read whole ms | change log ms | read whole ÷ change log | write ms | old sweep ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.concepts.toLocaleString('en')} | ${r.docs} | ${r.mergesPerDoc} | ${r.coldMs} | ${r.wholeMs} | ${r.logMs} | ${r.ratio}× | ${r.writeMs} | ${r.oldSweepMs} |`,
    ),
    '',
  ];
  writeFileSync(join(ROOT, 'bench/results/resolve-large-store.md'), md.join('\n'));
  console.log('wrote bench/results/resolve-large-store.json and .md');
}

await main();
