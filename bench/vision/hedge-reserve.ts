/**
 * The rescue reserve measured on the real client (A/B in one run): a 250-slide deck against the simulator's
 * `realistic` profile, the same seeds for every arm, the arms interleaved seed by seed (so a slower machine
 * for a while costs every arm alike), only the client's `hedge.rescueReserve` differs (copies of the retry
 * budget ordinary copies leave to the rescue of stragglers; the default is RESCUE_RESERVE; 10 is the former
 * 30 % of the budget of a 250-slide deck at 500 RPM, 35).
 *
 * The slides are rendered once, before the first arm (a warm render cache): every arm starts with all its
 * images ready, so the figure is the vision client's own (sending at the provider's limit, then the tail),
 * not LibreOffice's. The simulator runs `--scale` times faster (0.25: a run of 65 s takes 16 s) and the
 * client's absolute time constants are scaled with it, as in bench/vision/run.ts's summarise rows; times are
 * reported in simulated seconds, from the first call to the last answer.
 *
 *   npx tsx bench/vision/hedge-reserve.ts [--seeds 16] [--reserves 10,3,0] [--scale 0.25] [--slides 250]
 *                                         [--profile realistic|flaky]
 * Writes bench/results/hedge-reserve.json and .md (`--profile flaky`: hedge-reserve-flaky.*): a provider that
 * fails often needs its retries, so the flaky run checks that copies taking the budget cost no text fallback.
 * `--recovery off,on` crosses the arms with summariseSlides' recovery pass off and on (files get `-recovery`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDeck } from '../../packages/core/src/extract/index.js';
import { summariseSlides, type SummariseSlideInput } from '../../packages/core/src/summarise/index.js';
import {
  createVisionClient,
  RESCUE_RESERVE,
  resetBreakers,
  resetGovernors,
  startSimulator,
  type ClientEvent,
} from '../../packages/vision/src/index.js';
import { generateBenchDeck } from '../../tools/deck-gen/index.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const SEEDS = Number(arg('seeds', '16'));
const RESERVES = arg('reserves', '10,3,0').split(',').map(Number);
/** `--recovery off,on`: also A/B summariseSlides' recovery pass (slides the open circuit or the empty retry budget refused, tried again after the main pass). */
const RECOVERY = arg('recovery', 'on')
  .split(',')
  .map((x) => x === 'on');
const SCALE = Number(arg('scale', '0.25'));
const N = Number(arg('slides', '250'));
const PROFILE = arg('profile', 'realistic') as 'realistic' | 'flaky';
const OUT = `hedge-reserve${PROFILE === 'realistic' ? '' : `-${PROFILE}`}${RECOVERY.length > 1 ? '-recovery' : ''}`;
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

const work = mkdtempSync(join(tmpdir(), 'osm-bench-reserve-'));
const deckPath = join(work, `bench-${N}.pptx`);
await generateBenchDeck(deckPath, N);
const deck = await extractDeck({ path: deckPath });
const slides: SummariseSlideInput[] = deck.slides.map((s) => ({
  index: s.index,
  hash: s.hash,
  title: s.title,
  text: s.texts.map((t) => t.text).join('\n'),
  hasVisual: true,
}));
const renderDir = join(work, 'render');

interface Run {
  seed: number;
  reserve: number;
  recovery: boolean;
  endS: number;
  calls: number;
  callsPerSlide: number;
  hedges: number;
  hedgesWon: number;
  retries: number;
  timeouts: number;
  fallbacks: number;
  recovered: number;
}

async function runOnce(seed: number, reserve: number | null, recovery = true): Promise<Run> {
  resetBreakers();
  resetGovernors();
  const sim = await startSimulator({ profile: PROFILE, timeScale: SCALE, seed });
  try {
    let firstCall = -1;
    const onEvent = (e: ClientEvent): void => {
      if (e.type === 'call' && firstCall < 0) firstCall = performance.now();
    };
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: `reserve-${seed}-${reserve}`,
      model: 'gpt-4o-mini',
      policy: 'all',
      cache: null,
      onEvent,
      concurrencyCeiling: 128,
      timeout: { coldMs: 30_000 * SCALE, minMs: 1_000 * SCALE, maxMs: 120_000 * SCALE },
      retry: { maxAttempts: 4, baseMs: 500 * SCALE, maxMs: 20_000 * SCALE },
      breaker: { cooldownMs: 30_000 * SCALE },
      retryBudget: { windowMs: 60_000 * SCALE },
      ...(reserve === null ? {} : { hedge: { rescueReserve: reserve } }),
    });
    const { stats } = await summariseSlides({
      deckSha: deck.sha256,
      deckPath,
      slides,
      cache: null,
      options: { vision: 'all', client, recovery, render: { cacheDir: renderDir, processes: 2 } },
    });
    const end = performance.now();
    const m = client.metrics();
    return {
      seed,
      reserve: reserve ?? RESCUE_RESERVE,
      recovery,
      endS: round((end - firstCall) / 1000 / SCALE),
      calls: stats.calls,
      callsPerSlide: round(stats.calls / N, 3),
      hedges: m.hedges,
      hedgesWon: m.hedgesWon,
      retries: stats.retries,
      timeouts: stats.timeouts,
      fallbacks: stats.textFallback,
      recovered: stats.recovered ?? 0,
    };
  } finally {
    await sim.close();
  }
}

// render once (and warm everything up): not measured
await runOnce(999, null);
/** The arms: every reserve, with and (`--recovery off,on`) without the recovery pass. */
const ARMS = RESERVES.flatMap((reserve) => RECOVERY.map((recovery) => ({ reserve, recovery })));
const label = (a: { reserve: number; recovery: boolean }): string =>
  `${a.reserve}${a.reserve === RESCUE_RESERVE ? ' (default)' : ''}${RECOVERY.length > 1 ? `, recovery ${a.recovery ? 'on' : 'off'}` : ''}`;
const sameArm = (r: Run, a: { reserve: number; recovery: boolean }): boolean =>
  r.reserve === a.reserve && r.recovery === a.recovery;
const runs: Run[] = [];
for (let seed = 1; seed <= SEEDS; seed++)
  for (const a of seed % 2 ? ARMS : [...ARMS].reverse()) {
    const r = await runOnce(seed, a.reserve, a.recovery);
    runs.push(r);
    process.stderr.write(`${JSON.stringify(r)}\n`);
  }

const quant = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return round(s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo));
};
const rows = ARMS.map((a) => {
  const rs = runs.filter((r) => sameArm(r, a));
  const ends = rs.map((r) => r.endS);
  return {
    arm: label(a),
    ...a,
    runs: rs.length,
    median: quant(ends, 0.5),
    mean: round(ends.reduce((x, y) => x + y, 0) / ends.length),
    p10: quant(ends, 0.1),
    p90: quant(ends, 0.9),
    max: Math.max(...ends),
    callsPerSlide: round(rs.reduce((x, r) => x + r.callsPerSlide, 0) / rs.length, 3),
    maxCallsPerSlide: Math.max(...rs.map((r) => r.callsPerSlide)),
    hedges: round(rs.reduce((x, r) => x + r.hedges, 0) / rs.length),
    wasted: round(rs.reduce((x, r) => x + r.hedges - r.hedgesWon, 0) / rs.length),
    fallbacks: rs.reduce((x, r) => x + r.fallbacks, 0),
    maxFallbacks: Math.max(...rs.map((r) => r.fallbacks)),
    recovered: rs.reduce((x, r) => x + r.recovered, 0),
    timeouts: rs.reduce((x, r) => x + r.timeouts, 0),
  };
});
// paired: each seed's difference to the first arm
const paired = ARMS.slice(1).map((a) => {
  const d = runs
    .filter((r) => sameArm(r, a))
    .map((r) => r.endS - runs.find((x) => x.seed === r.seed && sameArm(x, ARMS[0]))!.endS);
  return {
    arm: label(a),
    medianDiff: quant(d, 0.5),
    meanDiff: round(d.reduce((x, y) => x + y, 0) / d.length),
    better: d.filter((x) => x < 0).length,
  };
});
const meta = {
  date: new Date().toISOString(),
  command: `npx tsx bench/vision/hedge-reserve.ts --seeds ${SEEDS} --reserves ${RESERVES.join(',')} --scale ${SCALE} --slides ${N}${PROFILE === 'realistic' ? '' : ` --profile ${PROFILE}`}${RECOVERY.length > 1 ? ` --recovery ${RECOVERY.map((x) => (x ? 'on' : 'off')).join(',')}` : ''}`,
  machine: `${process.platform} ${process.arch}, node ${process.version}, load average at the end ${loadavg()
    .map((x) => round(x))
    .join(' / ')}`,
  setup: `${N} generated slides, all to vision, rendered before the first arm; simulator ${PROFILE === 'realistic' ? 'realistic (median 12 s, p95 30 s, 500 RPM, 1 % 5xx, 0.5 % hangs, 1 % slow bodies, 0.2 % malformed)' : 'flaky (median 3 s, p95 15 s, 300 RPM, 10 % 5xx, 3 % hangs, 5 % slow bodies, 5 % malformed)'} at time scale ${SCALE}, seeds 1–${SEEDS}, arms interleaved; the client default but for hedge.rescueReserve (10 = the former 30 % of a 250-slide run's budget of 35); times in simulated s from the first call to the last answer`,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${OUT}.json`, `${JSON.stringify({ meta, rows, paired, runs }, null, 2)}\n`);
const md = [
  RECOVERY.length > 1
    ? `# The recovery pass (slides the open circuit or the empty retry budget refused, tried again after the main pass) and the rescue reserve (A/B on the real client, ${PROFILE} profile)`
    : `# Rescue reserve: copies of the retry budget ordinary hedge copies leave to rescues (A/B on the real client, ${PROFILE} profile)`,
  '',
  ...Object.entries(meta).map(([k, v]) => `- ${k}: ${v}`),
  '',
  '| rescue reserve (copies) | runs | median end s | mean | p10 | p90 | max | calls per slide (mean / max) | copies sent (wasted) | timeouts | text fallbacks (most in one run) | recovered by the recovery pass |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.arm} | ${r.runs} | ${r.median} | ${r.mean} | ${r.p10} | ${r.p90} | ${r.max} | ${r.callsPerSlide} / ${r.maxCallsPerSlide} | ${r.hedges} (${r.wasted}) | ${r.timeouts} | ${r.fallbacks} (${r.maxFallbacks}) | ${r.recovered} |`,
  ),
  '',
  ...paired.map(
    (p) =>
      `- ${p.arm} vs ${label(ARMS[0])}, seed by seed: median difference ${p.medianDiff} s, mean ${p.meanDiff} s, faster in ${p.better} of ${SEEDS} seeds`,
  ),
  '',
];
writeFileSync(`bench/results/${OUT}.md`, md.join('\n'));
process.stdout.write(md.join('\n'));
rmSync(work, { recursive: true, force: true });
