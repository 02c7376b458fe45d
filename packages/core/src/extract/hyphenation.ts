/**
 * Words hyphenated at a line break in a narrow shape ("Unique Asso-\nciative Container", "Schwach-\nstelle"): the
 * word is whole again when the deck writes it whole somewhere (or a form of it two letters longer: "Maß-\nnahme" and
 * "Maßnahmen"); a compound the deck writes with its hyphen on one line ("real-\ntime", "real-time") keeps the hyphen
 * and loses the break. A break the deck gives no evidence for stays as written ("well-\nknown" is not turned into
 * "wellknown"). Only a lower-case continuation counts: "Birth-to-\nCareer" is two lines.
 */
import type { SlideData } from '../model/deck.js';

const BROKEN = /(\p{L}{2,})-[ \t]*\n[ \t]*(\p{Ll}\p{L}*)/gu;
const HAS_BROKEN = new RegExp(BROKEN.source, 'u');
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** Every text of a slide, in a fixed order, with a setter that writes a rewritten one back. */
function* slideTexts(s: SlideData): Generator<[string, (t: string) => void]> {
  if (s.title) yield [s.title, (t) => (s.title = t)];
  for (const b of s.texts) yield [b.text, (t) => (b.text = t)];
  if (s.notes) yield [s.notes, (t) => (s.notes = t)];
  for (const tb of s.tables)
    for (const row of tb.rows) for (let i = 0; i < row.length; i++) yield [row[i], (t) => (row[i] = t)];
}

/** Joins the deck's hyphenated line breaks in place where the deck attests the joined word (see above). */
export function joinHyphenatedBreaks(slides: SlideData[]): void {
  const broken: [string, (t: string) => void][] = [];
  for (const s of slides) for (const e of slideTexts(s)) if (HAS_BROKEN.test(e[0])) broken.push(e);
  if (broken.length === 0) return;
  // the deck's words as written on one line (lower case), hyphenated compounds whole and by their parts
  const words = new Set<string>();
  for (const s of slides)
    for (const [t] of slideTexts(s))
      for (const m of t.toLowerCase().matchAll(WORD)) {
        words.add(m[0]);
        if (m[0].includes('-')) for (const p of m[0].split('-')) words.add(p);
      }
  const longer = (w: string) => {
    for (const x of words)
      if (x.length > w.length && x.length <= w.length + 2 && x.startsWith(w)) return true;
    return false;
  };
  const join = (m: string, a: string, b: string) => {
    const whole = (a + b).toLowerCase();
    if (words.has(whole) || longer(whole)) return a + b;
    if (words.has(`${a}-${b}`.toLowerCase())) return `${a}-${b}`;
    return m;
  };
  for (const [text, set] of broken) {
    // twice: a word broken over three lines ("Anwen-\ndungs-\nsicherheit")
    const once = text.replace(BROKEN, join);
    const out = once.includes('-\n') ? once.replace(BROKEN, join) : once;
    if (out !== text) set(out);
  }
}
