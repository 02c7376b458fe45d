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

export interface DeckScore {
  expected: number;
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

export function scoreDeck(expected: ExpectedConcept[], nodes: NodeInDeck[]): DeckScore {
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
    else wrongTypes.push({ expected: expected[i].name, want: expected[i].type, got: nodes[best].concept.type });
  }
  const ranked = nodes.map((n, i) => ({ n, i })).sort((a, b) => b.n.mentions - a.n.mentions || a.n.concept.id.localeCompare(b.n.concept.id));
  const topN = ranked.slice(0, expected.length);
  return {
    expected: expected.length,
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
    duplicates: dup.map((i) => ({ expected: expected[i].name, nodes: matchesOf[i].map((j) => nodes[j].concept.name) })),
    wrongTypes,
    bestNode,
    topUnmatched: ranked.filter((x) => !matchedNode.has(x.i)).slice(0, 15).map((x) => x.n.concept.name),
  };
}
