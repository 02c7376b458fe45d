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
 *   npx tsx bench/resolve/large-store.ts [--sizes 5000,20000,50000] [--neo4j-sizes 5000,20000] [--docs 5]
 * The Neo4j rows start their own Neo4j (tools/servers) unless OSMOSE_BENCH_NEO4J_URL names one; --neo4j-sizes 0: none.
 *
 * Writes bench/results/resolve-large-store.json and .md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptType, DocumentGraph } from '../../packages/core/src/model/graph.js';
import type { GraphStore } from '../../packages/core/src/ports/store.js';
import { resolveStage } from '../../packages/core/src/resolve/resolve-stage.js';
import { openEmbeddedStore } from '../../packages/core/src/store/embedded-store.js';
import { Neo4jGraphStore } from '../../packages/core/src/adapters/neo4j/neo4j-graph-store.js';
import { startNeo4j } from '../../tools/servers/neo4j.js';
import { prng } from '../../packages/core/test/adapters/fixtures.js';
import { graph as docGraph } from '../../packages/core/test/resolve/name-index-fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg('sizes', '5000,20000,50000').split(',').map(Number);
const DOCS = Number(arg('docs', '5'));
/** Neo4j sizes ('' or 0: none); Neo4j is started by tools/servers unless OSMOSE_BENCH_NEO4J_URL names one. */
const NEO4J_SIZES = arg('neo4j-sizes', '5000,20000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
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

/** A one-slide document naming these concepts once each (the tests' builder). */
const graph = (
  doc: string,
  concepts: { name: string; aliases: string[]; type: ConceptType }[],
): DocumentGraph =>
  docGraph(
    doc,
    concepts.map((c) => [c.name, c.type, c.aliases]),
  );

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
  store: string;
  concepts: number;
  docs: number;
  mergesPerDoc: number;
  coldMs: number;
  wholeMs: number;
  logMs: number;
  ratio: number;
  writeMs: number;
  oldSweepMs: number | null;
}

interface Backend {
  name: string;
  writer: GraphStore;
  /** A fresh connection (a new process or worker). */
  connect(): Promise<GraphStore>;
  /** The whole-store orphan sweep every write of the embedded store ran before (embedded only). */
  oldSweep?(): number;
  close(): Promise<void>;
}

async function measure(b: Backend, sizes: number[], rows: Row[]): Promise<void> {
  let stored = 0;
  for (const size of sizes) {
    while (stored < size) {
      const d = stored / PER_STORED_DOC;
      const concepts = Array.from({ length: PER_STORED_DOC }, (_, j) => {
        const i = stored + j;
        return { ...nameAt(i), type: TYPES[i % TYPES.length] };
      });
      await b.writer.writeDocument(graph(`stored-${d}`, concepts));
      stored += PER_STORED_DOC;
    }
    const count = (await b.writer.counts()).concepts;
    // a fresh connection, as a new process or worker has: its first document builds the index
    const conn = await b.connect();
    const t0 = performance.now();
    await resolveStage(newDoc(size, -1), { store: conn });
    const coldMs = performance.now() - t0;
    // (the read-whole path's key memo is warm too: the cold call above computed every stored concept's keys)
    await resolveStage(newDoc(size, -2), { store: readWhole(conn) });
    const whole: number[] = [];
    const log: number[] = [];
    const writes: number[] = [];
    let merges = 0;
    for (let k = 0; k < DOCS; k++) {
      const one = newDoc(size, k);
      const two = newDoc(size, k);
      const ta = performance.now();
      const ra = await resolveStage(one, { store: readWhole(conn), now: () => 'T' });
      whole.push(performance.now() - ta);
      const tb = performance.now();
      const rb = await resolveStage(two, { store: conn, now: () => 'T' });
      log.push(performance.now() - tb);
      if (JSON.stringify(ra.merges) !== JSON.stringify(rb.merges))
        throw new Error(`${b.name}, size ${size}, document ${k}: the two paths merged differently`);
      merges += rb.merges.length;
      // written from the other connection: the next document's index follows it through the log
      writes.push((await b.writer.writeDocument(two)).ms);
    }
    const oldSweepMs = b.oldSweep ? r1(b.oldSweep()) : null;
    await conn.close();
    const row: Row = {
      store: b.name,
      concepts: count,
      docs: DOCS,
      mergesPerDoc: r1(merges / DOCS),
      coldMs: r1(coldMs),
      wholeMs: r1(median(whole)),
      logMs: r1(median(log)),
      ratio: r1(median(whole) / median(log)),
      writeMs: r1(median(writes)),
      oldSweepMs,
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}

function embedded(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'osmose-bench-resolve-'));
  const writer = openEmbeddedStore(dir);
  return {
    name: 'embedded (SQLite)',
    writer: writer.graph,
    connect: async () => {
      const s = openEmbeddedStore(dir);
      return Object.assign(Object.create(s.graph) as GraphStore, { close: async () => s.close() });
    },
    oldSweep: () => {
      const t = performance.now();
      writer.db
        .prepare(
          'DELETE FROM concepts WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.concept_id = concepts.id)',
        )
        .run();
      return performance.now() - t;
    },
    close: async () => {
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function neo4jBackend(): Promise<Backend & { version: string }> {
  const external = process.env.OSMOSE_BENCH_NEO4J_URL;
  const server = external ? null : await startNeo4j({ javaOpts: ['-Xms1g', '-Xmx1g', '-XX:+UseParallelGC'] });
  const url = external ?? server!.url;
  const writer = new Neo4jGraphStore({ url });
  await writer.init();
  await writer.clearAll();
  return {
    name: 'Neo4j (Bolt, loopback)',
    version: server ? `Neo4j ${server.neo4jVersion}, 1 GiB heap` : `Neo4j at ${url}`,
    writer,
    connect: async () => new Neo4jGraphStore({ url }),
    close: async () => {
      await writer.clearAll();
      await writer.close();
      await server?.stop();
    },
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const sqlite = embedded();
  try {
    await measure(sqlite, SIZES, rows);
  } finally {
    await sqlite.close();
  }
  let neo4jVersion: string | null = null;
  if (NEO4J_SIZES.length > 0) {
    const n = await neo4jBackend();
    neo4jVersion = n.version;
    try {
      await measure(n, NEO4J_SIZES, rows);
    } finally {
      await n.close();
    }
  }
  const out = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`,
    neo4j: neo4jVersion,
    loadAverage: loadavg().map((x) => r1(x)),
    rows,
  };
  writeFileSync(join(ROOT, 'bench/results/resolve-large-store.json'), JSON.stringify(out, null, 2) + '\n');
  const md = [
    '# Entity resolution against a large store',
    '',
    `- date: ${out.date}; ${out.machine}${neo4jVersion ? `; ${neo4jVersion} on the same cores` : ''}; load average at the end ${out.loadAverage.join(' / ')}`,
    '- produced by `npx tsx bench/resolve/large-store.ts`: synthetic stores of 500-concept documents; each new document has 60 concepts (20 plural or hyphenated forms of stored names, 5 stored acronyms, 35 new names); medians over the new documents',
    '- read whole: every stored concept read and the name index rebuilt for the document (what resolution did before the concept change log); change log: the connection keeps its index and re-reads only the concepts changed since its last document (embedded: `concept_log`, schema 6; Neo4j: `changeSeq` and tombstones); both paths gave the same merges for every document (checked)',
    "- first document: a fresh connection, its index built from every concept once; write: the document written from another connection (the embedded store prunes orphans among its own and its replaced documents' concepts); old sweep: the whole-store orphan sweep every embedded write ran before, for the record",
    '',
    '| store | stored concepts | documents | merges per document | first document ms | read whole ms | change log ms | read whole ÷ change log | write ms | old sweep ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.store} | ${r.concepts.toLocaleString('en')} | ${r.docs} | ${r.mergesPerDoc} | ${r.coldMs} | ${r.wholeMs} | ${r.logMs} | ${r.ratio}× | ${r.writeMs} | ${r.oldSweepMs ?? '–'} |`,
    ),
    '',
  ];
  writeFileSync(join(ROOT, 'bench/results/resolve-large-store.md'), md.join('\n'));
  console.log('wrote bench/results/resolve-large-store.json and .md');
}

await main();
