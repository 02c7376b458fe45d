/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * DELETE /v1/jobs/:id on a running job (vision on, slow simulator): no new paid call after the cancel,
 * the job ends `cancelled` with OSM_CANCELLED, nothing of the document is stored, and the checkpoints of
 * the slides already summarised are kept (uploading the deck again reuses them).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '@osmose/core';
import { buildDeck } from '../../../tools/deck-gen/index.js';
import { benchDeckSpec } from '../../../tools/deck-gen/bench-deck.js';
import { getJson, readEvents, startTestServer, upload, waitJob } from './helpers.js';

// The server ingests in its child ingest host; core's stray OSM_PROVIDER_CANCELLED rejections after a cancel
// (vision/src/internal/resilient-chat.ts callProvider; reported to the lead) are logged there, not fatal.
describe('cancel a running job', { timeout: 300_000 }, () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let srv: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 800, latencyP95Ms: 1000 });
    const dir = mkdtempSync(join(tmpdir(), 'osmose-cancel-'));
    srv = await startTestServer({
      flags: {
        vision: 'all',
        'base-url': sim.url,
        'api-key': 'sk-test',
        'vision-concurrency': '2',
        'cache-dir': join(dir, 'cache'),
      },
    });
  });
  afterAll(async () => {
    await srv?.close();
    await sim?.close();
  });

  let callsAfterCancel = -1;

  it('ends cancelled with OSM_CANCELLED, stores nothing, keeps checkpoints', async () => {
    const deck = await buildDeck(benchDeckSpec(16, { seed: 7 }));
    const up = await upload(srv.url, [{ name: 'cancel-me.pptx', bytes: deck }]);
    const id = up.body.jobs[0].id;
    const events = readEvents(`${srv.url}/v1/jobs/${id}/events`);
    let done = 0;
    const t0 = Date.now();
    for (;;) {
      const j = (await getJson(`${srv.url}/v1/jobs/${id}`)).body;
      done = j.phases?.summarise?.done ?? 0;
      if (done >= 3) break;
      if (Date.now() - t0 > 240_000 || !['queued', 'running'].includes(j.status))
        throw new Error(`job never got into its vision phase: ${JSON.stringify(j)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const del = await getJson(`${srv.url}/v1/jobs/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    const final = await waitJob(srv.url, id);
    expect(final.status).toBe('cancelled');
    expect(final.error.code).toBe('OSM_CANCELLED');
    // the simulator records a request when it ends (answered = paid, or dropped by the client): once the job
    // reports cancelled, at most the requests still in flight (the ceiling of 2) may end answered
    const paidAtEnd = sim.stats().ok;
    await new Promise((r) => setTimeout(r, 2000));
    callsAfterCancel = sim.stats().ok - paidAtEnd;
    const ev = await events;
    expect(ev.at(-1)).toEqual({ event: 'end', data: { jobId: id, status: 'cancelled' } });
    expect((await getJson(`${srv.url}/v1/documents`)).body.documents).toEqual([]);

    // the same deck again: the slides summarised before the cancel come from checkpoints
    const again = await upload(srv.url, [{ name: 'cancel-me.pptx', bytes: deck }]);
    const f2 = await waitJob(srv.url, again.body.jobs[0].id);
    expect(f2.status).toBe('ingested');
    expect(f2.report.slidesReused).toBeGreaterThanOrEqual(done);
  });

  // (the earlier measure counted requests the client dropped as calls: the simulator records those too)
  it('no paid call after the job reports cancelled (at most the ≤ 2 in flight)', () => {
    expect(callsAfterCancel).toBeGreaterThanOrEqual(0);
    expect(callsAfterCancel).toBeLessThanOrEqual(2);
  });
});

describe('restart of an in-process server', { timeout: 300_000 }, () => {
  it('a job stopped by a shutdown is queued again and resumes from its checkpoints on the next start', async () => {
    const sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 800, latencyP95Ms: 1000 });
    const dir = mkdtempSync(join(tmpdir(), 'osmose-restart-'));
    const flags = {
      vision: 'all',
      'base-url': sim.url,
      'api-key': 'sk-test',
      'vision-concurrency': '2',
      'cache-dir': join(dir, 'cache'),
    };
    const store = join(dir, 'store');
    let a: Awaited<ReturnType<typeof startTestServer>> | null = await startTestServer({ flags, store });
    let b: Awaited<ReturnType<typeof startTestServer>> | null = null;
    try {
      const up = await upload(a.url, [
        { name: 'restart.pptx', bytes: await buildDeck(benchDeckSpec(16, { seed: 8 })) },
      ]);
      const id = up.body.jobs[0].id;
      let done = 0;
      for (const t0 = Date.now(); ;) {
        const j = (await getJson(`${a.url}/v1/jobs/${id}`)).body;
        done = j.phases?.summarise?.done ?? 0;
        if (done >= 3) break;
        if (Date.now() - t0 > 240_000 || !['queued', 'running'].includes(j.status))
          throw new Error(`never mid-vision: ${j.status}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await a.close({ abort: true }); // what SIGTERM does
      a = null;
      const state = JSON.parse(readFileSync(join(store, 'server-jobs.json'), 'utf8'));
      expect(state.jobs.find((j: any) => j.id === id).status).toBe('queued');
      b = await startTestServer({ flags, store });
      const final = await waitJob(b.url, id);
      expect(final.status).toBe('ingested');
      expect(final.report.slidesReused).toBeGreaterThanOrEqual(done);
    } finally {
      await a?.close();
      await b?.close();
      await sim.close();
    }
  });
});
