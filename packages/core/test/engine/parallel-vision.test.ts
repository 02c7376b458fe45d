/**
 * Documents in parallel WITH vision (issue 13): through the real CLI, LibreOffice and the simulator over HTTP, 3 decks
 * at concurrency 2 — where a deck whose slides are all with the provider hands its work slot to the third deck — give
 * the same store as concurrency 1, and a SIGKILL in the middle resumes to that store with no lost slide and no
 * duplicate.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { CLI_TIMEOUT_MS, osmoseAsync, osmoseRun } from '../helpers/cli.js';
import { storeGraph } from '../helpers/store-graph.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

const DECKS = [
  'OWASP__Top10/OWASP Top 10-2017 (en).pptx',
  'OWASP__Top10/OWASP Top 10-2017-es.pptx',
  'OWASP__Top10/OWASP Top 10 2010 Spanish.pptx',
];

describe.skipIf(!HAS_CORPUS)('documents in parallel with vision (simulator, LibreOffice)', () => {
  let dir: string;
  let folder: string;
  let sim: RunningSimulator;
  let env: NodeJS.ProcessEnv;
  let serial: Record<string, string[]>;
  const slidesOf = (g: Record<string, string[]>) => g.slides?.length ?? 0;

  const ingest = async (store: string, concurrency: number) => {
    const r = await osmoseRun(
      ['ingest', folder, '--store', store, '--concurrency', String(concurrency), '--vision', 'all', '--json'],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      totals: Record<string, number> & { phases: Record<string, { calls: number }> };
      documents: { status: string; phases: Record<string, { calls: number; fallbacks: number }> }[];
    };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-parallel-vision-'));
    folder = join(dir, 'decks');
    mkdirSync(folder);
    DECKS.forEach((d, i) => copyFileSync(corpusPath(d), join(folder, `${i}-${d.split('/').pop()}`)));
    // fast and error-free: this is about order and crash safety, not about the provider's faults
    sim = await startSimulator({ profile: 'ideal', timeScale: 0.1, seed: 13 });
    env = {
      OSMOSE_EMBEDDINGS: '0',
      OSMOSE_LLM_EXTRACT: '0',
      OPENAI_BASE_URL: sim.url,
      OPENAI_API_KEY: 'parallel-vision',
      // one render cache for the three runs (rendered once), apart from the user's
      OSMOSE_CACHE_DIR: join(dir, 'cache'),
    };
    const r = await ingest(join(dir, 'serial'), 1);
    expect(r.totals.ingested).toBe(DECKS.length);
    serial = await storeGraph(join(dir, 'serial'), env);
  }, 2 * CLI_TIMEOUT_MS);
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'concurrency 2 (the third deck starts while the first two wait for answers) gives the store of concurrency 1',
    async () => {
      const r = await ingest(join(dir, 'parallel'), 2);
      expect(r.totals.ingested).toBe(DECKS.length);
      // every slide was summarised by the provider (or answered by its cache), none fell back to its text
      for (const d of r.documents) expect(d.phases.summarise.fallbacks).toBe(0);
      // a fresh store has a fresh response cache: this run paid its calls (the hand-off happened mid-vision)
      expect(r.totals.phases.summarise.calls).toBeGreaterThan(50);
      expect(slidesOf(serial)).toBeGreaterThan(50);
      expect(await storeGraph(join(dir, 'parallel'), env)).toEqual(serial);
    },
    2 * CLI_TIMEOUT_MS,
  );

  it(
    'a SIGKILL during a parallel ingest with vision resumes with no lost slide and no duplicate',
    async () => {
      const store = join(dir, 'killed');
      const child = osmoseAsync(
        ['ingest', folder, '--store', store, '--concurrency', '2', '--vision', 'all'],
        env,
      );
      let err = '';
      let killed = false;
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (c: Buffer) => {
          err += c.toString();
          // once one document is stored (its lines are printed when not on a terminal)
          if (!killed && (err.match(/store/g) ?? []).length >= 1) {
            killed = true;
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.once('exit', () => resolve());
        child.once('error', reject);
      });
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
      );
      expect(killed, err.slice(-2000)).toBe(true);
      const resumed = await ingest(store, 2);
      expect(resumed.totals.ingested + resumed.totals.unchanged).toBe(DECKS.length);
      expect(resumed.totals.unchanged).toBeGreaterThanOrEqual(1); // the deck stored before the kill
      expect(await storeGraph(store, env)).toEqual(serial);
    },
    3 * CLI_TIMEOUT_MS,
  );
});
