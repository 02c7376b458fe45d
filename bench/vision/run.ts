/**
 * Vision benchmark: generated decks of 10/50/100/250 slides (tools/deck-gen generateBenchDeck) against the
 * simulator's `realistic` profile (median 12 s, p95 30 s, 500 RPM, 1 % 5xx, 0.5 % hangs), optimised
 * default vs `--profile baseline` on the same deck and simulator settings in the same run, then a re-run
 * served from cache. Each case renders from scratch (fresh render cache) so total wall includes rendering.
 *
 * The optimised default goes END TO END through the engine (`createEngine(resolveConfig(…))` then
 * `engine.ingest([deck])`: extraction in worker threads, streamed rendering, the engine's provider hub,
 * the nlp stage, the store write; embeddings off, LLM extraction off so every call is a vision call); its
 * cached re-run is `ingest --force` on the same store (the response cache answers: 0 calls). The baseline
 * drives summariseSlides directly with the baseline client (3 workers, fixed 60 s timeout) because its
 * absolute time constants must be scaled with the simulator (`--baseline-scale`).
 *
 * `--decks` adds the folder row: corpus decks (../shared/corpus/pptx, the first `--deck-count` of TEN_DECKS) ingested at
 * once (`--concurrency 10`, vision all) against the simulator at `--deck-rpm` (simulated minutes) and
 * `--deck-scale`; its rate floor is slides sent ÷ the real RPM (rpm ÷ scale), peak RSS is sampled for
 * the whole process tree (node + LibreOffice + pdftoppm), then a cached re-run (0 calls expected).
 *
 *   npx tsx bench/vision/run.ts [--sizes 10,50,100,250] [--real 250] [--scale 0.1] [--baseline-scale S]
 *                               [--decks] [--deck-rpm 120] [--deck-scale 0.5] [--deck-count 10] [--seeds 1,2,3]
 *                               [--order arrival|input]
 *
 * `--seeds` repeats the real-time engine row with the simulator seeded otherwise (one row per seed, no cached
 * re-run; the main row keeps seed 1000 + N), so the figure is a distribution over the profile's draws, not one draw.
 * Sizes listed in --real run at real time (scale 1); the others at --scale (times reported are then
 * converted back to simulated seconds, i.e. divided by the scale, and marked as scaled).
 * Writes bench/results/vision.json and bench/results/vision.md.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngine, resolveConfig, type IngestReport } from '../../packages/core/src/index.js';
import { extractDeck } from '../../packages/core/src/extract/index.js';
import { summariseSlides, type SummariseSlideInput } from '../../packages/core/src/summarise/index.js';
import {
  createVisionClient,
  MemoryResponseCache,
  resetBreakers,
  resetGovernors,
  resolveClientOptions,
  startSimulator,
  type ClientEvent,
  type RunningSimulator,
} from '../../packages/vision/src/index.js';
import { generateBenchDeck } from '../../tools/deck-gen/index.js';
import { TEN_DECKS } from './decks.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const sizes = arg('sizes', '10,50,100,250')
  .split(',')
  .filter((x) => x && x !== 'none')
  .map(Number);
const realSizes = new Set(arg('real', '250').split(',').filter(Boolean).map(Number));
const smallScale = Number(arg('scale', '0.1'));
const baselineScaleArg = arg('baseline-scale', '');
const withDecks = args.includes('--decks');
const deckRpm = Number(arg('deck-rpm', '120'));
const deckCount = Number(arg('deck-count', '10'));
const deckScales = arg('deck-scale', '0.5').split(',').map(Number);
const extraSeeds = arg('seeds', '').split(',').filter(Boolean).map(Number);
/** `--order input`: the folder's calls in input order (the engine's `--provider-order input`; default arrival). */
const folderOrder = arg('order', 'arrival') === 'input' ? 'input' : 'arrival';
const MEDIAN_S = 12;
const RPM = 500;
const CEILING = 128;
const MODEL = 'gpt-4o-mini';

interface CaseResult {
  slides: number;
  profile:
    | 'default'
    | 'baseline'
    | 'default (re-run, cached)'
    | `default, seed ${number}`
    | `default, ${number} decks at once`
    | `${number} decks (re-run, cached)`;
  /** 'engine' = createEngine + ingest (end to end); 'summarise' = summariseSlides driven directly. */
  path: 'engine' | 'summarise';
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
  hedges: number;
  /** Hedges whose original answered first (or both failed): calls wasted by hedging. */
  hedgesWasted: number;
  /** Engine rows: retries (and hedge copies) the retry budget refused. */
  retryBudgetDenied?: number;
  callsPerSlide: number;
  rateLimited: number;
  timeouts: number;
  breakerOpens: number;
  fallbacks: number;
  /** Engine rows: why the text fallbacks fell back (the report's summarise phase). */
  fallbackReasons?: Record<string, number>;
  cacheHits: number;
  maxInFlight: number;
  costUsd: number;
  p50S: number;
  p95S: number;
  /** Engine rows: the answer after which the pool jumped by Little's law (1 = the first). */
  littleJumpAfter?: number;
  /** Engine rows: per-phase totals of the ingest report, seconds (phases of parallel decks add up). */
  phasesS?: Record<string, number>;
  /** Folder row: wall ÷ the rate floor (target ≤ 1.25), peak RSS of the process tree, decks. */
  overFloor?: number;
  /** Engine rows: when the provider received its last request (first attempts, retries, copies). */
  lastArrivalS?: number;
  peakRssMiB?: number;
  nodePeakRssMiB?: number;
  decks?: number;
  loadAvg1?: number;
}

const work = mkdtempSync(join(tmpdir(), 'osm-bench-vision-'));
const results: CaseResult[] = [];

function round(x: number, d = 1): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

/** RSS of this process and all its descendants (LibreOffice, pdftoppm), sampled every 250 ms. */
function rssSampler(): { stop(): number } {
  const pageKiB = 4;
  const sample = (): number => {
    const kids = new Map<number, number[]>();
    const rss = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const st = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        const pid = Number(d);
        const ppid = Number(f[1]);
        rss.set(pid, Number(f[21]) * pageKiB);
        if (!kids.has(ppid)) kids.set(ppid, []);
        kids.get(ppid)!.push(pid);
      } catch {
        /* gone */
      }
    }
    let total = 0;
    const todo = [process.pid];
    while (todo.length) {
      const p = todo.pop()!;
      total += rss.get(p) ?? 0;
      todo.push(...(kids.get(p) ?? []));
    }
    return total;
  };
  let peak = sample();
  const t = setInterval(() => (peak = Math.max(peak, sample())), 250);
  return {
    stop() {
      clearInterval(t);
      return Math.max(peak, sample()) / 1024;
    },
  };
}

function phaseSeconds(r: IngestReport): Record<string, number> {
  return Object.fromEntries(Object.entries(r.totals.timingsMs).map(([k, v]) => [k, round((v ?? 0) / 1000)]));
}

/** End to end through the engine: one engine, `decks` ingested at once, then a cached re-run. */
async function runEngine(
  decks: string[],
  sim: RunningSimulator,
  simStart: number,
  opts: {
    label: CaseResult['profile'];
    cachedLabel: CaseResult['profile'];
    scale: number;
    rpm: number;
    concurrency: number;
    key: string;
    /** Only the first ingest (no cached re-run). */
    once?: boolean;
  },
): Promise<CaseResult[]> {
  const store = join(work, `store-${opts.key}`);
  const cacheDir = join(work, `cache-${opts.key}`);
  const config = resolveConfig(
    {
      store,
      vision: 'all',
      'base-url': sim.url,
      'api-key': opts.key,
      'embedding-model': 'none',
      concurrency: String(opts.concurrency),
    },
    // LLM extraction off: every call the simulator sees is a vision call (what this bench measures)
    { OSMOSE_CACHE_DIR: cacheDir, OSMOSE_LLM_EXTRACT: '0' },
  );
  const engine = await createEngine(config);
  const out: CaseResult[] = [];
  try {
    const chat = engine.providers.chatFor(
      resolveClientOptions({ baseURL: sim.url, apiKey: opts.key, model: MODEL }),
    );
    for (const cached of opts.once ? [false] : [false, true]) {
      const before = chat.metrics();
      const rss = rssSampler();
      const load = loadavg()[0];
      const t0 = performance.now();
      const report = await engine.ingest(decks, { force: cached, providerOrder: folderOrder });
      const end = performance.now();
      const peak = rss.stop();
      const m = chat.metrics();
      const d = (
        k:
          | 'calls'
          | 'retries'
          | 'hedges'
          | 'hedgesWon'
          | 'retryBudgetDenied'
          | 'rateLimited'
          | 'timeouts'
          | 'fallbacks'
          | 'cacheHits'
          | 'costUsd',
      ) => m[k] - before[k];
      const events = sim.stats().events.filter((e) => e.t + simStart >= t0);
      // the simulator records a call when it is answered, with the time it was accepted: the first call
      // sent is the smallest time, not the first event (that is the first call ANSWERED)
      const sentAt = events.map((e) => e.t);
      const firstCall = events.length ? Math.min(...sentAt) + simStart : -1;
      const slides = report.totals.slides;
      // calls that ARRIVED during this ingest: a hedge copy cancelled at the end of the previous run is
      // recorded by the simulator when its answer would have left, during the next one (it read 1 call on a
      // cached re-run that made none)
      const calls = events.length;
      const firsts = d('calls') - d('retries') - d('hedges');
      // the provider's floor for what was sent to it: first attempts ÷ the real RPM (rpm ÷ scale)
      const floor = firsts === 0 ? 0 : (firsts / (opts.rpm / opts.scale)) * 60;
      const visionWall = firstCall < 0 ? 0 : (end - firstCall) / 1000;
      const lastArrival = events.length ? Math.max(...sentAt) + simStart : -1;
      if (cached && calls > 0)
        process.stderr.write(
          `cached re-run calls by deck: ${JSON.stringify(report.documents.filter((x) => (x.phases.summarise?.calls ?? 0) > 0).map((x) => [x.file, x.phases.summarise]))}\n`,
        );
      const fail = report.documents.filter((x) => x.status !== 'ingested');
      if (fail.length)
        process.stderr.write(
          `not ingested: ${JSON.stringify(fail.map((x) => [x.file, x.status, x.error?.code]))}\n`,
        );
      const phases = phaseSeconds(report);
      const r: CaseResult = {
        slides,
        profile: cached ? opts.cachedLabel : opts.label,
        path: 'engine',
        timeScale: opts.scale,
        totalWallS: round((end - t0) / 1000 / (opts.scale === 1 ? 1 : 1)),
        extractS: phases.extract ?? 0,
        renderS: 0, // not separated by the engine's report: inside the summarise phase (phasesS)
        firstImageS: firstCall < 0 ? 0 : round((firstCall - t0) / 1000),
        visionWallS: round(visionWall),
        floorS: round(floor),
        efficiency: visionWall > 0 ? round(floor / visionWall, 2) : 0,
        floorPlusLatencyS: floor === 0 ? 0 : round(floor + MEDIAN_S * opts.scale),
        efficiencyPlusLatency: visionWall > 0 ? round((floor + MEDIAN_S * opts.scale) / visionWall, 2) : 0,
        calls,
        retries: d('retries'),
        hedges: d('hedges'),
        hedgesWasted: d('hedges') - d('hedgesWon'),
        retryBudgetDenied: d('retryBudgetDenied'),
        callsPerSlide: slides ? round(calls / slides, 3) : 0,
        rateLimited: sim.stats().rateLimited,
        timeouts: d('timeouts'),
        breakerOpens: m.breakerOpens,
        fallbacks: report.totals.phases.summarise?.fallbacks ?? d('fallbacks'),
        fallbackReasons: report.totals.phases.summarise?.fallbackReasons,
        cacheHits: d('cacheHits'),
        maxInFlight: m.maxInFlight,
        costUsd: round(d('costUsd'), 4),
        p50S: round(m.latencyP50Ms / 1000),
        p95S: round(m.latencyP95Ms / 1000),
        littleJumpAfter: chat.concurrency.firstJumpAfter,
        phasesS: phases,
        overFloor: floor > 0 ? round((end - t0) / 1000 / floor, 2) : undefined,
        lastArrivalS: lastArrival < 0 ? undefined : round((lastArrival - t0) / 1000),
        peakRssMiB: round(peak, 0),
        nodePeakRssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
        decks: decks.length,
        loadAvg1: round(load, 1),
      };
      process.stderr.write(`${JSON.stringify(r)}\n`);
      out.push(r);
    }
  } finally {
    await engine.close();
  }
  return out;
}

/** The pre-engine path: summariseSlides with a client whose time constants follow the simulator's scale. */
async function runDirect(
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
      model: MODEL,
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
    const hedges = client.metrics().hedges;
    const r: CaseResult = {
      slides: n,
      profile: label ?? profile,
      path: 'summarise',
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
      hedges,
      hedgesWasted: hedges - client.metrics().hedgesWon,
      callsPerSlide: round(calls / n, 3),
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

for (const n of sizes) {
  const deckPath = join(work, `bench-${n}.pptx`);
  await generateBenchDeck(deckPath, n);
  const scale = realSizes.has(n) ? 1 : smallScale;
  if (scale === 1) {
    // real time: the engine end to end (the optimised default, then its cached re-run)
    const simStart = performance.now();
    const sim = await startSimulator({ profile: 'realistic', timeScale: 1, seed: 1000 + n });
    try {
      results.push(
        ...(await runEngine([deckPath], sim, simStart, {
          label: 'default',
          cachedLabel: 'default (re-run, cached)',
          scale: 1,
          rpm: RPM,
          concurrency: 1,
          key: `bench-engine-${n}`,
        })),
      );
    } finally {
      await sim.close();
    }
    for (const seed of extraSeeds) {
      const t = performance.now();
      const s2 = await startSimulator({ profile: 'realistic', timeScale: 1, seed });
      try {
        results.push(
          ...(await runEngine([deckPath], s2, t, {
            label: `default, seed ${seed}`,
            cachedLabel: 'default (re-run, cached)',
            scale: 1,
            rpm: RPM,
            concurrency: 1,
            key: `bench-engine-${n}-seed-${seed}`,
            once: true,
          })),
        );
      } finally {
        await s2.close();
      }
    }
  } else {
    const cache = new MemoryResponseCache();
    results.push(await runDirect(n, deckPath, 'default', scale, cache));
    results.push(await runDirect(n, deckPath, 'default', scale, cache, 'default (re-run, cached)'));
  }
  const bScale = baselineScaleArg ? Number(baselineScaleArg) : scale;
  results.push(await runDirect(n, deckPath, 'baseline', bScale, null));
}

if (withDecks) {
  const corpus = resolve('../shared/corpus/pptx');
  const decks = TEN_DECKS.slice(0, deckCount).map((d) => join(corpus, d));
  for (const d of decks) if (!existsSync(d)) throw new Error(`corpus deck missing: ${d}`);
  for (const deckScale of deckScales) {
    const simStart = performance.now();
    const sim = await startSimulator({
      profile: 'realistic',
      rpm: deckRpm,
      timeScale: deckScale,
      seed: 4242,
    });
    try {
      results.push(
        ...(await runEngine(decks, sim, simStart, {
          label: `default, ${decks.length} decks at once`,
          cachedLabel: `${decks.length} decks (re-run, cached)`,
          scale: deckScale,
          rpm: deckRpm,
          concurrency: decks.length,
          key: `bench-decks-${decks.length}-${deckScale}`,
        })),
      );
    } finally {
      await sim.close();
    }
  }
}

if (args.includes('--keep') && existsSync('bench/results/vision.json')) {
  // rows of the previous run that this run did not produce (e.g. the folder row when only 250 is re-run)
  const prev = JSON.parse(readFileSync('bench/results/vision.json', 'utf8')) as {
    rows: (CaseResult & { keptFrom?: string })[];
    meta: { date: string };
  };
  for (const r of prev.rows)
    if (!results.some((x) => x.slides === r.slides && x.profile === r.profile && x.timeScale === r.timeScale))
      results.push({ ...r, keptFrom: r.keptFrom ?? prev.meta.date } as CaseResult);
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
  machine: `${process.platform} ${process.arch}, node ${process.version}, load average at the end ${loadavg()
    .map((x) => round(x, 1))
    .join(' / ')} (shared machine)`,
  simulator:
    'realistic: median 12 s, p95 30 s, 500 RPM, 2M TPM, 0.5 % 500 + 0.5 % 503, 0.5 % hangs, 1 % slow bodies, 0.2 % malformed',
  client: `default: start 20 (doubling every 4 s until the first answer), ceiling ${CEILING}, pool sized by Little's law from the first answer's x-ratelimit-* headers, adaptive timeout (cold 30 s, 2×p95), 4 attempts, retry budget 10 %, breaker, hedge after p95 with room (p75–p90 in the run's tail: 1 − copies left ÷ (4 × calls in flight)), rescue copy after 1.25 × p95 ahead of queued first attempts; large decks rendered in slide windows (6, 18, 54… slides); baseline: 3 workers, 60 s timeout, no breaker/cache/dedupe`,
  bound:
    'what the realistic profile allows at best for 250 slides: bench/results/vision-floor.md (best causal hedging policy: median 60.6 s at <= 1.15 calls per slide, at most 0.1 % of runs within 45 s; a clairvoyant client 18.8 %)',
  path: 'engine rows: createEngine + ingest end to end (extraction, streamed rendering, vision, nlp, store; embeddings and LLM extraction off); summarise rows: summariseSlides driven directly (extraction + rendering + vision)',
  floor: `summarise rows: max(N × ${MEDIAN_S} s ÷ concurrency, N ÷ ${RPM} RPM), concurrency = ${CEILING} (default) or 3 (baseline); engine rows: first attempts ÷ the provider's real RPM`,
  folder: withDecks
    ? `${Math.min(deckCount, TEN_DECKS.length)} corpus decks at once (--concurrency ${Math.min(deckCount, TEN_DECKS.length)}) against realistic at ${deckRpm} RPM, time scale ${deckScales.join(' and ')} (real ${deckScales.map((x) => round(deckRpm / x)).join(' and ')} RPM, median ${deckScales.map((x) => MEDIAN_S * x).join(' and ')} s real); its times are REAL seconds (rendering is real work and is not scaled); peak RSS is node + LibreOffice + pdftoppm`
    : 'not run',
  note: 'summarise rows: times are simulated seconds: at timeScale < 1 the time from the first vision call on is divided by the scale (what comes before, extraction and the LibreOffice conversion, is real work and kept as is); timeScale 1 = real time',
};
writeFileSync('bench/results/vision.json', `${JSON.stringify({ meta, rows }, null, 2)}\n`);
const head =
  '| slides | profile | path | time scale | total s | render s | first image s | vision s | floor s | efficiency | floor+median s | efficiency vs floor+median | calls | calls/slide | retries | hedges (wasted) | 429s | timeouts | breaker opens | fallbacks | cache hits | max in flight | cost $ | baseline ÷ this | wall ÷ floor | peak RSS MiB |';
const md = [
  '# Vision benchmark',
  '',
  ...Object.entries(meta).map(([k, v]) => `- ${k}: ${v}`),
  '',
  head,
  head.replace(/[^|]+/g, '---'),
  ...rows.map(
    (r) =>
      `| ${r.slides} | ${r.profile}${'keptFrom' in r ? ` (run of ${String(r.keptFrom).slice(0, 16)})` : ''} | ${r.path} | ${r.timeScale} | ${r.totalWallS} | ${r.renderS} | ${r.firstImageS} | ${r.visionWallS} | ${r.floorS} | ${r.efficiency} | ${r.floorPlusLatencyS} | ${r.efficiencyPlusLatency} | ${r.calls} | ${r.callsPerSlide} | ${r.retries} | ${r.hedges} (${r.hedgesWasted}) | ${r.rateLimited} | ${r.timeouts} | ${r.breakerOpens} | ${r.fallbacks} | ${r.cacheHits} | ${r.maxInFlight} | ${r.costUsd} | ${r.baselineOverThis ?? ''} | ${r.overFloor ?? ''} | ${r.peakRssMiB ?? ''} |`,
  ),
  '',
  // every deck size with seed rows, this run's or kept from an earlier one (--keep)
  ...[...new Set(rows.map((r) => r.slides))]
    .filter((n) => rows.some((r) => r.slides === n && r.profile.startsWith('default, seed')))
    .map((n) => {
      const all = rows.filter(
        (r) =>
          r.slides === n &&
          r.path === 'engine' &&
          (r.profile === 'default' || r.profile.startsWith('default, seed')),
      );
      const ts = all.map((r) => r.totalWallS).sort((a, b) => a - b);
      const med = ts.length % 2 ? ts[(ts.length - 1) / 2] : (ts[ts.length / 2 - 1] + ts[ts.length / 2]) / 2;
      const base = rows.find((b) => b.slides === n && b.profile === 'baseline');
      const cps = all.map((r) => r.callsPerSlide);
      const kept = all.find((r) => 'keptFrom' in r);
      return `- ${n} slides over ${ts.length} simulator seeds (the default row and the seed rows${kept ? `, run of ${String((kept as { keptFrom?: string }).keptFrom).slice(0, 16)}` : ''}): total median **${round(med)} s**, min ${ts[0]} s, max ${ts[ts.length - 1]} s${base ? `; baseline ÷ median ${round(base.totalWallS / med, 1)}×` : ''}; calls/slide ${Math.min(...cps)}–${Math.max(...cps)}`;
    }),
  '',
  ...rows
    .filter((r) => r.phasesS)
    .map(
      (r) =>
        `- ${r.slides} slides, ${r.profile}: phases (s, summed over decks) ${JSON.stringify(r.phasesS)}; the pool first raised by Little's law at answer ${r.littleJumpAfter}; last request reached the provider at ${r.lastArrivalS} s; load ${r.loadAvg1} at the start${r.fallbackReasons ? `; fallbacks by reason ${JSON.stringify(r.fallbackReasons)}` : ''}`,
    ),
  '',
];
writeFileSync('bench/results/vision.md', md.join('\n'));
process.stdout.write(md.join('\n'));
rmSync(work, { recursive: true, force: true });
