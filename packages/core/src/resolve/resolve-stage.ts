/**
 * Cross-deck entity resolution of one document, cheapest evidence first: normalised forms, then
 * acronym ↔ expansion, then embedding nearest neighbours (when concept vectors exist), and only for
 * the ambiguous rest an optional LLM check in batches. Never across incompatible types, never a pair
 * a user unmerged. Runs between building the document graph and writing it: the graph is remapped
 * in place and carries its merge records, so any GraphStore writes it consistently.
 */
import { initialsMatch } from '../concepts/candidates.js';
import { isOsmoseError } from '../errors.js';
import type { ConceptRecord, DocumentGraph, MergeMethod, MergeRecord } from '../model/graph.js';
import type { GraphStore, VectorHit, VectorStore } from '../ports/store.js';
import { judgeSide, type JudgeContext, type JudgePair, type JudgeTally, type PairJudge } from './judge.js';
import { acronymInfo, formKeys, pairKey, resolutionKey, variantForms, variantKeys } from './keys.js';
import { acronymKey, isAcronym, stripDiacritics } from '../concepts/normalise.js';
import { detectLanguage, phraseLanguages } from '../concepts/language.js';
import { everydayWord } from '../concepts/common-words.js';
import { isEnglishWord } from '../concepts/english-lexicon.js';
import { remapGraph, renameConcept } from './remap.js';
import { compatibleTypes } from './types.js';

export interface ResolveOptions {
  store: GraphStore;
  vectors?: VectorStore | null;
  judge?: PairJudge | null;
  /** The response cache the judge's answers are kept in (null or absent: none). */
  judgeCache?: JudgeContext['cache'];
  /** The document's place in the line for the provider (JudgeContext.rank). */
  judgeRank?: number;
  /** Cosine similarity at or above which two concepts merge without asking (default 0.93). */
  embedMerge?: number;
  /** Cosine similarity from which a pair is ambiguous and goes to the judge (default 0.85). */
  embedAmbiguous?: number;
  now?: () => string;
}

export interface ResolveReport {
  merges: MergeRecord[];
  /** Pairs sent to the judge, and how many it accepted. */
  judged: number;
  accepted: number;
  /** Ambiguous pairs left alone because no judge is configured. */
  undecided: number;
  /** Ambiguous pairs the judge could not be asked about (provider trouble) whose concept no other answer merged: a
   * later run asks again. */
  pending: number;
  /** The judge's provider calls, answers from the response cache, and their cost. */
  judge: JudgeTally;
  ms: number;
}

interface Decision {
  keptId: string;
  method: MergeMethod;
  score: number;
}

interface ConceptKeys {
  forms: string[];
  variants: string[];
  acronym: string | null;
}

/**
 * The keys of a concept depend only on its name and aliases: a store read whole for each document (one without a
 * concept change log) computes them once per concept, not once per document. Bounded: cleared when it grows large.
 */
const keyMemo = new Map<string, ConceptKeys>();
const YIELD_EVERY_MS = 8;
/** New concepts searched per searchMany call (one native pass each over the store's concept vectors). */
const PREFETCH_SLICE = 64;
const KEY_MEMO_MAX = 200_000;

function keysOf(c: ConceptRecord): ConceptKeys {
  const sig = `${c.name}\u0000${c.aliases.join('\u0000')}`;
  let k = keyMemo.get(sig);
  if (!k) {
    k = { forms: formKeys(c), variants: variantKeys(c), acronym: acronymInfo(c).acronym };
    if (keyMemo.size >= KEY_MEMO_MAX) keyMemo.clear();
    keyMemo.set(sig, k);
  }
  return k;
}

/** Concept ids by resolution key: the name index entity resolution matches new concepts against. */
class Index {
  readonly byId = new Map<string, ConceptRecord>();
  readonly byForm = new Map<string, string[]>();
  readonly byAcronym = new Map<string, string[]>();
  /** Variant keys (list label, vendor, version, ISO/IEC dropped) → concepts. */
  readonly byVariant = new Map<string, string[]>();
  /** Acronym keys by their first letter (the initials check looks a spelled-out name up by its first letter). */
  readonly acronymsByInitial = new Map<string, Set<string>>();
  add(c: ConceptRecord): void {
    this.byId.set(c.id, c);
    const push = (m: Map<string, string[]>, k: string) => {
      const l = m.get(k);
      if (!l) m.set(k, [c.id]);
      else if (!l.includes(c.id)) l.push(c.id);
    };
    const keys = keysOf(c);
    for (const k of keys.forms) push(this.byForm, k);
    for (const k of keys.variants) push(this.byVariant, k);
    if (keys.acronym) {
      push(this.byAcronym, keys.acronym);
      const first = keys.acronym[0];
      const s = this.acronymsByInitial.get(first);
      if (s) s.add(keys.acronym);
      else this.acronymsByInitial.set(first, new Set([keys.acronym]));
    }
  }
  /** Takes a concept out (the keys of the record it was added with). */
  remove(id: string): void {
    const c = this.byId.get(id);
    if (!c) return;
    this.byId.delete(id);
    const drop = (m: Map<string, string[]>, k: string): boolean => {
      const l = m.get(k);
      if (!l) return false;
      const i = l.indexOf(id);
      if (i >= 0) l.splice(i, 1);
      if (l.length > 0) return false;
      m.delete(k);
      return true;
    };
    const keys = keysOf(c);
    for (const k of keys.forms) drop(this.byForm, k);
    for (const k of keys.variants) drop(this.byVariant, k);
    if (keys.acronym && drop(this.byAcronym, keys.acronym)) {
      const s = this.acronymsByInitial.get(keys.acronym[0]);
      s?.delete(keys.acronym);
      if (s?.size === 0) this.acronymsByInitial.delete(keys.acronym[0]);
    }
  }
}

/**
 * One document's view of the name index: the stored concepts (less the ones only this document mentions, which
 * it resolves again like new ones) and the document's own new concepts as they stay. The stored part is shared
 * between documents and never changed here.
 */
class DocIndex {
  private readonly local = new Index();
  constructor(
    private readonly base: Index,
    private readonly hidden: Set<string>,
  ) {}
  /** A stored concept this document resolves against (not one of its own). */
  isStored(id: string): boolean {
    return this.base.byId.has(id) && !this.hidden.has(id);
  }
  get(id: string): ConceptRecord | undefined {
    return this.local.byId.get(id) ?? (this.hidden.has(id) ? undefined : this.base.byId.get(id));
  }
  add(c: ConceptRecord): void {
    this.local.add(c);
  }
  private list(pick: (i: Index) => Map<string, string[]>, k: string): string[] {
    const stored = pick(this.base).get(k) ?? [];
    const mine = pick(this.local).get(k) ?? [];
    const visible = this.hidden.size > 0 ? stored.filter((id) => !this.hidden.has(id)) : stored;
    return mine.length > 0 ? [...visible, ...mine] : visible;
  }
  form(k: string): string[] {
    return this.list((i) => i.byForm, k);
  }
  variant(k: string): string[] {
    return this.list((i) => i.byVariant, k);
  }
  acronym(k: string): string[] {
    return this.list((i) => i.byAcronym, k);
  }
  /** Acronym keys that start with `letter`, sorted (a deterministic order, whatever the index's history). */
  acronymsStartingWith(letter: string): string[] {
    const all = new Set([
      ...(this.base.acronymsByInitial.get(letter) ?? []),
      ...(this.local.acronymsByInitial.get(letter) ?? []),
    ]);
    return [...all].sort();
  }
}

/**
 * The stored part of the name index, per store connection (the worker thread's own, the main thread's): brought up
 * to date from the store's concept change log before each document (O(changes), not O(store)); a store without
 * one (an embedded store opened without its migrations) is read whole each time. Resolutions on one store object
 * run one at a time (below), so the index does not change under a running resolution.
 */
const storedIndexes = new WeakMap<GraphStore, { token: number; index: Index }>();

async function storedIndex(store: GraphStore): Promise<Index> {
  const cached = storedIndexes.get(store);
  let changes = (await store.conceptChanges?.(cached?.token ?? null)) ?? null;
  if (!changes) {
    storedIndexes.delete(store);
    const index = new Index();
    await addAll(index, [], await store.allConcepts());
    return index;
  }
  let index = cached && !changes.full ? cached.index : new Index();
  await addAll(index, changes.removed, changes.concepts);
  // a store that also counts its concepts (Neo4j, where a writer on an older version logs nothing): a count the
  // index does not match means changes it never heard of, so it starts over
  if (changes.total !== undefined && changes.total !== index.byId.size && !changes.full) {
    changes = await store.conceptChanges!(null);
    index = new Index();
    if (changes) await addAll(index, changes.removed, changes.concepts);
  }
  if (changes) storedIndexes.set(store, { token: changes.token, index });
  else storedIndexes.delete(store);
  return index;
}

/**
 * Takes `removed` out of the index and puts `concepts` in (again), handing the event loop back every few ms: a first
 * build on a large store takes a few hundred ms (50,000 concepts), and this may run on the main thread.
 */
async function addAll(index: Index, removed: string[], concepts: ConceptRecord[]): Promise<void> {
  for (const id of removed) index.remove(id);
  let slice = performance.now();
  for (let i = 0; i < concepts.length; i++) {
    if ((i & 255) === 255 && performance.now() - slice > YIELD_EVERY_MS) {
      await new Promise<void>((r) => setImmediate(r));
      slice = performance.now();
    }
    index.remove(concepts[i].id);
    index.add(concepts[i]);
  }
}

/** The resolution running on each store object: the next one waits for it (they share the store's name index). */
const running = new WeakMap<GraphStore, Promise<unknown>>();

/**
 * Cross-deck resolution of one document against the stored concepts (see the file's head). Calls on the same store
 * object run one after the other; callers that also write the result hold the store lock around both.
 */
export async function resolveStage(graph: DocumentGraph, opts: ResolveOptions): Promise<ResolveReport> {
  const before = running.get(opts.store) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => resolveOne(graph, opts));
  running.set(opts.store, mine);
  try {
    return await mine;
  } finally {
    if (running.get(opts.store) === mine) running.delete(opts.store);
  }
}

async function resolveOne(graph: DocumentGraph, opts: ResolveOptions): Promise<ResolveReport> {
  const t0 = performance.now();
  const now = opts.now ?? (() => new Date().toISOString());
  // concepts only this document mentions (it is stored already: re-done with --force, or for what an earlier
  // run could not ask the judge) are resolved again like new ones, against the store as it is without them
  const own = (await opts.store.conceptsOnlyIn?.(graph.document.id)) ?? new Set<string>();
  const index = new DocIndex(await storedIndex(opts.store), own);
  const blocked = (await opts.store.blockedPairs?.()) ?? new Set<string>();
  const ok = (x: ConceptRecord, id: string) => {
    const k = index.get(id);
    return !!k && id !== x.id && !blocked.has(pairKey(x.id, id)) && compatibleTypes(x.type, k.type);
  };

  const decided = new Map<string, Decision>();
  const ambiguous: { x: ConceptRecord; keptId: string; score: number; reason: string }[] = [];
  let undecided = 0;
  const lang = languageOf(graph.textBlocks.filter((b) => !b.boilerplate).map((b) => b.text));
  const bareLang = new Map<string, string | null>();
  // the stored bare acronyms' words (their mentions' sentences), and this deck's: see unbackedExpansion
  const bareWords = new Map<string, Set<string>>();
  let ownWords: Set<string> | null = null;
  const deckWords = () => (ownWords ??= wordsOf(graph.textBlocks.map((b) => b.text)));
  // an acronym whose id another language's concept holds: this deck's bare "IP" where a Portuguese deck's
  // "Infraestruturas de Portugal (IP)" is stored under that id, or this deck's spelled-out acronym where another
  // language's decks hold it bare: the same id would make them one concept before any rule below is asked, so this
  // deck's concept takes an id of its language ("c:ip@en") and is resolved as a new one
  if (lang)
    for (const x of [...graph.concepts]) {
      if (!index.isStored(x.id)) continue;
      const mine = acronymInfo(x);
      const theirs = acronymInfo(index.get(x.id)!);
      if (!mine.acronym || !theirs.acronym) continue;
      let foreign = false;
      if (!mine.expansion && theirs.expansion)
        foreign =
          foreignExpansion(theirs.expansion, lang) || unbackedExpansion(theirs.expansion, lang, deckWords());
      else if (mine.expansion && !theirs.expansion) {
        const d = await opts.store.showConcept(x.id).catch(() => null);
        const sentences = d ? d.mentionList.map((m) => m.sentence) : [];
        const theirLang = d ? languageOf(sentences) : null;
        foreign =
          foreignExpansion(mine.expansion, theirLang) ||
          (d !== null && unbackedExpansion(mine.expansion, theirLang, wordsOf(sentences)));
      } else if (!mine.expansion && !theirs.expansion) {
        // (both bare: where another deck spelled the acronym out as a term this deck writes the words of and the stored
        // one's decks do not, this deck means that term: an irrigation deck's "RDC" beside a hospital's)
        const spelled = index
          .acronym(mine.acronym)
          .filter((id) => id !== x.id && index.isStored(id))
          .map((id) => ({ id, e: acronymInfo(index.get(id)!).expansion }))
          .filter(
            (t): t is { id: string; e: string } =>
              t.e !== null &&
              needsBacking(t.e, lang) &&
              !foreignExpansion(t.e, lang) &&
              !unbackedExpansion(t.e, lang, deckWords()),
          )
          .sort((a, b) => a.id.localeCompare(b.id));
        if (spelled.length > 0 && !graph.concepts.some((c) => c.id === spelled[0].id)) {
          const d = await opts.store.showConcept(x.id).catch(() => null);
          const sentences = d ? d.mentionList.map((m) => m.sentence) : [];
          if (d && unbackedExpansion(spelled[0].e, languageOf(sentences), wordsOf(sentences))) {
            renameConcept(graph, x.id, spelled[0].id);
            continue;
          }
        }
      }
      if (foreign) renameConcept(graph, x.id, `${x.id}@${lang}`);
    }
  // the document's own new concepts, strongest first (deterministic order)
  const fresh = graph.concepts
    .filter((c) => !index.isStored(c.id))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  const vecOf = new Map(graph.vectors.filter((v) => v.kind === 'concept').map((v) => [v.refId, v]));

  // a vector store outage (Qdrant down) costs the nearest-neighbour step only, not the document
  let vectorsDown = false;
  const limit = 5 + Math.min(own.size, 45);
  // a store that batches (the embedded one: one native pass over its copy of the concept vectors) answers every new
  // concept's search at once, by model; the loop below then reads them (a concept decided cheaply never reads its)
  const prefetched = new Map<string, VectorHit[]>();
  if (opts.vectors?.searchMany) {
    const byModel = new Map<string, ConceptRecord[]>();
    for (const x of fresh) {
      const model = vecOf.get(x.id)?.model;
      if (model === undefined) continue;
      const l = byModel.get(model);
      if (l) l.push(x);
      else byModel.set(model, [x]);
    }
    // in slices, the event loop served between them (this may run on the main thread)
    for (const [model, list] of byModel) {
      for (let i = 0; i < list.length && !vectorsDown; i += PREFETCH_SLICE) {
        if (i > 0) await new Promise<void>((r) => setImmediate(r));
        const part = list.slice(i, i + PREFETCH_SLICE);
        const found = await opts.vectors
          .searchMany(
            part.map((x) => vecOf.get(x.id)!.vector),
            { limit, kind: 'concept', model },
          )
          .catch((e: unknown) => {
            if (!isOsmoseError(e) || !e.retryable) throw e;
            vectorsDown = true;
            return [];
          });
        found.forEach((hits, j) => prefetched.set(part[j].id, hits));
      }
    }
  }
  // long documents: hand the event loop back every few ms (this runs on the main thread, under the store lock)
  let slice = performance.now();
  for (const x of fresh) {
    if (performance.now() - slice > YIELD_EVERY_MS) {
      await new Promise<void>((r) => setImmediate(r));
      slice = performance.now();
    }
    const info = acronymInfo(x);
    if (info.expansion && info.acronym)
      for (const id of index.acronym(info.acronym))
        if (!bareLang.has(id) && index.isStored(id) && !acronymInfo(index.get(id)!).expansion) {
          // a stored bare acronym a spelled-out one may join: the language its decks use it in
          const d = await opts.store.showConcept(id).catch(() => null);
          bareLang.set(id, d ? languageOf(d.mentionList.map((m) => m.sentence)) : null);
          if (d) bareWords.set(id, wordsOf(d.mentionList.map((m) => m.sentence)));
        }
    const d = matchCheap(x, index, ok, ambiguous, lang, bareLang, bareWords, deckWords);
    if (d) decided.set(x.id, d);
    else if (opts.vectors && !vectorsDown && vecOf.has(x.id)) {
      const v = vecOf.get(x.id)!;
      // (a stored document re-done still has its own concepts' vectors in the store: they are no neighbours, as
      // on a first ingest; asked for beyond the 5 so that they cannot crowd the others out)
      const found =
        prefetched.get(x.id) ??
        (await opts.vectors
          .search(v.vector, { limit, kind: 'concept', model: v.model })
          .catch((e: unknown) => {
            if (!isOsmoseError(e) || !e.retryable) throw e;
            vectorsDown = true;
            return [];
          }));
      const hits = found.filter((h) => !own.has(h.refId)).slice(0, 5);
      const hi = opts.embedMerge ?? 0.93;
      const lo = opts.embedAmbiguous ?? 0.85;
      const best = hits.find(
        (h) => h.score >= lo && ok(x, h.refId) && embeddable(x.name, index.get(h.refId)!.name),
      );
      if (best && best.score >= hi)
        decided.set(x.id, { keptId: best.refId, method: 'embedding', score: round(best.score) });
      else if (best)
        ambiguous.push({
          x,
          keptId: best.refId,
          score: round(best.score),
          reason: `embedding ${best.score.toFixed(3)}`,
        });
    }
    // a new concept that stays becomes a target for the rest of this document
    if (!decided.has(x.id)) index.add(x);
  }

  let judged = 0;
  let accepted = 0;
  /** Concepts with a pair the judge could not be asked about (counted below when no other answer merged them). */
  const waiting: string[] = [];
  const tally: JudgeTally = { calls: 0, cacheHits: 0, costUsd: 0 };
  const open = ambiguous.filter((a) => !decided.has(a.x.id));
  if (open.length > 0 && opts.judge) {
    const size = Math.max(1, opts.judge.batchSize ?? 20);
    for (let i = 0; i < open.length; i += size) {
      const batch = open.slice(i, i + size);
      const pairs: JudgePair[] = batch.map((a) => ({
        a: judgeSide(
          a.x,
          graph.mentions.filter((m) => m.conceptId === a.x.id).map((m) => m.sentence),
        ),
        b: judgeSide(index.get(a.keptId)!),
        reason: a.reason,
      }));
      const answers = await opts.judge.judgePairs(pairs, {
        tally,
        cache: opts.judgeCache ?? null,
        rank: opts.judgeRank,
      });
      batch.forEach((a, j) => {
        if (answers[j] === null) waiting.push(a.x.id);
        else judged++;
        if (answers[j] === true && !decided.has(a.x.id)) {
          accepted++;
          decided.set(a.x.id, { keptId: a.keptId, method: 'llm', score: a.score });
        }
      });
    }
  } else undecided = open.length;
  // a pair waits only while its concept is undecided: another answer that merged it settles it
  const pending = waiting.filter((id) => !decided.has(id)).length;

  // follow chains (x → y → z) to the root; a cycle cannot form because targets are indexed before sources
  const root = (id: string, seen = new Set<string>()): string => {
    const d = decided.get(id);
    if (!d || seen.has(id)) return id;
    seen.add(id);
    return root(d.keptId, seen);
  };
  const target = new Map<string, string>();
  for (const id of decided.keys()) target.set(id, root(id));
  const docConcepts = new Map(graph.concepts.map((c) => [c.id, c]));
  const merges: MergeRecord[] = [...target.entries()].map(([from, to]) => {
    const d = decided.get(from)!;
    return {
      id: `mg:${to}|${from}`,
      keptId: to,
      mergedId: from,
      method: d.method,
      score: d.score,
      docId: graph.document.id,
      snapshot: {
        kept: structuredClone(docConcepts.get(to) ?? index.get(to)!),
        merged: structuredClone(docConcepts.get(from)!),
      },
      createdAt: now(),
    };
  });
  // (copies: the stored records belong to the shared index)
  remapGraph(graph, target, {
    get: (id) => {
      const c = index.get(id);
      return c && structuredClone(c);
    },
  });
  graph.merges = [...(graph.merges ?? []), ...merges];
  return { merges, judged, accepted, undecided, pending, judge: tally, ms: performance.now() - t0 };
}

/** Numbers in a name ("NIST 800-61", "ASVS 4.0.1"): two names with different numbers are different things. */
// (a document's letter after its number is part of it: "NIST 800-63b" is not "NIST 800-63"; "3rd" is a 3)
const numbersOf = (s: string) => (s.toLowerCase().match(/\d+(?:[a-z](?![a-z]))?/g) ?? []).join('.');
/** Scripts the sentence-embedding models in use do not separate well (CJK, Arabic, Hebrew, Thai…): no embedding merges. */
const UNSUPPORTED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** Whether an embedding neighbour may be merged (or sent to the judge) at all. */
export function embeddable(a: string, b: string): boolean {
  return numbersOf(a) === numbersOf(b) && !UNSUPPORTED_SCRIPT.test(a) && !UNSUPPORTED_SCRIPT.test(b);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Whether an acronym's expansion is written in another language than the deck that uses the acronym: it has marker
 * function words of some languages, none of them the deck's or English ("Código dos Contratos Públicos" is not what
 * "CCP" means in a French deck, the Code de la commande publique; "Bundesamt für Sicherheit in der
 * Informationstechnik" is not an English deck's "BSI"). English expansions are read in every language (acronyms of
 * international bodies and standards), as are those without a marker word. `lang` null: the deck's language is not
 * known (too few function words), and nothing is foreign.
 */
export function foreignExpansion(expansion: string, lang: string | null): boolean {
  if (!lang) return false;
  const langs = phraseLanguages(expansion);
  if (langs.size > 0) return !langs.has(lang) && !langs.has('en');
  // (an English deck: a joining word of another language inside the expansion, "Infraestruturas de Portugal", "Banco
  // de España", is not what an English deck's "IP" or "BE" is; a name without one, "Siemens Healthineers", may be)
  if (lang === 'en')
    return / (?:de|da|do|dos|das|der|die|den|des|du|la|le|les|el|los|las|del|della|delle|dei|degli|di|van|het|voor|für|und|et|y|e|para|pour|per|zur|zum) /iu.test(
      ` ${expansion.trim()} `.replace(/^ \S+ /u, ' '),
    );
  // (no function word: the everyday words of the languages with a word list decide, "Esquema Nacional de Seguridad" is
  // Spanish by "seguridad" and "nacional", not what a Portuguese deck's "ENS" is; English words throughout are read
  // in every language)
  const words = expansion.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  if (!LISTED_LANGS.includes(lang)) return false;
  if (words.length === 0 || words.every((w) => isEnglishWord(w))) return false;
  const votes = new Map<string, number>();
  let otherOnly = false;
  for (const w of words) {
    const ls = LISTED_LANGS.filter((l) => everydayWord(w, l));
    for (const l of ls) votes.set(l, (votes.get(l) ?? 0) + 1);
    if (ls.length > 0 && !ls.includes(lang)) otherOnly = true;
  }
  const own = votes.get(lang) ?? 0;
  return otherOnly && [...votes].some(([l, n]) => l !== lang && n > own);
}
/** A text's words of four letters or more, in lower case without accents (see unbackedExpansion). */
export function wordsOf(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const w of stripDiacritics(t.toLowerCase()).match(/\p{L}{4,}/gu) ?? []) out.add(w);
  return out;
}
/**
 * Whether an acronym's expansion needs the words of a deck that writes the acronym bare before they are one concept,
 * and that deck lacks them: a term spelled out in sentence case is a deck's own ("rega deficitária controlada (RDC)" of
 * an irrigation deck is not a hospital deck's "RDC", an agency's resolution), and so may be an English name read in a
 * deck of another language ("Advanced Variant Configuration (AVC)" of a German SAP deck is not a Portuguese hospital's
 * "AVC", a stroke). One of the expansion's words (four letters or more) written in that deck backs it. A capitalised
 * name is read as it is in its language and in English decks ("General Data Protection Regulation" of a deck that
 * only says "GDPR").
 */
export function unbackedExpansion(expansion: string, lang: string | null, words: Set<string>): boolean {
  if (!needsBacking(expansion, lang)) return false;
  const backed = (w: string) =>
    words.has(w) || words.has(`${w}s`) || (w.endsWith('s') && words.has(w.slice(0, -1)));
  const content = contentWords(expansion);
  // (an English expansion in a deck of another language, half its words: one may be a word of both, "plans" of
  // "Data management plans" in a French deck whose "DMP" is the dossier médical partagé)
  const needed = englishIn(expansion, lang) ? Math.ceil(content.length / 2) : 1;
  return content.filter(backed).length < needed;
}
/** An expansion all of English words, no other language's, read in a deck of another language. */
function englishIn(expansion: string, lang: string | null): boolean {
  return (
    lang !== null &&
    lang !== 'en' &&
    contentWords(expansion).every((w) => isEnglishWord(w)) &&
    phraseLanguages(expansion).size === 0
  );
}
/** An expansion's words of four letters or more that carry its meaning, lower case without accents. */
function contentWords(expansion: string): string[] {
  return (stripDiacritics(expansion.toLowerCase()).match(/\p{L}{4,}/gu) ?? []).filter(
    (w) =>
      !/^(?:with|from|into|pour|sous|sobre|para|della|delle|degli|dello|nella|sulla|voor|door|uber|unter|zwischen)$/.test(
        w,
      ),
  );
}
/** See unbackedExpansion: a term in sentence case, or an English name read in a deck of another language. */
function needsBacking(expansion: string, lang: string | null): boolean {
  const content = contentWords(expansion);
  if (content.length === 0) return false;
  const written = expansion.trim().split(/\s+/);
  const term = written.length >= 2 && written.slice(1).every((w) => !/\p{Lu}/u.test(w));
  return term || englishIn(expansion, lang);
}
/** The languages common-words.ts lists. */
const LISTED_LANGS = ['de', 'nl', 'fr', 'es', 'it', 'pt'];

/** A text's language when its function words tell it (null: too few to tell, a deck of labels). */
export function languageOf(texts: string[]): string | null {
  const l = detectLanguage(texts);
  return l.confidence > 0 && l.code !== 'und' ? l.code : null;
}

/**
 * Normalised forms, then acronym ↔ expansion; ambiguous acronyms are queued for the judge. An acronym is never read
 * as an expansion in another language (`foreignExpansion`): `lang` is this document's language, `bareLang` the
 * language of the stored bare acronyms' mentions.
 */
function matchCheap(
  x: ConceptRecord,
  index: DocIndex,
  ok: (x: ConceptRecord, id: string) => boolean,
  ambiguous: { x: ConceptRecord; keptId: string; score: number; reason: string }[],
  lang: string | null,
  bareLang: Map<string, string | null>,
  bareWords: Map<string, Set<string>>,
  deckWords: () => Set<string>,
): Decision | null {
  for (const k of formKeys(x)) {
    const hit = index
      .form(k)
      .filter((id) => ok(x, id))
      .sort()[0];
    if (hit) return { keptId: hit, method: 'normalised', score: 1 };
  }
  // variants ("A3:2021-Injection" / "Injection", "Microsoft Entra ID" / "Entra ID", "ISO/IEC 42001" / "ISO 42001",
  // "ASVS 4.0" / "ASVS"): the same normalised merge, logged with score 0.95 so the log tells them apart
  const own = formKeys(x);
  for (const v of variantForms(x)) {
    const k = resolutionKey(v);
    const acr = isAcronym(v) ? index.acronym(acronymKey(v)) : [];
    const hit = [...index.form(k), ...index.variant(k), ...acr].filter((id) => ok(x, id)).sort()[0];
    if (hit) return { keptId: hit, method: 'normalised', score: 0.95 };
  }
  for (const k of own) {
    const hit = index
      .variant(k)
      .filter((id) => ok(x, id))
      .sort()[0];
    if (hit) return { keptId: hit, method: 'normalised', score: 0.95 };
  }
  const info = acronymInfo(x);
  if (info.acronym) {
    // (each target's expansion read once)
    const expansionOf = new Map<string, string | null>();
    for (const id of index.acronym(info.acronym))
      if (ok(x, id)) expansionOf.set(id, acronymInfo(index.get(id)!).expansion);
    const targets = [...expansionOf.keys()]
      .filter((id) => {
        const e = expansionOf.get(id)!;
        if (info.expansion) {
          if (e !== null) return true;
          const theirs = bareWords.get(id);
          return (
            !foreignExpansion(info.expansion, bareLang.get(id) ?? null) &&
            !(theirs !== undefined && unbackedExpansion(info.expansion, bareLang.get(id) ?? null, theirs))
          );
        }
        return e === null || (!foreignExpansion(e, lang) && !unbackedExpansion(e, lang, deckWords()));
      })
      .sort();
    const expansions = new Set<string>();
    for (const id of targets) {
      const e = expansionOf.get(id);
      if (e) expansions.add(resolutionKey(e));
    }
    if (info.expansion) {
      // both spelled out and different: two meanings of one acronym ("PO": product owner, purchase order)
      const bare = targets.filter((id) => !expansionOf.get(id));
      if (bare.length > 0 && expansions.size === 0) return { keptId: bare[0], method: 'acronym', score: 0.9 };
      if (bare.length > 0)
        ambiguous.push({
          x,
          keptId: bare[0],
          score: 0.6,
          reason: `acronym ${info.acronym} has several expansions`,
        });
    } else if (targets.length > 0) {
      if (expansions.size <= 1) return { keptId: targets[0], method: 'acronym', score: 0.9 };
      ambiguous.push({
        x,
        keptId: targets[0],
        score: 0.5,
        reason: `acronym ${info.acronym} has ${expansions.size} expansions`,
      });
    }
  } else if (/\s/.test(x.name)) {
    // a spelled-out name whose initials match a bare acronym seen elsewhere: plausible, not certain
    const words = x.name.split(/\s+/).length;
    const first = x.name[0].toUpperCase();
    for (const acr of index.acronymsStartingWith(first)) {
      if (acr.length < 3 || Math.abs(acr.length - words) > 2 || !initialsMatch(x.name, acr)) continue;
      const bare = index
        .acronym(acr)
        .filter((id) => ok(x, id) && !acronymInfo(index.get(id)!).expansion)
        .sort();
      if (bare.length > 0) {
        ambiguous.push({ x, keptId: bare[0], score: 0.7, reason: `initials of "${x.name}" spell ${acr}` });
        break;
      }
    }
  }
  return null;
}
