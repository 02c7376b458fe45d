/**
 * Shared provider limit (issue 17): one folder's worth of vision calls on ONE API key, split over 1, 2
 * and 3 worker processes (real child processes, test/fixtures/shared-worker.ts) against one simulator
 * at 300 RPM, with the governor shared through Redis — and, as the contrast, 3 processes each with its
 * own in-process governor (no Redis), which is what workers did before.
 *
 *   npx tsx bench/vision/shared-governor.ts [--slides 300] [--scale 0.1] [--redis redis://…] [--cases 1r,2r,3r,1l,3l]
 *
 * Time runs `scale` × real (0.1: a simulated minute lasts 6 s); figures are given in simulated seconds.
 * The rate floor is slides ÷ 300 RPM. Writes bench/results/shared-governor.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../../packages/vision/src/index.js';
import { spawnWorker } from '../../packages/vision/test/fixtures/workers.js';
import { startRedis } from '../../tools/servers/redis.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const SLIDES = Number(arg('slides', '300'));
const SCALE = Number(arg('scale', '0.1'));
const RPM = 300;
const given = arg('redis', process.env.OSMOSE_TEST_REDIS_URL ?? '');
const redis = given ? null : await startRedis();
const redisUrl = given || redis!.url;

interface Row {
  workers: number;
  shared: boolean;
  wallSimS: number;
  floorSimS: number;
  ratio: number;
  calls: number;
  rateLimited: number;
  /** When the 429s arrived, simulated s after the first call arrived (before the limit is known, or later). */
  rateLimitedAtS: number[];
  fallbacks: number;
  busiestMinute: number;
}

async function once(workers: number, shared: boolean, tag: string): Promise<Row> {
  const sim = await startSimulator({
    profile: 'ideal',
    rpm: RPM,
    tpm: 0,
    burstSeconds: 3,
    latencyMedianMs: 2_000,
    latencyP95Ms: 5_000,
    timeScale: SCALE,
    seed: 17,
  });
  const ws = await Promise.all(
    Array.from({ length: workers }, () =>
      spawnWorker({
        simUrl: sim.url,
        redisUrl: shared ? redisUrl : '',
        namespace: `bench-${tag}`,
        apiKey: 'one-key',
        options: { concurrency: 4, ceiling: 128 },
      }),
    ),
  );
  try {
    const per = Math.ceil(SLIDES / workers);
    const t0 = Date.now();
    const runs = await Promise.all(
      ws.map((w, i) =>
        w.send<{ bySource: Record<string, number> }>(
          `run ${Math.min(per, SLIDES - i * per)} ${1 + i * 100_000}`,
        ),
      ),
    );
    const wall = Date.now() - t0;
    const st = sim.stats();
    const minute = 60_000 * SCALE;
    const t = st.events.map((e) => e.t).sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; i < t.length; i++) {
      while (t[i] - t[j] >= minute) j++;
      most = Math.max(most, i - j + 1);
    }
    const first = t[0] ?? 0;
    const rateLimitedAtS = st.events
      .filter((e) => e.outcome === 'rate_limited')
      .map((e) => Math.round(((e.t - first) / SCALE / 1000) * 10) / 10)
      .sort((a, b) => a - b);
    const floor = (SLIDES / RPM) * 60;
    const wallSimS = Math.round((wall / SCALE / 1000) * 10) / 10;
    return {
      workers,
      shared,
      wallSimS,
      floorSimS: floor,
      ratio: Math.round((wallSimS / floor) * 100) / 100,
      calls: st.calls,
      rateLimited: st.rateLimited,
      rateLimitedAtS,
      fallbacks: runs.reduce(
        (a, r) =>
          a +
          Object.entries(r.bySource)
            .filter(([k]) => k !== 'vision')
            .reduce((b, [, n]) => b + n, 0),
        0,
      ),
      busiestMinute: most,
    };
  } finally {
    await Promise.all(ws.map((w) => w.stop()));
    await sim.close();
  }
}

const rows: Row[] = [];
// --cases 1r,2r,3r,3l: workers and r (shared through Redis) or l (each its own governor)
const cases = arg('cases', '1r,2r,3r,1l,3l')
  .split(',')
  .map((c) => [Number(c.slice(0, -1)), c.endsWith('r')] as [number, boolean]);
for (const [n, shared] of cases) {
  const r = await once(n, shared, `${n}-${shared ? 'redis' : 'local'}-${Date.now()}`);
  rows.push(r);
  console.log(
    `${n} worker(s) ${shared ? 'shared governor (Redis)' : 'own governors (no Redis)'}: ${r.wallSimS} s (floor ${r.floorSimS} s, ×${r.ratio}), ` +
      `${r.calls} calls, ${r.rateLimited} × 429${r.rateLimited ? ` (first at ${r.rateLimitedAtS[0]} s)` : ''}, busiest minute ${r.busiestMinute}, fallbacks ${r.fallbacks}`,
  );
}
await redis?.stop();

function atList(ts: number[]): string {
  if (!ts.length) return '–';
  if (ts.length <= 4) return ts.join(', ');
  return `${ts[0]} … ${ts[ts.length - 1]}`;
}

const out = join(import.meta.dirname, '..', 'results');
mkdirSync(out, { recursive: true });
const meta = {
  slides: SLIDES,
  rpm: RPM,
  scale: SCALE,
  date: new Date().toISOString(),
  loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
};
writeFileSync(join(out, 'shared-governor.json'), JSON.stringify({ ...meta, rows }, null, 2) + '\n');
const md = [
  '# Shared provider limit across workers (issue 17)',
  '',
  `${SLIDES} vision calls on one API key against the simulator at ${RPM} RPM (median 2 s, p95 5 s, burst 3 s), split over`,
  `1, 2 and 3 worker processes; time scaled ×${SCALE}, figures in simulated seconds. Rate floor = ${SLIDES} ÷ ${RPM} RPM.`,
  '`npx tsx bench/vision/shared-governor.ts` (measured ' +
    meta.date.slice(0, 16).replace('T', ' ') +
    ` UTC on a shared 2-core machine, load average ${meta.loadAverage1m}).`,
  '',
  '| workers | governor | wall (s) | floor (s) | wall ÷ floor | calls | 429s | 429s at (s after the first call) | busiest minute (arrivals) | fallbacks |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.workers} | ${r.shared ? 'shared (Redis)' : 'own per process'} | ${r.wallSimS} | ${r.floorSimS} | ${r.ratio} | ${r.calls} | ${r.rateLimited} | ${atList(r.rateLimitedAtS)} | ${r.busiestMinute} | ${r.fallbacks} |`,
  ),
  '',
  'More workers on one key do not mean more 429s when the governor is shared; each process with its own',
  'governor believes it owns the whole limit, and the provider answers the excess with 429s (and the slides',
  'whose retries ran out keep their text instead of a vision summary: "fallbacks"). "calls" above 300 are the',
  'retried 429s. A 429 in the first second or two (before any answer has told the workers the limit) is the',
  'price of starting before the limit is known; after that, none with the shared governor.',
  '',
];
writeFileSync(join(out, 'shared-governor.md'), md.join('\n'));
console.log('wrote bench/results/shared-governor.{json,md}');
