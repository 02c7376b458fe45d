/** Canonical keys for concept names: case, punctuation, diacritics and simple plurals folded. */

const KEEP_S = /(ss|us|is|os|as|ics|sis|ness|ous)$/;

export function singularise(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  // singular and plural alike ("Time Series", "species")
  if (/^(?:series|species)$/.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !KEEP_S.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A word without the definite article its script writes as a prefix: Hebrew "ה" ("המשתנה התלוי" / "משתנה תלוי"),
 * Arabic "ال" ("الأمن" / "أمن"); three letters at least stay. Other words are returned as they are.
 */
export function foldArticle(word: string): string {
  return word.replace(/^ה(?=\p{Script=Hebrew}{3,}$)|^ال(?=\p{Script=Arabic}{3,}$)/u, '');
}

/**
 * The text without its accents ("Sécurité" → "Securite"). The marks of the Indic scripts stay: their vowel signs
 * and virama are letters of the word, not accents ("किसान" and "कसन" are two words).
 */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(
      /\p{M}(?<![\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}])/gu,
      '',
    );
}

/** A word in lower case by its language's rules (Turkish "İ" → "i"); by the root locale's where ICU lacks the language. */
export function lowerIn(word: string, lang: string): string {
  try {
    return word.toLocaleLowerCase(lang);
  } catch {
    return word.toLowerCase();
  }
}

/** The normalised key of a name: "Data-Protection Officers" → "data protection officer". */
export function conceptKey(name: string): string {
  const base = stripDiacritics(name)
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^\p{L}\p{M}\p{N}/+#&.]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])\.|\.(?![\p{L}\p{N}])/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const words = base.split(' ').map(foldArticle);
  if (words.length > 0) words[words.length - 1] = singularise(words[words.length - 1]);
  return words.join(' ');
}

/** Acronym form: "KPIs" → "KPI". */
export function acronymKey(s: string): string {
  return s.replace(/s$/, '').toUpperCase();
}

/**
 * Capitals, digits and "&" ("KPI", "B2B", "AT&T", "KPIs"); an umlaut in a short one ("TÜV", "ÖPNV": a longer word in
 * capitals with one is a shouted German word, "PRÄGNANZ"); one lower-case letter between two capitals ("KfW", "IoT",
 * "DoS").
 */
export function isAcronym(s: string): boolean {
  return (
    (/^[A-Z][A-Z0-9&]{1,9}s?$/.test(s) && /[A-Z].*[A-Z]|[A-Z][0-9]/.test(s)) ||
    /^[A-ZÄÖÜ]{2,4}$/.test(s) ||
    /^[A-Z][a-z][A-Z]s?$/.test(s)
  );
}

/** A version after a name: "4.0", "2.0", "6.5.x", "19c", "v3". Plain integers ("Struts 2", "Top 10") are part of the name. */
const VERSION = /^(?:v?\d+(?:\.(?:\d+|x))+|\d{1,2}[a-z]|v\d+|(?:19|20)\d\d)$/;

/**
 * One word is a version (see VERSION); a number grouped in thousands is none ("Top 10.000", the Spanish ten
 * thousand), and with `years: false` neither is a year (resolution keeps "OWASP Top 10 2017" apart from the bare name).
 */
export function isVersion(word: string, opts: { years?: boolean } = {}): boolean {
  return (
    VERSION.test(word) &&
    !/^\d{1,3}(?:\.\d{3})+$/.test(word) &&
    (opts.years !== false || !/^(?:19|20)\d\d$/.test(word))
  );
}

/**
 * `versioned` is `name` with a version after it ("Application Security Verification Standard 4.0" of "Application
 * Security Verification Standard").
 */
export function isVersionOf(versioned: string, name: string): boolean {
  const w = versioned.trim().split(/\s+/);
  return (
    w.length >= 2 &&
    isVersion(w[w.length - 1]) &&
    w.slice(0, -1).join(' ').toLowerCase() === name.trim().replace(/\s+/g, ' ').toLowerCase()
  );
}
