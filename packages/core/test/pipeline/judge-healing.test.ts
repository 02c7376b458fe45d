/**
 * The entity-resolution judge during an outage: ambiguous concept pairs it could not be asked about are left
 * unmerged and counted in the document (judgePending); the next run with the provider back resolves that deck's
 * concepts again and ends with the graph a run without the outage makes. Real simulator over HTTP (its judge
 * says "same" for an acronym and its spelled-out words), real breaker and response cache, the embedded store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderHub, startSimulator, type RunningSimulator } from '@osmose/vision';
import {
  createStages,
  doctor,
  ingestFiles,
  openBackends,
  resolveConfig,
  type Backends,
} from '../../src/index.js';
import { makeTextDeck } from './judge-decks.js';

describe('pairs waiting for the LLM judge', { timeout: 300_000 }, () => {
  let sim: RunningSimulator;
  let dir: string;
  let a: string;
  let b: string;
  beforeAll(async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 20, latencyP95Ms: 40 });
    dir = mkdtempSync(join(tmpdir(), 'osmose-judge-'));
    a = join(dir, 'a.pptx');
    b = join(dir, 'b.pptx');
    // deck A names a bare acronym; deck B only spells it out: the cheap methods find the pair but cannot decide it
    await makeTextDeck(a, [
      {
        title: 'Operations review',
        lines: [
          'Each team tracks one KPI per quarter.',
          'The KPI is reviewed monthly with the SLA.',
          'A missed SLA triggers a KPI review.',
        ],
      },
      { title: 'Reporting', lines: ['Every KPI has an owner.', 'Report the KPI and the SLA to the board.'] },
    ]);
    await makeTextDeck(b, [
      {
        title: 'Vendor management',
        lines: [
          'A Service Level Agreement binds the vendor.',
          'Each Service Level Agreement names a penalty.',
        ],
      },
      { title: 'Contracts', lines: ['Sign the Service Level Agreement before the contract.'] },
    ]);
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A store and `run(files)`: one ingest as one process makes it (its own hub), LLM stages on, vision off. */
  const setup = async (name: string) => {
    const cfg = resolveConfig(
      {
        store: join(dir, `store-${name}`),
        vision: 'off',
        'embedding-model': 'none',
        'cache-dir': join(dir, `cache-${name}`),
      },
      { OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: `key-${name}` },
    );
    const backends = await openBackends({ storeDir: cfg.storeDir });
    const run = async (files: string[]) => {
      const hub = createProviderHub();
      const h = await createStages(cfg, { hub });
      try {
        return await ingestFiles(files, { backends, stages: h.stages, concurrency: 1 });
      } finally {
        await h.close();
        await hub.close();
      }
    };
    return { cfg, backends, run };
  };

  /** What entity resolution decided: the concepts and the merges (without their times). */
  const resolved = async (bk: Backends) => {
    const dump = await bk.graph.dumpGraph!();
    const merges = (await bk.graph.listMerges!()).map((m) => `${m.mergedId}→${m.keptId} ${m.method}`).sort();
    return {
      concepts: dump.concepts.map((c) => `${c.id} ${c.name} [${c.aliases.join(', ')}]`).sort(),
      merges,
    };
  };

  it('outage → the pair waits, unmerged; provider back → the deck is resolved again, as without the outage', async () => {
    const control = await setup('control');
    const healed = await setup('outage');
    try {
      // without the outage: the judge merges the spelled-out name into the acronym
      await control.run([a]);
      const c2 = await control.run([b]);
      expect(c2.documents[0].judgePending).toBeUndefined();
      expect(c2.documents[0].phases.concepts!.calls).toBeGreaterThan(0);
      const want = await resolved(control.backends);
      expect(want.merges).toContain('c:service-level-agreement→c:sla llm');

      await healed.run([a]);
      sim.setOutage(true);
      const down = (await healed.run([b])).documents[0];
      sim.setOutage(false);
      expect(down.status).toBe('ingested');
      expect(down.judgePending).toBeGreaterThanOrEqual(1);
      expect(down.phases.concepts!.fallbackReasons?.['judge-pending']).toBe(down.judgePending);
      const during = await resolved(healed.backends);
      expect(during.merges).not.toContain('c:service-level-agreement→c:sla llm');
      expect(during.concepts.some((c) => c.startsWith('c:service-level-agreement '))).toBe(true);
      const stored = await healed.backends.graph.findDocumentByPath(b);
      expect(stored?.stats?.judgePending).toBe(down.judgePending);
      const doc = await doctor(healed.cfg);
      const check = doc.checks.find((x) => x.name === 'concept pairs waiting for the judge')!;
      expect(check.ok).toBe(false);
      expect(check.detail).toContain(`${down.judgePending} ambiguous concept pair(s) of 1 deck(s)`);

      // the provider is back: A is unchanged, B is done again and its pair judged
      const back = await healed.run([a, b]);
      expect(back.documents.map((d) => d.status)).toEqual(['unchanged', 'ingested']);
      const again = back.documents[1];
      expect(again.judgePending).toBeUndefined();
      expect(again.phases.concepts!.calls).toBeGreaterThan(0);
      expect(again.warnings?.join('\n')).toContain('were resolved again');
      expect(await resolved(healed.backends)).toEqual(want);
      expect((await healed.backends.graph.findDocumentByPath(b))?.stats?.judgePending).toBeUndefined();

      // nothing waits any more: the next run makes no call
      const calls = sim.stats().calls;
      const last = await healed.run([a, b]);
      expect(last.documents.map((d) => d.status)).toEqual(['unchanged', 'unchanged']);
      expect(sim.stats().calls).toBe(calls);
      // the judge's answers are kept in the response cache: a new store given the control's cache (as a shared
      // Redis cache would be) asks nothing
      const judged = control.backends.embedded.db
        .prepare("SELECT key, value, expires_at FROM cache WHERE key LIKE 'llm:%'")
        .all() as { key: string; value: string; expires_at: number | null }[];
      expect(judged.some((r) => r.key.startsWith('llm:judge:'))).toBe(true);
      const again2 = await setup('again');
      try {
        const put = again2.backends.embedded.db.prepare(
          'INSERT INTO cache(key, value, expires_at) VALUES (?, ?, ?)',
        );
        for (const r of judged) put.run(r.key, r.value, r.expires_at);
        await again2.run([a]);
        const fromCache = (await again2.run([b])).documents[0];
        expect(fromCache.phases.concepts!.cacheHits).toBeGreaterThan(0);
        expect(sim.stats().calls).toBe(calls);
        expect(await resolved(again2.backends)).toEqual(want);
      } finally {
        await again2.backends.close();
      }
    } finally {
      await control.backends.close();
      await healed.backends.close();
    }
  });
});
