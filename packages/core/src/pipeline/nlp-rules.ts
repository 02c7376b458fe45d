/**
 * The rule-based half of the nlp phase, a pure function of the extracted deck: text blocks, acronyms, the
 * document's language, candidate concepts and (when no term/NER model has to see the candidates first) the
 * selection. It is the longest synchronous CPU work of an ingest (up to a second on a large deck), so the
 * engine runs it in its worker threads (engine/cpu-pool.ts); `runNlp` runs it in the calling thread otherwise.
 * Everything it returns is plain data (Maps, Sets, arrays), so it crosses a thread boundary unchanged.
 */
import type { DeckData } from '../model/deck.js';
import { extractCandidates, learnAcronyms, type Candidate } from '../concepts/candidates.js';
import { selectConcepts, type SelectedConcept } from '../concepts/select.js';
import { detectLanguage, MODEL_LANGUAGES, type DocLanguage } from '../concepts/language.js';
import { deckBlocks } from './blocks.js';
import { docIdOf } from './ids.js';

export interface NlpRulesOptions {
  /** A term/NER model is configured (it tags the text before the selection, in the model's languages). */
  ner: boolean;
  /** An embedding model is configured (English documents: a larger pool, re-ranked semantically). */
  embedder: boolean;
}

export interface NlpRulesResult {
  /**
   * The candidate pool while the selection waits for the term/NER model (`selected` null); null once the
   * selection is made here (nothing downstream reads the pool then, and it is the bulk of what a worker would
   * send back: megabytes on a large deck).
   */
  candidates: Map<string, Candidate> | null;
  /** Size of the candidate pool. */
  candidateCount: number;
  acronyms: Map<string, string>;
  language: DocLanguage;
  /** The term/NER model tags this document (configured, and the document is in one of its languages). */
  useNer: boolean;
  /** The selection is re-ranked with the embedding model (configured, English document). */
  useEmbedRank: boolean;
  /** The selection, made here unless the NER model must see the candidates first (then null). */
  selected: SelectedConcept[] | null;
}

/** Selection pool scale: with an embedding model a larger lexical pool is re-ranked semantically (KeyBERT + MMR). */
export function poolScaleOf(useEmbedRank: boolean): number {
  return useEmbedRank ? 1.25 : 1;
}

export function nlpRules(deck: DeckData, o: NlpRulesOptions): NlpRulesResult {
  const blocks = deckBlocks(deck, docIdOf(deck.sha256));
  const language = detectLanguage(blocks.filter((b) => !b.boilerplate).map((b) => b.text));
  const acronyms = learnAcronyms(blocks, language.code);
  const candidates = extractCandidates(blocks, acronyms, { lang: language.code });
  const useNer = o.ner && MODEL_LANGUAGES.has(language.code);
  // the installed embedding models are English-only: no semantic re-ranking of other languages' concepts
  const useEmbedRank = o.embedder && language.code === 'en';
  const selected = useNer
    ? null
    : selectConcepts(candidates, deck.slides.length, {
        poolScale: poolScaleOf(useEmbedRank),
        lang: language.code,
      });
  return {
    candidates: selected ? null : candidates,
    // (as the selection counts its pool: without the terms found inside Chinese and Japanese runs)
    candidateCount: [...candidates.values()].filter((c) => !c.unspaced).length,
    acronyms,
    language,
    useNer,
    useEmbedRank,
    selected,
  };
}
