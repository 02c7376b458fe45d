/**
 * Nothing lost when the provider is down: through the real CLI, LibreOffice and the simulator over HTTP, a deck
 * ingested during an outage is stored with its slides on their text and says how many wait for vision; a run
 * without a provider leaves it as it is; the next run with the provider back asks for those slides again (and
 * only those: the others come from their checkpoints), stores their vision summaries, and the run after that
 * finds the deck unchanged at 0 calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { CLI_TIMEOUT_MS, osmoseRun } from '../helpers/cli.js';
import { storeGraph } from '../helpers/store-graph.js';
import { makeSmallDeck } from '../render/make-deck.js';

interface Report {
  totals: Record<string, number> & {
    phases: Record<string, { calls: number; fallbackReasons?: Record<string, number> }>;
  };
  documents: {
    status: string;
    visionPending?: number;
    warnings?: string[];
    phases: Record<string, { calls: number; fallbacks: number; fallbackReasons?: Record<string, number> }>;
  }[];
}

describe('slides an outage left on their text are asked again by the next run', () => {
  let dir: string;
  let deck: string;
  let sim: RunningSimulator;
  let env: NodeJS.ProcessEnv;
  const ingest = async (
    extra: NodeJS.ProcessEnv = {},
    file = deck,
    store = 'store',
    flags: string[] = [],
  ) => {
    const r = await osmoseRun(
      ['ingest', file, '--store', join(dir, store), '--vision', 'all', '--json', ...flags],
      { ...env, ...extra },
    );
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Report;
  };
  const sources = async (store = 'store'): Promise<string[]> =>
    ((await storeGraph(join(dir, store), env)).slides ?? []).map((s) =>
      String((JSON.parse(s) as { summarySource: string }).summarySource),
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-vision-healing-'));
    deck = join(dir, 'deck.pptx');
    await makeSmallDeck(deck, 5);
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 20,
      latencyP95Ms: 40,
      rejectKeys: ['revoked'],
    });
    env = {
      OSMOSE_EMBEDDINGS: '0',
      OSMOSE_LLM_EXTRACT: '0',
      OPENAI_BASE_URL: sim.url,
      OPENAI_API_KEY: 'healing',
      OSMOSE_CACHE_DIR: join(dir, 'cache'),
    };
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'outage → stored with 5 pending; no provider → unchanged; provider back → those 5 asked again; then unchanged',
    async () => {
      sim.setOutage(true);
      const down = await ingest();
      expect(down.documents[0].status).toBe('ingested');
      expect(down.documents[0].phases.summarise.fallbacks).toBe(5);
      // the report says why: provider errors after their retries, retries the budget refused (a second try
      // at hand-in failed too), or refusals once the circuit opened
      const reasons = down.documents[0].phases.summarise.fallbackReasons ?? {};
      expect(Object.values(reasons).reduce((a, n) => a + n, 0)).toBe(5);
      for (const why of Object.keys(reasons))
        expect(['unavailable', 'retry-budget-exhausted', 'circuit-open']).toContain(why);
      expect(down.totals.phases.summarise.fallbackReasons).toEqual(reasons);
      expect(down.documents[0].visionPending).toBe(5);
      expect(down.totals.visionPending).toBe(5);
      expect(await sources()).toEqual(Array(5).fill('text-fallback'));

      const doctor = async (): Promise<{ ok: boolean; detail: string } | undefined> => {
        const r = await osmoseRun(['doctor', '--store', join(dir, 'store'), '--json'], env);
        return (
          JSON.parse(r.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }
        ).checks.find((c) => c.name === 'slides waiting for vision');
      };
      expect(await doctor()).toMatchObject({ ok: false });
      expect((await doctor())!.detail).toMatch(/^5 slide\(s\) of 1 deck\(s\) kept their text .*deck\.pptx/);

      // no provider configured: nothing could do better, the deck is unchanged and still says what waits
      const none = await ingest({ OPENAI_BASE_URL: '', OPENAI_API_KEY: '' });
      expect(none.documents[0].status).toBe('unchanged');
      expect(none.documents[0].visionPending).toBe(5);

      sim.setOutage(false);
      const callsBefore = sim.stats().calls;
      const back = await ingest();
      expect(back.documents[0].status).toBe('ingested');
      expect(back.documents[0].visionPending).toBeUndefined();
      expect(back.totals.visionPending).toBe(0);
      expect(back.documents[0].phases.summarise.calls).toBe(5);
      expect(back.documents[0].warnings?.join(' ')).toMatch(/5 slide\(s\) left on their text .* 5 now have/);
      expect(sim.stats().calls - callsBefore).toBe(5);
      expect(await sources()).toEqual(Array(5).fill('vision'));
      expect(await doctor()).toMatchObject({ ok: true, detail: 'none' });

      const again = await ingest();
      expect(again.documents[0].status).toBe('unchanged');
      expect(again.documents[0].visionPending).toBeUndefined();
      expect(sim.stats().calls - callsBefore).toBe(5);
    },
    5 * CLI_TIMEOUT_MS,
  );

  it(
    'rendering that could not run (no LibreOffice) is retried once by the next run: healed when it runs, final when it fails again, redone by --force',
    async () => {
      // its own deck and render cache: nothing rendered earlier can stand in for LibreOffice
      const other = join(dir, 'other.pptx');
      await makeSmallDeck(other, 3);
      const noSoffice = {
        OSMOSE_SOFFICE: join(dir, 'no-such-soffice'),
        OSMOSE_CACHE_DIR: join(dir, 'cache-r'),
      };
      const reasonsOf = (r: Report) => r.documents[0].phases.summarise.fallbackReasons;

      // healed: the next run finds LibreOffice and asks for the 3 slides
      const first = await ingest(noSoffice, other, 'store-r1');
      expect(first.documents[0].status).toBe('ingested');
      expect(reasonsOf(first)).toEqual({ 'render-failed:OSM_DEPENDENCY_MISSING': 3 });
      expect(first.documents[0].visionPending).toBe(3);
      let calls = sim.stats().calls;
      const healed = await ingest({ OSMOSE_CACHE_DIR: join(dir, 'cache-r') }, other, 'store-r1');
      expect(healed.documents[0].status).toBe('ingested');
      expect(healed.documents[0].visionPending).toBeUndefined();
      expect(sim.stats().calls - calls).toBe(3);
      expect(await sources('store-r1')).toEqual(Array(3).fill('vision'));

      // failed again: final, so the deck is not rendered once per run; --force renders it again
      // (a store and a cache of its own: the pages the healed run rendered would stand in for LibreOffice)
      const noSoffice2 = { ...noSoffice, OSMOSE_CACHE_DIR: join(dir, 'cache-r2') };
      await ingest(noSoffice2, other, 'store-r2');
      const twice = await ingest(noSoffice2, other, 'store-r2');
      expect(twice.documents[0].status).toBe('ingested');
      expect(reasonsOf(twice)).toEqual({ 'render-failed:OSM_DEPENDENCY_MISSING:repeated': 3 });
      expect(twice.documents[0].visionPending).toBeUndefined();
      expect(twice.documents[0].warnings?.join(' ')).toMatch(
        /3 slide\(s\) left on their text .* 0 now have their vision summary, 3 keep their text for good/,
      );
      calls = sim.stats().calls;
      const after = await ingest({ OSMOSE_CACHE_DIR: join(dir, 'cache-r2') }, other, 'store-r2');
      expect(after.documents[0].status).toBe('unchanged');
      expect(sim.stats().calls - calls).toBe(0);
      expect(await sources('store-r2')).toEqual(Array(3).fill('text-fallback'));
      const forced = await ingest({ OSMOSE_CACHE_DIR: join(dir, 'cache-r2') }, other, 'store-r2', [
        '--force',
      ]);
      expect(forced.documents[0].status).toBe('ingested');
      expect(forced.documents[0].phases.summarise.calls).toBe(3);
      expect(await sources('store-r2')).toEqual(Array(3).fill('vision'));
    },
    8 * CLI_TIMEOUT_MS,
  );

  it(
    'a revoked key: the summary says so (not provider trouble), few calls are sent, and a valid key heals the deck',
    async () => {
      // more slides than the client starts with in flight (20): the others must not be sent once the key is refused
      const keyDeck = join(dir, 'key.pptx');
      await makeSmallDeck(keyDeck, 30);
      const args = ['ingest', keyDeck, '--store', join(dir, 'store-key'), '--vision', 'all'];
      const before = sim.stats().unauthorized;
      const r = await osmoseRun(args, {
        ...env,
        OPENAI_API_KEY: 'revoked',
        OSMOSE_CACHE_DIR: join(dir, 'cache-k'),
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(
        /warning: the provider refused the API key \(401\/403\): 30 slide\(s\) could not be asked/,
      );
      expect(r.stdout).toMatch(/30 slide\(s\) kept their text summary/);
      // only the calls in flight when the first 401 came back reached the provider
      const refused = sim.stats().unauthorized - before;
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(30);
      // osmose doctor says it before any run: one GET /models with the key
      const probe = async (key: string) => {
        const d = await osmoseRun(['doctor', '--store', join(dir, 'store-key'), '--json'], {
          ...env,
          OPENAI_API_KEY: key,
        });
        return (
          JSON.parse(d.stdout) as { checks: { name: string; ok: boolean; detail: string }[] }
        ).checks.find((c) => c.name === 'vision/LLM provider');
      };
      expect(await probe('revoked')).toMatchObject({ ok: false, required: false });
      expect((await probe('revoked'))!.detail).toMatch(/refused the API key \(401\): check OPENAI_API_KEY/);
      expect(await probe('healing')).toMatchObject({ ok: true });
      expect((await probe('healing'))!.detail).toMatch(/answers and accepts the key \(3 model\(s\) listed\)/);
      const healed = await ingest({ OSMOSE_CACHE_DIR: join(dir, 'cache-k') }, keyDeck, 'store-key');
      expect(healed.documents[0].status).toBe('ingested');
      expect(healed.documents[0].phases.summarise.calls).toBeGreaterThanOrEqual(30); // a hedge may add one
      expect(await sources('store-key')).toEqual(Array(30).fill('vision'));
    },
    3 * CLI_TIMEOUT_MS,
  );
});
