/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Server load benchmark (loopback only, bounded): 10 decks uploaded at once to `osmose serve` (vision on
 * against the simulator) while 100 concurrent query clients (autocannon) hit /v1/concepts and /v1/search;
 * reports query errors and p50/p95/p99, the server's event-loop lag, and the time of the 10 decks versus
 * the same decks ingested one by one by the CLI. Writes bench/results/server.{md,json}.
 *
 *   node --import tsx bench/server/run.ts [--decks 10] [--slides 20] [--connections 100]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startSimulator } from '@osmose/core';
import { benchDeckSpec } from '../../tools/deck-gen/bench-deck.js';
import { buildDeck } from '../../tools/deck-gen/index.js';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    decks: { type: 'string', default: '10' },
    slides: { type: 'string', default: '20' },
    connections: { type: 'string', default: '100' },
  },
});
const N = Number(values.decks);
const SLIDES = Number(values.slides);
const CONNECTIONS = Number(values.connections);
const CLI = join(root, 'packages/cli/src/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'osmose-server-bench-'));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

async function main(): Promise<void> {
  const decks = await Promise.all(
    Array.from({ length: N }, (_, i) => buildDeck(benchDeckSpec(SLIDES, { seed: 500 + i }))),
  );
  const files = decks.map((bytes, i) => {
    const f = join(dir, `deck-${i}.pptx`);
    writeFileSync(f, bytes);
    return f;
  });
  const sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 600, latencyP95Ms: 1200 });
  const common = [
    '--vision',
    'all',
    '--base-url',
    sim.url,
    '--api-key',
    'sk-bench',
    '--embedding-model',
    'none',
  ];
  const env = { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '' };

  // 1. baseline: the CLI, one deck after the other, fresh store and render cache
  const tCli = performance.now();
  // (async: the simulator lives in this process and must keep answering)
  for (const f of files) {
    const r = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'ingest',
        f,
        '--store',
        join(dir, 'cli-store'),
        '--cache-dir',
        join(dir, 'cli-cache'),
        '--json',
        ...common,
      ],
      env,
    );
    if (r.code !== 0) throw new Error(`CLI failed on ${f}: ${r.stderr}`);
  }
  const cliMs = performance.now() - tCli;
  const cliCalls = sim.stats().calls;

  // 2. the server: its own store and render cache
  const port = 18000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const srv: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      CLI,
      'serve',
      '--port',
      String(port),
      '--store',
      join(dir, 'srv-store'),
      '--cache-dir',
      join(dir, 'srv-cache'),
      '--jobs',
      String(N),
      '--rate-limit',
      '0',
      ...common,
    ],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const srvErr: string[] = [];
  srv.stderr!.on('data', (c: Buffer) => srvErr.push(c.toString()));
  try {
    for (let t = Date.now(); ;) {
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (Date.now() - t > 60_000) throw new Error(`server did not start: ${srvErr.join('')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // one small deck first so the query endpoints have something to answer
    const warm = new FormData();
    warm.append('file', new Blob([await buildDeck(benchDeckSpec(5, { seed: 1 }))]), 'warm.pptx');
    const wj = (
      (await (await fetch(`${base}/v1/documents`, { method: 'POST', body: warm })).json()) as {
        jobs: { id: string }[];
      }
    ).jobs[0].id;
    await waitAll(base, [wj]);
    const lagBefore = await lag(base);

    const latencies: number[] = [];
    // without a callback autocannon returns its instance (an EventEmitter that is also thenable)
    const ac = autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: 900,
      requests: [
        { method: 'GET', path: '/v1/concepts?limit=30' },
        { method: 'GET', path: '/v1/search?q=data%20quality&limit=10' },
      ],
    }) as unknown as autocannon.Instance;
    ac.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
    const acDone = new Promise<autocannon.Result>((res) => ac.on('done', res));

    const form = new FormData();
    files.forEach((f, i) => form.append('file', new Blob([readFileSync(f)]), `deck-${i}.pptx`));
    const t0 = performance.now();
    const up = (await (await fetch(`${base}/v1/documents`, { method: 'POST', body: form })).json()) as {
      jobs: { id: string }[];
    };
    const jobs = await waitAll(
      base,
      up.jobs.map((j) => j.id),
    );
    const serverMs = performance.now() - t0;
    ac.stop();
    const result = await acDone;
    const lagAfter = await lag(base);

    const out = {
      date: new Date().toISOString(),
      machine: `${cpus().length} cores, load ${spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim()}`,
      decks: N,
      slidesPerDeck: SLIDES,
      simulator: 'ideal profile, latency median 600 ms / p95 1200 ms',
      cli: { ms: Math.round(cliMs), visionCalls: cliCalls },
      server: {
        ms: Math.round(serverMs),
        statuses: jobs.map((j) => j.status),
        visionCalls: sim.stats().calls - cliCalls,
      },
      ratio: +(cliMs / serverMs).toFixed(2),
      queries: {
        connections: CONNECTIONS,
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        rps: Math.round(result.requests.average),
        p50Ms: +pct(latencies, 50).toFixed(1),
        p95Ms: +pct(latencies, 95).toFixed(1),
        p99Ms: +pct(latencies, 99).toFixed(1),
      },
      eventLoopLag: { before: lagBefore, after: lagAfter },
    };
    writeFileSync(join(root, 'bench/results/server.json'), JSON.stringify(out, null, 2) + '\n');
    writeFileSync(join(root, 'bench/results/server.md'), render(out));
    console.log(render(out));
  } finally {
    srv.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    if (srv.exitCode === null) srv.kill('SIGKILL');
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('close', (code) => resolve({ code, stderr }));
  });
}

async function waitAll(base: string, ids: string[]): Promise<{ id: string; status: string }[]> {
  for (;;) {
    const jobs = await Promise.all(
      ids.map(
        async (id) => (await (await fetch(`${base}/v1/jobs/${id}`)).json()) as { id: string; status: string },
      ),
    );
    if (jobs.every((j) => !['queued', 'running'].includes(j.status))) return jobs;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function lag(base: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const get = (name: string) =>
    Number(new RegExp(`^${name}\\{[^}]*\\} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    p50Ms: +(get('nodejs_eventloop_lag_p50_seconds') * 1000).toFixed(1),
    p99Ms: +(get('nodejs_eventloop_lag_p99_seconds') * 1000).toFixed(1),
    maxMs: +(get('nodejs_eventloop_lag_max_seconds') * 1000).toFixed(1),
  };
}

function render(o: any): string {
  return `# Server benchmark

${o.date} · ${o.machine} · \`node --import tsx bench/server/run.ts\`

${o.decks} decks of ${o.slidesPerDeck} slides, vision on (every slide) against the simulator (${o.simulator}),
uploaded to \`osmose serve\` in one request while ${o.queries.connections} autocannon clients query
\`/v1/concepts\` and \`/v1/search\` for the whole ingest (loopback).

| | time | vision calls |
|---|---|---|
| CLI, one deck after the other | ${(o.cli.ms / 1000).toFixed(1)} s | ${o.cli.visionCalls} |
| server, ${o.decks} decks at once | ${(o.server.ms / 1000).toFixed(1)} s | ${o.server.visionCalls} |
| **ratio (CLI / server)** | **${o.ratio}×** | |

Job statuses: ${Object.entries(
    o.server.statuses.reduce((a: any, s: string) => ((a[s] = (a[s] ?? 0) + 1), a), {}),
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}.

Queries during the ingest: ${o.queries.requests} requests, ${o.queries.rps} req/s, errors ${o.queries.errors}, timeouts ${o.queries.timeouts}, non-2xx ${o.queries.non2xx};
latency p50 ${o.queries.p50Ms} ms, **p95 ${o.queries.p95Ms} ms**, p99 ${o.queries.p99Ms} ms.

Server event-loop lag (prom-client, since start): before the load p99 ${o.eventLoopLag.before.p99Ms} ms (max ${o.eventLoopLag.before.maxMs} ms);
after it p50 ${o.eventLoopLag.after.p50Ms} ms, p99 ${o.eventLoopLag.after.p99Ms} ms, max ${o.eventLoopLag.after.maxMs} ms.
`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
