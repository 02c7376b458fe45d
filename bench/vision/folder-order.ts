/**
 * In which order a folder's calls reach the provider: `input` (`--provider-order input`: the first deck's calls
 * first, decks finish one after another and each one's work after vision — LLM extraction, the pair judge, its
 * commit — overlaps the later decks' calls) vs `arrival` (calls in the order they come, the default), with
 * the CLI's defaults (default embeddings, LLM extraction and the pair judge on), the first `--decks` corpus
 * decks of TEN_DECKS ingested at once against the realistic simulator at `--rpm` (simulated minutes) and
 * `--scale`. Each seed runs both orders (which one first alternates), each on a fresh store and cache.
 *
 *   npx tsx bench/vision/folder-order.ts [--decks 3] [--rpm 120] [--scale 0.5] [--seeds 1,2,3,4] [--runs-from F]
 *
 * Times are REAL seconds (rendering and the nlp phase are real work, not scaled). A run's end is the max of
 * ~100 log-normal latency draws, so single runs differ by ±10 s whatever the order: the file also gives a Monte
 * Carlo model of the two orders (`folderModel`: sends at the rate limit, the profile's latency, one more call after
 * a deck's vision with probability p, commits in input order) for these decks and for a folder of ten.
 * Writes bench/results/folder-order.{json,md}.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngine, resolveConfig } from '../../packages/core/src/index.js';
import { resetBreakers, resetGovernors, startSimulator } from '../../packages/vision/src/index.js';
import { createRng } from '../../packages/vision/src/simulator/rng.js';
import { TEN_DECKS } from './decks.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const DECKS = Number(arg('decks', '3'));
const RPM = Number(arg('rpm', '120'));
const SCALE = Number(arg('scale', '0.5'));
const SEEDS = arg('seeds', '1,2,3,4').split(',').filter(Boolean).map(Number);
const corpus = resolve('../shared/corpus/pptx');
const decks = TEN_DECKS.slice(0, DECKS).map((d) => join(corpus, d));
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

type Order = 'input' | 'arrival';
interface Run {
  seed: number;
  order: Order;
  /** End to end (s): the folder's ingest, from the call to the report. */
  wallS: number;
  /** When each deck's report came (s), in input order. */
  deckDoneS: number[];
  meanDeckDoneS: number;
  /** When the last vision answer of the run came (s): the provider's part of the end. */
  lastVisionS: number;
  /** Calls the simulator received: vision and the rest (LLM extraction, judge). */
  calls: number;
  postVisionCalls: number;
  rateLimited: number;
  slides: number;
  /** Vision calls of each deck (input order), and how many decks made calls after their vision. */
  perDeckCalls: number[];
  decksWithAfterCalls: number;
}

const work = mkdtempSync(join(tmpdir(), 'osmose-folder-order-'));

async function once(seed: number, order: Order): Promise<Run> {
  resetGovernors();
  resetBreakers();
  const sim = await startSimulator({ profile: 'realistic', rpm: RPM, timeScale: SCALE, seed });
  const dir = join(work, `${order}-${seed}`);
  mkdirSync(dir, { recursive: true });
  const engine = await createEngine(
    resolveConfig(
      { store: join(dir, 'store'), vision: 'all', 'base-url': sim.url, 'api-key': `k-${order}-${seed}` },
      { OSMOSE_CACHE_DIR: join(dir, 'cache') },
    ),
  );
  try {
    const t0 = performance.now();
    const at = (): number => (performance.now() - t0) / 1000;
    const done = new Map<string, number>();
    let lastVision = 0;
    const report = await engine.ingest(decks, {
      providerOrder: order,
      observer: {
        documentEnd: (d) => void done.set(d.file, at()),
        slide: (_f, _i, source) => {
          if (source === 'vision') lastVision = at();
        },
      },
    });
    const wall = at();
    const bad = report.documents.filter((d) => d.status !== 'ingested');
    if (bad.length) throw new Error(`not ingested: ${bad.map((d) => `${d.file} ${d.status}`).join(', ')}`);
    const post = report.documents.reduce(
      (a, d) => a + (d.phases.concepts?.calls ?? 0) + (d.phases.nlp?.calls ?? 0),
      0,
    );
    const deckDone = decks.map((f) => round(done.get(f) ?? NaN));
    const byFile = new Map(report.documents.map((d) => [d.file, d]));
    const perDeckCalls = decks.map((f) => byFile.get(f)?.phases.summarise?.calls ?? 0);
    const decksWithAfterCalls = report.documents.filter(
      (d) => (d.phases.concepts?.calls ?? 0) + (d.phases.nlp?.calls ?? 0) > 0,
    ).length;
    const st = sim.stats();
    return {
      seed,
      order,
      wallS: round(wall),
      deckDoneS: deckDone,
      meanDeckDoneS: round(deckDone.reduce((a, b) => a + b, 0) / deckDone.length),
      lastVisionS: round(lastVision),
      calls: st.calls,
      postVisionCalls: post,
      rateLimited: st.rateLimited,
      slides: report.totals.slides,
      perDeckCalls,
      decksWithAfterCalls,
    };
  } finally {
    await engine.close();
    await sim.close();
  }
}

/**
 * Monte Carlo of a folder's vision calls at `rpm` (burst rpm ÷ 20, as the simulator), latency log-normal
 * (median 12 s, p95 30 s): `calls[d]` first attempts of deck d sent in input order or interleaved (arrival:
 * each deck's calls spread over the whole run, as decks rendered side by side hand them in); a deck ends with
 * its slowest answer, plus one more call's latency with probability `pAfter` (the judge, LLM extraction);
 * decks commit in input order. No retries, hedges or rendering: the order's own effect.
 */
function folderModel(calls: number[], pAfter: number, rpm: number, n = 4_000) {
  // the simulator's own generator (as tail-model.ts)
  const rng = createRng(12345);
  const latency = (): number => rng.logNormal(12, 30);
  const burst = Math.max(1, Math.round(rpm / 20));
  const slot = (i: number): number => (i < burst ? 0 : ((i - burst + 1) * 60) / rpm);
  const orderOf = (mode: Order): number[] => {
    if (mode === 'input') return calls.flatMap((c, d) => Array<number>(c).fill(d));
    const left = [...calls];
    const out: number[] = [];
    for (let i = 0; i < calls.reduce((a, b) => a + b, 0); i++) {
      let best = 0;
      for (let d = 1; d < calls.length; d++) if (left[d] / calls[d] > left[best] / calls[best]) best = d;
      out.push(best);
      left[best]--;
    }
    return out;
  };
  const res = (mode: Order) => {
    const order = orderOf(mode);
    const walls: number[] = [];
    const means: number[] = [];
    const firsts: number[] = [];
    for (let r = 0; r < n; r++) {
      const end = calls.map(() => 0);
      order.forEach((d, i) => (end[d] = Math.max(end[d], slot(i) + latency())));
      const done = end.map((e) => (rng.next() < pAfter ? e + latency() : e));
      for (let d = 1; d < done.length; d++) done[d] = Math.max(done[d], done[d - 1]);
      walls.push(Math.max(...done));
      means.push(done.reduce((a, b) => a + b, 0) / done.length);
      firsts.push(done[0]);
    }
    return {
      order: mode,
      medianWallS: round(median(walls)),
      medianMeanDeckDoneS: round(median(means)),
      medianFirstDeckDoneS: round(median(firsts)),
    };
  };
  return { calls, pAfter, rpm, runs: n, results: [res('input'), res('arrival')] };
}

// `--runs-from <json>`: the real runs of an earlier results file (only the model and the tables are redone)
const runsFrom = arg('runs-from', '');
const earlier = runsFrom
  ? (JSON.parse(readFileSync(runsFrom, 'utf8')) as {
      runs: Run[];
      date: string;
      command: string;
      machine: string;
    })
  : null;
const runs: Run[] = earlier ? earlier.runs : [];
const load = loadavg()[0];
for (const [k, seed] of runsFrom ? [] : SEEDS.entries()) {
  const orders: Order[] = k % 2 === 0 ? ['input', 'arrival'] : ['arrival', 'input'];
  for (const order of orders) {
    const r = await once(seed, order);
    runs.push(r);
    process.stderr.write(`${JSON.stringify(r)}\n`);
  }
}
rmSync(work, { recursive: true, force: true });

const of = (o: Order) => runs.filter((r) => r.order === o);
const summary = (o: Order) => ({
  order: o,
  medianWallS: round(median(of(o).map((r) => r.wallS))),
  medianMeanDeckDoneS: round(median(of(o).map((r) => r.meanDeckDoneS))),
  medianFirstDeckDoneS: round(median(of(o).map((r) => Math.min(...r.deckDoneS)))),
  medianLastVisionS: round(median(of(o).map((r) => r.lastVisionS))),
});
const sums = [summary('input'), summary('arrival')];
const pairs = SEEDS.map((seed) => {
  const a = runs.find((r) => r.seed === seed && r.order === 'arrival')!;
  const i = runs.find((r) => r.seed === seed && r.order === 'input')!;
  return { seed, wall: a.wallS / i.wallS, meanDone: a.meanDeckDoneS / i.meanDeckDoneS };
});
// the model: these decks' first attempts (the first run's) and after-vision share; and a folder of ten
const first = runs[0];
const perDeck = first.perDeckCalls;
const pAfter = round(runs.reduce((a, r) => a + r.decksWithAfterCalls, 0) / (runs.length * DECKS), 2);
const models = [
  folderModel(perDeck, pAfter, RPM),
  folderModel(Array<number>(10).fill(50), 1 / 3, RPM),
  folderModel(Array<number>(10).fill(50), 1, RPM),
];

const meta = {
  date: earlier ? `${earlier.date} (the model redone ${new Date().toISOString()})` : new Date().toISOString(),
  command: earlier
    ? earlier.command
    : `npx tsx bench/vision/folder-order.ts --decks ${DECKS} --rpm ${RPM} --scale ${SCALE} --seeds ${SEEDS.join(',')}`,
  machine: earlier
    ? earlier.machine
    : `${process.platform} ${process.arch}, node ${process.version}, load average at the start ${round(load)}, at the end ${round(loadavg()[0])}`,
  decks: TEN_DECKS.slice(0, DECKS),
  simulator: `realistic at ${RPM} RPM, time scale ${SCALE} (real ${round(RPM / SCALE)} RPM, median ${12 * SCALE} s real)`,
  engine:
    'createEngine with the CLI defaults: default embeddings, LLM extraction of thin topics and the pair judge on, vision all',
};
const out = resolve('bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'folder-order.json'),
  JSON.stringify({ ...meta, summary: sums, pairs, runs, models }, null, 2) + '\n',
);
const md = [
  '# Folder runs: calls in input order vs arrival order',
  '',
  `- date: ${meta.date}; \`${meta.command}\``,
  `- machine: ${meta.machine}`,
  `- decks (input order): ${meta.decks.join(', ')}`,
  `- simulator: ${meta.simulator}`,
  `- engine: ${meta.engine}`,
  '- times are real seconds from the start of the ingest; "deck done" is when its report came (it is committed then)',
  '',
  '| seed | order | wall s | each deck done s | mean deck done s | last vision answer s | calls | after-vision calls | 429s | slides |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...runs.map(
    (r) =>
      `| ${r.seed} | ${r.order} | ${r.wallS} | ${r.deckDoneS.join(' / ')} | ${r.meanDeckDoneS} | ${r.lastVisionS} | ${r.calls} | ${r.postVisionCalls} | ${r.rateLimited} | ${r.slides} |`,
  ),
  '',
  '| order | median wall s | median mean deck done s | median first deck done s | median last vision answer s |',
  '|---|---|---|---|---|',
  ...sums.map(
    (s) =>
      `| ${s.order} | ${s.medianWallS} | ${s.medianMeanDeckDoneS} | ${s.medianFirstDeckDoneS} | ${s.medianLastVisionS} |`,
  ),
  '',
  `Arrival ÷ input, seed by seed: wall ${pairs.map((p) => round(p.wall, 2)).join(', ')} (median ${round(median(pairs.map((p) => p.wall)), 2)}×); mean deck done ${pairs.map((p) => round(p.meanDone, 2)).join(', ')} (median ${round(median(pairs.map((p) => p.meanDone)), 2)}×).`,
  '',
  '## Model (Monte Carlo, the order alone)',
  '',
  "`folderModel` in the script: sends at the rate limit, the profile's latency (median 12 s, p95 30 s), a deck ends with its slowest answer plus one more call with probability p (the judge, LLM extraction), commits in input order; 4,000 runs each, times in seconds from the start.",
  '',
  '| folder | p | order | median wall s | median mean deck done s | median first deck done s |',
  '|---|---|---|---|---|---|',
  ...models.flatMap((m) =>
    m.results.map(
      (x) =>
        `| ${m.calls.length} decks (${m.calls.join(', ')} vision calls) at ${m.rpm} RPM | ${round(m.pAfter, 2)} | ${x.order} | ${x.medianWallS} | ${x.medianMeanDeckDoneS} | ${x.medianFirstDeckDoneS} |`,
    ),
  ),
  '',
];
writeFileSync(join(out, 'folder-order.md'), md.join('\n'));
process.stdout.write(md.join('\n'));
