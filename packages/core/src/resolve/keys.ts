/** Resolution keys: the cheapest evidence that two concept records name the same thing. */
import { initialsMatch } from '../concepts/candidates.js';
import { acronymKey, isAcronym, singularise, stripDiacritics } from '../concepts/normalise.js';
import type { ConceptRecord } from '../model/graph.js';

/**
 * A stronger normalisation than conceptKey (which fixes ids): diacritics, case, punctuation, "&"/"and",
 * a leading article and the plural of every word are folded, and word boundaries dropped, so
 * "Pen-Testing", "pen testing" and "Pentesting" meet, as do "Data Protection Officers" and "data-protection officer".
 */
export function resolutionKey(name: string): string {
  const words = stripDiacritics(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`]s\b/g, '')
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);
  if (words.length > 1 && /^(the|a|an)$/.test(words[0])) words.shift();
  return words.map((w) => singularise(w)).join('');
}

export interface AcronymInfo {
  /** Upper-case acronym key ("KPI"), when the concept has one. */
  acronym: string | null;
  /** The spelled-out form, when the concept has one. */
  expansion: string | null;
}

/** The acronym and expansion a concept record carries (as name or alias). */
export function acronymInfo(c: ConceptRecord): AcronymInfo {
  const forms = [c.name, ...c.aliases];
  const acronyms = forms.filter((f) => isAcronym(f));
  const longs = forms.filter((f) => !isAcronym(f) && /\s/.test(f.trim()));
  for (const a of acronyms)
    for (const l of longs) if (initialsMatch(l, a)) return { acronym: acronymKey(a), expansion: l };
  if (isAcronym(c.name)) return { acronym: acronymKey(c.name), expansion: null };
  return { acronym: null, expansion: null };
}

/** Every non-acronym form of a concept, keyed for comparison. */
export function formKeys(c: ConceptRecord): string[] {
  const keys = new Set<string>();
  for (const f of [c.name, ...c.aliases]) {
    if (isAcronym(f)) continue;
    const k = resolutionKey(f);
    if (k.length >= 3) keys.add(k);
  }
  return [...keys];
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
