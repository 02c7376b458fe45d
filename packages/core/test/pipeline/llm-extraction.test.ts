import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@osmose/vision';
import { createStages, doctor, ingestFiles, openBackends, resolveConfig } from '../../src/index.js';
import { generateSampleDeck } from '../../../../tools/deck-gen/index.js';

describe(
  'pipeline with an OpenAI-compatible endpoint (the simulator over real HTTP)',
  { timeout: 300_000 },
  () => {
    let sim: RunningSimulator;
    let dir: string;
    let deck: string;
    beforeAll(async () => {
      sim = await startSimulator({ profile: 'ideal', timeScale: 0.01, seed: 7 });
      dir = mkdtempSync(join(tmpdir(), 'osmose-llm-'));
      deck = join(dir, 'sample.pptx');
      await generateSampleDeck(deck);
    });
    afterAll(async () => sim?.close());

    it('asks the LLM about thin topics in batches, links its concepts to the text, and pays nothing on a re-run', async () => {
      const cfg = resolveConfig(
        {
          store: join(dir, 'store'),
          vision: 'off',
          'embedding-model': 'none',
          'cache-dir': join(dir, 'cache'),
        },
        { OPENAI_BASE_URL: `${sim.url.replace(/\/v1$/, '')}/v1`, OPENAI_API_KEY: 'sim' },
      );
      const b = await openBackends({ storeDir: cfg.storeDir });
      const h = await createStages(cfg);
      expect(h.stages.llmExtract).toBeTypeOf('function');
      // the sample deck's topics all reach the default threshold (2 concepts) from their text now: call a
      // topic thin below 50, so every topic goes to the LLM in batches of 5
      h.stages.llmMinConcepts = 50;
      expect(h.stages.summarise).toBeUndefined(); // --vision off: text summaries
      try {
        const r1 = await ingestFiles([deck], { backends: b, stages: h.stages });
        const d1 = r1.documents[0];
        expect(d1.status).toBe('ingested');
        const calls1 = sim.stats().calls;
        expect(calls1).toBeGreaterThan(0);
        expect(d1.phases.concepts!.calls).toBe(calls1);
        // LLM-proposed concepts carry confidence 0.6 and, when they occur in the text, real mentions
        const llmConcepts = b.embedded.db.prepare('SELECT id FROM concepts WHERE confidence = 0.6').all() as {
          id: string;
        }[];
        expect(llmConcepts.length).toBeGreaterThan(0);
        const m = b.embedded.db.prepare('SELECT count(*) AS n FROM mentions WHERE concept_id = ?');
        for (const c of llmConcepts) expect((m.get(c.id) as { n: number }).n).toBeGreaterThan(0);

        const r2 = await ingestFiles([deck], { backends: b, stages: h.stages, force: true });
        expect(r2.documents[0].concepts).toBe(d1.concepts);
        expect(sim.stats().calls).toBe(calls1); // served from the response cache
      } finally {
        await h.close();
        await b.close();
      }
    });

    it('topics an outage kept from the LLM wait in the document, and the next run asks for them', async () => {
      const cfg = resolveConfig(
        {
          store: join(dir, 'store-outage'),
          vision: 'off',
          'embedding-model': 'none',
          'cache-dir': join(dir, 'cache-outage'),
        },
        { OPENAI_BASE_URL: sim.url, OPENAI_API_KEY: 'sim-outage' },
      );
      const b = await openBackends({ storeDir: cfg.storeDir });
      // each run its own stages (a new process): its breaker knows nothing of the outage
      const run = async (force = false) => {
        const h = await createStages(cfg);
        h.stages.llmMinConcepts = 50; // every topic is thin (see above)
        try {
          return (await ingestFiles([deck], { backends: b, stages: h.stages, force })).documents[0];
        } finally {
          await h.close();
        }
      };
      const storedStats = () =>
        JSON.parse(
          String((b.embedded.db.prepare('SELECT stats FROM documents').get() as { stats: string }).stats),
        ) as { llmPending?: number };
      const llmConcepts = () =>
        (
          b.embedded.db.prepare('SELECT count(*) AS n FROM concepts WHERE confidence = 0.6').get() as {
            n: number;
          }
        ).n;
      try {
        sim.setOutage(true);
        const down = await run();
        expect(down.status).toBe('ingested');
        const topics = (b.embedded.db.prepare('SELECT count(*) AS n FROM topics').get() as { n: number }).n;
        expect(topics).toBeGreaterThan(5);
        expect(down.llmPending).toBe(topics);
        expect(Object.keys(down.phases.concepts!.fallbackReasons ?? {})).not.toHaveLength(0);
        expect(llmConcepts()).toBe(0);
        expect(storedStats().llmPending).toBe(topics);
        const check = async () =>
          (await doctor(cfg)).checks.find((c) => c.name === 'topics waiting for the LLM');
        expect(await check()).toMatchObject({ ok: false, required: false });
        expect((await check())!.detail).toMatch(
          new RegExp(`^${topics} topic\\(s\\) of 1 deck\\(s\\) lack the LLM extraction .*sample\\.pptx`),
        );

        sim.setOutage(false);
        const before = sim.stats().calls;
        const back = await run();
        expect(back.status).toBe('ingested');
        expect(back.llmPending).toBeUndefined();
        expect(sim.stats().calls - before).toBe(Math.ceil(topics / 5)); // one call per batch of 5 topics
        expect(back.warnings?.join(' ')).toMatch(new RegExp(`${topics} topic\\(s\\) .* ${topics} now have`));
        expect(llmConcepts()).toBeGreaterThan(0);
        expect(storedStats().llmPending).toBeUndefined();
        expect(await check()).toMatchObject({ ok: true, detail: 'none' });

        const again = await run();
        expect(again.status).toBe('unchanged');
        expect(sim.stats().calls - before).toBe(Math.ceil(topics / 5));
      } finally {
        sim.setOutage(false);
        await b.close();
      }
    });
  },
);
