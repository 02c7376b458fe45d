/**
 * What the `realistic` simulator profile allows at best: a Monte Carlo of the end time of N slides when
 * every request leaves at the provider's own limit from t = 0 (its full burst, then its refill rate: the
 * rate floor) and nothing else costs time — no rendering, no extraction, no errors, no hangs, no slow
 * bodies. Only the latency draw remains, with the simulator's own distribution (log-normal, median and
 * p95 of the profile, the simulator's seeded generator). The run ends when its slowest answer arrives:
 * max over requests of (send time + latency).
 *
 * Variants: no copies; a second copy of each of the last K requests (K = what 1.15 calls per slide allows;
 * the copies take rate tokens too, so they push the last send out by K / rate); and, for reference only, a
 * second copy of EVERY request at no rate cost (not possible: it would double the floor). The issue's
 * targets (250 slides ≤ 45 s end to end; baseline ÷ optimised ≥ 25×) are compared with these bounds.
 *
 * Then what a real client can do with the same 1.15 calls per slide, in an event simulation of the
 * provider's token bucket: adaptive hedging (a copy of any request unanswered X s after its latest send,
 * over a grid of X, optionally only for requests sent after t0), and clairvoyant clients that know every
 * original's latency (not the copies') and spend the copies on the originals that will be late; a last
 * row lets the oracle know the copies' draws too (a strict but loose bound).
 *
 *   npx tsx bench/vision/tail-model.ts [--slides 250] [--runs 2000]
 * Writes bench/results/vision-floor.json and .md (`--out <prefix>`). `--rpm N` and `--target S` change the
 * provider's limit (its burst is the profile's burstSeconds of it) and the end-to-end target.
 */
import { writeFileSync } from 'node:fs';
import { resolveSimulatorConfig } from '../../packages/vision/src/simulator/profiles.js';
import { createRng } from '../../packages/vision/src/simulator/rng.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const N = Number(arg('slides', '250'));
const RUNS = Number(arg('runs', '2000'));
const TARGET_S = Number(arg('target', '45'));
/** Where the results go: <out>.json and <out>.md. */
const OUT = arg('out', 'bench/results/vision-floor');
const cfg = resolveSimulatorConfig('realistic');
const rpm = Number(arg('rpm', String(cfg.rpm)));
const burst = Math.max(1, rpm * Math.min(1, cfg.burstSeconds / 60));
const rng = createRng(20261130);
const latency = (): number => rng.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;

/** Send times of `n` requests at the provider's limit: the burst at once, then one per 60/rpm s. */
function sendTimes(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i < burst ? 0 : ((i - burst + 1) * 60) / rpm);
  return out;
}

interface Variant {
  name: string;
  calls: number;
  /** Requests that take rate tokens (the reference row's copies take none). */
  paced: number;
  /** End time of one simulated run. */
  run: () => number;
}

const budget = Math.floor(N * 0.15);
const variants: Variant[] = [
  {
    name: 'one request per slide, no copies',
    calls: N,
    paced: N,
    run: () => {
      let end = 0;
      for (const s of sendTimes(N)) end = Math.max(end, s + latency());
      return end;
    },
  },
  {
    name: `a second copy of the last ${budget} requests, sent with them (1.15 calls per slide)`,
    calls: N + budget,
    paced: N + budget,
    run: () => {
      // the copies take rate tokens too: N + budget sends; request i ≥ N − budget is sent twice in a row
      const t = sendTimes(N + budget);
      let end = 0;
      let k = 0;
      for (let i = 0; i < N; i++) {
        let l = t[k++] + latency();
        if (i >= N - budget) l = Math.min(l, t[k++] + latency());
        end = Math.max(end, l);
      }
      return end;
    },
  },
  {
    name: 'reference only: a second copy of every request at no rate cost (impossible: 2 calls per slide)',
    calls: 2 * N,
    paced: N,
    run: () => {
      let end = 0;
      for (const s of sendTimes(N)) end = Math.max(end, s + Math.min(latency(), latency()));
      return end;
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Event simulation of a client that may send copies, for the adaptive and clairvoyant rows.
// The provider's limit is a token bucket: capacity `burst`, full at t = 0, refilled continuously at
// rpm / 60 tokens per second up to capacity; every send (original or copy) takes one token.

const rate = rpm / 60;
const EPS = 1e-9;

class TokenBucket {
  private tokens = burst;
  private at = 0;
  private level(t: number): number {
    return Math.min(burst, this.tokens + (t - this.at) * rate);
  }
  /** Earliest time ≥ t at which one token is available. */
  ready(t: number): number {
    const l = this.level(t);
    return l >= 1 - EPS ? t : t + (1 - l) / rate;
  }
  /** Takes one token at time t (t must be ≥ ready(t) and ≥ the previous take). */
  take(t: number): void {
    const l = this.level(t);
    if (l < 1 - 1e-6) throw new Error(`token bucket: no token at ${t}`);
    this.tokens = l - 1;
    this.at = t;
  }
}

interface RunOut {
  end: number;
  lastSend: number;
  calls: number;
}

/**
 * Adaptive hedging: originals queue at t = 0 in slide order and leave at the bucket's pace; a request
 * still unanswered `x` s after its latest send gets one more copy while the copy budget lasts (only if
 * its original left at or after `t0`). A triggered copy goes ahead of queued originals and leaves at
 * max(trigger, next token). A request ends at the min over its sends of (send + its own latency draw).
 * With `oracle`, the client knows each original's latency as it sends it (not the copies'): an original
 * that would answer after the target gets a copy at once (right behind it, at the next token); only
 * copies are hedged after that, `x` s after the latest one, with what is left of the budget.
 */
function hedgedRun(draw: () => number, x: number, t0: number, copies: number, oracle = false): RunOut {
  const bucket = new TokenBucket();
  const best = new Array<number>(N).fill(Infinity);
  const lastSendOf = new Array<number>(N).fill(-1);
  const firstSendOf = new Array<number>(N).fill(-1);
  // triggers are created in send order with the same delay x, so they come due in that order: a FIFO
  const trigReq: number[] = [];
  const trigAt: number[] = [];
  const trigSend: number[] = [];
  let trigHead = 0;
  const copyQueue: number[] = [];
  let copyHead = 0;
  let nextOrig = 0;
  let left = copies;
  let clock = 0;
  let lastSend = 0;
  let calls = 0;
  for (;;) {
    const pending = copyHead < copyQueue.length || nextOrig < N;
    const sendAt = pending ? bucket.ready(clock) : Infinity;
    const trigTime = trigHead < trigAt.length ? trigAt[trigHead] : Infinity;
    if (sendAt === Infinity && trigTime === Infinity) break;
    if (trigTime <= sendAt) {
      // a trigger comes due before (or with) the next token: a copy triggered now goes first
      const i = trigReq[trigHead];
      const forSend = trigSend[trigHead];
      trigHead++;
      clock = Math.max(clock, trigTime);
      if (left > 0 && lastSendOf[i] === forSend && best[i] > trigTime) {
        left--;
        copyQueue.push(i);
      }
      continue;
    }
    const i = copyHead < copyQueue.length ? copyQueue[copyHead++] : nextOrig++;
    bucket.take(sendAt);
    clock = sendAt;
    lastSend = sendAt;
    calls++;
    if (firstSendOf[i] < 0) firstSendOf[i] = sendAt;
    const isOriginal = firstSendOf[i] === sendAt && lastSendOf[i] === -1;
    lastSendOf[i] = sendAt;
    best[i] = Math.min(best[i], sendAt + draw());
    if (oracle) {
      // the oracle sees the original's answer time: a late one gets a copy at once (right behind it);
      // after that only copies are hedged, x s after the latest one
      if (isOriginal && best[i] > TARGET_S && left > 0) {
        left--;
        copyQueue.push(i);
      } else if (!isOriginal) {
        trigReq.push(i);
        trigAt.push(sendAt + x);
        trigSend.push(sendAt);
      }
    } else if (firstSendOf[i] >= t0 - EPS) {
      trigReq.push(i);
      trigAt.push(sendAt + x);
      trigSend.push(sendAt);
    }
  }
  let end = 0;
  for (const b of best) end = Math.max(end, b);
  return { end, lastSend, calls };
}

/** P(latency > t) for the profile's log-normal (Abramowitz–Stegun 7.1.26 for erf, error < 2e-7). */
const sigma = Math.log(cfg.latencyP95Ms / cfg.latencyMedianMs) / 1.6448536;
function latencyAbove(t: number): number {
  if (t <= 0) return 1;
  const z = (Math.log(t / (cfg.latencyMedianMs / 1000)) / sigma) * Math.SQRT1_2;
  const x = Math.abs(z);
  const k = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * k - 1.453152027) * k + 1.421413741) * k - 0.284496736) * k + 0.254829592) *
      k *
      Math.exp(-x * x);
  return 0.5 * (1 - (z >= 0 ? erf : -erf));
}

/**
 * Clairvoyant copies. Latencies are per-call draws, independent of the slide, so "knowing an original's
 * latency" means knowing the draw of the original sent in each slot.
 *
 * `originals`: the oracle knows every original's latency, not the copies'. In slide order (with send
 * times as pushed out by earlier copies) each original that would answer after the target gets one
 * copy, sent at the next token right behind it, while the budget lasts. The budget left is then spread
 * over those requests one copy at a time, each to the request where it raises the chance that all of
 * them answer in time the most (greedy on log P, from the profile's distribution and each copy's send
 * time), and the plan is replayed with all copies right behind their originals.
 *
 * `all`: the oracle knows the copies' draws too, and keeps sending copies right behind a late original
 * until one of them answers in time (or the budget is spent). No causal client can do better with the
 * same budget and the same draws; it is the loose end of the bound.
 */
function oracleRun(draw: () => number, copies: number, knows: 'originals' | 'all'): RunOut {
  const orig = Array.from({ length: N }, draw);
  const copyDraws = Array.from({ length: copies }, draw);
  const replay = (extra: number[]): { copied: number[]; copySend: number[]; out: RunOut } => {
    const bucket = new TokenBucket();
    let clock = 0;
    let left = copies;
    let calls = 0;
    let used = 0;
    const copied: number[] = [];
    const copySend: number[] = [];
    let end = 0;
    const send = (): number => {
      const t = bucket.ready(clock);
      bucket.take(t);
      clock = t;
      calls++;
      return t;
    };
    for (let i = 0; i < N; i++) {
      const s = send();
      let done = s + orig[i];
      if (done > TARGET_S && left > 0) {
        copied.push(i);
        if (knows === 'all') {
          while (done > TARGET_S && left > 0) {
            left--;
            const c = send();
            if (copySend.length < copied.length) copySend.push(c);
            done = Math.min(done, c + copyDraws[used++]);
          }
        } else {
          const k = Math.min(left, 1 + (extra[i] ?? 0));
          left -= k;
          for (let j = 0; j < k; j++) {
            const c = send();
            if (j === 0) copySend.push(c);
            done = Math.min(done, c + copyDraws[used++]);
          }
        }
      }
      end = Math.max(end, done);
    }
    return { copied, copySend, out: { end, lastSend: clock, calls } };
  };
  const plan = replay([]);
  if (knows === 'all') return plan.out;
  let left = copies - plan.copied.length;
  const extra: number[] = [];
  const fail = plan.copySend.map((t) => latencyAbove(TARGET_S - t));
  const count = plan.copied.map(() => 1);
  for (; left > 0 && count.length > 0; left--) {
    let bestK = 0;
    let bestGain = -Infinity;
    for (let k = 0; k < count.length; k++) {
      const gain = Math.log(1 - fail[k] ** (count[k] + 1)) - Math.log(1 - fail[k] ** count[k]);
      if (gain > bestGain) [bestGain, bestK] = [gain, k];
    }
    count[bestK]++;
    extra[plan.copied[bestK]] = count[bestK] - 1;
  }
  return replay(extra).out;
}

// self-check: with no copies the event simulation sends exactly at the closed-form rate floor
{
  const floor = sendTimes(N);
  const seen: number[] = [];
  const bucket = new TokenBucket();
  let clock = 0;
  for (let i = 0; i < N; i++) {
    clock = bucket.ready(clock);
    bucket.take(clock);
    seen.push(clock);
  }
  for (let i = 0; i < N; i++)
    if (Math.abs(seen[i] - floor[i]) > 1e-6)
      throw new Error(`token bucket self-check: send ${i} at ${seen[i]}`);
  // after an idle gap the bucket refills: 3 s idle gives `burst` tokens (capped), then the refill pace again
  const b = new TokenBucket();
  for (let i = 0; i < burst; i++) b.take(0);
  if (Math.abs(b.ready(0) - 1 / rate) > 1e-9) throw new Error('token bucket self-check: refill');
  let t = 10;
  for (let i = 0; i < burst; i++) {
    if (b.ready(t) !== t) throw new Error('token bucket self-check: capacity');
    b.take(t);
  }
  if (Math.abs(b.ready(t) - (t + 1 / rate)) > 1e-9) throw new Error('token bucket self-check: cap');
  t = b.ready(t);
}

// self-check: a client that never hedges in time (X beyond any answer) is the no-copy row, draw for draw
{
  const a = createRng(5);
  const b = createRng(5);
  const da = (): number => a.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
  for (let k = 0; k < 20; k++) {
    let plain = 0;
    for (const t of sendTimes(N)) plain = Math.max(plain, t + da());
    const hedged = hedgedRun(() => b.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000, 1e9, 0, budget);
    if (Math.abs(plain - hedged.end) > 1e-6 || hedged.calls !== N) throw new Error('hedging self-check');
  }
}

const q = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const round = (x: number): number => Math.round(x * 10) / 10;
const median = (xs: number[]): number =>
  q(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

interface Row {
  variant: string;
  callsPerSlide: number;
  lastSendS: number;
  p10S: number;
  medianS: number;
  p90S: number;
  shareWithinTarget: number;
}
function summarise(name: string, outs: RunOut[]): Row {
  const ends = outs.map((o) => o.end).sort((a, b) => a - b);
  return {
    variant: name,
    callsPerSlide: Math.round((outs.reduce((a, o) => a + o.calls, 0) / outs.length / N) * 1000) / 1000,
    lastSendS: round(median(outs.map((o) => o.lastSend))),
    p10S: round(q(ends, 0.1)),
    medianS: round(q(ends, 0.5)),
    p90S: round(q(ends, 0.9)),
    shareWithinTarget: Math.round((ends.filter((e) => e <= TARGET_S).length / outs.length) * 1000) / 10,
  };
}

const rows: Row[] = variants.map((v) => {
  const ends = Array.from({ length: RUNS }, v.run).sort((a, b) => a - b);
  return {
    variant: v.name,
    callsPerSlide: round((v.calls / N) * 100) / 100,
    lastSendS: round(sendTimes(v.paced)[v.paced - 1]),
    p10S: round(q(ends, 0.1)),
    medianS: round(q(ends, 0.5)),
    p90S: round(q(ends, 0.9)),
    shareWithinTarget: Math.round((ends.filter((e) => e <= TARGET_S).length / RUNS) * 1000) / 10,
  };
});

// Adaptive grid. Every cell uses the same seed (common random numbers) so cells compare fairly; the
// best cell is then re-run on a fresh seed for its row, so picking the best of the grid does not
// flatter it.
const GRID_X = [3, 5, 8, 10, 12, 15, 18, 20, 25, 30];
const lastOriginal = sendTimes(N)[N - 1];
// the t0 grid is set for 250 slides at 500 RPM (last original at 27 s) and scales with the sending time
const GRID_T0 = [0, 10, 15, 18, 20, 22, 24]
  .map((t) => Math.round((t * lastOriginal) / 27))
  .filter((t, i, a) => t < lastOriginal && a.indexOf(t) === i);
// best cell: the most runs within the target; shares less than 1 point apart (noise at 2,000 runs)
// count as a tie, broken by the lower median end
const better = (a: Row, b: Row): boolean =>
  a.shareWithinTarget > b.shareWithinTarget + 1 ||
  (Math.abs(a.shareWithinTarget - b.shareWithinTarget) <= 1 && a.medianS < b.medianS);
const grid: (Row & { xS: number; t0S: number })[] = [];
for (const t0 of GRID_T0)
  for (const x of GRID_X) {
    const r = createRng(777);
    const d = (): number => r.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
    const outs = Array.from({ length: RUNS }, () => hedgedRun(d, x, t0, budget));
    grid.push({ ...summarise('', outs), xS: x, t0S: t0 });
  }
const pickBest = (cells: typeof grid): (typeof grid)[number] =>
  cells.reduce((a, b) => (better(b, a) ? b : a));
const bestAll = pickBest(grid.filter((g) => g.t0S === 0));
const bestLate = pickBest(grid);
const rerun = (x: number, t0: number): RunOut[] => {
  const r = createRng(424242 + x * 100 + t0);
  const d = (): number => r.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
  return Array.from({ length: RUNS }, () => hedgedRun(d, x, t0, budget));
};
rows.push(
  summarise(
    `adaptive hedging: a copy of any request unanswered ${bestAll.xS} s after its latest send (best X of the grid), copies ahead of queued originals, ≤ ${budget} copies`,
    rerun(bestAll.xS, 0),
  ),
);
if (bestLate.t0S > 0)
  rows.push(
    summarise(
      `adaptive hedging, late requests only: as above with X = ${bestLate.xS} s, only for requests whose original left at or after ${bestLate.t0S} s (best of the grid)`,
      rerun(bestLate.xS, bestLate.t0S),
    ),
  );
const GRID_Y = [2, 3, 5, 8, 10, 15];
const oracleGrid = GRID_Y.map((y) => {
  const r = createRng(99991);
  const d = (): number => r.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
  return {
    ...summarise(
      '',
      Array.from({ length: RUNS }, () => hedgedRun(d, y, 0, budget, true)),
    ),
    xS: y,
    t0S: 0,
  };
});
const bestOracle = pickBest(oracleGrid);
{
  const r = createRng(4711 + bestOracle.xS);
  const d = (): number => r.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
  rows.push(
    summarise(
      `clairvoyant, reacting to copies: the oracle's first copies as below, the rest of the ${budget} copies sent to copied requests still unanswered ${bestOracle.xS} s after their latest copy (best of the grid)`,
      Array.from({ length: RUNS }, () => hedgedRun(d, bestOracle.xS, 0, budget, true)),
    ),
  );
}
for (const knows of ['originals', 'all'] as const) {
  const r = createRng(99991);
  const d = (): number => r.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
  rows.push(
    summarise(
      knows === 'originals'
        ? `clairvoyant bound: an oracle that knows every original's latency (not the copies') sends its ${budget} copies right behind the originals that would end after ${TARGET_S} s`
        : `loose bound: an oracle that also knows the copies' latencies sends copies right behind each late original until one answers by ${TARGET_S} s`,
      Array.from({ length: RUNS }, () => oracleRun(d, budget, knows)),
    ),
  );
}
const result = {
  date: new Date().toISOString(),
  slides: N,
  runs: RUNS,
  profile: {
    latencyMedianS: cfg.latencyMedianMs / 1000,
    latencyP95S: cfg.latencyP95Ms / 1000,
    rpm,
    burst,
  },
  targetS: TARGET_S,
  copyBudget: budget,
  rows,
  adaptiveGrid: grid.map(({ variant: _v, ...g }) => g),
  clairvoyantHedgeGrid: oracleGrid.map(({ variant: _v, t0S: _t, xS, ...g }) => ({ yS: xS, ...g })),
};
writeFileSync(`${OUT}.json`, JSON.stringify(result, null, 2) + '\n');
function conclusion(): string {
  const causal = rows.filter(
    (r) =>
      r.variant.startsWith('adaptive') ||
      (r.callsPerSlide <= 1.15 && !/oracle|clairvoyant|reference/.test(r.variant)),
  );
  const bestCausal = causal.reduce((a, b) => (better(b, a) ? b : a));
  const bestCausalShare = Math.max(
    ...causal.map((r) => r.shareWithinTarget),
    ...grid.map((g) => g.shareWithinTarget),
  );
  const clair = rows.filter((r) => r.variant.startsWith('clairvoyant'));
  const bestClair = clair.reduce((a, b) => (better(b, a) ? b : a));
  const loose = rows[rows.length - 1];
  // the median of the largest of N draws is the latency exceeded with probability 1 − 0.5^(1/N)
  const qMax = Math.pow(0.5, 1 / N);
  let lo = 0;
  let hi = 1000;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (latencyAbove(mid) > 1 - qMax) lo = mid;
    else hi = mid;
  }
  const maxMedian = round(lo);
  const maxQuantile = `p${round(qMax * 1000) / 10}`;
  const policy = bestCausal.variant.includes('late requests only')
    ? `adaptive hedging of the requests sent at or after ${bestLate.t0S} s only, X = ${bestLate.xS} s`
    : bestCausal.variant.startsWith('adaptive')
      ? `adaptive hedging with X = ${bestAll.xS} s`
      : bestCausal.variant;
  const MEANINGFUL = 5; // % of runs
  const out = [
    `**Conclusion.** The slowest of ${N} latency draws alone has a median at the profile's ${maxQuantile} (about ${maxMedian} s), and the rate floor puts ${round(lastOriginal)} s of sending in front of the last originals.`,
  ];
  if (bestCausal.shareWithinTarget >= MEANINGFUL)
    out.push(
      `A real client reaches ${TARGET_S} s at 1.15 calls per slide in ${bestCausal.shareWithinTarget} % of runs (median ${bestCausal.medianS} s) with ${policy}; the target is reachable on this profile${bestCausal.medianS <= TARGET_S ? ', in the median too' : ', though not in the median'}.`,
    );
  else
    out.push(
      `No real (causal) client policy tried here reaches ${TARGET_S} s at 1.15 calls per slide in a meaningful share of runs: the best one, ${policy}, ends at ${bestCausal.medianS} s in the median (p10 ${bestCausal.p10S} s), and no cell of the adaptive grid gets more than ${bestCausalShare} % of runs within ${TARGET_S} s.`,
    );
  out.push(
    `A clairvoyant client that knows every original's latency before sending it and spends the ${budget} copies only on the originals that will be late reaches ${TARGET_S} s in ${bestClair.shareWithinTarget} % of runs (median ${bestClair.medianS} s); a free second copy of every request, at 2 calls per slide, gets ${rows[2].shareWithinTarget} %.`,
    `It knows more than any client can, so it bounds a real client in practice, though as a policy it is the best found, not a proven optimum; the only strict bound here, an oracle that also knows the copies' future draws (${loose.shareWithinTarget} %, median ${loose.medianS} s), is no client at all.`,
  );
  if (bestCausal.shareWithinTarget < MEANINGFUL)
    out.push(
      `So on this profile ${TARGET_S} s end to end within 1.15 calls per slide was not reached by any real client policy tried (at most ${bestCausalShare} % of runs)${bestClair.medianS > TARGET_S ? ' and is missed in the median even with clairvoyance' : ''}: the copies' own latency draws are the wall, not the rate limit or the copy budget.`,
    );
  if (N === 250)
    out.push(
      `The same figures put the ratio to the baseline (1,230 s for 250 slides in [vision.md](vision.md)) at about ${Math.round(1230 / bestCausal.medianS)}× at best for a real client${1230 / bestClair.medianS >= 25 ? `; only the clairvoyant client passes 25× (${Math.round(1230 / bestClair.medianS)}×)` : ', short of 25× even with clairvoyance'}. The end-to-end rows of [vision.md](vision.md) are measured against this bound.`,
    );
  return out.join(' ');
}
const md = [
  '# What the realistic profile allows at best (Monte Carlo)',
  '',
  `- date: ${result.date}; ${RUNS} simulated runs of ${N} slides; \`npx tsx bench/vision/tail-model.ts${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\``,
  `- profile: latency log-normal, median ${result.profile.latencyMedianS} s, p95 ${result.profile.latencyP95S} s (the simulator's own generator); ${rpm} RPM with a burst of ${burst}`,
  "- every request leaves at the provider's limit from t = 0; no rendering, no errors, hangs or slow bodies: a lower bound for any client",
  `- the run ends with its slowest answer; target${N === 250 && TARGET_S === 45 ? ' of issue 13' : ''}: ${TARGET_S} s end to end within 1.15 calls per slide (${budget} copies for ${N} slides)`,
  `- the rows with copies past the first two run an event simulation of the provider's token bucket (capacity ${burst}, full at t = 0, refilled continuously at ${round(rate * 100) / 100} per s); every copy takes a token and goes ahead of queued originals`,
  '',
  '| variant | calls/slide | last request sent s | p10 end s | median end s | p90 end s | runs ≤ target |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.variant} | ${r.callsPerSlide} | ${r.lastSendS} | ${r.p10S} | ${r.medianS} | ${r.p90S} | ${r.shareWithinTarget} % |`,
  ),
  '',
  `Adaptive grid (same draws in every cell; median end s / runs ≤ ${TARGET_S} s; rows: hedge only requests whose original left at or after t0; columns: X, the wait after a request's latest send). The best cell is re-run on fresh draws for its row above; shares less than 1 point apart count as a tie, broken by the median.`,
  '',
  `| t0 s | ${GRID_X.map((x) => `X = ${x}`).join(' | ')} |`,
  `|---:|${GRID_X.map(() => '---:').join('|')}|`,
  ...GRID_T0.map(
    (t0) =>
      `| ${t0} | ${GRID_X.map((x) => {
        const g = grid.find((c) => c.t0S === t0 && c.xS === x)!;
        return `${g.medianS} / ${g.shareWithinTarget} %`;
      }).join(' | ')} |`,
  ),
  '',
  `Clairvoyant hedging grid (wait Y after a copied request's latest copy): ${oracleGrid
    .map((g) => `Y = ${g.xS} s: ${g.medianS} s / ${g.shareWithinTarget} %`)
    .join('; ')}.`,
  '',
  conclusion(),
  '',
].join('\n');
writeFileSync(`${OUT}.md`, md);
console.log(md);
