/**
 * Documents in parallel: a folder ingested with concurrency 4 gives the same store as with concurrency 1,
 * and a SIGKILL in the middle of a parallel ingest resumes to that same store (no lost slide, no duplicate).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osmoseAsync, osmoseRun } from '../helpers/cli.js';
import { storeGraph } from '../helpers/store-graph.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

// decks that share concepts (entity resolution across them depends on the order of the writes)
const DECKS = [
  'OWASP__Top10/OWASP Top 10-2017 (en).pptx',
  'OWASP__Top10/OWASP Top 10-2017-es.pptx',
  'OWASP__Top10/OWASP Top 10 2010 Spanish.pptx',
  'OWASP__ASVS/NullCon 2019 ASVS 4.0 Release.pptx',
  'OWASP__Top10/OWASP Top 10-2017(ja).pptx',
];
const ENV = { OSMOSE_EMBEDDINGS: '0', OPENAI_API_KEY: '', OPENAI_BASE_URL: '' };

const graphOf = (store: string) => storeGraph(store, ENV);

async function ingest(
  folder: string,
  store: string,
  concurrency: number,
): Promise<{ code: number; report: { totals: Record<string, number> } }> {
  const r = await osmoseRun(
    ['ingest', folder, '--store', store, '--concurrency', String(concurrency), '--json'],
    ENV,
  );
  expect(r.code, r.stderr).toBe(0);
  return { code: r.code, report: JSON.parse(r.stdout) };
}

describe.skipIf(!HAS_CORPUS)('documents in parallel', () => {
  let dir: string;
  let folder: string;
  let serial: Record<string, string[]>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-parallel-'));
    folder = join(dir, 'decks');
    mkdirSync(folder);
    DECKS.forEach((d, i) => copyFileSync(corpusPath(d), join(folder, `${i}-${d.split('/').pop()}`)));
    await ingest(folder, join(dir, 'serial'), 1);
    serial = await graphOf(join(dir, 'serial'));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('concurrency 4 gives a store identical to concurrency 1', async () => {
    const { report } = await ingest(folder, join(dir, 'parallel'), 4);
    expect(report.totals.ingested).toBe(DECKS.length);
    expect(serial.documents).toHaveLength(DECKS.length);
    expect(await graphOf(join(dir, 'parallel'))).toEqual(serial);
  }, 600_000);

  it('a SIGKILL during a parallel ingest resumes with no lost slide and no duplicate', async () => {
    const store = join(dir, 'killed');
    const child = osmoseAsync(['ingest', folder, '--store', store, '--concurrency', '4'], ENV);
    let err = '';
    // kill once the first documents have finished (their lines are printed when not on a terminal)
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
        if ((err.match(/store/g) ?? []).length >= 1) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => resolve());
      child.once('error', reject);
    });
    await new Promise((r) => child.once('exit', r));
    const resumed = await ingest(folder, store, 4);
    expect(resumed.report.totals.ingested + resumed.report.totals.unchanged).toBe(DECKS.length);
    expect(await graphOf(store)).toEqual(serial);
  }, 600_000);
});
