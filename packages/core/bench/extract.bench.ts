/**
 * Extraction benchmark (warm): ms per slide on the corpus' two largest decks (by slide count, from
 * MANIFEST.tsv), the bundled sample deck and a generated 250-slide deck, each read two ways: from
 * bytes in memory (`extractDeckSync`) and from its file the way ingest reads it (streamed sha256, then
 * `extractDeck({path})` with positioned reads); plus the whole corpus read from its files, and the
 * XML parser measured against saxes on the same parts. Target: ≤ 5 ms/slide.
 *
 *   npx tsx packages/core/bench/extract.bench.ts [--iterations 20] [--baseline <checkout>]
 *
 * --baseline: a checkout of an earlier commit (`git worktree add /tmp/base <commit>`); its extraction
 * runs in the same process, interleaved with this one, and the table shows before/after (for the file
 * mode, "before" is what ingest did then: read the whole file, hash it, extract from the bytes).
 *
 * Writes bench/results/extract.json and bench/results/extract.md at the repository root.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import * as current from '../src/extract/index.js';
import { parseXml } from '../src/extract/xml.js';
import { generateBenchDeck, generateSampleDeck } from '../../../tools/deck-gen/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = process.env.OSMOSE_CORPUS_DIR ?? resolve(ROOT, '../shared/corpus/pptx');
const itArg = process.argv.indexOf('--iterations');
const ITERATIONS = itArg > 0 ? Number(process.argv[itArg + 1]) : 20;
const TARGET_MS_PER_SLIDE = 5;
const baseArg = process.argv.indexOf('--baseline');
const BASELINE_DIR = baseArg > 0 ? resolve(process.argv[baseArg + 1]) : null;

type ExtractModule = typeof current;
/** How a deck is read: bytes in memory, or its file as ingest reads it (identity hash included). */
type Mode = 'bytes' | 'file';
type Reader = (m: ExtractModule, deck: { name: string; path: string; bytes: Uint8Array }) => Promise<number>;

const readers: Record<Mode, { now: Reader; before: Reader }> = {
  bytes: {
    now: async (m, d) => m.extractDeckSync(d.bytes, d.name).slides.length,
    before: async (m, d) => m.extractDeckSync(d.bytes, d.name).slides.length,
  },
  file: {
    // today: streamed sha256 of the file, then positioned reads (pipeline/ingest.ts)
    now: async (m, d) => {
      const sha = await m.packageSha256(d.path);
      return (await m.extractDeck({ path: d.path }, { sha256: sha })).slides.length;
    },
    // before: the whole file into one Buffer, its sha256, extraction from the bytes
    before: async (m, d) => {
      const bytes = await readFile(d.path);
      m.sha256Hex(bytes);
      return m.extractDeckSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), d.name)
        .slides.length;
    },
  },
};

interface DeckResult {
  deck: string;
  source: 'corpus' | 'generated';
  mode: Mode;
  bytes: number;
  slides: number;
  iterations: number;
  medianMs: number;
  minMs: number;
  p90Ms: number;
  msPerSlide: number;
  meetsTarget: boolean;
  /** With --baseline: the earlier checkout, timed interleaved in the same run. */
  baselineMedianMs?: number;
  /** medianMs / baselineMedianMs (< 1: faster now). */
  ratio?: number;
  baselineMinMs?: number;
  /** minMs / baselineMinMs: less sensitive to a loaded machine than the medians. */
  minRatio?: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Times `now` (and `before`, interleaved run by run so that load hits both alike). */
async function timeIt(
  now: () => Promise<unknown>,
  before: (() => Promise<unknown>) | null,
  iterations: number,
): Promise<{ now: number[]; before: number[] }> {
  for (let i = 0; i < 3; i++) {
    await now(); // warm-up: JIT, caches
    if (before) await before();
  }
  const out = { now: [] as number[], before: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    if (before && i % 2 === 1) out.before.push(await time(before));
    out.now.push(await time(now));
    if (before && i % 2 === 0) out.before.push(await time(before));
  }
  return out;
}

async function benchDeck(
  name: string,
  source: DeckResult['source'],
  path: string,
  mode: Mode,
  baseline: ExtractModule | null,
): Promise<DeckResult> {
  const deck = { name: basename(path), path, bytes: new Uint8Array(readFileSync(path)) };
  let slides = 0;
  const r = readers[mode];
  const times = await timeIt(
    async () => void (slides = await r.now(current, deck)),
    baseline ? () => r.before(baseline, deck) : null,
    ITERATIONS,
  );
  const med = median(times.now);
  const out: DeckResult = {
    deck: name,
    source,
    mode,
    bytes: deck.bytes.length,
    slides,
    iterations: ITERATIONS,
    medianMs: round(med),
    minMs: round(Math.min(...times.now)),
    p90Ms: round(quantile(times.now, 0.9)),
    msPerSlide: round(med / Math.max(slides, 1), 3),
    meetsTarget: med / Math.max(slides, 1) <= TARGET_MS_PER_SLIDE,
  };
  if (baseline) {
    out.baselineMedianMs = round(median(times.before));
    out.ratio = round(med / median(times.before), 3);
    out.baselineMinMs = round(Math.min(...times.before));
    out.minRatio = round(Math.min(...times.now) / Math.min(...times.before), 3);
  }
  return out;
}

/** The whole corpus read from its files (every deck once per run, rejections included). */
async function benchCorpus(
  files: string[],
  baseline: ExtractModule | null,
  iterations: number,
): Promise<{
  files: number;
  iterations: number;
  medianMs: number;
  baselineMedianMs?: number;
  ratio?: number;
}> {
  const decks = files.map((f) => ({ name: basename(f), path: f, bytes: new Uint8Array(readFileSync(f)) }));
  const all = (m: ExtractModule, reader: Reader) => async () => {
    for (const d of decks) await reader(m, d).catch(() => 0);
  };
  const t = await timeIt(
    all(current, readers.file.now),
    baseline ? all(baseline, readers.file.before) : null,
    iterations,
  );
  const med = median(t.now);
  return {
    files: decks.length,
    iterations,
    medianMs: round(med, 1),
    ...(baseline
      ? { baselineMedianMs: round(median(t.before), 1), ratio: round(med / median(t.before), 3) }
      : {}),
  };
}

function timeSync(fn: () => void, iterations: number): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT, caches
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Parse-only comparison on every slide/layout/master/notes/chart part of a deck. */
function benchParsers(bytes: Uint8Array): {
  parts: number;
  chars: number;
  ownMs: number;
  saxesMs: number;
  ratio: number;
} {
  const files = unzipSync(bytes, { filter: (f) => /^ppt\/.*\.xml$/.test(f.name) });
  const texts = Object.values(files).map((d) => strFromU8(d));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const own = median(timeSync(() => texts.forEach((t) => parseXml(t)), ITERATIONS));
  const sax = median(
    timeSync(() => {
      for (const t of texts) {
        // saxes builds no tree: this is a lower bound for a saxes-based reader
        const p = new SaxesParser({ xmlns: true });
        let n = 0;
        p.on('opentag', () => void n++);
        p.on('text', () => void n++);
        p.write(t).close();
      }
    }, ITERATIONS),
  );
  return { parts: texts.length, chars, ownMs: round(own), saxesMs: round(sax), ratio: round(sax / own, 1) };
}

async function main(): Promise<void> {
  const baseline = BASELINE_DIR
    ? ((await import(
        pathToFileURL(join(BASELINE_DIR, 'packages/core/src/extract/index.ts')).href
      )) as ExtractModule)
    : null;
  const results: DeckResult[] = [];
  let parser: ReturnType<typeof benchParsers> | null = null;
  let corpus: Awaited<ReturnType<typeof benchCorpus>> | null = null;
  const manifest = join(CORPUS, 'MANIFEST.tsv');
  const tmp = mkdtempSync(join(tmpdir(), 'osmose-bench-'));
  try {
    const decks: [string, DeckResult['source'], string][] = [];
    if (existsSync(manifest)) {
      const rows = readFileSync(manifest, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'));
      const largest = rows
        .filter((r) => /^\d+$/.test(r[5]))
        .sort((a, b) => Number(b[5]) - Number(a[5]))
        .slice(0, 2);
      for (const r of largest) decks.push([r[0], 'corpus', join(CORPUS, r[0])]);
      parser = benchParsers(new Uint8Array(readFileSync(join(CORPUS, largest[0][0]))));
      corpus = await benchCorpus(
        rows.map((r) => join(CORPUS, r[0])),
        baseline,
        Math.max(3, Math.round(ITERATIONS / 4)),
      );
    } else {
      console.warn(`!!! corpus not found at ${CORPUS}: corpus decks skipped`);
    }
    const sample = join(tmp, 'sample.pptx');
    await generateSampleDeck(sample);
    decks.push(['sample deck (tools/deck-gen sample)', 'generated', sample]);
    const b250 = join(tmp, 'b250.pptx');
    await generateBenchDeck(b250, 250);
    decks.push(['bench deck, 250 slides (tools/deck-gen bench 250)', 'generated', b250]);
    for (const [name, source, path] of decks) {
      for (const mode of ['bytes', 'file'] as const)
        results.push(await benchDeck(name, source, path, mode, baseline));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const env = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAvg1m: round(loadavg()[0]),
    date: new Date().toISOString(),
    baseline: BASELINE_DIR,
  };
  const out = {
    benchmark: 'extract',
    targetMsPerSlide: TARGET_MS_PER_SLIDE,
    env,
    decks: results,
    corpus,
    xmlParser: parser,
  };
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'extract.json'), `${JSON.stringify(out, null, 2)}\n`);
  const cmp = (r: DeckResult): string[] =>
    baseline
      ? [String(r.baselineMedianMs), `${r.ratio}×`, `${r.minMs} / ${r.baselineMinMs}`, `${r.minRatio}×`]
      : [];
  const md = [
    '# Extraction benchmark (warm)',
    '',
    `Node ${env.node}, ${env.cores} × ${env.cpu}, load ${env.loadAvg1m}, ${env.date}. ${ITERATIONS} timed runs after 3 warm-up runs; whole`,
    'extraction of the deck (zip, XML, shapes, tables, charts, notes, media hashes, boilerplate). Mode `bytes`: from the',
    'bytes in memory (`extractDeckSync`); mode `file`: from the file as ingest reads it (sha256 of the file, streamed, then',
    '`extractDeck({path})` with positioned reads: the file is never read whole).',
    `Target: ≤ ${TARGET_MS_PER_SLIDE} ms/slide. Command: \`npx tsx packages/core/bench/extract.bench.ts${baseline ? ' --baseline <checkout>' : ''}\`.`,
    ...(baseline
      ? [
          '',
          `Before = the checkout at ${BASELINE_DIR} (\`git worktree add\` of the earlier commit), timed in the same process, interleaved`,
          'run by run with after; its `file` mode is what ingest did then (the whole file read into one Buffer, hashed, extracted).',
          'after/before < 1: faster now. On a loaded machine the minimum of the runs is the steadier figure.',
        ]
      : []),
    '',
    `| deck | mode | slides | bytes | median ms | p90 ms | ms/slide | target |${baseline ? ' before median ms | after/before | min ms after / before | after/before (min) |' : ''}`,
    `|---|---|---:|---:|---:|---:|---:|---|${baseline ? '---:|---:|---:|---:|' : ''}`,
    ...results.map((r) =>
      [
        '',
        r.deck,
        r.mode,
        r.slides,
        r.bytes,
        r.medianMs,
        r.p90Ms,
        r.msPerSlide,
        r.meetsTarget ? 'met' : 'MISSED',
        ...cmp(r),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    corpus
      ? `Whole corpus from its files (${corpus.files} files, rejections included, ${corpus.iterations} runs): median ${corpus.medianMs} ms per pass` +
        (baseline ? `, before ${corpus.baselineMedianMs} ms: after/before ${corpus.ratio}×.` : '.')
      : '',
    '',
    parser
      ? `XML parser (parse only, ${parser.parts} parts, ${parser.chars} chars of the largest deck): own tree-building parser ${parser.ownMs} ms vs saxes (events only, no tree) ${parser.saxesMs} ms: ${parser.ratio}× faster.`
      : '',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'extract.md'), md);
  console.log(md);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
