/** Precision, recall, duplicate rate and type accuracy of one deck's concept nodes against its expected list. */
import { isAcronym } from '../../packages/core/src/concepts/normalise.js';
import type { ConceptRecord } from '../../packages/core/src/model/graph.js';
import { resolutionKey } from '../../packages/core/src/resolve/keys.js';
import type { ExpectedConcept } from './expected-lists.js';

export interface NodeInDeck {
  concept: ConceptRecord;
  /** Mentions of this node in the deck. */
  mentions: number;
}

export type MissCause = 'name split' | 'boundary' | 'variant' | 'ranking' | 'absent';

export interface DeckScore {
  expected: number;
  /** Expected concepts marked `must`, and how many of them were found. */
  mustExpected: number;
  mustFound: number;
  mustRecall: number;
  /** Top-K nodes (K = expected) that are code or a generic single word (judged by the eval's own lists). */
  topCode: string[];
  topGeneric: string[];
  /** Each missed expected concept with the most likely cause. */
  missCauses: { expected: string; must: boolean; cause: MissCause; near?: string }[];
  nodes: number;
  matchedNodes: number;
  found: number;
  duplicated: number;
  typeCorrect: number;
  precision: number;
  /** Precision of the N most-mentioned nodes, N = size of the expected list. */
  precisionAtN: number;
  recall: number;
  duplicateRate: number;
  typeAccuracy: number;
  missed: string[];
  duplicates: { expected: string; nodes: string[] }[];
  wrongTypes: { expected: string; want: string; got: string }[];
  topUnmatched: string[];
  /** Expected concept name → id of its most-mentioned node (found ones only). */
  bestNode: Record<string, string>;
  /** The top-K nodes by mentions, with the expected concept each matches (null: unmatched). */
  topK: { name: string; mentions: number; matches: string | null }[];
}

/** Comparable forms: acronyms exactly (upper case, no plural s), everything else by the resolution key. */
export function formsOf(name: string, aliases: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of [name, ...aliases]) {
    const t = f.trim();
    if (!t) continue;
    if (isAcronym(t)) out.add('acr:' + t.replace(/s$/, ''));
    else {
      const k = resolutionKey(t);
      if (k) out.add(k);
    }
  }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/**
 * Independent judges (not the pipeline's own rules) of what should never be in a deck's top K: code and
 * generic single words.
 */
const GENERIC = new Set(
  `overview summary introduction agenda questions question conclusion conclusions background results result importance time
  yes no thanks contents outline objectives goals next steps discussion example examples notes note references resources
  details detail update updates status today welcome appendix definition definitions problem problems solution solutions
  approach method methods analysis data information things thing way ways part parts section sections level levels type types
  issue issues topic topics end start use case cases key point points idea ideas fact facts list item items number numbers
  einleitung übersicht zusammenfassung fragen beispiel inhalt ziele ergebnisse hintergrund
  introduction résumé sommaire conclusion questions exemple références remerciements
  introducción resumen conclusión preguntas ejemplo`.split(/\s+/),
);
export function isCodeLike(name: string): boolean {
  return (
    /[{};]|\w\(|\)\s*[{;]|[=!<>]=|\+\+|->|=>|::/.test(name) ||
    /\b(public|private|protected|static|void|return|int|class|new|import|def|function|var|let|const)\s+[\p{L}_$]/u.test(
      name,
    ) ||
    /\b(select|insert|update|delete)\b.+\b(from|into|set|where)\b/i.test(name) ||
    /^[a-z]+[A-Z]\w*$/.test(name) ||
    /^\w+_\w+$/.test(name) ||
    /^\w+\.\w+\(/.test(name)
  );
}
export function isGenericWord(name: string): boolean {
  const t = name.trim().toLowerCase();
  return !/\s/.test(t) && GENERIC.has(t);
}

const words = (s: string) => resolutionWords(s);
function resolutionWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}
const LABEL = /^(?:[a-z]\d{1,2}(?:[:.]\d{4})?|v\d{1,2}|\d{1,2}|l\d)$/;

/**
 * Why an expected concept was missed: `name split` (a person's name held by nodes that each carry a part of it),
 * `variant` (a node is the same name with a list label, a version, a vendor/org prefix or a plural more or less),
 * `boundary` (a node overlaps the name but starts or ends elsewhere), `ranking` (the deck's candidate pool had it,
 * selection dropped it), `absent` (no candidate at all).
 */
export function missCause(
  e: ExpectedConcept,
  nodes: NodeInDeck[],
  pool: Set<string> | null,
): { cause: MissCause; near?: string } {
  const forms = [e.name, ...e.aliases].map(words).filter((w) => w.length > 0);
  const nodeForms = nodes.flatMap((n) =>
    [n.concept.name, ...n.concept.aliases].map((f) => ({ n: n.concept.name, w: words(f) })),
  );
  if (e.type === 'PERSON') {
    const parts = nodeForms.filter(
      (x) => x.w.length > 0 && forms.some((f) => f.length > x.w.length && x.w.every((w) => f.includes(w))),
    );
    if (parts.length > 0) return { cause: 'name split', near: parts[0].n };
  }
  const sub = (a: string[], b: string[]) => {
    // a is a contiguous run inside b
    for (let i = 0; i + a.length <= b.length; i++) if (a.every((w, j) => b[i + j] === w)) return i;
    return -1;
  };
  for (const f of forms)
    for (const x of nodeForms) {
      if (x.w.length === 0) continue;
      const [small, big] = f.length < x.w.length ? [f, x.w] : [x.w, f];
      const at = sub(small, big);
      if (at < 0 || small.length === big.length) continue;
      const extra = [...big.slice(0, at), ...big.slice(at + small.length)];
      // list labels, versions, one leading vendor/organisation word: the same thing named differently
      if (extra.every((w) => LABEL.test(w) || /^\d[\d.x]*$/.test(w)) || (at === 1 && extra.length === 1))
        return { cause: 'variant', near: x.n };
      return { cause: 'boundary', near: x.n };
    }
  if (pool && forms.some((f) => pool.has(f.join(' ')))) return { cause: 'ranking' };
  return { cause: 'absent' };
}

export function scoreDeck(
  expected: ExpectedConcept[],
  nodes: NodeInDeck[],
  pool: Set<string> | null = null,
): DeckScore {
  const nodeForms = nodes.map((n) => formsOf(n.concept.name, n.concept.aliases));
  const matchesOf = expected.map((e) => {
    const ef = formsOf(e.name, e.aliases);
    return nodes.map((_, i) => i).filter((i) => [...nodeForms[i]].some((f) => ef.has(f)));
  });
  const matchedNode = new Set(matchesOf.flat());
  const foundIdx = expected.map((_, i) => i).filter((i) => matchesOf[i].length > 0);
  const dup = foundIdx.filter((i) => matchesOf[i].length > 1);
  const wrongTypes: DeckScore['wrongTypes'] = [];
  let typeCorrect = 0;
  const bestNode: Record<string, string> = {};
  for (const i of foundIdx) {
    const best = [...matchesOf[i]].sort((a, b) => nodes[b].mentions - nodes[a].mentions)[0];
    bestNode[expected[i].name] = nodes[best].concept.id;
    if (nodes[best].concept.type === expected[i].type) typeCorrect++;
    else
      wrongTypes.push({ expected: expected[i].name, want: expected[i].type, got: nodes[best].concept.type });
  }
  const ranked = nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.mentions - a.n.mentions || a.n.concept.id.localeCompare(b.n.concept.id));
  const topN = ranked.slice(0, expected.length);
  const mustIdx = expected.map((_, i) => i).filter((i) => expected[i].must);
  const mustFound = mustIdx.filter((i) => matchesOf[i].length > 0).length;
  return {
    expected: expected.length,
    mustExpected: mustIdx.length,
    mustFound,
    mustRecall: ratio(mustFound, mustIdx.length),
    topCode: topN.map((x) => x.n.concept.name).filter(isCodeLike),
    topGeneric: topN
      .filter((x) => !matchedNode.has(x.i))
      .map((x) => x.n.concept.name)
      .filter(isGenericWord),
    missCauses: expected
      .filter((_, i) => matchesOf[i].length === 0)
      .map((e) => ({ expected: e.name, must: e.must, ...missCause(e, nodes, pool) })),
    nodes: nodes.length,
    matchedNodes: matchedNode.size,
    found: foundIdx.length,
    duplicated: dup.length,
    typeCorrect,
    precision: ratio(matchedNode.size, nodes.length),
    precisionAtN: ratio(topN.filter((x) => matchedNode.has(x.i)).length, topN.length),
    recall: ratio(foundIdx.length, expected.length),
    duplicateRate: ratio(dup.length, foundIdx.length),
    typeAccuracy: ratio(typeCorrect, foundIdx.length),
    missed: expected.filter((_, i) => matchesOf[i].length === 0).map((e) => e.name),
    duplicates: dup.map((i) => ({
      expected: expected[i].name,
      nodes: matchesOf[i].map((j) => nodes[j].concept.name),
    })),
    wrongTypes,
    bestNode,
    topK: topN.map((x) => ({
      name: x.n.concept.name,
      mentions: x.n.mentions,
      matches: expected.find((_, i) => matchesOf[i].includes(x.i))?.name ?? null,
    })),
    topUnmatched: ranked
      .filter((x) => !matchedNode.has(x.i))
      .slice(0, 15)
      .map((x) => x.n.concept.name),
  };
}
