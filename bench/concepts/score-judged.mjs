// Scores judged concept lists (bench/results/concept-judging): the share of listed names a judge kept, at the start
// and at the end of a session, and the type accuracy of the kept names. A name of the final lists takes the first
// judges' verdict when they saw it in the starting lists, else the later judge's (who saw the changed decks' whole
// final lists, or, for the held-out sets, only the names new in the final lists). Real corpus decks, the first
// held-out set (session 37's decks, `heldout-*`) and the second (session 38's, `heldout2-*`).
// Usage: node bench/concepts/score-judged.mjs [folder]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? new URL('../results/concept-judging', import.meta.url).pathname;
const rows = (f) =>
  readFileSync(join(dir, f), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
const verdicts = (f) =>
  new Map(rows(f).map(([deck, name, verdict, type]) => [`${deck}\t${name}`, { verdict, type }]));
const first = verdicts('judged-start.tsv');
const later = verdicts('judged-final-17.tsv');

function score(listFile, pick) {
  let total = 0;
  let kept = 0;
  let typed = 0;
  let strict = 0;
  let loose = 0;
  for (const [deck, name, type] of rows(listFile)) {
    const v = pick(`${deck}\t${name}`);
    if (!v) throw new Error(`no verdict for ${deck} ${name}`);
    total++;
    if (v.verdict !== 'keep') continue;
    kept++;
    typed++;
    if (type === v.type) strict++;
    // (tools/eval's lists write ENTITY where the judges write CONCEPT: the pipeline's generic type for a term)
    if (type === v.type || (type === 'ENTITY' && v.type === 'CONCEPT')) loose++;
  }
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
  return {
    total,
    kept,
    keptShare: pct(kept, total),
    typeStrict: pct(strict, typed),
    typeEntityIsConcept: pct(loose, typed),
  };
}

const start = score('lists-start.tsv', (k) => first.get(k));
const end = score('lists-final.tsv', (k) => first.get(k) ?? later.get(k));
const ho = verdicts('heldout-judged.tsv');
const hoAdded = verdicts('heldout-judged-added.tsv');
const ho2 = verdicts('heldout2-judged.tsv');
const ho2Added = verdicts('heldout2-judged-added.tsv');
console.log(
  JSON.stringify(
    {
      corpus: { start, end },
      heldout: {
        start: score('heldout-lists.tsv', (k) => ho.get(k)),
        end: score('heldout-lists-final.tsv', (k) => ho.get(k) ?? hoAdded.get(k)),
      },
      heldout2: {
        start: score('heldout2-lists-start.tsv', (k) => ho2.get(k)),
        // (the code before any rule written from this set's judgments: blind)
        blind: score('heldout2-lists-00be4de.tsv', (k) => ho2.get(k)),
        end: score('heldout2-lists-final.tsv', (k) => ho2.get(k) ?? ho2Added.get(k)),
      },
    },
    null,
    2,
  ),
);
