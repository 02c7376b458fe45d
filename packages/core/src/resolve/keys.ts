/** Resolution keys: the cheapest evidence that two concept records name the same thing. */
import { initialsMatch, LIST_LABEL } from '../concepts/candidates.js';
import {
  acronymKey,
  foldArticle,
  isAcronym,
  isVersion,
  singularise,
  stripDiacritics,
} from '../concepts/normalise.js';
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
    .split(/[^\p{L}\p{M}\p{N}+#]+/u)
    .filter(Boolean);
  if (words.length > 1 && /^(the|a|an)$/.test(words[0])) words.shift();
  return words.map((w) => singularise(foldArticle(w))).join('');
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

/**
 * Every non-acronym form of a concept, keyed for comparison; not a one-word alias that is a word of the name, a deck's
 * short form of it ("Direzione" of "Direzione Sanitaria"): another deck's "Direzione" is as often "Direzione Tecnica".
 */
export function formKeys(c: ConceptRecord): string[] {
  const keys = new Set<string>();
  const nameWords = c.name.toLowerCase().split(/\s+/);
  for (const f of [c.name, ...c.aliases]) {
    if (isAcronym(f)) continue;
    if (
      f !== c.name &&
      nameWords.length > 1 &&
      !/\s/.test(f.trim()) &&
      nameWords.includes(f.trim().toLowerCase())
    )
      continue;
    const k = resolutionKey(f);
    if (k.length >= 3) keys.add(k);
  }
  return [...keys];
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Vendors whose name prefixes their products ("Microsoft Entra ID" is "Entra ID"). */
const VENDOR =
  /^(?:Microsoft|Google|Amazon|AWS|Azure|Oracle|IBM|SAP|Apache|Adobe|Cisco|Salesforce|Atlassian|Red Hat|VMware|Meta|Apple)\s+(?=\S)/;
/** A standards body, then the series word of its publications, then a document number. */
const STANDARD_SERIES =
  /\b(NIST|IEEE|FIPS|ANSI|ETSI|ISO)\s+(?:SP|Special\s+Publications?|Std\.?|Standard|PUBS?|Pub\.?|Publication)\s+(?=[A-Z]{0,4}-?\d)/;
/**
 * The numbered pieces of a plan, an act or a catalogue ("Investimento 4.1", "Section 4.2", "Misura 1.3"): their number
 * is no version, each number names another piece.
 */
const NUMBERED_PIECE =
  /^(?:Section|Article|Clause|Requirement|Principle|Chapter|Annex|Appendix|Part|Item|Step|Phase|Measure|Investment|Action|Objective|Goal|Target|Recommendation|Criterion|Control|Topic|Reform|Milestone|Sub-?measure|Investimento|Investimenti|Misura|Riforma|Componente|Missione|Articolo|Sezione|Inversión|Medida|Reforma|Componente|Artículo|Sección|Investimento|Medida|Reforma|Artigo|Secção|Seção|Mesure|Réforme|Composante|Sous-mesure|Paragraphe|Maßnahme|Abschnitt|Artikel|Kapitel|Anhang|Investering|Maatregel|Hoofdstuk|Bijlage|Afdeling|Paragraaf)$/iu;
/** The name without a version after it ("ASVS 4.0" → "ASVS"); years and numbers grouped in thousands stay (isVersion). */
function dropVersion(x: string): string {
  const m = /^(.*\S)\s+(\S+)$/.exec(x);
  return m && isVersion(m[2], { years: false }) && !NUMBERED_PIECE.test(m[1]) ? m[1] : x;
}

/**
 * Keys of the same name written differently: without a list label ("A3:2021-Injection" → Injection), with ISO
 * for ISO/IEC ("ISO/IEC 42001" → ISO 42001), without a standard's series word ("NIST SP 800-63" → NIST 800-63,
 * "IEEE Std 802.11" → IEEE 802.11), without a vendor in front ("Microsoft Entra ID" → Entra ID), without
 * a version ("ASVS 4.0" → ASVS). Only the forms that differ from the name's own key are returned.
 */
export function variantKeys(c: ConceptRecord): string[] {
  return variantEntries(c)
    .filter(([, v]) => !isAcronym(v))
    .map(([k]) => k);
}

/** The variant forms themselves (an acronym left by dropping a version, "ASVS 4.0" → "ASVS", is one of them). */
export function variantForms(c: ConceptRecord): string[] {
  return variantEntries(c).map(([, v]) => v);
}

/** Each variant form with its resolution key. */
function variantEntries(c: ConceptRecord): [key: string, form: string][] {
  const out = new Map<string, string>();
  for (const f of [c.name, ...c.aliases]) {
    if (isAcronym(f)) continue;
    const own = resolutionKey(f);
    let v = f.trim();
    for (const step of VARIANT_STEPS) {
      const next = step(v).trim();
      // (a step that changed nothing gives the key the last one gave: already kept or refused)
      if (next === v) continue;
      v = next;
      const k = resolutionKey(v);
      if (k !== own && k.length >= 3 && !/^\d+$/.test(k) && !out.has(k)) out.set(k, v);
    }
  }
  return [...out.entries()];
}

const VARIANT_STEPS: ((x: string) => string)[] = [
  (x) => x.replace(LIST_LABEL, ''),
  (x) => x.replace(/\bISO\/IEC\b/g, 'ISO'),
  // a standards body's series word before the number: "NIST SP 800-63", "NIST Special Publication 800-63",
  // "IEEE Std 802.11", "FIPS PUB 140-2" → "NIST 800-63", "IEEE 802.11", "FIPS 140-2"
  (x) => x.replace(STANDARD_SERIES, '$1 '),
  (x) => x.replace(VENDOR, ''),
  dropVersion,
];
