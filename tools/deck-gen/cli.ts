/**
 * Deck generator CLI:
 *   npx tsx tools/deck-gen/cli.ts sample <out.pptx>
 *   npx tsx tools/deck-gen/cli.ts bench <slides> <out.pptx> [--seed N]
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateBenchDeck } from './bench-deck.js';
import { generateSampleDeck } from './sample-deck.js';

const USAGE = 'usage: deck-gen sample <out.pptx> | deck-gen bench <slides> <out.pptx> [--seed N]';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'sample' && rest.length === 1) {
    const out = resolve(rest[0]);
    await mkdir(dirname(out), { recursive: true });
    const bytes = await generateSampleDeck(out);
    console.log(`wrote ${out} (${bytes.length} bytes, 33 slides)`);
    return 0;
  }
  if (cmd === 'bench' && rest.length >= 2) {
    const slides = Number(rest[0]);
    const seedAt = rest.indexOf('--seed');
    const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 1;
    if (!Number.isInteger(slides) || slides < 1 || !Number.isInteger(seed)) {
      console.error(USAGE);
      return 2;
    }
    const out = resolve(rest[1]);
    await mkdir(dirname(out), { recursive: true });
    const bytes = await generateBenchDeck(out, slides, { seed });
    console.log(`wrote ${out} (${bytes.length} bytes, ${slides} slides)`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
