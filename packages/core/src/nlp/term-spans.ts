/**
 * Word-level decoding of the token-classification model's output. The addon aggregates word pieces into spans
 * by label ("simple" aggregation), so a word split into pieces can come back in several spans with different
 * labels ("Or|##acle" → O + TERM). Here each word (letters/digits joined by inner hyphens or apostrophes:
 * "Murphy-Hill", "O'Brien") takes the label most of its characters carry (O when most are untagged); a span is
 * a run of consecutive words with one label that the model did not start anew (a span beginning at the word's
 * first character starts a new entity), with only spaces or connecting punctuation between them. Deterministic,
 * offsets into the original text.
 */
export interface TaggedSpan {
  start: number;
  end: number;
  label: string;
  score?: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.+#/][\p{L}\p{N}]+)*[+#]*/gu;

export function alignSpans(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  if (spans.length === 0) return [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TaggedSpan[] = [];
  let cur: (TaggedSpan & { n: number }) | null = null;
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const a = m.index!;
    const b = a + m[0].length;
    // label votes by character
    const votes = new Map<string, number>();
    let starts = false;
    let score = 0;
    for (const s of sorted) {
      if (s.end <= a) continue;
      if (s.start >= b) break;
      const n = Math.min(b, s.end) - Math.max(a, s.start);
      const l = s.label.replace(/^[BI]-/, '');
      votes.set(l, (votes.get(l) ?? 0) + n);
      if (s.start === a) starts = true;
      score = Math.max(score, s.score ?? 1);
    }
    const best = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    const label = best && best[1] * 2 >= b - a ? best[0] : null;
    const gap = lastEnd >= 0 ? text.slice(lastEnd, a) : '';
    lastEnd = b;
    if (!label) {
      if (cur) out.push(strip(cur));
      cur = null;
      continue;
    }
    if (
      cur &&
      cur.label === label &&
      /^[ \t\u00a0]+$|^[ \t]*[-&][ \t]*$/.test(gap) &&
      !(starts && label !== 'TERM' && cur.end !== a)
    ) {
      cur.end = b;
      cur.score = Math.min(cur.score ?? 1, score);
      cur.n++;
      continue;
    }
    if (cur) out.push(strip(cur));
    cur = { start: a, end: b, label, score, n: 1 };
  }
  if (cur) out.push(strip(cur));
  return out;
}

function strip(s: TaggedSpan & { n?: number }): TaggedSpan {
  return { start: s.start, end: s.end, label: s.label, score: s.score };
}

/** Entity labels of the term model and of HF-style NER models, to concept types. */
export const ENTITY_LABELS = new Set([
  'PER',
  'PERSON',
  'ORG',
  'ORGANIZATION',
  'PRODUCT',
  'PROD',
  'STANDARD',
  'LAW',
  'TOOL',
]);
