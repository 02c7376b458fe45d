/**
 * The embedded job runner (unit test of jobs/local-runner.ts with a stand-in facade): `concurrency` jobs work at
 * once, and a job that only waits for the vision provider's answers (the facade's `waiting`) leaves its slot to
 * the next job, up to 2 × concurrency running in all.
 */
import { describe, expect, it } from 'vitest';
import type { CoreFacade, FacadeDocReport, IngestDeckOptions } from '../src/core-facade.js';
import { LocalRunner } from '../src/jobs/local-runner.js';

function standIn(waitsFor: (name: string) => boolean) {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  const facade = {
    async ingestDeck(_path: string, o: IngestDeckOptions): Promise<FacadeDocReport> {
      started.push(o.name);
      if (waitsFor(o.name)) o.observer?.waiting?.();
      await new Promise<void>((r) => release.set(o.name, r));
      return { file: o.name, status: 'ingested' } as unknown as FacadeDocReport;
    },
  } as unknown as CoreFacade;
  return { facade, started, release };
}

const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 3_000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};

const spec = (name: string) => ({ id: name, name, blobPath: `/x/${name}`, sha256: name, force: false });

describe('local job runner', () => {
  it('a job waiting for the provider leaves its slot to the next job, up to 2 × concurrency', async () => {
    const { facade, started, release } = standIn((n) => n !== 'd3');
    const runner = new LocalRunner(facade, 2);
    for (const n of ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']) await runner.submit(spec(n));
    // d1, d2 wait for answers: d3 and d4 start; d3 works (no hand-off), d4 waits: 4 running = 2 × 2, d5 queued
    await until(() => started.length >= 4);
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(await runner.counts()).toMatchObject({ running: 4, queued: 2 });
    release.get('d3')!(); // a working job ends: the next one starts
    await until(() => started.length >= 5);
    expect(started).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    for (const n of ['d1', 'd2', 'd4', 'd5']) release.get(n)!();
    await until(() => started.length >= 6);
    release.get('d6')!();
    await runner.close();
    const jobs = await runner.list();
    expect(jobs.map((j) => j.status)).toEqual(Array(6).fill('ingested'));
  });

  it('without waiting jobs, concurrency is the number of jobs at once', async () => {
    const { facade, started, release } = standIn(() => false);
    const runner = new LocalRunner(facade, 2);
    for (const n of ['d1', 'd2', 'd3']) await runner.submit(spec(n));
    await until(() => started.length >= 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toEqual(['d1', 'd2']);
    release.get('d1')!();
    await until(() => started.length >= 3);
    release.get('d2')!();
    release.get('d3')!();
    await runner.close();
  });
});
