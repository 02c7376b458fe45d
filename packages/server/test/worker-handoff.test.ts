/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * `osmose worker` (BullMQ, real Redis, real engine, LibreOffice and the simulator over HTTP): a job that only
 * waits for the vision provider's answers leaves its slot, so a worker with concurrency 1 starts the next
 * queued deck while the first one waits, and never holds more than 2 × concurrency jobs. Without the
 * hand-off the second deck starts only when the first has finished.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, startSimulator } from '@osmose/core';
import { buildDeck } from '../../../tools/deck-gen/index.js';
import { benchDeckSpec } from '../../../tools/deck-gen/bench-deck.js';
import { startRedis } from '../../../tools/servers/redis.js';
import { startWorker, type RunningWorker } from '../src/worker.js';
import { startTestServer, upload, waitJob } from './helpers.js';

describe('osmose worker: a job waiting for vision answers leaves its slot', { timeout: 600_000 }, () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
  let queueUrl: string;
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let worker: RunningWorker;
  const lines: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-handoff-'));
    if (process.env.OSMOSE_TEST_REDIS_URL) queueUrl = process.env.OSMOSE_TEST_REDIS_URL;
    else {
      redis = await startRedis();
      queueUrl = redis.url;
    }
    // answers take seconds: each deck's vision phase is long next to its extraction and rendering
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 4_000, latencyP95Ms: 5_000 });
    const flags = {
      vision: 'all',
      'base-url': sim.url,
      'api-key': 'sk-test',
      'cache-dir': join(dir, 'cache'),
      'embedding-model': 'none',
    };
    const store = join(dir, 'store');
    srv = await startTestServer({ queueUrl, flags, store });
    const config = resolveConfig(
      { store, ...flags, 'vision-concurrency': '4' },
      { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
    );
    worker = await startWorker({ config, queueUrl, concurrency: 1, log: (l) => lines.push(l) });
  });

  afterAll(async () => {
    await worker?.close();
    await srv?.close();
    await sim?.close();
    await redis?.stop();
  });

  it('concurrency 1: the second deck starts while the first waits for answers, the third after one ends', async () => {
    const decks = await Promise.all([0, 1, 2].map((i) => buildDeck(benchDeckSpec(6, { seed: 700 + i }))));
    const up = await upload(
      srv.url,
      decks.map((bytes, i) => ({ name: `handoff-${i}.pptx`, bytes })),
    );
    expect(up.status).toBe(202);
    const ids: string[] = up.body.jobs.map((j: any) => j.id);
    const finals: any[] = [];
    for (const id of ids) finals.push(await waitJob(srv.url, id, 300_000));
    expect(finals.map((j) => j.status)).toEqual(['ingested', 'ingested', 'ingested']);
    const t = (s: string) => Date.parse(s);
    const [a, b, c] = finals.sort((x, y) => t(x.startedAt) - t(y.startedAt));
    // the second deck started before the first had finished (a 6-slide vision phase is 4 s and more)
    expect(t(b.startedAt)).toBeLessThan(t(a.finishedAt));
    // never more than 2 × concurrency at once: the third started only once one of the first two had ended
    expect(t(c.startedAt)).toBeGreaterThanOrEqual(Math.min(t(a.finishedAt), t(b.finishedAt)) - 50);
    // jobs running at once, from the jobs' own start and end times (polling the job list showed a finished job
    // as still running for a moment on a loaded machine: its status reaches the server after the worker moved on)
    const most = Math.max(
      ...finals.map(
        (x) =>
          finals.filter((y) => t(y.startedAt) <= t(x.startedAt) && t(x.startedAt) < t(y.finishedAt) - 50)
            .length,
      ),
    );
    expect(most).toBeLessThanOrEqual(2);
    expect(most).toBe(2);
    expect(lines.join('\n')).toMatch(/concurrency 1; up to 2 while jobs wait/);
  });
});
