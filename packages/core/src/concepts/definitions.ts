/**
 * Definitions the text itself gives: "X is a …" / "X (ABC) refers to …" (also German "ist", Spanish
 * "es", French "est"), glossary lines "X: …" / "X – …", and, failing those, the expansion of an acronym.
 */
import { isAcronym } from './normalise.js';
import type { LinkBlock } from './link.js';
import type { SelectedConcept } from './select.js';

const VERB = String.raw`(?:is|are|refers to|means|describes|ist|sind|bezeichnet|es|son|est|sont)`;
const IS_SENTENCE = new RegExp(
  String.raw`^\s*(?:the |a |an |der |die |das |el |la |le |l')?(.{2,80}?)\s*(?:\([^)]{1,40}\))?,?\s+${VERB}\s+(?:a|an|the|one|ein|eine|der|die|das|un|una|el|la|le|une)\s`,
  'i',
);
const GLOSSARY = /^\s*(.{2,60}?)\s*(?:\([^)]{1,40}\))?\s*(?::|\s[–—])\s+(\S.{10,})$/;

/** A glossary tail reads like a sentence ("… that lets attackers …"), not like a title ("Injection Prevention"). */
function sentenceLike(tail: string): boolean {
  const words = tail.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 5 || tail.length < 25) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < 0.5;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? t.slice(0, 299).replace(/\s+\S*$/, '') + '…' : t;
}

/** Sets `record.definition` of the concepts whose definition the blocks state (first one in slide order). */
export function attachDefinitions(concepts: SelectedConcept[], blocks: LinkBlock[]): void {
  const bySurface = new Map<string, SelectedConcept>();
  for (const c of concepts)
    for (const s of c.surfaces) if (s.length >= 2 && !bySurface.has(norm(s))) bySurface.set(norm(s), c);
  const found = new Map<SelectedConcept, { text: string; rank: number }>();
  const offer = (c: SelectedConcept | undefined, text: string, rank: number) => {
    if (!c || text.length < 15) return;
    const prev = found.get(c);
    if (!prev || rank < prev.rank) found.set(c, { text: clip(text), rank });
  };
  for (const b of blocks) {
    if (b.boilerplate || !b.text) continue;
    for (const line of b.text.split(/\n+/)) {
      if (line.length < 15) continue;
      const sentence = line.split(/(?<=[.!?])\s+/)[0];
      const m = IS_SENTENCE.exec(sentence);
      if (m) offer(bySurface.get(norm(m[1])), sentence, 0);
      const g = GLOSSARY.exec(line);
      if (g && !/^https?$/i.test(g[1]) && sentenceLike(g[2])) offer(bySurface.get(norm(g[1])), line, 1);
    }
  }
  for (const c of concepts) {
    const d = found.get(c);
    if (d) c.record.definition = d.text;
    else if (!c.record.definition) {
      const forms = [c.record.name, ...c.record.aliases];
      const acr = forms.find((f) => isAcronym(f));
      const exp = forms.find((f) => !isAcronym(f) && /\s/.test(f));
      if (acr && exp) c.record.definition = `${acr}: ${exp}`;
    }
  }
}
