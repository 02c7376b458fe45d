/**
 * Large-deck benchmark (issue 16): a real corpus deck plus one STORED video part of growing size,
 * built in a temporary folder, ingested in a child process (embedded store, text summariser, no
 * embedder); peak RSS (VmHWM) and time of each ingest, then the deck is deleted. With --baseline, the
 * same ingests through an earlier checkout (which read the whole file into one Buffer).
 *
 *   npx tsx packages/core/bench/large-deck.bench.ts [--sizes-mib 400,2304,4608] [--baseline <checkout>]
 *
 * Writes bench/results/large-deck.json and bench/results/large-deck.md at the repository root.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageSha256 } from '../src/extract/index.js';
import { ingestInChild, writeBigDeck, type IngestMeasure } from '../test/extract/helpers/big-deck.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = process.env.OSMOSE_CORPUS_DIR ?? resolve(ROOT, '../shared/corpus/pptx');
const DECK = 'OWASP__Top10/OWASP Top 10-2017 (en).pptx';
const MiB = 1024 * 1024;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES_MIB = (arg('--sizes-mib') ?? '400,2304,4608').split(',').map(Number);
const BASELINE = arg('--baseline') ? resolve(arg('--baseline')!) : null;

interface Row {
  videoMiB: number;
  packageBytes: number;
  buildMs: number;
  /** Streamed sha256 of the whole file alone (the document identity). */
  hashMs: number;
  after: Pick<IngestMeasure, 'status' | 'peakRssMiB' | 'ms' | 'error'> & {
    extractMs: number;
    slides: number;
  };
  before?: Pick<IngestMeasure, 'status' | 'peakRssMiB' | 'ms' | 'error'> & { slides: number };
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

function summary(m: IngestMeasure) {
  return { status: m.status, peakRssMiB: m.peakRssMiB, ms: m.ms, error: m.error, slides: m.slides.length };
}

async function main(): Promise<void> {
  const original = new Uint8Array(readFileSync(join(CORPUS, DECK)));
  const dir = mkdtempSync(join(tmpdir(), 'osmose-large-bench-'));
  const rows: Row[] = [];
  const baseIndex = BASELINE ? join(BASELINE, 'packages/core/src/index.ts') : undefined;
  try {
    const ref = ingestInChild(join(CORPUS, DECK), join(dir, 'store-ref'));
    const refBefore = baseIndex
      ? ingestInChild(join(CORPUS, DECK), join(dir, 'store-ref-b'), baseIndex)
      : null;
    for (const mib of SIZES_MIB) {
      const s = statfsSync(dir);
      if (s.bavail * s.bsize < (mib + 1024) * MiB) {
        console.warn(`!!! skipping ${mib} MiB: not enough room in ${dir}`);
        continue;
      }
      const path = join(dir, `deck-${mib}.pptx`);
      const w = writeBigDeck(original, path, mib * MiB);
      const t0 = performance.now();
      await packageSha256(path);
      const hashMs = performance.now() - t0;
      const after = ingestInChild(path, join(dir, `store-${mib}`));
      if (
        after.texts.length !== ref.texts.length ||
        JSON.stringify(after.texts) !== JSON.stringify(ref.texts)
      )
        throw new Error(`${mib} MiB: the ingested text differs from the original deck's`);
      const row: Row = {
        videoMiB: mib,
        packageBytes: w.bytes,
        buildMs: Math.round(w.ms),
        hashMs: Math.round(hashMs),
        after: { ...summary(after), extractMs: after.timingsMs.extract },
      };
      if (baseIndex) row.before = summary(ingestInChild(path, join(dir, `store-${mib}-b`), baseIndex));
      rows.push(row);
      console.log(JSON.stringify(row));
      rmSync(path, { force: true });
    }
    const env = {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      loadAvg1m: round(loadavg()[0], 2),
      date: new Date().toISOString(),
      baseline: BASELINE,
    };
    const out = {
      benchmark: 'large-deck',
      deck: DECK,
      env,
      original: { bytes: original.length, ...summary(ref) },
      originalBefore: refBefore && summary(refBefore),
      rows,
    };
    const res = join(ROOT, 'bench/results');
    mkdirSync(res, { recursive: true });
    writeFileSync(join(res, 'large-deck.json'), `${JSON.stringify(out, null, 2)}\n`);
    const fmtErr = (m?: { status: string; error?: { code: string } }) =>
      !m ? '' : m.status === 'ingested' ? 'ingested' : `${m.status} ${m.error?.code ?? ''}`.trim();
    const md = [
      '# Large decks: ingest memory and time (issue 16)',
      '',
      `Node ${env.node}, ${env.cores} × ${env.cpu}, load ${env.loadAvg1m}, ${env.date}.`,
      `A real deck (${DECK}, ${original.length} bytes, ${ref.slides.length} slides) plus one STORED video part`,
      '(ppt/media/osmose-large-video.mp4) of the size shown, written to a temporary folder, ingested in a child process',
      '(embedded store, text summariser, no embedder), then deleted. Peak RSS = VmHWM of that process; time = the',
      'ingest call; extract = its extract phase (streamed sha256 of the file, positioned reads of the XML parts, the',
      'video hashed as a stream, never held); hash = the streamed sha256 of the file alone. Packages above 4 GiB carry',
      'zip64 records. Command: `npx tsx packages/core/bench/large-deck.bench.ts' +
        (BASELINE ? ' --baseline <checkout>`.' : '`.'),
      '',
      `Original deck alone: peak RSS ${ref.peakRssMiB} MiB, ${ref.ms} ms` +
        (refBefore ? ` (before: ${refBefore.peakRssMiB} MiB, ${refBefore.ms} ms).` : '.'),
      '',
      `| video MiB | package bytes | result | peak RSS MiB | ingest ms | extract ms | hash ms |${BASELINE ? ' before: result | before: peak RSS MiB | before: ms |' : ''}`,
      `|---:|---:|---|---:|---:|---:|---:|${BASELINE ? '---|---:|---:|' : ''}`,
      ...rows.map(
        (r) =>
          `| ${r.videoMiB} | ${r.packageBytes} | ${fmtErr(r.after)}, ${r.after.slides} slides | ${r.after.peakRssMiB} | ${r.after.ms} | ${r.after.extractMs} | ${r.hashMs} |` +
          (r.before
            ? ` ${fmtErr(r.before)}${r.before.status === 'ingested' ? `, ${r.before.slides} slides` : ''} | ${r.before.peakRssMiB} | ${r.before.ms} |`
            : ''),
      ),
      '',
    ].join('\n');
    writeFileSync(join(res, 'large-deck.md'), md);
    console.log(md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
