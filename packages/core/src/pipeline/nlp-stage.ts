import type { DeckData } from '../model/deck.js';
import type { ConceptType } from '../model/graph.js';
import { conceptKey } from '../concepts/normalise.js';
import { conceptLimit, selectConcepts, type SelectedConcept } from '../concepts/select.js';
import { semanticSelect } from '../nlp/semantic-select.js';
import type { Backends } from '../adapters/backends.js';
import type { Candidate } from '../concepts/candidates.js';
import type { PhaseStats } from './observer.js';
import type { PipelineStages } from './stages.js';
import { deckBlocks } from './blocks.js';
import { docIdOf } from './ids.js';
import { slideFullText } from './text-summary.js';
import type { DocLanguage } from '../concepts/language.js';
import { nlpRules, poolScaleOf, type NlpRulesOptions } from './nlp-rules.js';
import type { CpuHooks } from './cpu-hooks.js';
import { blankCode, blankNoise, programText } from '../concepts/text-clean.js';
import { alignSpans, ENTITY_LABELS } from '../nlp/term-spans.js';

/** The document's language and the concept path used for it (in the ingest report). */
export interface NlpLanguage extends DocLanguage {
  /**
   * `model+rules`: the token-classification model and the rules; `rules`: rules with the language's function
   * words (stopwords-iso); `+embeddings`: the concept pool re-ranked with the embedding model (English models:
   * English documents only).
   */
  path: string;
}

export interface NlpResult {
  /** Size of the document's candidate pool. */
  candidateCount: number;
  acronyms: Map<string, string>;
  /** Embeddings by text (candidate surface or slide text), when an embedder is configured. */
  vectors: Map<string, Float32Array>;
  slideVectors: Map<number, Float32Array>;
  modelId: string | null;
  /** Types named by the NER model, by concept key. */
  nerTypes: Map<string, ConceptType>;
  /** The document's concepts, chosen from the candidates. */
  selected: SelectedConcept[];
  language: NlpLanguage;
}

const NER_TYPES: Record<string, ConceptType> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  PRODUCT: 'PRODUCT',
  PROD: 'PRODUCT',
  TOOL: 'TOOL',
  STANDARD: 'STANDARD',
  LAW: 'STANDARD',
  ROLE: 'ROLE',
  METRIC: 'METRIC',
  LOC: 'PLACE',
  MISC: 'ENTITY',
};

/**
 * Candidate concepts of the whole document in one pass (deterministic key phrases, acronyms and
 * their expansions, standards and product patterns), then — when an embedding model is configured —
 * one deduplicated, cached embedding pass over the candidates and the slide texts.
 */
export async function runNlp(input: {
  deck: DeckData;
  backends: Backends;
  stages: PipelineStages;
  stats: PhaseStats;
  onProgress: (done: number, total: number) => void;
  /** Runs the rule-based half and the semantic re-ranking (the engine: in its worker threads). */
  cpu?: Pick<CpuHooks, 'nlpRules' | 'semanticSelect'>;
  /** Cancels the model runs (embeddings, term/NER tagging) in progress. */
  signal?: AbortSignal;
}): Promise<NlpResult> {
  const { deck, stages, stats, backends } = input;
  const rulesOptions: NlpRulesOptions = { ner: !!stages.ner, embedder: !!stages.embedder };
  const rules = await (input.cpu ? input.cpu.nlpRules(deck, rulesOptions) : nlpRules(deck, rulesOptions));
  const { acronyms, useNer, useEmbedRank } = rules;
  // the pool itself only while the selection waits for the NER model (see NlpRulesResult)
  const candidates = rules.candidates ?? new Map<string, Candidate>();
  stats.items = rules.candidateCount;
  const language: NlpLanguage = {
    ...rules.language,
    path: (useNer ? 'model+rules' : 'rules') + (useEmbedRank ? '+embeddings' : ''),
  };
  const result: NlpResult = {
    candidateCount: rules.candidateCount,
    acronyms,
    vectors: new Map(),
    slideVectors: new Map(),
    modelId: null,
    nerTypes: new Map(),
    selected: rules.selected ?? [],
    language,
  };
  if (useNer && stages.ner) {
    const blocks = deckBlocks(deck, docIdOf(deck.sha256));
    // the term/NER model tags each line with code and noise blanked (offsets kept): entities become candidates with
    // their type, noun-phrase chunks (TERM) confirm a candidate's boundaries and raise it
    const items: { b: (typeof blocks)[number]; text: string; off: number }[] = [];
    const printed = programText(blocks.map((b) => b.text));
    for (const b of blocks) {
      if (b.boilerplate || !b.text.trim()) continue;
      let off = 0;
      for (const line of blankCode(blankNoise(b.text), printed).split('\n')) {
        if (line.trim().length >= 3) items.push({ b, text: line.slice(0, 2000), off });
        off += line.length + 1;
      }
    }
    const spans = await stages.ner.classifyTokens(
      items.map((x) => x.text),
      { signal: input.signal },
    );
    stats.calls += 1;
    spans.forEach((list, i) => {
      const { b, text, off } = items[i];
      for (const sp of alignSpans(text, list)) {
        const surface = b.text.slice(off + sp.start, off + sp.end).trim();
        const key = conceptKey(surface);
        if (key.length < 2 || /^[\d\s.,:/-]+$/.test(key)) continue;
        const label = sp.label.toUpperCase();
        const words = surface.split(/\s+/).length;
        const existing = candidates.get(key);
        if (label === 'TERM') {
          // a chunk the model agrees on: more weight to that candidate (a whole noun phrase, not a run fragment)
          if (existing) existing.score += 0.6 * (sp.score ?? 1);
          continue;
        }
        if (!ENTITY_LABELS.has(label)) continue;
        const type = Object.hasOwn(NER_TYPES, label) ? NER_TYPES[label] : 'ENTITY';
        // the model's type names a candidate the rules found; only whole person names are new candidates
        const personName =
          type === 'PERSON' &&
          words >= 2 &&
          surface
            .split(/\s+/)
            .every(
              (w) => /^\p{Lu}/u.test(w) || /^(?:van|von|der|den|de|la|du|da|di|bin|ter|ten|le)$/.test(w),
            );
        if (!existing && !personName) continue;
        // the small model's ORG/PRODUCT/STANDARD tags are too unsure to retype a concept (entity F1 vs its teacher
        // in bench/results/ner-model.md); its person names are reliable enough
        if (type === 'PERSON') result.nerTypes.set(key, type);
        const c = existing ?? {
          key,
          kind: 'pattern' as const,
          surfaces: new Map<string, number>(),
          slides: new Set<number>(),
          count: 0,
          score: 0,
          lower: 0,
          midCap: 0,
        };
        if (personName) {
          c.kind = 'pattern';
          c.typeHint = 'PERSON';
        }
        if (!existing) {
          // the rules did not see this occurrence: count it (for the rules' own finds it is counted already)
          c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
          c.slides.add(b.slideIndex);
          c.count++;
        }
        c.score += 1 * (sp.score ?? 1);
        candidates.set(key, c);
      }
    });
  }
  // with the NER model the pool may have grown by its entities
  result.candidateCount = Math.max(rules.candidateCount, candidates.size);
  const embedder = stages.embedder;
  if (!rules.selected) {
    // the NER model saw the candidates: select now (with an embedding model, a larger lexical pool is
    // re-ranked semantically below)
    result.selected = selectConcepts(candidates, deck.slides.length, {
      poolScale: poolScaleOf(useEmbedRank),
      lang: language.code,
    });
    for (const c of result.selected) {
      const t = result.nerTypes.get(conceptKey(c.record.name));
      if (t && (c.record.type === 'ENTITY' || c.record.type === 'CONCEPT')) c.record.type = t;
    }
  }
  if (embedder) {
    // one deduplicated pass: the selected concepts' names and every slide's text
    const texts = new Set<string>();
    for (const c of result.selected) texts.add(c.record.name);
    const slideTexts = new Map<number, string>();
    for (const s of deck.slides) {
      // ~128 tokens: enough for the gist of a slide, and attention cost grows with length
      const t = slideFullText(s).slice(0, 600);
      if (t.trim()) {
        slideTexts.set(s.index, t);
        texts.add(t);
      }
    }
    const { embedTexts } = await import('../nlp/index.js');
    // progress in texts embedded (+1 for the selection that follows)
    const emb = await embedTexts(embedder, backends.cache, [...texts], {
      signal: input.signal,
      onProgress: (d, t) => input.onProgress(d, t + 1),
    });
    stats.calls += emb.stats.calls;
    stats.cacheHits += emb.stats.cached;
    result.vectors = emb.vectors;
    for (const [i, t] of slideTexts) {
      const v = emb.vectors.get(t);
      if (v) result.slideVectors.set(i, v);
    }
    result.modelId = embedder.modelId;
    const slideVecs = [...result.slideVectors.values()];
    if (useEmbedRank) {
      const options = { limit: conceptLimit(deck.slides.length, result.candidateCount) };
      result.selected = await (input.cpu
        ? input.cpu.semanticSelect(result.selected, result.vectors, slideVecs, options)
        : semanticSelect(result.selected, result.vectors, slideVecs, options).selected);
    }
    stats.items = result.selected.length;
  }
  input.onProgress(1, 1);
  return result;
}
