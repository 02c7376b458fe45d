/**
 * Builds the held-out decks of bench/concepts/heldout-decks (simple specs written by review helpers on 2026-12-05:
 * 14 business and public-sector decks in 7 languages, never used to write a rule) into .pptx files, so a later session
 * can ingest them with its code and compare with the judged lists in bench/results/concept-judging.
 *
 *   npx tsx bench/concepts/build-heldout.ts <out-dir> [spec-dir]
 *
 * (spec-dir defaults to heldout-decks; heldout-decks-2 holds the second set, written on 2026-12-05's fifth session,
 * heldout-decks-3 and heldout-decks-4 the third and the fourth, written on its sixth, heldout-decks-5 and
 * heldout-decks-6 the fifth and the sixth, written on its seventh, heldout-decks-7 the seventh, written on its eighth,
 * heldout-decks-8 the eighth, written on its ninth; heldout-decks-9 the ninth, written on 2026-12-06's first session;
 * heldout-decks-10 the tenth, English decks of talks, lectures and briefings, written on its second; heldout-decks-11
 * the eleventh, lectures, tutorials and trainings in eight languages, written on its third; heldout-decks-12 the
 * twelfth, research talks, engineering design reviews and go-to-market decks in seven languages, written on its fourth;
 * heldout-decks-13 the thirteenth, business, public-sector, lecture and research decks in fourteen languages no earlier
 * set held (Polish to Vietnamese), written on its fifth.)
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDeck } from '../../tools/deck-gen/build-deck.js';
import type { DeckSpec, ObjectSpec } from '../../tools/deck-gen/deck-spec.js';

/** A deck as the helpers wrote it: slides of a title, bullets, an optional text box, table and notes. */
interface SimpleDeck {
  title: string;
  footer?: string;
  slides: { title: string; bullets?: string[]; text?: string[]; notes?: string; table?: string[][] }[];
}

const specs = process.argv[3] ?? new URL('heldout-decks', import.meta.url).pathname;
const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx bench/concepts/build-heldout.ts <out-dir>');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const f of readdirSync(specs)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const s = JSON.parse(readFileSync(join(specs, f), 'utf8')) as SimpleDeck;
  const spec: DeckSpec = {
    title: s.title,
    layout: 'Title and Content',
    footer: s.footer ?? '',
    slides: s.slides.map((sl) => {
      const objects: ObjectSpec[] = [{ kind: 'title', text: sl.title }];
      if (sl.bullets?.length) objects.push({ kind: 'body', paragraphs: sl.bullets });
      if (sl.text?.length) objects.push({ kind: 'text', paragraphs: sl.text, x: 0.5, y: 4.8, w: 9, h: 0.8 });
      if (sl.table?.length) objects.push({ kind: 'table', grid: sl.table });
      return { section: '', notes: sl.notes, objects };
    }),
  };
  await writeDeck(spec, join(out, f.replace(/\.json$/, '.pptx')));
  console.log(`built ${f}`);
}
