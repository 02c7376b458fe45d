/**
 * `osmose worker` hand-off benchmark: the same corpus decks uploaded at once to a queue-mode server (real
 * Redis, BullMQ) and run by one worker with `--jobs 2`, vision on every slide against the simulator at a
 * request limit (ideal latency, so the provider's rate is what binds); once with the hand-off (a job that only
 * waits for vision answers leaves its slot) and once without (each job holds its slot to the end), in one run.
 * Efficiency = the rate floor (first attempts ÷ RPM) ÷ the wall time from the upload to the last job's end.
 *
 *   npx tsx bench/server/worker-handoff.ts [--rpm 120] [--decks a.pptx,b.pptx,…]
 *
 * Writes bench/results/worker-handoff.{md,json}.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig, startSimulator } from '@osmose/core';
import { startServer } from '../../packages/server/src/server.js';
import { startWorker } from '../../packages/server/src/worker.js';
import { startRedis } from '../../tools/servers/redis.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'pptx');
const { values } = parseArgs({
  options: {
    rpm: { type: 'string', default: '120' },
    jobs: { type: 'string', default: '2' },
    decks: {
      type: 'string',
      default: [
        'apache__poi/stress021.pptx',
        'PowerPointLabs__PowerPointLabs/AutoAnimate.pptx',
        'PowerPointLabs__PowerPointLabs/ZoomToArea.pptx',
      ].join(','),
    },
  },
});
const RPM = Number(values.rpm);
const JOBS = Number(values.jobs);
const decks = values.decks!.split(',').map((d) => (d.startsWith('/') ? d : join(corpus, d)));

async function once(handOff: boolean, queueUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'osmose-handoff-bench-'));
  const sim = await startSimulator({ profile: 'ideal', rpm: RPM, seed: 7 });
  const flags = {
    store: join(dir, 'store'),
    vision: 'all',
    'base-url': sim.url,
    'api-key': 'sk-bench',
    'cache-dir': join(dir, 'cache'),
    'embedding-model': 'none',
  };
  const env = { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '' };
  const srv = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimitPerMinute: 0,
    queueUrl,
    config: resolveConfig(flags, env),
  });
  const worker = await startWorker({
    config: resolveConfig(flags, env),
    queueUrl,
    concurrency: JOBS,
    handOff,
    log: (l) => process.env.DEBUG_HANDOFF && console.error(`${(performance.now() / 1000).toFixed(1)} ${l}`),
  });
  const form = new FormData();
  for (const f of decks) form.append('file', new Blob([readFileSync(f)]), basename(f));
  const t0 = performance.now();
  const up = await fetch(`${srv.url}/v1/documents`, { method: 'POST', body: form });
  const ids: string[] = ((await up.json()) as { jobs: { id: string }[] }).jobs.map((j) => j.id);
  const jobs: { status: string; startedAt: string; finishedAt: string }[] = [];
  for (const id of ids)
    for (;;) {
      const j = (await (await fetch(`${srv.url}/v1/jobs/${id}`)).json()) as (typeof jobs)[number];
      if (!['queued', 'running'].includes(j.status)) {
        jobs.push(j);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  const wall = (performance.now() - t0) / 1000;
  const stats = sim.stats();
  await worker.close();
  await srv.close();
  await sim.close();
  const firstStart = Math.min(...jobs.map((j) => Date.parse(j.startedAt)));
  return {
    handOff,
    wallS: +wall.toFixed(1),
    statuses: jobs.map((j) => j.status),
    starts: jobs.map((j) => +((Date.parse(j.startedAt) - firstStart) / 1000).toFixed(1)),
    ends: jobs.map((j) => +((Date.parse(j.finishedAt) - firstStart) / 1000).toFixed(1)),
    calls: stats.calls,
    ok: stats.ok,
    rateLimited: stats.rateLimited,
  };
}

{
  const runs = [];
  // a Redis of its own for each run: the worker keeps slide checkpoints there (a second run would reuse them)
  for (const handOff of [false, true]) {
    const redis = await startRedis();
    try {
      runs.push(await once(handOff, redis.url));
    } finally {
      await redis.stop();
    }
  }
  // the rate floor: every slide's first attempt at the provider's limit
  const floorS = runs[1].ok / (RPM / 60);
  const rows = runs.map((r) => ({
    ...r,
    floorS: +floorS.toFixed(1),
    efficiency: +(floorS / r.wallS).toFixed(2),
  }));
  const meta = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
    decks: decks.map((d) => basename(d)),
    simulator: `ideal latency, ${RPM} RPM`,
    worker: `one osmose worker in process, --jobs ${JOBS}, queue-mode server, real Redis`,
  };
  writeFileSync(
    join(root, 'bench/results/worker-handoff.json'),
    `${JSON.stringify({ meta, rows }, null, 2)}\n`,
  );
  const md = [
    '# osmose worker: hand-off of jobs that wait for vision answers',
    '',
    `- ${meta.date}; ${meta.machine}; \`npx tsx bench/server/worker-handoff.ts --rpm ${RPM} --jobs ${JOBS}\``,
    `- decks: ${meta.decks.join(', ')} uploaded at once; ${meta.worker}; simulator: ${meta.simulator}`,
    "- floor: calls answered (200) ÷ RPM; efficiency = floor ÷ wall (upload to the last job's end)",
    '',
    '| hand-off | wall s | floor s | efficiency | job starts → ends s (from the first start) | calls | 429s | statuses |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.handOff ? 'on' : 'off (slot held to the end)'} | ${r.wallS} | ${r.floorS} | ${r.efficiency} | ${r.starts.map((t, i) => `${t} → ${r.ends[i]}`).join(', ')} | ${r.calls} | ${r.rateLimited} | ${r.statuses.join(', ')} |`,
    ),
    '',
    `Ratio off ÷ on: **${(rows[0].wallS / rows[1].wallS).toFixed(2)}×** in this run.`,
    '',
  ];
  writeFileSync(join(root, 'bench/results/worker-handoff.md'), md.join('\n'));
  console.log(md.join('\n'));
}
