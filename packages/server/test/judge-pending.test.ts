/**
 * Concept pairs an outage kept from the LLM judge, through the server: the job stores the deck and says how many
 * pairs wait; the same deck uploaded again with the provider back is not "unchanged" at the door but gets a job
 * that resolves it again (the pair merged, as without the outage); a third upload is unchanged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { makeTextDeck } from '../../core/test/pipeline/judge-decks.js';
import { startTestServer, upload, waitJob } from './helpers.js';

describe('server: concept pairs waiting for the judge', { timeout: 300_000 }, () => {
  let dir: string;
  let sim: RunningSimulator;
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let a: Buffer;
  let b: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-srv-judge-'));
    // deck A names a bare acronym, deck B only spells it out: a pair only the judge decides
    await makeTextDeck(join(dir, 'a.pptx'), [
      {
        title: 'Operations review',
        lines: ['Each team tracks one KPI.', 'The KPI is reviewed with the SLA.'],
      },
      { title: 'Reporting', lines: ['A missed SLA triggers a review.', 'Report the SLA to the board.'] },
    ]);
    await makeTextDeck(join(dir, 'b.pptx'), [
      { title: 'Vendor management', lines: ['A Service Level Agreement binds the vendor.'] },
      { title: 'Contracts', lines: ['Sign the Service Level Agreement before the contract.'] },
    ]);
    a = readFileSync(join(dir, 'a.pptx'));
    b = readFileSync(join(dir, 'b.pptx'));
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    srv = await startTestServer({
      store: join(dir, 'store'),
      concurrency: 1,
      flags: { 'base-url': sim.url },
    });
  });
  afterAll(async () => {
    await srv?.close();
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ingest = async (name: string, bytes: Buffer) => {
    const up = await upload(srv.url, [{ name, bytes }]);
    expect(up.status).toBe(202);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the job's JSON, checked field by field
    return (await waitJob(srv.url, up.body.jobs[0].id)) as any;
  };
  const llmMerges = async () => {
    const { merges } = (await (await fetch(`${srv.url}/v1/merges`)).json()) as {
      merges: { keptId: string; mergedId: string; method: string }[];
    };
    return merges.filter((m) => m.method === 'llm').map((m) => `${m.mergedId}→${m.keptId}`);
  };

  it('outage → the pair waits, unmerged; provider back → the deck is resolved again; then unchanged', async () => {
    expect((await ingest('a.pptx', a)).status).toBe('ingested');
    sim.setOutage(true);
    const down = await ingest('b.pptx', b);
    sim.setOutage(false);
    expect(down.status).toBe('ingested');
    expect(down.report.judgePending).toBeGreaterThanOrEqual(1);
    expect(await llmMerges()).toEqual([]);
    const { documents } = (await (await fetch(`${srv.url}/v1/documents`)).json()) as {
      documents: { id: string; stats?: { judgePending?: number } }[];
    };
    expect(documents.find((d) => d.id === down.docId)?.stats?.judgePending).toBe(down.report.judgePending);

    const back = await ingest('b.pptx', b);
    expect(back.status).toBe('ingested');
    expect(back.report.judgePending).toBeUndefined();
    expect(back.report.warnings.join(' ')).toContain('were resolved again');
    expect(await llmMerges()).toEqual(['c:service-level-agreement→c:sla']);

    expect((await ingest('b.pptx', b)).status).toBe('unchanged');
  });
});
