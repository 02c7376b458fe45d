/**
 * A run during an outage that goes on does not redo every stored deck that waits for the provider: once the
 * provider's circuit is open (it failed repeatedly in this run), the next decks that would be redone only to ask
 * again are reported unchanged, still waiting, with a warning; a run after the outage asks for all of them.
 * Real simulator over HTTP, real breaker (a small window so that one deck's failed calls open it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderHub, startSimulator, type ProviderHub, type RunningSimulator } from '@osmose/vision';
import { createStages, ingestFiles, openBackends, resolveConfig } from '../../src/index.js';
import { makeSmallDeck } from '../render/make-deck.js';

describe('stored decks waiting for the provider while it is still down', { timeout: 300_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;
  let decks: string[];
  beforeAll(async () => {
    sim = await startSimulator({
      profile: 'ideal',
      latencyMedianMs: 20,
      latencyP95Ms: 40,
      rejectKeys: ['revoked'],
    });
    dir = mkdtempSync(join(tmpdir(), 'osmose-provider-down-'));
    decks = [join(dir, 'a.pptx'), join(dir, 'b.pptx')];
    await makeSmallDeck(decks[0], 3);
    await makeSmallDeck(decks[1], 5);
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A store of its own, and `run(key)`: one ingest of both decks as one process would make it (its own hub,
   * prepared by `prepare`), LLM extraction on, vision off, every topic thin so that each deck asks the LLM.
   */
  const setup = async (name: string, key: string, prepare?: (hub: ProviderHub) => void) => {
    const cfg = resolveConfig(
      {
        store: join(dir, `store-${name}`),
        vision: 'off',
        'embedding-model': 'none',
        'cache-dir': join(dir, `cache-${name}`),
      },
      { OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: key },
    );
    const b = await openBackends({ storeDir: cfg.storeDir });
    const run = async (apiKey = key) => {
      const hub = createProviderHub();
      prepare?.(hub);
      const h = await createStages({ ...cfg, vision: { ...cfg.vision, apiKey } }, { hub });
      h.stages.llmMinConcepts = 50;
      try {
        return await ingestFiles(decks, { backends: b, stages: h.stages, concurrency: 1 });
      } finally {
        await h.close();
        await hub.close();
      }
    };
    return { b, run };
  };

  it('outage → both wait; still down → the first deck is redone, the second is not; back → both healed', async () => {
    // one run = one process: its own hub, whose breaker opens once 4 calls in a row failed
    const { b, run } = await setup('outage', 'down', (hub) =>
      hub.breakerFor(sim.url, { size: 4, cooldownMs: 120_000 }),
    );
    try {
      sim.setOutage(true);
      const first = await run();
      expect(first.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
      const waiting = first.documents.map((d) => d.llmPending ?? 0);
      expect(waiting.every((n) => n > 0)).toBe(true);

      let calls = sim.stats().calls;
      const still = await run();
      const [a, c] = still.documents;
      expect(a.status).toBe('ingested'); // asked again: its calls failed and opened the circuit
      expect(a.llmPending).toBe(waiting[0]);
      expect(sim.stats().calls - calls).toBeGreaterThanOrEqual(4);
      expect(c.status).toBe('unchanged'); // not redone while the circuit is open
      expect(c.llmPending).toBe(waiting[1]);
      expect(c.warnings?.join(' ')).toMatch(/circuit is open .* topic\(s\) waiting for the next run/);
      expect(still.totals.llmPending).toBe(waiting[0] + waiting[1]);

      sim.setOutage(false);
      calls = sim.stats().calls;
      const back = await run();
      expect(back.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
      expect(back.totals.llmPending).toBe(0);
      expect(sim.stats().calls - calls).toBeGreaterThan(0);
    } finally {
      sim.setOutage(false);
      await b.close();
    }
  });

  it('a refused key: the first deck is redone (its calls fail at once), the others are not', async () => {
    const { b, run } = await setup('key', 'revoked');
    try {
      const first = await run('revoked');
      expect(first.documents.every((d) => (d.llmPending ?? 0) > 0)).toBe(true);
      expect(first.documents[0].phases.concepts!.fallbackReasons).toMatchObject({ OSM_PROVIDER_AUTH: 1 });
      const refused = sim.stats().unauthorized;
      expect(refused).toBe(1); // the second deck's batch was not sent: the key had been refused

      const again = await run('revoked');
      expect(again.documents.map((d) => d.status)).toEqual(['ingested', 'unchanged']);
      expect(sim.stats().unauthorized).toBe(refused + 1);
      expect(again.documents[1].warnings?.join(' ')).toMatch(/refused the API key/);

      const fixed = await run('valid');
      expect(fixed.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
      expect(fixed.totals.llmPending).toBe(0);
    } finally {
      await b.close();
    }
  });
});
