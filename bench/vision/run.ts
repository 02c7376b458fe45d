/**
 * Vision benchmark: generated decks of 10/50/100/250 slides (tools/deck-gen generateBenchDeck) against the
 * simulator's `realistic` profile (median 12 s, p95 30 s, 500 RPM, 1 % 5xx, 0.5 % hangs), optimised
 * default vs `--profile baseline` on the same deck and simulator settings in the same run, then a re-run
 * served from cache. Each case renders from scratch (fresh render cache) so total wall includes rendering.
 *
 *   npx tsx bench/vision/run.ts [--sizes 10,50,100,250] [--real 250] [--scale 0.1] [--baseline-scale S]
 *
 * Sizes listed in --real run at real time (scale 1); the others at --scale (times reported are then
 * converted back to simulated seconds, i.e. divided by the scale, and marked as scaled).
 * Writes bench/results/vision.json and bench/results/vision.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDeck } from '../../packages/core/src/extract/index.js';
import { summariseSlides, type SummariseSlideInput } from '../../packages/core/src/summarise/index.js';
import {
  createVisionClient,
  MemoryResponseCache,
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
const sizes = arg('sizes', '10,50,100,250').split(',').map(Number);
const realSizes = new Set(arg('real', '250').split(',').filter(Boolean).map(Number));
const smallScale = Number(arg('scale', '0.1'));
const baselineScaleArg = arg('baseline-scale', '');
const MEDIAN_S = 12;
const RPM = 500;
const CEILING = 128;

interface CaseResult {
  slides: number;
  profile: 'default' | 'baseline' | 'default (re-run, cached)';
  timeScale: number;
  totalWallS: number;
  extractS: number;
  renderS: number;
  firstImageS: number;
  visionWallS: number;
  floorS: number;
  efficiency: number;
  /** floor + one median latency: the last call issued at the floor still has to come back. */
  floorPlusLatencyS: number;
  efficiencyPlusLatency: number;
  calls: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  breakerOpens: number;
  fallbacks: number;
  cacheHits: number;
  maxInFlight: number;
  costUsd: number;
  p50S: number;
  p95S: number;
}

const work = mkdtempSync(join(tmpdir(), 'osm-bench-vision-'));
const results: CaseResult[] = [];

async function runCase(
  n: number,
  deckPath: string,
  profile: 'default' | 'baseline',
  scale: number,
  cache: MemoryResponseCache | null,
  label?: CaseResult['profile'],
): Promise<CaseResult> {
  resetBreakers();
  resetGovernors();
  const sim = await startSimulator({ profile: 'realistic', timeScale: scale, seed: 1000 + n });
  try {
    const t0 = performance.now();
    const deck = await extractDeck({ path: deckPath });
    const extractMs = performance.now() - t0;
    const slides: SummariseSlideInput[] = deck.slides.map((s) => ({
      index: s.index,
      hash: s.hash,
      title: s.title,
      text: s.texts.map((t) => t.text).join('\n'),
      hasVisual: s.images.length > 0 || s.charts.length > 0 || s.hasSmartArt,
    }));
    let firstCall = -1;
    const onEvent = (e: ClientEvent): void => {
      if (e.type === 'call' && firstCall < 0) firstCall = performance.now();
    };
    const client = createVisionClient({
      baseURL: sim.url,
      apiKey: `bench-${profile}-${n}-${label ?? ''}`,
      model: 'gpt-4o-mini',
      profile,
      policy: 'all',
      cache,
      onEvent,
      concurrencyCeiling: CEILING,
      // the simulator's clock runs `scale` times faster: scale the client's absolute time constants too
      timeout:
        profile === 'baseline'
          ? { fixedMs: 60_000 * scale }
          : { coldMs: 30_000 * scale, minMs: 1_000 * scale, maxMs: 120_000 * scale },
      retry:
        profile === 'baseline'
          ? { maxAttempts: 3, baseMs: 0, maxMs: 0 }
          : { maxAttempts: 4, baseMs: 500 * scale, maxMs: 20_000 * scale },
      breaker: profile === 'baseline' ? false : { cooldownMs: 30_000 * scale },
      retryBudget: profile === 'baseline' ? undefined : { windowMs: 60_000 * scale },
    });
    const { stats } = await summariseSlides({
      deckSha: deck.sha256,
      deckPath,
      slides,
      cache,
      options: {
        vision: 'all',
        client,
        render: { cacheDir: join(work, `render-${n}-${profile}`), processes: 2 },
      },
    });
    const end = performance.now();
    const visionWall = firstCall < 0 ? 0 : (end - firstCall) / 1000 / scale;
    const conc = profile === 'baseline' ? 3 : CEILING;
    const calls = stats.calls;
    const floor = calls === 0 ? 0 : Math.max((n * MEDIAN_S) / conc, (n / RPM) * 60);
    const r: CaseResult = {
      slides: n,
      profile: label ?? profile,
      timeScale: scale,
      // simulated total: the part before the first call is real work (extract + LibreOffice), the rest scales
      totalWallS: round(
        firstCall < 0 ? (end - t0) / 1000 : (firstCall - t0 + (end - firstCall) / scale) / 1000,
      ),
      extractS: round(extractMs / 1000),
      renderS: round(stats.renderMs / 1000),
      firstImageS: round(stats.firstImageMs / 1000),
      visionWallS: round(visionWall),
      floorS: round(floor),
      efficiency: visionWall > 0 ? round(floor / visionWall, 2) : 0,
      floorPlusLatencyS: calls === 0 ? 0 : round(floor + MEDIAN_S),
      efficiencyPlusLatency: visionWall > 0 ? round((floor + MEDIAN_S) / visionWall, 2) : 0,
      calls,
      retries: stats.retries,
      rateLimited: stats.rateLimited,
      timeouts: stats.timeouts,
      breakerOpens: stats.breakerOpens,
      fallbacks: stats.textFallback,
      cacheHits: stats.cacheHits,
      maxInFlight: stats.maxInFlight,
      costUsd: round(stats.costUsd, 4),
      p50S: round(stats.latencyP50Ms / 1000 / scale),
      p95S: round(stats.latencyP95Ms / 1000 / scale),
    };
    process.stderr.write(`${JSON.stringify(r)}\n`);
    return r;
  } finally {
    await sim.close();
  }
}

function round(x: number, d = 1): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

for (const n of sizes) {
  const deckPath = join(work, `bench-${n}.pptx`);
  await generateBenchDeck(deckPath, n);
  const scale = realSizes.has(n) ? 1 : smallScale;
  const cache = new MemoryResponseCache();
  const opt = await runCase(n, deckPath, 'default', scale, cache);
  results.push(opt);
  results.push(await runCase(n, deckPath, 'default', scale, cache, 'default (re-run, cached)'));
  const bScale = baselineScaleArg ? Number(baselineScaleArg) : scale;
  results.push(await runCase(n, deckPath, 'baseline', bScale, null));
}

const rows = results.map((r) => {
  const base = results.find((b) => b.slides === r.slides && b.profile === 'baseline');
  return {
    ...r,
    baselineOverThis: base && r.profile === 'default' ? round(base.totalWallS / r.totalWallS, 1) : null,
  };
});
mkdirSync('bench/results', { recursive: true });
const meta = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  simulator:
    'realistic: median 12 s, p95 30 s, 500 RPM, 2M TPM, 0.5 % 500 + 0.5 % 503, 0.5 % hangs, 1 % slow bodies, 0.2 % malformed',
  client: `default: start 20, ceiling ${CEILING}, adaptive timeout (cold 30 s, 2×p95), 4 attempts, retry budget 10 %, breaker; baseline: 3 workers, 60 s timeout, no breaker/cache/dedupe`,
  floor: `max(N × ${MEDIAN_S} s ÷ concurrency, N ÷ ${RPM} RPM); concurrency = ${CEILING} (default) or 3 (baseline)`,
  note: 'times are simulated seconds: at timeScale < 1 the time from the first vision call on is divided by the scale (what comes before, extraction and the LibreOffice conversion, is real work and kept as is); timeScale 1 = real time',
};
writeFileSync('bench/results/vision.json', `${JSON.stringify({ meta, rows }, null, 2)}\n`);
const head =
  '| slides | profile | time scale | total s | render s | first image s | vision s | floor s | efficiency | floor+median s | efficiency vs floor+median | calls | retries | 429s | timeouts | breaker opens | fallbacks | cache hits | max in flight | cost $ | baseline ÷ this |';
const md = [
  '# Vision benchmark',
  '',
  ...Object.entries(meta).map(([k, v]) => `- ${k}: ${v}`),
  '',
  head,
  head.replace(/[^|]+/g, '---'),
  ...rows.map(
    (r) =>
      `| ${r.slides} | ${r.profile} | ${r.timeScale} | ${r.totalWallS} | ${r.renderS} | ${r.firstImageS} | ${r.visionWallS} | ${r.floorS} | ${r.efficiency} | ${r.floorPlusLatencyS} | ${r.efficiencyPlusLatency} | ${r.calls} | ${r.retries} | ${r.rateLimited} | ${r.timeouts} | ${r.breakerOpens} | ${r.fallbacks} | ${r.cacheHits} | ${r.maxInFlight} | ${r.costUsd} | ${r.baselineOverThis ?? ''} |`,
  ),
  '',
];
writeFileSync('bench/results/vision.md', md.join('\n'));
process.stdout.write(md.join('\n'));
rmSync(work, { recursive: true, force: true });
