/**
 * English word classes from a maintained lexicon (`en-lexicon`, MIT: about 110,000 words with their Penn Treebank
 * tags, from Brill's tagger lexicon). Used to tell a clause fragment from a noun phrase: "Attacker sends attack",
 * "employee receives honest feedback", "contain sufficient information", "Request sent" have a word that is a verb
 * and nothing else; "access control", "patch management", "secure coding" do not ("access", "patch", "secure" are
 * also nouns or adjectives). Words the lexicon does not know (product names, jargon) decide nothing.
 * Loaded once, on first use (about 60 ms).
 */
import { createRequire } from 'node:module';

let lexicon: Record<string, string> | null = null;
/**
 * Nouns of today's business text that the lexicon (Wall Street Journal text of about 1990) knows only as verbs
 * ("email", "churn", "download"), or not at all as nouns.
 */
const MODERN: Record<string, string> = {
  email: 'NN|VB|VBP',
  emails: 'NNS|VBZ',
  churn: 'NN|VB|VBP',
  spend: 'NN|VB|VBP',
  download: 'NN|VB|VBP',
  downloads: 'NNS|VBZ',
  upload: 'NN|VB|VBP',
  uploads: 'NNS|VBZ',
  programme: 'NN|VB',
  programmes: 'NNS|VBZ',
  hosting: 'NN|VBG',
  onboarding: 'NN|VBG',
  login: 'NN|VB',
  logins: 'NNS',
  signup: 'NN',
  checkout: 'NN',
  rollout: 'NN',
  rollouts: 'NNS',
  deploy: 'VB|VBP|NN',
  zoom: 'NN|VB|VBP',
  // a statistic first in slides' lines ("Mean absolute error", "Mean time to repair"), a verb first in the news
  mean: 'JJ|NN|VB|VBP',
};

/** The Penn Treebank tags of a word, most frequent first, or null when the lexicon does not know it. */
export function tagsOf(word: string): string[] | null {
  lexicon ??= (
    createRequire(import.meta.url)('en-lexicon/dist/lexicon.js') as { default: Record<string, string> }
  ).default;
  const w = word.toLowerCase();
  // (own keys only: "constructor", "toString" are words of a deck too)
  if (Object.hasOwn(MODERN, w)) return MODERN[w].split('|');
  if (!Object.hasOwn(lexicon, w)) return null;
  return lexicon[w].split('|');
}

const only = (word: string, allowed: readonly string[]) => {
  const tags = tagsOf(word);
  return tags !== null && tags.length > 0 && tags.every((t) => allowed.includes(t));
};

/** A verb's base form and nothing else: "locate", "contain", "enforce" (not "access", "secure", "record"). */
export const baseVerbOnly = (word: string) => only(word, ['VB', 'VBP']);
/** A verb's third person and nothing else: "sends", "receives", "creates" (not "uses", "drives": plural nouns too). */
export const thirdPersonOnly = (word: string) => only(word, ['VBZ']);
/** A verb's past tense or participle and nothing else: "sent", "called" (not "automated", "known": adjectives). */
export const pastOnly = (word: string) => only(word, ['VBD', 'VBN']);
/** An adjective or adverb and nothing else: "expensive", "proper" (not "public", "general", "mobile": nouns too). */
export const modifierOnly = (word: string) => only(word, ['JJ', 'JJR', 'JJS', 'RB', 'RBR', 'RBS']);
/** A common word and never a proper noun: "service", "desk", "brown" (not "maria", "david", "taylor": names). */
export const commonWord = (word: string) => {
  const tags = tagsOf(word);
  return tags !== null && tags.length > 0 && !tags.includes('NNP') && !tags.includes('NNPS');
};
/**
 * A word in common use, even when the lexicon has also seen it inside a name ("operations", "services", "office":
 * common nouns that WSJ text also capitalised in company names). Given names are for the caller to tell apart.
 */
export const commonUse = (word: string) => {
  const tags = tagsOf(word);
  return tags !== null && tags.some((t) => t !== 'NNP' && t !== 'NNPS');
};
/** A proper noun and nothing else: "richard", "carl", "andrew" (given names, places). */
export const properNoun = (word: string) => only(word, ['NNP', 'NNPS']);
/** The verb tag of a word the lexicon knows only in one verb form ("enforcing" → VBG), else "". */
export const verbOnlyTag = (word: string) => {
  const tags = tagsOf(word);
  return tags !== null && tags.length === 1 && tags[0].startsWith('VB') ? tags[0] : '';
};
/** A common noun and nothing else: "simulation", "office" (not "leads", "report": verbs too). */
export const nounOnly = (word: string) => only(word, ['NN', 'NNS']);
/** A word the English lexicon knows ("access", "control"; not "controle", "acces"). */
export const isEnglishWord = (word: string) => tagsOf(word) !== null;

let dictionary: Set<string> | null = null;
/**
 * A word of an English dictionary (`an-array-of-english-words`, MIT: about 275,000 words, lower case), broader than
 * the tagging lexicon: "footer", "superscript", "workgroup", "outsourcing" are words, "Salesforce", "Datadog",
 * "Telstra" are not. Loaded once, on first use.
 */
export function inDictionary(word: string): boolean {
  dictionary ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return dictionary.has(word.toLowerCase());
}
