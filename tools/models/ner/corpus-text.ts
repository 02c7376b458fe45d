/**
 * Training text for the term/NER tagger: every readable corpus deck EXCEPT the evaluation decks
 * (tools/eval/expected/*.yaml), one line per text line of the deck (8–400 characters), with the deck's detected
 * language; plus the deck generator's sample text. Writes JSONL {lang, text, source} to the given file.
 *
 *   npx tsx tools/models/ner/corpus-text.ts out.jsonl [corpusDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDeck } from '../../../packages/core/src/extract/index.js';
import { deckBlocks } from '../../../packages/core/src/pipeline/blocks.js';
import { detectLanguage } from '../../../packages/core/src/concepts/language.js';
import { loadExpected } from '../../eval/expected-lists.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: corpus-text.ts out.jsonl [corpusDir]');
  const corpus = resolve(
    process.argv[3] ?? process.env.OSMOSE_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus', 'pptx'),
  );
  const evalDecks = new Set(loadExpected(join(ROOT, 'tools', 'eval', 'expected')).map((d) => d.deck));
  const rows = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => r[0] && r[5] !== 'unreadable');
  const lines: string[] = [];
  const seen = new Set<string>();
  let decks = 0;
  for (const r of rows) {
    if (evalDecks.has(r[0])) continue;
    let deck;
    try {
      deck = await extractDeck({ path: join(corpus, r[0]) });
    } catch {
      continue;
    }
    const blocks = deckBlocks(deck, 'doc:train').filter((b) => !b.boilerplate && b.layer !== 'alt');
    const lang = detectLanguage(blocks.map((b) => b.text)).code;
    decks++;
    for (const b of blocks)
      for (const t of b.text.split(/\n+/)) {
        const text = t.replace(/\s+/g, ' ').trim();
        if (text.length < 8 || text.length > 400 || seen.has(text)) continue;
        seen.add(text);
        lines.push(JSON.stringify({ lang, text, source: r[0] }));
      }
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(
    `corpus-text: ${lines.length} lines from ${decks} decks (eval decks excluded: ${evalDecks.size})`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
