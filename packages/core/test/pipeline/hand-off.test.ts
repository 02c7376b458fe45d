/**
 * Issue 13: a document that only waits for the vision provider (every slide rendered and handed to the
 * client) gives its work slot to the next document, so the next deck's extraction and rendering overlap
 * its last answers; commits stay in input order. A stand-in summarise stage (this module's unit test)
 * hands off, then holds its answers until the next document has started or a generous limit passes.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, openBackends, type Backends } from '../../src/index.js';
import type { PipelineStages, SummariseStageInput } from '../../src/pipeline/stages.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';

const DECKS = ['OWASP__Top10/OWASP Top 10-2017 (en).pptx', 'OWASP__Top10/OWASP Top 10-2017-es.pptx'];

function stagesWith(handOff: boolean, log: string[]): PipelineStages {
  let entered!: () => void;
  const secondEntered = new Promise<void>((r) => (entered = r));
  let n = 0;
  return {
    summariserKey: `hand-off-test-${handOff}`,
    embedder: null,
    summarise: async (input: SummariseStageInput) => {
      const k = n++;
      log.push(`summarise ${k} start`);
      if (k === 0) {
        if (handOff) input.onHandedOff?.();
        // the first deck's answers come only once the second deck has started, or after a limit: generous
        // with the hand-off (the second deck's extraction under load), short without (it cannot start)
        let timer: NodeJS.Timeout | undefined;
        const limit = handOff ? 120_000 : 3_000;
        await Promise.race([secondEntered, new Promise<void>((r) => (timer = setTimeout(r, limit)))]);
        clearTimeout(timer);
      } else entered();
      log.push(`summarise ${k} end`);
      return { calls: 0, cacheHits: 0, fallbacks: 0 };
    },
  };
}

describe.skipIf(!HAS_CORPUS)(
  'a document waiting for the provider hands its slot on',
  { timeout: 300_000 },
  () => {
    let dir: string;
    const files: string[] = [];
    const opened: Backends[] = [];
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'osmose-handoff-'));
      DECKS.forEach((d, i) => {
        const f = join(dir, `${i}.pptx`);
        copyFileSync(corpusPath(d), f);
        files.push(f);
      });
    });
    afterAll(async () => {
      for (const b of opened) await b.close();
    });

    const run = async (handOff: boolean) => {
      const b = await openBackends({ storeDir: join(dir, `store-${handOff}`) });
      opened.push(b);
      const log: string[] = [];
      const r = await ingestFiles(files, { backends: b, stages: stagesWith(handOff, log), concurrency: 1 });
      return { r, log, counts: await b.graph.counts() };
    };

    it('with concurrency 1 the next deck starts while the first waits for its answers; same store', async () => {
      const off = await run(true);
      expect(off.r.documents.map((d) => d.status)).toEqual(['ingested', 'ingested']);
      // the second deck's summarise ran inside the first's wait
      expect(off.log).toEqual([
        'summarise 0 start',
        'summarise 1 start',
        'summarise 1 end',
        'summarise 0 end',
      ]);
      // without the hand-off, concurrency 1 is one deck after the other (the first waits out its limit)
      const seq = await run(false);
      expect(seq.log).toEqual([
        'summarise 0 start',
        'summarise 0 end',
        'summarise 1 start',
        'summarise 1 end',
      ]);
      // committed in input order either way: the same store
      expect(off.counts).toEqual(seq.counts);
      expect(off.r.documents.map((d) => [d.slides, d.concepts, d.mentions])).toEqual(
        seq.r.documents.map((d) => [d.slides, d.concepts, d.mentions]),
      );
    });
  },
);
