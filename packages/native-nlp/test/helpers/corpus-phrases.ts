/** Text from the shared corpus decks (the <a:t> runs of every slide), for parity tests and benches. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');
export const CORPUS_DIR = process.env.OSMOSE_CORPUS_DIR ?? resolve(root, '../shared/corpus/pptx');

function decks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...decks(p));
    else if (name.endsWith('.pptx') && !name.startsWith('~$')) out.push(p);
  }
  return out;
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        )
      : (ENT[e] ?? m),
  );

/** Paragraph texts (runs joined per <a:p>), deduplicated, in corpus order. */
export function corpusParagraphs(limit = Infinity): string[] {
  const seen = new Set<string>();
  for (const deck of decks(CORPUS_DIR)) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(readFileSync(deck), {
        filter: (f) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(f.name),
      });
    } catch {
      continue; // truncated/encrypted decks are the extractor's business, not ours
    }
    for (const name of Object.keys(files).sort()) {
      const xml = new TextDecoder().decode(files[name]);
      for (const p of xml.split(/<\/a:p>/)) {
        const runs = [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]));
        const text = runs.join('').trim();
        if (text && !seen.has(text)) {
          seen.add(text);
          if (seen.size >= limit) return [...seen];
        }
      }
    }
  }
  return [...seen];
}

/** Short key-phrase-like candidates: paragraphs cut at punctuation into 1–8-word pieces. */
export function corpusPhrases(count: number): string[] {
  const out = new Set<string>();
  for (const p of corpusParagraphs()) {
    for (const piece of p.split(/[.;:!?•\n()]+/)) {
      const words = piece.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      if (words.length > 0) out.add(words.join(' '));
      if (out.size >= count) return [...out];
    }
  }
  return [...out];
}
