/**
 * Extraction benchmark (warm): ms per slide on the corpus' two largest decks (by slide count, from
 * MANIFEST.tsv), the bundled sample deck and a generated 250-slide deck; plus the XML parser
 * measured against saxes on the same parts. Target: ≤ 5 ms/slide.
 *
 *   npx tsx packages/core/bench/extract.bench.ts [--iterations 20]
 *
 * Writes bench/results/extract.json and bench/results/extract.md at the repository root.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { extractDeckSync } from '../src/extract/index.js';
import { parseXml } from '../src/extract/xml.js';
import { generateBenchDeck, generateSampleDeck } from '../../../tools/deck-gen/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = process.env.OSMOSE_CORPUS_DIR ?? resolve(ROOT, '../shared/corpus/pptx');
const itArg = process.argv.indexOf('--iterations');
const ITERATIONS = itArg > 0 ? Number(process.argv[itArg + 1]) : 20;
const TARGET_MS_PER_SLIDE = 5;

interface DeckResult {
  deck: string;
  source: 'corpus' | 'generated';
  bytes: number;
  slides: number;
  iterations: number;
  medianMs: number;
  minMs: number;
  p90Ms: number;
  msPerSlide: number;
  meetsTarget: boolean;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

function timeIt(fn: () => void, iterations: number): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT, caches
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

function benchDeck(name: string, source: DeckResult['source'], bytes: Uint8Array): DeckResult {
  let slides = 0;
  const times = timeIt(() => {
    slides = extractDeckSync(bytes, name).slides.length;
  }, ITERATIONS);
  const med = median(times);
  return {
    deck: name,
    source,
    bytes: bytes.length,
    slides,
    iterations: ITERATIONS,
    medianMs: round(med),
    minMs: round(Math.min(...times)),
    p90Ms: round(quantile(times, 0.9)),
    msPerSlide: round(med / Math.max(slides, 1), 3),
    meetsTarget: med / Math.max(slides, 1) <= TARGET_MS_PER_SLIDE,
  };
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
  const own = median(timeIt(() => texts.forEach((t) => parseXml(t)), ITERATIONS));
  const sax = median(
    timeIt(() => {
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
  const results: DeckResult[] = [];
  let parser: ReturnType<typeof benchParsers> | null = null;
  const manifest = join(CORPUS, 'MANIFEST.tsv');
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
    for (const r of largest) {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, r[0])));
      results.push(benchDeck(r[0], 'corpus', bytes));
      parser ??= benchParsers(bytes);
    }
  } else {
    console.warn(`!!! corpus not found at ${CORPUS}: corpus decks skipped`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'osmose-bench-'));
  try {
    results.push(
      benchDeck(
        'sample deck (tools/deck-gen sample)',
        'generated',
        await generateSampleDeck(join(tmp, 'sample.pptx')),
      ),
    );
    results.push(
      benchDeck(
        'bench deck, 250 slides (tools/deck-gen bench 250)',
        'generated',
        await generateBenchDeck(join(tmp, 'b250.pptx'), 250),
      ),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const env = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAvg1m: round(loadavg()[0]),
    date: new Date().toISOString(),
  };
  const out = {
    benchmark: 'extract',
    targetMsPerSlide: TARGET_MS_PER_SLIDE,
    env,
    decks: results,
    xmlParser: parser,
  };
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'extract.json'), `${JSON.stringify(out, null, 2)}\n`);
  const md = [
    '# Extraction benchmark (warm)',
    '',
    `Node ${env.node}, ${env.cores} × ${env.cpu}, load ${env.loadAvg1m}, ${env.date}. ${ITERATIONS} timed runs after 3 warm-up runs; whole`,
    'extraction of the deck from its bytes (zip, XML, shapes, tables, charts, notes, media hashes, boilerplate).',
    `Target: ≤ ${TARGET_MS_PER_SLIDE} ms/slide. Command: \`npx tsx packages/core/bench/extract.bench.ts\`.`,
    '',
    '| deck | slides | bytes | median ms | p90 ms | ms/slide | target |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.deck} | ${r.slides} | ${r.bytes} | ${r.medianMs} | ${r.p90Ms} | ${r.msPerSlide} | ${r.meetsTarget ? 'met' : 'MISSED'} |`,
    ),
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
