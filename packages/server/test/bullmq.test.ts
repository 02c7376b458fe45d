/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * BullMQ mode with a real Redis and two real `osmose worker` processes, vision on against the simulator
 * behind a logging proxy (the call log): 10 decks are spread over both workers; one worker is SIGKILLed
 * in the middle of a deck's vision phase and its job finishes on the other worker with no duplicate node
 * and no repeated paid call for a slide that was finished before the kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '@osmose/core';
import { buildDeck } from '../../../tools/deck-gen/index.js';
import { benchDeckSpec } from '../../../tools/deck-gen/bench-deck.js';
import { startRedis } from '../../../tools/servers/redis.js';
import { REPO_ROOT } from '../../core/test/helpers/corpus.js';
import { getJson, startTestServer, upload } from './helpers.js';

interface Call {
  hash: string;
  status: number;
  end: number;
}

/** A pass-through proxy in front of the simulator that logs every call: body hash, status, end time. */
async function callLog(target: string): Promise<{ url: string; calls: Call[]; close: () => Promise<void> }> {
  const calls: Call[] = [];
  const t = new URL(target);
  const srv: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const hash = createHash('sha256').update(body).digest('hex');
      const up = request(
        {
          host: t.hostname,
          port: t.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: t.host },
        },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
          ur.on('end', () =>
            calls.push({ hash, status: res.destroyed ? 0 : (ur.statusCode ?? 0), end: Date.now() }),
          );
        },
      );
      up.on('error', () => res.destroy());
      res.on('close', () => up.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${t.pathname}`,
    calls,
    close: () => new Promise((r) => srv.close(() => r())),
  };
}

describe('BullMQ queue with two osmose worker processes', { timeout: 600_000 }, () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
  let queueUrl: string;
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let log: Awaited<ReturnType<typeof callLog>>;
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  const workers: { proc: ChildProcess; out: string[] }[] = [];
  let startWorker: (extra?: string[]) => { proc: ChildProcess; out: string[] };
  let metricsPorts: number[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-bull-'));
    if (process.env.OSMOSE_TEST_REDIS_URL) queueUrl = process.env.OSMOSE_TEST_REDIS_URL;
    else {
      redis = await startRedis();
      queueUrl = redis.url;
    }
    // slow enough that a deck's vision phase lasts seconds (the kill lands in the middle of it)
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 600, latencyP95Ms: 900 });
    log = await callLog(sim.url);
    const flags = {
      vision: 'all',
      'base-url': log.url,
      'api-key': 'sk-test',
      'cache-dir': join(dir, 'cache'),
    };
    srv = await startTestServer({ queueUrl, flags, store: join(dir, 'store'), maxFiles: 20 });
    startWorker = (extra: string[] = []) => {
      const out: string[] = [];
      const proc = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(REPO_ROOT, 'packages/cli/src/main.ts'),
          'worker',
          '--queue',
          queueUrl,
          '--store',
          join(dir, 'store'),
          '--embedding-model',
          'none',
          ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v]),
          '--vision-concurrency',
          '2',
          '--jobs',
          '1',
          ...extra,
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      proc.stderr!.on('data', (c: Buffer) => out.push(c.toString()));
      const w = { proc, out };
      workers.push(w);
      return w;
    };
    metricsPorts = [await freePort(), await freePort()];
    for (let i = 0; i < 2; i++) startWorker(['--metrics-port', String(metricsPorts[i])]);
    // both workers connected
    const t0 = Date.now();
    while ((await srv.runner.counts()).workers < 2) {
      if (Date.now() - t0 > 120_000)
        throw new Error(`workers did not connect: ${workers.map((w) => w.out.join('')).join('\n---\n')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  afterAll(async () => {
    for (const w of workers) if (w.proc.exitCode === null) w.proc.kill('SIGKILL');
    await srv?.close();
    await log?.close();
    await sim?.close();
    await redis?.stop();
  });

  it("spreads 10 decks over both workers; a SIGKILLed worker's deck finishes on the other, nothing duplicated or paid twice", async () => {
    const decks = await Promise.all(
      Array.from({ length: 10 }, (_, i) => buildDeck(benchDeckSpec(10, { seed: 100 + i }))),
    );
    const up = await upload(
      srv.url,
      decks.map((bytes, i) => ({ name: `deck-${i}.pptx`, bytes })),
    );
    expect(up.status).toBe(202);
    const ids: string[] = up.body.jobs.map((j: any) => j.id);

    // wait until some job is in the middle of its vision phase, then SIGKILL the worker running it
    let victim: { job: any; pid: number } | null = null;
    const t0 = Date.now();
    while (!victim) {
      if (Date.now() - t0 > 300_000) throw new Error('no job reached the middle of its vision phase');
      for (const id of ids) {
        const j = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
        const s = j.phases?.summarise;
        if (j.status === 'running' && j.worker && s && s.done >= 3 && s.done <= s.total - 3) {
          victim = { job: j, pid: Number(String(j.worker).split(':').at(-1)) };
          break;
        }
      }
      if (!victim) await new Promise((r) => setTimeout(r, 100));
    }
    const killed = workers.find((w) => w.proc.pid === victim!.pid)!;
    expect(killed, `worker ${victim.pid} is one of ours`).toBeDefined();
    killed.proc.kill('SIGKILL');
    const killAt = Date.now();
    const doneBeforeKill = victim.job.phases.summarise.done;

    // every job ends ingested (the killed one after the stalled-job check hands it to the other worker)
    const finals: any[] = [];
    for (const id of ids) {
      const t1 = Date.now();
      for (;;) {
        const j = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
        if (['ingested', 'unchanged', 'rejected', 'failed', 'cancelled'].includes(j.status)) {
          finals.push(j);
          break;
        }
        if (Date.now() - t1 > 300_000) throw new Error(`job ${id} still ${j.status}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect(finals.map((j) => j.status)).toEqual(Array(10).fill('ingested'));

    // spread over both workers (each logged jobs it started)
    for (const w of workers) expect(w.out.join('')).toMatch(/started \(attempt/);
    // the victim's job finished on the survivor, from the checkpoints of the slides done before the kill
    const survivor = workers.find((w) => w !== killed)!;
    const vFinal = finals.find((j) => j.id === victim!.job.id);
    expect(vFinal.worker).toMatch(new RegExp(`:${survivor.proc.pid}$`));
    expect(vFinal.report.slidesReused).toBeGreaterThanOrEqual(Math.max(1, doneBeforeKill - 2));

    // no duplicate node: 10 documents, slides and mentions each once
    const dump = JSON.parse(await (await fetch(`${srv.url}/v1/export?format=json`)).text());
    const docs = (await getJson(`${srv.url}/v1/documents`)).body.documents;
    expect(docs).toHaveLength(10);
    const slideIds = (dump.slides ?? dump.nodes?.filter((n: any) => n.label === 'Slide') ?? []).map(
      (s: any) => s.id,
    );
    expect(slideIds.length).toBe(100);
    expect(new Set(slideIds).size).toBe(slideIds.length);
    if (dump.mentions) expect(new Set(dump.mentions.map((m: any) => m.id)).size).toBe(dump.mentions.length);

    // the call log: a slide answered (paid) before the kill was never asked again; only calls that were
    // in flight when the worker died (answered within the last second before it, or after) may repeat
    const firstOk = new Map<string, number>();
    const repeats: { hash: string; first: number }[] = [];
    for (const c of [...log.calls].sort((a, b) => a.end - b.end)) {
      if (c.status !== 200) continue;
      const f = firstOk.get(c.hash);
      if (f === undefined) firstOk.set(c.hash, c.end);
      else repeats.push({ hash: c.hash, first: f });
    }
    const paidTwiceAfterFinish = repeats.filter((r) => r.first < killAt - 1000);
    expect(paidTwiceAfterFinish, JSON.stringify(repeats)).toEqual([]);
    // every slide of every deck was answered once at least (vision all)
    expect(firstOk.size).toBeGreaterThanOrEqual(90);

    // the survivor's own metrics (--metrics-port): the slides it ingested, role="worker"
    const port = metricsPorts[workers.indexOf(survivor)];
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const slidesDone = Number(/^osmose_slides_processed_total\{role="worker"\} (\d+)/m.exec(text)?.[1] ?? -1);
    expect(slidesDone).toBeGreaterThanOrEqual(10);
  });

  it('SIGTERM: the worker hands its running job back; another worker finishes it from the checkpoints', async () => {
    const survivor = workers.find((w) => w.proc.exitCode === null && w.proc.signalCode === null)!;
    const up = await upload(srv.url, [
      { name: 'term.pptx', bytes: await buildDeck(benchDeckSpec(12, { seed: 999 })) },
    ]);
    const id = up.body.jobs[0].id;
    let done = 0;
    for (const t0 = Date.now(); ;) {
      const j = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
      done = j.phases?.summarise?.done ?? 0;
      if (j.status === 'running' && done >= 3 && done <= (j.phases.summarise.total ?? 12) - 3) break;
      if (Date.now() - t0 > 240_000 || !['queued', 'running'].includes(j.status))
        throw new Error(`never mid-vision: ${JSON.stringify(j.status)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    survivor.proc.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => survivor.proc.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(survivor.out.join('')).toMatch(/handed back \(shutdown\)/);
    const back = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
    expect(['queued', 'running']).toContain(back.status);
    const fresh = startWorker();
    let final: any;
    for (const t0 = Date.now(); ;) {
      final = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
      if (!['queued', 'running'].includes(final.status)) break;
      if (Date.now() - t0 > 240_000) throw new Error('job not finished after the restart');
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(final.status).toBe('ingested');
    expect(final.worker).toMatch(new RegExp(`:${fresh.proc.pid}$`));
    expect(final.report.slidesReused).toBeGreaterThanOrEqual(done - 2);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}
