/**
 * Issue 17: one provider limit, one budget and one breaker across processes, through the real Redis
 * and three real worker processes (test/fixtures/shared-worker.ts) against one simulator.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedRedisUrl } from '../../../tools/servers/shared.js';
import { startRedis } from '../../../tools/servers/redis.js';
import {
  costUsd,
  createProviderHub,
  createVisionClient,
  DEFAULT_PRICES,
  startSimulator,
  type HubEvent,
} from '../src/index.js';
import { spawnWorker, type Worker } from './fixtures/workers.js';
import { fakeSlides } from './helpers.js';

type RunAnswer = { done: number; bySource: Record<string, number>; wallMs: number };
type MetricsAnswer = {
  client: {
    calls: number;
    rateLimited: number;
    breakerOpens: number;
    circuitRejects: number;
    costUsd: number;
    budgetStops: number;
  };
  hub: {
    governors: unknown[];
    budget: { spentUsd: number; calls: number; denied: number; limitUsd: number | null };
    breakers: { probes: number; opens: number }[];
    shared: { mode: string; liveWorkers: number };
  };
};

let redis: Awaited<ReturnType<typeof sharedRedisUrl>>;
let raw: Redis;
const workers: Worker[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  redis = await sharedRedisUrl();
  raw = new Redis(redis.url);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  raw?.disconnect();
  await redis?.stop();
});

async function three(
  simUrl: string,
  namespace: string,
  keys: string[],
  options: Record<string, unknown>,
): Promise<Worker[]> {
  const ws = await Promise.all(
    keys.map((apiKey) => spawnWorker({ simUrl, redisUrl: redis.url, namespace, apiKey, options })),
  );
  workers.push(...ws);
  for (const w of ws) expect((w as Worker & { connected: boolean }).connected).toBe(true);
  return ws;
}

describe('shared provider limit across worker processes (real Redis, 3 processes)', () => {
  it('three workers on one key at 300 RPM: no 429 once the limit is known, no minute over the limit', async () => {
    // 300 RPM per simulated minute; timeScale 0.1 makes a simulated minute 6 real seconds (the limit
    // the simulator reports in its headers is per real minute: 3,000). 3 × 120 slides = 1.2 simulated minutes.
    const scale = 0.1;
    const sim = await startSimulator({
      profile: 'ideal',
      rpm: 300,
      tpm: 0,
      burstSeconds: 3,
      latencyMedianMs: 800,
      latencyP95Ms: 1_500,
      timeScale: scale,
    });
    try {
      const ws = await three(sim.url, 'rate-test', ['shared-key', 'shared-key', 'shared-key'], {
        concurrency: 2,
        ceiling: 64,
      });
      const runs = await Promise.all(ws.map((w, i) => w.send<RunAnswer>(`run 120 ${1 + i * 1000}`)));
      const st = sim.stats();
      const m = await Promise.all(ws.map((w) => w.send<MetricsAnswer>('metrics')));
      const t0 = st.events[0]?.t ?? 0;
      const where = st.events.flatMap((e, i) =>
        e.outcome === 'rate_limited' ? [`#${i}@${e.t - t0}ms`] : [],
      );
      const why = `${JSON.stringify(runs)} 429s: ${where.join(' ')} of ${st.events.length}; governors ${JSON.stringify(m.map((x) => x.hub.governors))}`;
      expect(
        runs.reduce((a, r) => a + (r.bySource.vision ?? 0), 0),
        why,
      ).toBe(360);
      // every process saw the others: three live workers in the heartbeat set
      for (const x of m) expect(x.hub.shared).toMatchObject({ mode: 'redis', liveWorkers: 3 });
      // 429s only while the limit was still unknown: none in the later 90 % of the arrivals (by order,
      // so a slow machine cannot fail it), and few in all
      const outcomes = st.events.map((e) => e.outcome);
      const late = outcomes.slice(Math.ceil(outcomes.length * 0.1));
      expect(
        late.filter((o) => o === 'rate_limited'),
        why,
      ).toHaveLength(0);
      expect(st.rateLimited).toBeLessThanOrEqual(6);
      // no simulated minute over the limit: arrivals in any 60 simulated seconds ≤ 300 + the burst
      // (plus one burst of slack for arrival stamps bunched by a stalled event loop in this process)
      const minute = 60_000 * scale;
      const t = st.events.map((e) => e.t).sort((a, b) => a - b);
      let most = 0;
      for (let i = 0, j = 0; i < t.length; i++) {
        while (t[i] - t[j] >= minute) j++;
        most = Math.max(most, i - j + 1);
      }
      expect(most).toBeLessThanOrEqual(300 + 15 + 15);
      console.log(
        `[shared-limit] 3 workers, 360 calls: ${st.rateLimited} × 429, busiest simulated minute ${most} arrivals`,
      );
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await sim.close();
    }
  });

  it('a run budget holds across the three processes (overshoot ≤ the calls in flight)', async () => {
    const sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    try {
      // gpt-4o: a slide costs ≈ 0.0035-0.0045 USD reserved (estimate with 400 completion tokens)
      const budgetUsd = 0.1;
      const ws = await three(sim.url, 'budget-test', ['b0', 'b1', 'b2'], {
        budgetUsd,
        concurrency: 3,
        model: 'gpt-4o',
      });
      const runs = await Promise.all(ws.map((w, i) => w.send<RunAnswer>(`run 40 ${1 + i * 1000}`)));
      const m = await Promise.all(ws.map((w) => w.send<MetricsAnswer>('metrics')));
      const h = await raw.hgetall('budget-test:budget:run');
      const spent = Number(h.spent);
      const ok = sim.stats().ok;
      // the budget in Redis counts every paid call of every process
      expect(Number(h.calls)).toBe(sim.stats().calls);
      expect(m.reduce((a, x) => a + x.client.calls, 0)).toBe(sim.stats().calls);
      expect(spent).toBeCloseTo(
        m.reduce((a, x) => a + x.client.costUsd, 0),
        9,
      );
      // every process was stopped by the shared budget, none ran on alone
      for (const r of runs) expect(r.bySource['text-fallback:budget-exhausted']).toBeGreaterThan(0);
      expect(ok).toBeLessThan(120);
      // overshoot: at most what the calls in flight (3 processes × 3) could cost
      const maxCall = costUsd(DEFAULT_PRICES['gpt-4o'], 2_000, 400);
      const overshoot = Math.max(0, spent - budgetUsd);
      expect(overshoot).toBeLessThanOrEqual(9 * maxCall);
      expect(Number(h.reserved)).toBeCloseTo(0, 9);
      console.log(
        `[shared-limit] budget ${budgetUsd} USD across 3 workers: spent ${spent.toFixed(5)} USD in ${ok} calls, overshoot ${overshoot.toFixed(5)} USD`,
      );
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await sim.close();
    }
  });

  it('an outage seen by one process opens the breaker in all three; one probe for all; recovery closes it for all', async () => {
    const sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 10, latencyP95Ms: 20 });
    const cooldownMs = 2_000;
    try {
      // one key each, so the simulator counts each process's calls apart (the breaker is per endpoint)
      const ws = await three(sim.url, 'breaker-test', ['p0', 'p1', 'p2'], {
        concurrency: 2,
        breaker: { size: 10, cooldownMs },
        retry: { maxAttempts: 1 },
      });
      const calls = (k: string) => sim.stats().byKey[k]?.calls ?? 0;
      sim.setOutage(true);
      const first = await ws[0].send<RunAnswer>('run 30 1');
      expect(first.bySource['text-fallback:circuit-open']).toBeGreaterThan(0);
      expect(calls('p0')).toBeLessThanOrEqual(10 + 2); // tripped after its window filled (+ calls in flight)
      // the two others never pay for the outage: the breaker is already open for them
      const others = await Promise.all([
        ws[1].send<RunAnswer>('run 30 1001'),
        ws[2].send<RunAnswer>('run 30 2001'),
      ]);
      for (const r of others) expect(r.bySource['text-fallback:circuit-open']).toBe(30);
      expect(calls('p1') + calls('p2')).toBe(0);
      let m = await Promise.all(ws.map((w) => w.send<MetricsAnswer>('metrics')));
      for (const x of m) expect(x.client.breakerOpens).toBeGreaterThanOrEqual(1);

      // after the cool-down, still down: exactly one probe among the three processes
      await sleep(cooldownMs + 200);
      const before = sim.stats().outageRejects;
      await Promise.all(ws.map((w, i) => w.send<RunAnswer>(`run 4 ${5001 + i * 100}`)));
      expect(sim.stats().outageRejects - before).toBe(1);
      m = await Promise.all(ws.map((w) => w.send<MetricsAnswer>('metrics')));
      expect(m.reduce((a, x) => a + x.hub.breakers[0].probes, 0)).toBe(1);

      // the provider is back: one process's probe closes the breaker for everyone
      sim.setOutage(false);
      await sleep(cooldownMs + 200);
      const probe = await ws[0].send<RunAnswer>('run 10 7001');
      expect(probe.bySource.vision).toBe(10);
      const rest = await Promise.all([
        ws[1].send<RunAnswer>('run 10 8001'),
        ws[2].send<RunAnswer>('run 10 9001'),
      ]);
      for (const r of rest) expect(r.bySource.vision).toBe(10);
    } finally {
      sim.setOutage(false);
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await sim.close();
    }
  });
});

describe('shared governor in one process', () => {
  it('a waiter for a shared rate token leaves at once when cancelled; the others still get theirs in order', async () => {
    const hub = createProviderHub({ redisUrl: redis.url, namespace: 'cancel-test' });
    try {
      expect(await hub.ready(5_000)).toBe(true);
      // 120 RPM configured: burst 1, one token every 500 ms
      const g = hub.governorFor('http://sim/v1', 'k', { rpm: 120 });
      await g.acquire(1);
      const order: string[] = [];
      const ac = new AbortController();
      const a = g.acquire(1, ac.signal).then(
        () => order.push('a'),
        (e: { code: string }) => order.push(e.code),
      );
      const b = g.acquire(1).then(() => order.push('b'));
      ac.abort();
      await a;
      expect(order).toEqual(['OSM_PROVIDER_CANCELLED']);
      await b;
      expect(order).toEqual(['OSM_PROVIDER_CANCELLED', 'b']);
      expect(g.limits.rpm).toBe(120);
      expect(hub.metrics().shared.mode).toBe('redis');
    } finally {
      await hub.close();
    }
  });

  it('waiters for a shared rate token leave by rank (a folder run), the head asking Redis keeps its place', async () => {
    const hub = createProviderHub({ redisUrl: redis.url, namespace: 'rank-test' });
    try {
      expect(await hub.ready(5_000)).toBe(true);
      // 600 RPM: a token every 100 ms
      const g = hub.governorFor('http://sim/v1', 'k', { rpm: 600 });
      await g.acquire(1);
      const order: string[] = [];
      const w = [
        g.acquire(1, undefined, false, 5).then(() => order.push('head')),
        g.acquire(1, undefined, false, 9).then(() => order.push('r9')),
        g.acquire(1).then(() => order.push('none')),
        g.acquire(1, undefined, false, 1).then(() => order.push('r1')),
        g.acquire(1, undefined, true).then(() => order.push('copy')),
      ];
      await Promise.all(w);
      expect(order).toEqual(['head', 'copy', 'r1', 'r9', 'none']);
    } finally {
      await hub.close();
    }
  });
});

describe('Redis outage', () => {
  it('falls back to per-process governors at limit ÷ live workers, says so, and shares again when Redis is back', async () => {
    const own = await startRedis();
    const sim = await startSimulator({
      profile: 'ideal',
      rpm: 600,
      burstSeconds: 1,
      latencyMedianMs: 5,
      latencyP95Ms: 10,
    });
    const events: HubEvent[][] = [[], [], []];
    const hubs = events.map((ev, i) =>
      createProviderHub({
        redisUrl: own.url,
        namespace: 'outage',
        budgetUsd: 1,
        budgetId: 'r1',
        shared: { heartbeatMs: 100, workerId: `w${i}` },
        onEvent: (e) => ev.push(e),
      }),
    );
    let again: Awaited<ReturnType<typeof startRedis>> | null = null;
    try {
      expect(await Promise.all(hubs.map((h) => h.ready(5_000)))).toEqual([true, true, true]);
      const clients = hubs.map((hub) =>
        createVisionClient({ baseURL: sim.url, apiKey: 'k', hub, hedge: false }),
      );
      await Promise.all(clients.map((c, i) => c.summariseAll(fakeSlides(3, { from: 1 + i * 10 }))));
      await sleep(300); // three heartbeats
      const m0 = hubs[0].metrics();
      expect(m0.shared).toMatchObject({ mode: 'redis', liveWorkers: 3 });
      expect(m0.governors[0].rpm).toBeCloseTo(570, 0); // learned from the headers, 5 % headroom
      own.kill();
      // calls go on without Redis: each process paces itself at a third of the last known limit
      const costBefore = clients[0].metrics().costUsd;
      const during = await clients[0].summariseAll(fakeSlides(3, { from: 100 }));
      const spentDuring = clients[0].metrics().costUsd - costBefore;
      expect(spentDuring).toBeGreaterThan(0);
      expect(during.every((r) => r.source === 'vision')).toBe(true);
      const m1 = hubs[0].metrics();
      expect(m1.shared).toMatchObject({ mode: 'fallback', fallbackShare: 1 / 3 });
      expect(m1.shared.degradedEvents).toBeGreaterThanOrEqual(1);
      expect(m1.governors[0].rpm).toBeCloseTo(570 / 3, 0);
      expect(
        events[0].some((e) => e.type === 'shared_degraded' && /1\/3 of the limit/.test(e.message ?? '')),
      ).toBe(true);

      // Redis is back (an empty one on the same port): shared again, and what was spent meanwhile is
      // paid into the shared budget
      again = await startRedis({ port: own.port });
      const raw2 = new Redis(again.url);
      try {
        for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
          const spent = Number((await raw2.hget('outage:budget:r1', 'spent')) ?? 0);
          if (hubs[0].metrics().shared.mode === 'redis' && spent > 0) break;
          await sleep(100);
        }
        expect(hubs[0].metrics().shared.mode).toBe('redis');
        expect(events[0].some((e) => e.type === 'shared_restored')).toBe(true);
        expect(Number(await raw2.hget('outage:budget:r1', 'spent'))).toBeCloseTo(spentDuring, 9);
      } finally {
        raw2.disconnect();
      }
    } finally {
      await Promise.all(hubs.map((h) => h.close()));
      await sim.close();
      await own.stop();
      await again?.stop();
    }
  });
});
