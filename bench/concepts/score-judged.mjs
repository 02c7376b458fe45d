// Scores judged concept lists (bench/results/concept-judging): the share of listed names a judge kept, at the start
// and at the end of a session, and the type accuracy of the kept names. A name of the final lists takes the first
// judges' verdict when they saw it in the starting lists, else the later judge's (who saw the changed decks' whole
// final lists, or, for the held-out sets, only the names new in the final lists). Real corpus decks, the first
// held-out set (session 37's decks, `heldout-*`), the second (session 38's, `heldout2-*`), the third and the fourth
// (session 39's, `heldout3-*`, `heldout4-*`; `*-s39` the earlier sets' lists at session 39's last code), the fifth and
// the sixth (session 40's, `heldout5-*`, `heldout6-*`; `*-s40` the earlier sets' lists at session 40's last code), the
// seventh (session 41's, `heldout7-*`; `*-s41` the earlier sets' lists at session 41's last code, the names new in them
// judged in `judged-added-s41.tsv`), the eighth (session 42's, `heldout8-*`; `*-s42` the earlier sets' lists at session
// 42's last code, the names new in them judged in `judged-added-s42.tsv`), the ninth (session 43's, `heldout9-*`;
// `*-s43` the earlier sets' lists at session 43's last code, the names new in them judged in `judged-added-s43.tsv`),
// the tenth (session 44's, `heldout10-*`; `*-s44` every set's lists at session 44's last code, the names new in them
// judged in `judged-added-s44.tsv`), the eleventh (session 45's, `heldout11-*`; `*-s45` every set's lists at session
// 45's last code, the names new in them judged in `judged-added-s45.tsv`), the twelfth (session 46's, `heldout12-*`;
// `*-s46` every set's and the corpus's lists at session 46's last code, the names new in them judged in
// `judged-added-s46.tsv`), the thirteenth (session 47's, `heldout13-*`; `*-s47` every set's and the corpus's lists at
// session 47's last code, the names new in them judged in `judged-added-s47.tsv`).
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
const s39 = verdicts('judged-added-s39.tsv');
const ho = verdicts('heldout-judged.tsv');
const hoAdded = verdicts('heldout-judged-added.tsv');
const hoS39 = verdicts('heldout-judged-added-s39.tsv');
const ho2 = verdicts('heldout2-judged.tsv');
const ho2Added = verdicts('heldout2-judged-added.tsv');
const ho2S39 = verdicts('heldout2-judged-added-s39.tsv');
const ho3 = verdicts('heldout3-judged.tsv');
const ho3Added = verdicts('heldout3-judged-added.tsv');
const ho4 = verdicts('heldout4-judged.tsv');
const ho4Added = verdicts('heldout4-judged-added.tsv');
const s40 = verdicts('judged-added-s40.tsv');
const ho5 = verdicts('heldout5-judged.tsv');
const ho5Added = verdicts('heldout5-judged-added.tsv');
const ho6 = verdicts('heldout6-judged.tsv');
const s41 = verdicts('judged-added-s41.tsv');
const ho7 = verdicts('heldout7-judged.tsv');
const s42 = verdicts('judged-added-s42.tsv');
const ho8 = verdicts('heldout8-judged.tsv');
const s43 = verdicts('judged-added-s43.tsv');
const ho9 = verdicts('heldout9-judged.tsv');
const s44 = verdicts('judged-added-s44.tsv');
const ho10 = verdicts('heldout10-judged.tsv');
const ho11 = verdicts('heldout11-judged.tsv');
const s45 = verdicts('judged-added-s45.tsv');
const ho12 = verdicts('heldout12-judged.tsv');
const s46 = verdicts('judged-added-s46.tsv');
const ho13 = verdicts('heldout13-judged.tsv');
const s47 = verdicts('judged-added-s47.tsv');
// every verdict, a set's own judges first (deck ids are unique across the sets)
const judged = [first, later, ho, hoAdded, hoS39, ho2, ho2Added, ho2S39, ho3, ho3Added, ho4, ho4Added];
judged.push(
  ho5,
  ho5Added,
  ho6,
  ho7,
  ho8,
  ho9,
  ho10,
  ho11,
  ho12,
  ho13,
  s39,
  s40,
  s41,
  s42,
  s43,
  s44,
  s45,
  s46,
  s47,
);
const anyVerdict = (k) => judged.map((m) => m.get(k)).find((v) => v !== undefined);
/** Each set's (or the corpus's) lists at a session's last code, `<set>-lists-<tag>.tsv` (`lists-<tag>.tsv`), scored. */
const listsAt = (tag, sets) =>
  Object.fromEntries(
    sets.map((key) => [key, score(`${key === 'corpus' ? 'lists' : `${key}-lists`}-${tag}.tsv`, anyVerdict)]),
  );
console.log(
  JSON.stringify(
    {
      corpus: {
        start,
        end,
        // (the sixth session's last code: two names of one deck changed, judged by a later judge)
        s39: score('lists-s39.tsv', (k) => first.get(k) ?? later.get(k) ?? s39.get(k)),
        s40: score('lists-s40.tsv', (k) => first.get(k) ?? later.get(k) ?? s39.get(k) ?? s40.get(k)),
        s41: score(
          'lists-s41.tsv',
          (k) => first.get(k) ?? later.get(k) ?? s39.get(k) ?? s40.get(k) ?? s41.get(k),
        ),
        s42: score(
          'lists-s42.tsv',
          (k) => first.get(k) ?? later.get(k) ?? s39.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'lists-s43.tsv',
          (k) =>
            first.get(k) ??
            later.get(k) ??
            s39.get(k) ??
            s40.get(k) ??
            s41.get(k) ??
            s42.get(k) ??
            s43.get(k),
        ),
      },
      heldout: {
        start: score('heldout-lists.tsv', (k) => ho.get(k)),
        end: score('heldout-lists-final.tsv', (k) => ho.get(k) ?? hoAdded.get(k)),
        s39: score('heldout-lists-s39.tsv', (k) => ho.get(k) ?? hoAdded.get(k) ?? hoS39.get(k)),
        s40: score('heldout-lists-s40.tsv', (k) => ho.get(k) ?? hoAdded.get(k) ?? hoS39.get(k) ?? s40.get(k)),
        s41: score(
          'heldout-lists-s41.tsv',
          (k) => ho.get(k) ?? hoAdded.get(k) ?? hoS39.get(k) ?? s40.get(k) ?? s41.get(k),
        ),
        s42: score(
          'heldout-lists-s42.tsv',
          (k) => ho.get(k) ?? hoAdded.get(k) ?? hoS39.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'heldout-lists-s43.tsv',
          (k) =>
            ho.get(k) ??
            hoAdded.get(k) ??
            hoS39.get(k) ??
            s40.get(k) ??
            s41.get(k) ??
            s42.get(k) ??
            s43.get(k),
        ),
      },
      heldout2: {
        start: score('heldout2-lists-start.tsv', (k) => ho2.get(k)),
        // (the code before any rule written from this set's judgments: blind)
        blind: score('heldout2-lists-00be4de.tsv', (k) => ho2.get(k)),
        end: score('heldout2-lists-final.tsv', (k) => ho2.get(k) ?? ho2Added.get(k)),
        s39: score('heldout2-lists-s39.tsv', (k) => ho2.get(k) ?? ho2Added.get(k) ?? ho2S39.get(k)),
        s40: score(
          'heldout2-lists-s40.tsv',
          (k) => ho2.get(k) ?? ho2Added.get(k) ?? ho2S39.get(k) ?? s40.get(k),
        ),
        s41: score(
          'heldout2-lists-s41.tsv',
          (k) => ho2.get(k) ?? ho2Added.get(k) ?? ho2S39.get(k) ?? s40.get(k) ?? s41.get(k),
        ),
        s42: score(
          'heldout2-lists-s42.tsv',
          (k) => ho2.get(k) ?? ho2Added.get(k) ?? ho2S39.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'heldout2-lists-s43.tsv',
          (k) =>
            ho2.get(k) ??
            ho2Added.get(k) ??
            ho2S39.get(k) ??
            s40.get(k) ??
            s41.get(k) ??
            s42.get(k) ??
            s43.get(k),
        ),
      },
      // the sixth session's sets: lists at its first code (4062e01), at a checkpoint written before the set was
      // judged (blind), and at its last code (d83c082)
      heldout3: {
        start: score('heldout3-lists-start.tsv', (k) => ho3.get(k)),
        blind: score('heldout3-lists-19379df.tsv', (k) => ho3.get(k)),
        end: score('heldout3-lists-final.tsv', (k) => ho3.get(k) ?? ho3Added.get(k)),
        s40: score('heldout3-lists-s40.tsv', (k) => ho3.get(k) ?? ho3Added.get(k) ?? s40.get(k)),
        s41: score(
          'heldout3-lists-s41.tsv',
          (k) => ho3.get(k) ?? ho3Added.get(k) ?? s40.get(k) ?? s41.get(k),
        ),
        s42: score(
          'heldout3-lists-s42.tsv',
          (k) => ho3.get(k) ?? ho3Added.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'heldout3-lists-s43.tsv',
          (k) => ho3.get(k) ?? ho3Added.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k) ?? s43.get(k),
        ),
      },
      heldout4: {
        start: score('heldout4-lists-start.tsv', (k) => ho4.get(k)),
        blind: score('heldout4-lists-addd670.tsv', (k) => ho4.get(k)),
        end: score('heldout4-lists-final.tsv', (k) => ho4.get(k) ?? ho4Added.get(k)),
        s40: score('heldout4-lists-s40.tsv', (k) => ho4.get(k) ?? ho4Added.get(k) ?? s40.get(k)),
        s41: score(
          'heldout4-lists-s41.tsv',
          (k) => ho4.get(k) ?? ho4Added.get(k) ?? s40.get(k) ?? s41.get(k),
        ),
        s42: score(
          'heldout4-lists-s42.tsv',
          (k) => ho4.get(k) ?? ho4Added.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'heldout4-lists-s43.tsv',
          (k) => ho4.get(k) ?? ho4Added.get(k) ?? s40.get(k) ?? s41.get(k) ?? s42.get(k) ?? s43.get(k),
        ),
      },
      // the seventh session's sets: the fifth judged on the lists of its first code (421cee9, blind), then worked on
      // (its last code, 195538f: the names new there judged afterwards); the sixth written and listed at the first
      // code, judged once on the union of its first and last code's lists, never used to write a rule (blind)
      heldout5: {
        start: score('heldout5-lists-start.tsv', (k) => ho5.get(k)),
        end: score('heldout5-lists-final.tsv', (k) => ho5.get(k) ?? ho5Added.get(k)),
        s41: score('heldout5-lists-s41.tsv', (k) => ho5.get(k) ?? ho5Added.get(k) ?? s41.get(k)),
        s42: score(
          'heldout5-lists-s42.tsv',
          (k) => ho5.get(k) ?? ho5Added.get(k) ?? s41.get(k) ?? s42.get(k),
        ),
        s43: score(
          'heldout5-lists-s43.tsv',
          (k) => ho5.get(k) ?? ho5Added.get(k) ?? s41.get(k) ?? s42.get(k) ?? s43.get(k),
        ),
      },
      heldout6: {
        start: score('heldout6-lists-start.tsv', (k) => ho6.get(k)),
        end: score('heldout6-lists-final.tsv', (k) => ho6.get(k)),
        s41: score('heldout6-lists-s41.tsv', (k) => ho6.get(k) ?? s41.get(k)),
        s42: score('heldout6-lists-s42.tsv', (k) => ho6.get(k) ?? s41.get(k) ?? s42.get(k)),
        s43: score('heldout6-lists-s43.tsv', (k) => ho6.get(k) ?? s41.get(k) ?? s42.get(k) ?? s43.get(k)),
      },
      // the eighth session's set: written and listed at its first code (60b70f1), listed again at a checkpoint before
      // any rule was written from it (309c013, blind) and at its last code; judged once on the union (the names are
      // the same in all three: the session's rules are about types)
      heldout7: {
        start: score('heldout7-lists-start.tsv', (k) => ho7.get(k)),
        blind: score('heldout7-lists-309c013.tsv', (k) => ho7.get(k)),
        end: score('heldout7-lists-final.tsv', (k) => ho7.get(k)),
        s42: score('heldout7-lists-s42.tsv', (k) => ho7.get(k) ?? s42.get(k)),
        s43: score('heldout7-lists-s43.tsv', (k) => ho7.get(k) ?? s42.get(k) ?? s43.get(k)),
      },
      // the ninth session's set: written and listed at its first code (bfdae59), listed again at a checkpoint before
      // it was judged (00d463f, blind), judged once on the union of those two; listed at the last code after the
      // review's fixes (the one name new there judged with the other sets' new names)
      heldout8: {
        start: score('heldout8-lists-start.tsv', (k) => ho8.get(k)),
        blind: score('heldout8-lists-00d463f.tsv', (k) => ho8.get(k)),
        end: score('heldout8-lists-final.tsv', (k) => ho8.get(k) ?? s42.get(k)),
        s43: score('heldout8-lists-s43.tsv', (k) => ho8.get(k) ?? s42.get(k) ?? s43.get(k)),
      },
      // the tenth session's set: written and listed at its first code (3e08422), listed again at a checkpoint before it
      // was judged (bbceacc, blind), judged once on the union of those two; listed at the last code (50856f9: later
      // rules drawn from its judgments too, so no longer blind; the names new there judged with the other sets' new
      // names)
      heldout9: {
        start: score('heldout9-lists-start.tsv', (k) => ho9.get(k)),
        blind: score('heldout9-lists-bbceacc.tsv', (k) => ho9.get(k)),
        end: score('heldout9-lists-final.tsv', (k) => ho9.get(k) ?? s43.get(k)),
      },
      // the eleventh session's set, English talks, lectures and briefings: written and listed at its first code
      // (1efe564), listed again at a checkpoint before it was judged (5e50e76, blind), judged once on the union of those
      // two; listed at the last code (502c404: later rules drawn from its judgments too, so no longer blind; the names new
      // there judged with the other sets' new names in judged-added-s44.tsv)
      heldout10: {
        start: score('heldout10-lists-start.tsv', (k) => ho10.get(k)),
        blind: score('heldout10-lists-5e50e76.tsv', (k) => ho10.get(k)),
        end: score('heldout10-lists-final.tsv', (k) => ho10.get(k) ?? s44.get(k)),
      },
      // every set at the eleventh session's last code (502c404) on its host, a 2-core AMD EPYC whose embeddings differ
      // in the last bits from the hosts before (one name of a few lists, the corpus's r11, r20, r21); the starting lists
      // on that host are kept where the session changed a set's lists (the corpus, the first, third and sixth sets)
      s44: Object.fromEntries(
        [
          ['corpusStart', 'lists-s44-start.tsv'],
          ['corpus', 'lists-s44.tsv'],
          ['heldoutStart', 'heldout-lists-s44-start.tsv'],
          ['heldout', 'heldout-lists-s44.tsv'],
          ['heldout2', 'heldout2-lists-s44.tsv'],
          ['heldout3Start', 'heldout3-lists-s44-start.tsv'],
          ['heldout3', 'heldout3-lists-s44.tsv'],
          ['heldout4', 'heldout4-lists-s44.tsv'],
          ['heldout5', 'heldout5-lists-s44.tsv'],
          ['heldout6Start', 'heldout6-lists-s44-start.tsv'],
          ['heldout6', 'heldout6-lists-s44.tsv'],
          ['heldout7', 'heldout7-lists-s44.tsv'],
          ['heldout8', 'heldout8-lists-s44.tsv'],
          ['heldout9', 'heldout9-lists-s44.tsv'],
        ].map(([key, file]) => [key, score(file, anyVerdict)]),
      ),
      // the twelfth session's set, lectures, tutorials and trainings in eight languages: written and listed at its
      // session's first code (e02de67; the type rules written before the set existed left its lists the same, so the
      // start is the blind figure), judged once by two judges; listed at the last code (rules drawn from its judgments,
      // so no longer blind; the names new there judged in judged-added-s45.tsv)
      heldout11: {
        start: score('heldout11-lists-start.tsv', (k) => ho11.get(k)),
        end: score('heldout11-lists-final.tsv', (k) => ho11.get(k) ?? s45.get(k)),
      },
      // every set at the twelfth session's last code on the same host as s44 (the corpus's lists are those of s44)
      s45: listsAt('s45', [
        'heldout',
        'heldout2',
        'heldout3',
        'heldout4',
        'heldout5',
        'heldout6',
        'heldout7',
        'heldout8',
        'heldout9',
        'heldout10',
      ]),
      // the thirteenth session's set, research talks, design reviews and go-to-market decks in seven languages:
      // written and listed at its session's first code (6517ca1: blind), judged once by two judges; listed at the last
      // code (rules drawn from its judgments, so no longer blind; the names new there judged in judged-added-s46.tsv)
      heldout12: {
        start: score('heldout12-lists-start.tsv', (k) => ho12.get(k)),
        end: score('heldout12-lists-final.tsv', (k) => ho12.get(k) ?? s46.get(k)),
      },
      // every set and the corpus at the thirteenth session's last code
      s46: listsAt('s46', [
        'corpus',
        'heldout',
        'heldout2',
        'heldout3',
        'heldout4',
        'heldout5',
        'heldout6',
        'heldout7',
        'heldout8',
        'heldout9',
        'heldout10',
        'heldout11',
      ]),
      // the fourteenth session's set, decks in fourteen languages no earlier set held: written and listed at its
      // session's first code (69d26a3: blind), judged once by two judges; listed at the last code (rules drawn from
      // its judgments, so no longer blind; the names new there judged in judged-added-s47.tsv)
      heldout13: {
        start: score('heldout13-lists-start.tsv', (k) => ho13.get(k)),
        end: score('heldout13-lists-final.tsv', (k) => ho13.get(k) ?? s47.get(k)),
      },
      // every set and the corpus at the fourteenth session's last code
      s47: listsAt('s47', [
        'corpus',
        'heldout',
        'heldout2',
        'heldout3',
        'heldout4',
        'heldout5',
        'heldout6',
        'heldout7',
        'heldout8',
        'heldout9',
        'heldout10',
        'heldout11',
        'heldout12',
      ]),
    },
    null,
    2,
  ),
);
