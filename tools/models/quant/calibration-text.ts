/**
 * Calibration inputs for the statically quantised all-MiniLM-L6-v2 (tools/models/quant/README.md): the texts
 * the nlp stage embeds, taken from every readable corpus deck EXCEPT the evaluation decks
 * (tools/eval/expected/*.yaml): each slide's full text cut at 600 characters (as nlp-stage.ts does) and short
 * lines (2–60 characters, the length of concept names). A deterministic sample (ordered by sha256 of the text)
 * of at most `--slides` slide texts and `--phrases` phrases, tokenised by the addon's own tokenizer with the fp32
 * model's tokenizer.json, written as JSONL {ids: number[]} (one text per line, no padding).
 *
 *   npx tsx tools/models/quant/calibration-text.ts out.jsonl [--slides 600] [--phrases 400] [--corpus dir]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '@osmose/native-nlp';
import { extractDeck } from '../../../packages/core/src/extract/index.js';
import { slideFullText } from '../../../packages/core/src/pipeline/text-summary.js';
import { loadExpected } from '../../eval/expected-lists.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out || out.startsWith('--'))
    throw new Error('usage: calibration-text.ts out.jsonl [--slides N] [--phrases N]');
  const corpus = resolve(arg('corpus', join(ROOT, '..', 'shared', 'corpus', 'pptx')));
  const nSlides = Number(arg('slides', '600'));
  const nPhrases = Number(arg('phrases', '400'));
  const evalDecks = new Set(loadExpected(join(ROOT, 'tools', 'eval', 'expected')).map((d) => d.deck));
  const rows = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => r[0] && r[5] !== 'unreadable' && !evalDecks.has(r[0]));
  const slides = new Set<string>();
  const phrases = new Set<string>();
  let decks = 0;
  for (const r of rows) {
    let deck;
    try {
      deck = await extractDeck({ path: join(corpus, r[0]) });
    } catch {
      continue;
    }
    decks++;
    for (const s of deck.slides) {
      const t = slideFullText(s).slice(0, 600);
      if (t.trim()) slides.add(t);
      for (const line of t.split('\n')) {
        const p = line.replace(/\s+/g, ' ').trim();
        if (p.length >= 2 && p.length <= 60) phrases.add(p);
      }
    }
  }
  const pick = (set: Set<string>, n: number): string[] =>
    [...set]
      .map((t) => [sha(t), t] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map((x) => x[1]);
  const texts = [...pick(slides, nSlides), ...pick(phrases, nPhrases)];
  const cache = process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');
  const model = await loadModel({
    path: join(cache, 'models', 'all-minilm-l6-v2'),
    task: 'embedding',
    device: 'cpu',
  });
  const enc = await model.encode(texts, 256); // the model config's maxLength, as embed() truncates
  model.dispose();
  writeFileSync(out, enc.map((e) => JSON.stringify({ ids: Array.from(e.ids) })).join('\n') + '\n');
  console.log(
    `calibration-text: ${texts.length} texts (${Math.min(nSlides, slides.size)} slide texts, ` +
      `${Math.min(nPhrases, phrases.size)} phrases) from ${decks} decks, eval decks excluded (${evalDecks.size})`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
