/**
 * Which tail quantile the client's drain rule should use (ResilientChat's TAIL_QUANTILE): a Monte Carlo of the
 * client's own tail policy against the `realistic` profile's latency (log-normal, median 12 s, p95 30 s, the
 * simulator's seeded generator) with its 0.5 % hangs, for three shapes of run: one 250-slide deck at 500 RPM,
 * a folder of about 470 first attempts at 120 RPM and a small folder of about 100 at 120 RPM.
 *
 * The client as modelled: first attempts leave at the provider's limit (its burst, then its refill rate) from
 * 2.3 s on (the first request of the engine runs); while they are being sent nothing else has room; a call
 * still running 1.25 × p95 after it left (most likely hung) gets a rescue copy at any time, paid from the whole
 * retry budget and, when copies spent it, from the retries' floor (10 a window, less the faults' retries); once every first attempt has left (the run's tail), a call still running after the tail
 * quantile of the latency gets a copy, oldest first, paid from the 70 % of the budget ordinary copies may use:
 * fixed quantiles, and the client's rule (`tailQuantile`: p75 while the copies left cover a good share of the
 * calls in flight, up to p90 as they cover fewer; re-read at every step like the client re-reads it).
 * The retry budget is 10 + 10 % of the calls of the last minute (what `RetryBudget` allows at the tail). A
 * request ends at the minimum over its sends of (send + its own draw); the run ends with its last request.
 * The profile's other faults are drawn too: a 500/503 (1 %) answers after a fifth of its latency and is retried
 * after the 500 ms backoff with a new draw, a malformed answer (0.2 %) after its whole latency and is retried,
 * a slow body (1 %) ends 5 s later.
 * A second table varies the copies of the budget that tail copies leave to rescues (RESCUE_RESERVE in the
 * client) with the client's rule, to size that reserve, and counts the runs where a hung call found no copy
 * left (it then waits for its timeout and a retry: the model leaves it unanswered).
 *
 *   npx tsx bench/vision/drain-rule.ts [--runs 1000]
 * Writes bench/results/vision-drain.json and .md.
 */
import { writeFileSync } from 'node:fs';
import { resolveSimulatorConfig } from '../../packages/vision/src/simulator/profiles.js';
import { createRng } from '../../packages/vision/src/simulator/rng.js';
import { tailQuantile } from '../../packages/vision/src/internal/resilient-chat.js';
import { RESCUE_RESERVE } from '../../packages/vision/src/internal/retry-budget.js';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] ?? 0) || 1000;
const cfg = resolveSimulatorConfig('realistic');
const MED = cfg.latencyMedianMs / 1000;
const SIGMA = Math.log(cfg.latencyP95Ms / cfg.latencyMedianMs) / 1.6448536;
const P95 = cfg.latencyP95Ms / 1000;
const RESCUE_S = 1.25 * P95;
const START_S = 2.3;
const STEP_S = 0.25;
const MIN_RETRIES = 10;

/** Inverse of the standard normal CDF (Acklam's approximation, relative error < 1.2e-9). */
function probit(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497,
    2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const q = Math.min(p, 1 - p);
  let x: number;
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    x =
      (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) /
      ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
    return p < 0.5 ? x : -x;
  }
  const r = p - 0.5;
  const s = r * r;
  return (
    ((((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r) /
    (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1)
  );
}
const quantileS = (p: number): number => MED * Math.exp(SIGMA * probit(p));

interface Shape {
  name: string;
  n: number;
  rpm: number;
}
const SHAPES: Shape[] = [
  { name: 'one 250-slide deck, 500 RPM', n: 250, rpm: 500 },
  { name: 'a folder, 470 first attempts, 120 RPM', n: 470, rpm: 120 },
  { name: 'a small folder, 100 first attempts, 120 RPM', n: 100, rpm: 120 },
];
/** Fixed tail quantiles, and 'rule': the client's `tailQuantile(copies left, calls in flight)`. */
const QUANTILES: (number | 'rule')[] = [0.75, 0.8, 0.85, 0.9, 0.95, 'rule'];

function runOnce(
  shape: Shape,
  q: number | 'rule',
  draw: () => number,
  u: () => number,
  reserve = RESCUE_RESERVE,
): { end: number; copies: number; retries: number } {
  let retries = 0;
  const rate = shape.rpm / 60;
  const burst = Math.max(1, Math.floor(shape.rpm * (cfg.burstSeconds / 60)));
  const sent: number[] = [];
  const fin: number[] = [];
  for (let i = 0; i < shape.n; i++) {
    const t = START_S + (i < burst ? 0 : (i - burst + 1) / rate);
    sent.push(t);
    let f = u() < cfg.hangRate ? Infinity : t + draw();
    const fault = u();
    if (fault < cfg.error500Rate + cfg.error503Rate) {
      f = t + 0.2 * draw() + 0.5 + draw();
      retries++;
    } else if (fault < cfg.error500Rate + cfg.error503Rate + cfg.malformedRate) {
      f = t + draw() + draw();
      retries++;
    } else if (fault < cfg.error500Rate + cfg.error503Rate + cfg.malformedRate + cfg.slowBodyRate)
      f += cfg.slowBodyMs / 1000;
    fin.push(f);
  }
  const lastSend = sent[sent.length - 1];
  const budget = 10 + 0.1 * Math.min(shape.n, shape.rpm);
  const copied = new Uint8Array(shape.n);
  let used = 0;
  let floorUsed = 0;
  let first = 0; // requests before `first` have all left
  const open: number[] = [];
  for (let t = START_S; ; t += STEP_S) {
    while (first < shape.n && sent[first] <= t) open.push(first++);
    // drop the answered
    let w = 0;
    for (const i of open) if (fin[i] > t) open[w++] = i;
    open.length = w;
    if (open.length === 0 && first >= shape.n) break;
    const tail = t >= lastSend;
    const after = quantileS(q === 'rule' ? tailQuantile(budget - reserve - used, open.length) : q);
    // oldest first (open is in send order)
    for (const i of open) {
      if (copied[i]) continue;
      const age = t - sent[i];
      // a rescue keeps the retries' floor (10 in the window, less the faults' retries) when copies spent the rest
      const rescue = age >= RESCUE_S && (used < budget || floorUsed < MIN_RETRIES - retries);
      const hedge = tail && age >= after && used < budget - reserve;
      if (!rescue && !hedge) continue;
      copied[i] = 1;
      if (used >= budget) floorUsed++;
      used++;
      fin[i] = Math.min(fin[i], t + draw());
    }
    if (t > 3_600) break;
  }
  let end = 0;
  for (const f of fin) end = Math.max(end, f);
  return { end, copies: used, retries };
}

const RESERVES = [10, 7, 3, 0];
const rows: {
  shape: string;
  reserve: number;
  quantile: number | 'rule';
  afterS: number | null;
  median: number;
  p10: number;
  p90: number;
  copies: number;
  callsPerSlide: number;
  /** Runs in which a hung call found no copy left (unanswered in the model: its timeout and retry). */
  unrescued: number;
}[] = [];
const cells: [number | 'rule', number][] = [
  ...QUANTILES.map((q): [number | 'rule', number] => [q, RESCUE_RESERVE]),
  ...RESERVES.filter((r) => r !== RESCUE_RESERVE).map((r): [number | 'rule', number] => ['rule', r]),
];
for (const shape of SHAPES) {
  for (const [q, reserve] of cells) {
    // the same draws for every quantile of a shape
    const rng = createRng(20261130);
    const draw = (): number => rng.logNormal(cfg.latencyMedianMs, cfg.latencyP95Ms) / 1000;
    const u = (): number => rng.next();
    const ends: number[] = [];
    let copies = 0;
    let retries = 0;
    for (let r = 0; r < RUNS; r++) {
      const o = runOnce(shape, q, draw, u, reserve);
      ends.push(o.end);
      copies += o.copies;
      retries += o.retries;
    }
    ends.sort((a, b) => a - b);
    const at = (p: number): number =>
      Math.round(ends[Math.min(ends.length - 1, Math.floor(p * ends.length))] * 10) / 10;
    rows.push({
      shape: shape.name,
      reserve,
      quantile: q,
      afterS: q === 'rule' ? null : Math.round(quantileS(q) * 10) / 10,
      median: at(0.5),
      p10: at(0.1),
      p90: at(0.9),
      copies: Math.round((copies / RUNS) * 10) / 10,
      callsPerSlide: Math.round(((shape.n + (copies + retries) / RUNS) / shape.n) * 1000) / 1000,
      unrescued: ends.filter((x) => !Number.isFinite(x)).length,
    });
  }
}

const quantileCell = (r: (typeof rows)[number]): string =>
  r.quantile === 'rule' ? "**the client's rule** (p75–p90)" : `p${Math.round(r.quantile * 100)}`;
const md = [
  '# The drain rule: which latency quantile a call must outlive at the end of a run to get a copy',
  '',
  `- date: ${new Date().toISOString()}; ${RUNS} simulated runs per cell (the same draws in every cell of a shape); \`npx tsx bench/vision/drain-rule.ts\``,
  `- profile: realistic (median ${MED} s, p95 ${P95} s, ${cfg.hangRate * 100} % hangs, ${(cfg.error500Rate + cfg.error503Rate) * 100} % 5xx and ${cfg.malformedRate * 100} % malformed answers retried, ${cfg.slowBodyRate * 100} % slow bodies); first requests from ${START_S} s at the provider's limit; rescue copies after ${RESCUE_S} s from the whole retry budget (10 + 10 % of a minute's calls), then from the retries' floor; tail copies from all of it but ${RESCUE_RESERVE} copies (the client's rescue reserve), oldest first`,
  '- calls per slide: first attempts, copies and the retries of the 5xx and malformed answers, per request',
  '',
  '| run | tail quantile | copy after s | median end s | p10 | p90 | copies | calls per slide |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows
    .filter((r) => r.reserve === RESCUE_RESERVE)
    .map(
      (r) =>
        `| ${r.shape} | ${quantileCell(r)} | ${r.afterS ?? 'varies'} | ${r.median} | ${r.p10} | ${r.p90} | ${r.copies} | ${r.callsPerSlide} |`,
    ),
  '',
  "Copies of the retry budget that tail copies leave to rescues (the client's rule; retries after a failure have their own floor). A run with a hung call that found no copy left counts as unrescued: in the model it never ends, in the client it waits for its timeout (2 × p95) and a retry. The budget is fixed here for the whole run; the client's slides over 60 s and forgets the rescues of the folder's first 200 s (about 2 copies), so the folder's unrescued runs are overstated, about as the 2–3 copies rows read:",
  '',
  '| run | rescue reserve (copies) | median end s | p10 | p90 | copies | calls per slide | unrescued runs |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...SHAPES.flatMap((shape) =>
    rows
      .filter((r) => r.shape === shape.name && r.quantile === 'rule')
      .sort((a, b) => b.reserve - a.reserve)
      .map(
        (r) =>
          `| ${r.shape} | ${r.reserve}${r.reserve === RESCUE_RESERVE ? ' (the client)' : ''} | ${r.median} | ${r.p10} | ${r.p90} | ${r.copies} | ${r.callsPerSlide} | ${r.unrescued} of ${RUNS} |`,
      ),
  ),
  '',
];
writeFileSync('bench/results/vision-drain.md', md.join('\n'));
writeFileSync(
  'bench/results/vision-drain.json',
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2),
);
process.stdout.write(md.join('\n'));
