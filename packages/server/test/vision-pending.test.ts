/**
 * Slides a vision outage left on their text, through the server: the upload's job stores the deck and says how
 * many slides wait; the same deck uploaded again with the provider back is not "unchanged" at the door but gets a
 * job that asks for those slides, and only those; a third upload is unchanged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { makeSmallDeck } from '../../core/test/render/make-deck.js';
import { startTestServer, upload, waitJob } from './helpers.js';

describe('server: slides waiting for vision', { timeout: 300_000 }, () => {
  let dir: string;
  let sim: RunningSimulator;
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let bytes: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-srv-pending-'));
    await makeSmallDeck(join(dir, 'deck.pptx'), 4);
    bytes = readFileSync(join(dir, 'deck.pptx'));
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    srv = await startTestServer({
      store: join(dir, 'store'),
      concurrency: 1,
      flags: { vision: 'all', 'base-url': sim.url },
    });
  });
  afterAll(async () => {
    await srv?.close();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ingest = async () => {
    const up = await upload(srv.url, [{ name: 'deck.pptx', bytes }]);
    expect(up.status).toBe(202);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the job's JSON, checked field by field
    return (await waitJob(srv.url, up.body.jobs[0].id)) as any;
  };

  it('outage → 4 waiting; provider back → a job asks for those 4; then unchanged', async () => {
    sim.setOutage(true);
    // 4 slides (+ a thin topic's batch) during the outage: their first attempts and the retries the budget
    // allows (10 + 10 %) stay under the breaker's 20-call window, so its circuit does not open and the upload
    // after the outage is not answered "unchanged" for a provider still thought down
    const down = await ingest();
    expect(down.status).toBe('ingested');
    expect(down.report.visionPending).toBe(4);
    // the stored document says it too (GET /v1/documents: its stats)
    const { documents } = (await (await fetch(`${srv.url}/v1/documents`)).json()) as {
      documents: { id: string; stats?: { visionPending?: number } }[];
    };
    expect(documents.find((d) => d.id === down.docId)?.stats?.visionPending).toBe(4);

    sim.setOutage(false);
    const back = await ingest();
    expect(back.status).toBe('ingested');
    expect(back.report.visionPending).toBeUndefined();
    expect(back.report.phases.summarise.calls).toBe(4);
    expect(back.report.warnings.join(' ')).toMatch(/4 slide\(s\) left on their text .* 4 now have/);

    const again = await ingest();
    expect(again.status).toBe('unchanged');
    // the upload's own report of an unchanged deck: the stored counts, as the CLI gives them
    expect(again.report).toMatchObject({ status: 'unchanged', slides: 4, docId: down.docId });
    expect(again.report.textChars).toBeGreaterThan(0);
  });
});
