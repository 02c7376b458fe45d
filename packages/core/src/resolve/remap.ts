/** Rewrites one document's graph so merged concepts point at the concept they were merged into (or one concept takes another id). */
import { isAcronym, isVersionOf } from '../concepts/normalise.js';
import type { ConceptRecord, DocumentGraph, RelationRecord } from '../model/graph.js';
import { mergedType } from './types.js';
import { cooccurrenceIdOf } from '../model/ids.js';

function union(a: string[], b: string[]): string[] {
  const seen = new Map<string, string>();
  for (const x of [...a, ...b]) if (!seen.has(x.toLowerCase())) seen.set(x.toLowerCase(), x);
  return [...seen.values()].sort((x, y) => x.localeCompare(y));
}

/**
 * The kept concept after absorbing `merged`: aliases united, a spelled-out name preferred over an acronym, and the
 * bare name over one release of it (a deck about "ASVS 4.0" ingested first does not name the standard that other
 * decks write without a version).
 */
export function absorb(kept: ConceptRecord, merged: ConceptRecord): ConceptRecord {
  const upgrade = (isAcronym(kept.name) && !isAcronym(merged.name)) || isVersionOf(kept.name, merged.name);
  const name = upgrade ? merged.name : kept.name;
  const aliases = union(kept.aliases, [kept.name, merged.name, ...merged.aliases]).filter(
    (a) => a.toLowerCase() !== name.toLowerCase(),
  );
  return {
    id: kept.id,
    name,
    type: mergedType(kept.type, merged.type),
    aliases,
    definition: kept.definition ?? merged.definition,
    confidence: Math.max(kept.confidence, merged.confidence),
  };
}

/**
 * Applies `target` (merged id → kept id, already resolved to the root) to the graph. Every remapped
 * mention, relation and chart fact keeps the id its document originally used, so the graph written
 * through any GraphStore stays self-consistent and each merge can be undone.
 */
export function remapGraph(
  g: DocumentGraph,
  target: Map<string, string>,
  keptRecords: { get(id: string): ConceptRecord | undefined },
): void {
  if (target.size === 0) return;
  const to = (id: string) => target.get(id) ?? id;
  const byId = new Map(g.concepts.map((c) => [c.id, c]));
  // kept concepts: start from the document's own record when it has one, else the stored one
  const kept = new Map<string, ConceptRecord>();
  for (const k of new Set(target.values())) kept.set(k, byId.get(k) ?? keptRecords.get(k)!);
  for (const [from, k] of [...target.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const m = byId.get(from);
    if (m) kept.set(k, absorb(kept.get(k)!, m));
  }
  const concepts: ConceptRecord[] = [];
  const placed = new Set<string>();
  for (const c of g.concepts) {
    const id = to(c.id);
    if (placed.has(id)) continue;
    placed.add(id);
    concepts.push(kept.get(id) ?? c);
  }
  g.concepts = concepts;
  for (const m of g.mentions)
    if (target.has(m.conceptId)) {
      m.originalConceptId = m.conceptId;
      m.conceptId = to(m.conceptId);
    }
  const rels = new Map<string, RelationRecord>();
  for (const r of g.relations) {
    const s = to(r.source);
    const t = to(r.target);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const id = r.type === 'CO_OCCURS' ? cooccurrenceIdOf(r.docId, `${a}|${b}`) : `${r.id}~${a}|${b}`;
    const prev = rels.get(id);
    if (prev) {
      prev.weight += r.weight;
      continue;
    }
    const moved = s !== r.source || t !== r.target;
    rels.set(id, {
      ...r,
      id,
      source: r.type === 'CO_OCCURS' ? a : s,
      target: r.type === 'CO_OCCURS' ? b : t,
      ...(moved ? { originalSource: r.source, originalTarget: r.target } : {}),
    });
  }
  g.relations = [...rels.values()];
  for (const f of g.chartFacts)
    if (f.conceptIds.some((c) => target.has(c))) {
      f.originalConceptIds = f.conceptIds;
      f.conceptIds = [...new Set(f.conceptIds.map(to))];
    }
  g.vectors = g.vectors.filter((v) => !(v.kind === 'concept' && target.has(v.refId)));
}

/** Gives a document's concept another id in all of its graph (records, mentions, relations, chart facts, vectors). */
export function renameConcept(g: DocumentGraph, from: string, to: string): void {
  if (g.concepts.some((c) => c.id === to)) return;
  const swap = (id: string) => (id === from ? to : id);
  g.concepts = g.concepts.map((c) => (c.id === from ? { ...c, id: to } : c));
  for (const m of g.mentions) m.conceptId = swap(m.conceptId);
  // (a relation keeps its id, unique in its document; a co-occurrence's ends stay in order)
  for (const r of g.relations) {
    if (r.source !== from && r.target !== from) continue;
    const [s, t] = [swap(r.source), swap(r.target)];
    [r.source, r.target] = r.type === 'CO_OCCURS' && t < s ? [t, s] : [s, t];
  }
  for (const f of g.chartFacts) if (f.conceptIds.includes(from)) f.conceptIds = f.conceptIds.map(swap);
  for (const v of g.vectors)
    if (v.kind === 'concept' && v.refId === from) {
      v.refId = to;
      if (v.id === `v:concept:${from}:${v.model}`) v.id = `v:concept:${to}:${v.model}`;
    }
}
