/**
 * Whole-corpus ingest, this checkout vs a reference commit, side by side in one run (issue 13):
 * `osmose ingest <corpus> --store <fresh> --json` (default embeddings, no vision), the two interleaved round
 * by round (ref, current, current, ref, …) so both see the same machine load; wall time, peak RSS, summed
 * phase ms, documents and concepts, and the load average around each run.
 *
 *   npx tsx bench/corpus/run.ts [--ref 07aa667] [--rounds 2] [--corpus dir] [--only current]
 *
 * The reference is a `git worktree` of the commit under <cache>/bench-ref/<commit>, set up once with its own
 * `tools/setup/setup.sh` (npm ci, addon, bundle; minutes) and reused afterwards. Writes
 * bench/results/corpus.json and corpus.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REF = arg('ref', '07aa667');
const ROUNDS = Number(arg('rounds', '2'));
const CORPUS = resolve(
  arg('corpus', process.env.OSMOSE_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus', 'pptx')),
);
const ONLY = arg('only', '');
/** Also run this checkout with the fp32 model (`--embedding-model all-minilm-l6-v2`): what the int8 default adds. */
const WITH_FP32 = process.argv.includes('--fp32');
type Which = 'ref' | 'current' | 'current-fp32';
const CACHE = process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');

interface RunResult {
  which: Which;
  round: number;
  wallS: number;
  peakRssMiB: number;
  load1Before: number;
  load1After: number;
  phasesMs: Record<string, number>;
  documents: { ingested: number; rejected: number; failed: number };
  concepts: number;
  embeddingModel: string;
}

const sh = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The reference checkout, set up by its own setup script (idempotent: a no-op when done). */
function prepareRef(): { dir: string; commit: string } {
  const commit = sh('git', ['rev-parse', `${REF}^{commit}`], ROOT);
  const dir = join(CACHE, 'bench-ref', commit.slice(0, 7));
  if (!existsSync(join(dir, '.git'))) {
    mkdirSync(dirname(dir), { recursive: true });
    console.log(`corpus bench: git worktree add ${dir} ${commit.slice(0, 7)}`);
    sh('git', ['worktree', 'add', '--detach', dir, commit], ROOT);
  }
  if (
    !existsSync(join(dir, 'packages', 'cli', 'dist', 'osmose.js')) ||
    !existsSync(join(dir, '.bench-ready'))
  ) {
    console.log(`corpus bench: setting up the reference (${dir}, log ${dir}.setup.log)`);
    const r = spawnSync('bash', ['-c', `bash tools/setup/setup.sh > '${dir}.setup.log' 2>&1`], { cwd: dir });
    if (r.status !== 0) throw new Error(`reference setup failed: see ${dir}.setup.log`);
    writeFileSync(join(dir, '.bench-ready'), commit + '\n');
  }
  return { dir, commit };
}

function ingestOnce(which: Which, dir: string, round: number): RunResult {
  const store = mkdtempSync(join(tmpdir(), `osmose-corpus-${which}-`));
  const load1Before = loadavg()[0];
  const t0 = performance.now();
  // /usr/bin/time reports the peak RSS of the ingest process tree's largest member (the CLI)
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'maxrss_kib=%M',
      process.execPath,
      join(dir, 'packages/cli/bin/osmose.js'),
      'ingest',
      CORPUS,
      '--store',
      store,
      '--json',
      ...(which === 'current-fp32' ? ['--embedding-model', 'all-minilm-l6-v2'] : []),
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, OSMOSE_VISION: 'off' },
    },
  );
  const wallS = (performance.now() - t0) / 1000;
  const load1After = loadavg()[0];
  rmSync(store, { recursive: true, force: true });
  const rss = /maxrss_kib=(\d+)/.exec(r.stderr ?? '');
  let report: {
    documents: { status: string; concepts?: number; timingsMs?: Record<string, number> }[];
  };
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`${which}: ingest exited ${r.status}; stderr: ${(r.stderr ?? '').slice(-2000)}`);
  }
  const phasesMs: Record<string, number> = {};
  const documents = { ingested: 0, rejected: 0, failed: 0 };
  let concepts = 0;
  for (const d of report.documents) {
    if (d.status in documents) documents[d.status as keyof typeof documents]++;
    concepts += d.concepts ?? 0;
    for (const [k, v] of Object.entries(d.timingsMs ?? {}))
      if (k !== 'total') phasesMs[k] = Math.round((phasesMs[k] ?? 0) + v);
  }
  // the checkout's default embedding model, as its source names it
  const src = join(dir, 'packages/core/src/nlp/default-embedder.ts');
  const model = existsSync(src)
    ? (/DEFAULT_EMBEDDING_MODEL = '([^']+)'/.exec(readFileSync(src, 'utf8'))?.[1] ?? '?')
    : '?';
  return {
    which,
    round,
    wallS: Math.round(wallS * 10) / 10,
    peakRssMiB: rss ? Math.round(Number(rss[1]) / 1024) : -1,
    load1Before: Math.round(load1Before * 100) / 100,
    load1After: Math.round(load1After * 100) / 100,
    phasesMs,
    documents,
    concepts,
    embeddingModel: model,
  };
}

const median = (xs: number[]): number => Math.round(median0(xs) * 10) / 10;
const median0 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};

function main(): void {
  const head = sh('git', ['rev-parse', '--short', 'HEAD'], ROOT);
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no'], ROOT) !== '';
  const ref = ONLY === 'current' ? null : prepareRef();
  // the current checkout's CLI bundle, rebuilt from the working tree (a no-op in effect when unchanged)
  sh(process.execPath, [join(ROOT, 'tools/bundle/build.mjs')], ROOT);
  if (!existsSync(join(ROOT, 'packages/cli/dist/osmose.js')))
    throw new Error('run npm run setup first (CLI bundle)');
  const runs: RunResult[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const builds: Which[] = [
      ...(ref ? (['ref'] as const) : []),
      'current',
      ...(WITH_FP32 ? (['current-fp32'] as const) : []),
    ];
    // rotate the order round by round so no build always runs first (or always after the same one)
    const order = builds.map((_, i) => builds[(i + round - 1) % builds.length]);
    for (const which of order) {
      const res = ingestOnce(which, which === 'ref' ? ref!.dir : ROOT, round);
      console.log(
        `round ${round} ${which}: ${res.wallS} s, peak RSS ${res.peakRssMiB} MiB, load ${res.load1Before}→${res.load1After}, ` +
          `${res.documents.ingested} ingested, ${res.concepts} concepts, nlp ${res.phasesMs.nlp} ms (summed)`,
      );
      runs.push(res);
    }
  }
  const cur = runs.filter((r) => r.which === 'current');
  const old = runs.filter((r) => r.which === 'ref');
  const ratios = old.length ? cur.map((c) => old.find((o) => o.round === c.round)!.wallS / c.wallS) : [];
  const out = {
    generatedAt: new Date().toISOString(),
    command: `npx tsx bench/corpus/run.ts --ref ${REF} --rounds ${ROUNDS}${WITH_FP32 ? ' --fp32' : ''}`,
    machine: { cpus: cpus().length, model: cpus()[0]?.model },
    corpus: CORPUS,
    current: { commit: head, dirty },
    reference: ref ? { commit: ref.commit.slice(0, 7) } : null,
    medianWallS: {
      current: median(cur.map((r) => r.wallS)),
      ref: old.length ? median(old.map((r) => r.wallS)) : null,
      currentFp32: WITH_FP32
        ? median(runs.filter((r) => r.which === 'current-fp32').map((r) => r.wallS))
        : null,
    },
    speedupPerRound: ratios.map((x) => Math.round(x * 100) / 100),
    speedupMedian: ratios.length ? Math.round(median(ratios) * 100) / 100 : null,
    runs,
  };
  const resDir = join(ROOT, 'bench', 'results');
  writeFileSync(join(resDir, 'corpus.json'), JSON.stringify(out, null, 2) + '\n');
  const phases = [...new Set(runs.flatMap((r) => Object.keys(r.phasesMs)))];
  const md = [
    '# Whole-corpus ingest: this commit vs a reference, side by side',
    '',
    `Generated ${out.generatedAt} by \`${out.command}\` on ${out.machine.cpus} × ${out.machine.model}.`,
    `\`osmose ingest ${CORPUS} --store <fresh> --json\`: default embeddings, no vision; reference`,
    `${ref ? ref.commit.slice(0, 7) : '(none)'} (a git worktree with its own setup) and the current checkout (${head}${dirty ? ', uncommitted changes' : ''})`,
    'interleaved round by round. Wall time of the whole command; phase times are summed over documents (documents',
    'run in parallel, so sums exceed the wall time); load = 1-minute load average before → after the run.',
    ...(WITH_FP32
      ? [
          '`current-fp32`: the current checkout with `--embedding-model all-minilm-l6-v2` (the fp32 model, the default before).',
        ]
      : []),
    '',
    `Median wall time: reference ${out.medianWallS.ref ?? '–'} s, current ${out.medianWallS.current} s${WITH_FP32 ? `, current with fp32 ${out.medianWallS.currentFp32} s` : ''}.`,
    '',
    `**Speed-up (reference ÷ current wall time): ${out.speedupMedian ?? '–'}×** (per round: ${ratios.map((x) => x.toFixed(2) + '×').join(', ') || '–'}).`,
    '',
    `| round | build | wall s | peak RSS MiB | load | ingested / rejected / failed | concepts | embedding model | ${phases.map((p) => `${p} ms`).join(' | ')} |`,
    `|---:|---|---:|---:|---|---|---:|---|${phases.map(() => '---:').join('|')}|`,
    ...runs.map(
      (r) =>
        `| ${r.round} | ${r.which} | ${r.wallS} | ${r.peakRssMiB} | ${r.load1Before} → ${r.load1After} | ` +
        `${r.documents.ingested} / ${r.documents.rejected} / ${r.documents.failed} | ${r.concepts} | ${r.embeddingModel} | ` +
        `${phases.map((p) => r.phasesMs[p] ?? '–').join(' | ')} |`,
    ),
    '',
  ];
  writeFileSync(join(resDir, 'corpus.md'), md.join('\n'));
  console.log(
    `corpus bench: speed-up ${out.speedupMedian ?? '–'}× (median); wrote bench/results/corpus.json and corpus.md`,
  );
}

main();
