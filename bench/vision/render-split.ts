/**
 * Streamed rendering, split or not: the same generated deck rendered from a fresh cache with the slide
 * count known (quick first range + the rest, two LibreOffice processes at once) and unknown (one process,
 * whole deck), alternated A B A B so machine load drifts hit both; first image and last image times.
 *
 *   npx tsx bench/vision/render-split.ts [--slides 250] [--rounds 2]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDeck } from '../../packages/core/src/render/index.js';
import { SofficePool } from '../../packages/core/src/render/soffice-pool.js';
import { generateBenchDeck } from '../../tools/deck-gen/index.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const n = Number(arg('slides', '250'));
const rounds = Number(arg('rounds', '2'));
const work = mkdtempSync(join(tmpdir(), 'osm-render-split-'));
const deck = join(work, 'deck.pptx');
await generateBenchDeck(deck, n);
const pool = new SofficePool({ size: 2, profileRoot: join(work, 'profiles') });
const rows: { mode: string; firstS: number; lastS: number; load: number }[] = [];
try {
  for (let r = 0; r < rounds; r++) {
    for (const split of [true, false]) {
      const cacheDir = join(work, `cache-${r}-${split}`);
      const load = loadavg()[0];
      const t0 = performance.now();
      let first = 0;
      let pages = 0;
      for await (const _p of renderDeck(deck, {
        deckSha: `${r}${split}`.padEnd(64, '0'),
        cacheDir,
        pool,
        slideCount: split ? n : undefined,
      })) {
        if (pages++ === 0) first = performance.now() - t0;
      }
      const row = {
        mode: split ? 'split' : 'whole',
        firstS: Math.round(first / 100) / 10,
        lastS: Math.round((performance.now() - t0) / 100) / 10,
        load: Math.round(load * 10) / 10,
      };
      rows.push(row);
      process.stdout.write(`${JSON.stringify({ ...row, pages, cores: availableParallelism() })}\n`);
    }
  }
} finally {
  await pool.dispose();
  rmSync(work, { recursive: true, force: true });
}
