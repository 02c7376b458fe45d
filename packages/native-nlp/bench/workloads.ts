/** Bench inputs: corpus phrases (realistic length mix) and texts of exactly 8/32/128 tokens. */
import { corpusParagraphs, corpusPhrases } from '../test/helpers/corpus-phrases.js';

export function mixWorkload(n: number): string[] {
  // candidates (short) and slide paragraphs (long) interleaved 3:1, as the nlp stage sends them
  const phrases = corpusPhrases(n);
  const paras = corpusParagraphs().filter((p) => p.length > 40);
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push(i % 4 === 3 ? paras[i % paras.length] : phrases[i % phrases.length]);
  }
  return out;
}

/** 'word' is one WordPiece token in the BERT vocab: L-2 words + [CLS] + [SEP] = L tokens. */
export function fixedWorkload(tokens: number, n: number): string[] {
  const words = ['graph', 'slide', 'model', 'data', 'report', 'sales', 'team', 'plan'];
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: tokens - 2 }, (_, k) => words[(i + k) % words.length]).join(' '),
  );
}

/** Title → body pairs from the corpus slides, for the retrieval quality check. */
export function titleBodyPairs(max: number): { title: string; body: string }[] {
  const paras = corpusParagraphs();
  const pairs: { title: string; body: string }[] = [];
  for (let i = 0; i + 1 < paras.length && pairs.length < max; i++) {
    const t = paras[i];
    const b = paras[i + 1];
    if (t.length >= 12 && t.length <= 80 && b.length >= 60 && !/^\d+$/.test(t)) {
      pairs.push({ title: t, body: b });
      i++;
    }
  }
  return pairs;
}
