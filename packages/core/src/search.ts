import type { Backends } from './adapters/backends.js';
import type { Embedder } from './ports/nlp.js';
import type { HitLabels } from './ports/store.js';
import { literalParts } from './text-match.js';

export interface SearchHit {
  kind: 'concept' | 'slide';
  id: string;
  /** Cosine similarity for embedding hits (1 for the concept the text names; 0 for a text match without a vector
   * near enough to be scored); the number of matching text blocks in text mode. */
  score: number;
  /** name: the concept the text names exactly (its name or an alias); text: the text appears in the slide or the
   * concept's name; vector: nearest by embedding. */
  match: 'name' | 'text' | 'vector';
  /** Concept name, or "<deck> · slide N · <title>". */
  label: string;
  /** Concept type, or the slide summary's first line. */
  detail: string;
}

export interface SearchResult {
  query: string;
  method: 'vector' | 'text';
  model: string | null;
  concepts: SearchHit[];
  slides: SearchHit[];
}

type Scored = { id: string; score: number; match: SearchHit['match'] };

/** Literal matches of shorter texts are noise (every slide holds "e"). */
const MIN_LITERAL = 3;

/**
 * Nearest concepts and slides: by embedding similarity when a model is installed (the query is embedded with the
 * same model as the stored vectors, looked up in the configured vector store), else by text match in the configured
 * graph store. With embeddings the exact answers come first: the concept the text names (as `osmose show` resolves
 * it: id, name or alias) and the slides that contain the text, nearest first, then the nearest by embedding. Everything
 * goes through the ports, so it answers the same on the embedded store and on Neo4j + Qdrant.
 */
export async function search(
  b: Backends,
  query: string,
  opts: { limit?: number; embedder?: Embedder | null } = {},
): Promise<SearchResult> {
  const limit = opts.limit ?? 10;
  let method: SearchResult['method'] = 'text';
  let model: string | null = null;
  let cs: Scored[];
  let ss: Scored[];
  if (opts.embedder && b.vectors && (await b.vectors.count()) > 0) {
    const e = await opts.embedder.embed([query]);
    const v = e.data.subarray(0, e.dim);
    model = opts.embedder.modelId;
    method = 'vector';
    // more slides by embedding than shown: the literal matches among them are ordered by similarity
    const wide = Math.max(limit * 5, 50);
    const literal = query.trim().length >= MIN_LITERAL && literalParts(query).length > 0;
    const [ch, sh, named, text] = await Promise.all([
      b.vectors.search(v, { limit, kind: 'concept', model }),
      b.vectors.search(v, { limit: wide, kind: 'slide', model }),
      // the id alone: a concept's details (every mention of it) are no part of a search's answer
      b.graph.resolveConcept
        ? b.graph.resolveConcept(query)
        : b.graph.showConcept(query).then((c) => c?.id ?? null),
      literal ? b.graph.textSearch(query, wide) : Promise.resolve({ concepts: [], slides: [] }),
    ]);
    cs = [
      ...(named ? [{ id: named, score: 1, match: 'name' as const }] : []),
      ...ch.map((h) => ({ id: h.refId, score: h.score, match: 'vector' as const })),
    ];
    const near = new Map(sh.map((h) => [h.refId, h.score]));
    const containing = text.slides.map((t, i) => ({ id: t.id, score: near.get(t.id) ?? 0, i }));
    containing.sort((x, y) => y.score - x.score || x.i - y.i);
    ss = [
      ...containing.map((t) => ({ id: t.id, score: t.score, match: 'text' as const })),
      ...sh.map((h) => ({ id: h.refId, score: h.score, match: 'vector' as const })),
    ];
  } else {
    const t = await b.graph.textSearch(query, limit);
    cs = t.concepts.map((h) => ({ ...h, match: 'text' as const }));
    ss = t.slides.map((h) => ({ ...h, match: 'text' as const }));
  }
  cs = firstOfEach(cs).slice(0, limit);
  ss = firstOfEach(ss).slice(0, limit);
  const labels = await b.graph.hitLabels({ concepts: cs.map((h) => h.id), slides: ss.map((h) => h.id) });
  return {
    query,
    method,
    model,
    concepts: cs.map((h) => conceptHit(labels, h)).filter((x): x is SearchHit => !!x),
    slides: ss.map((h) => slideHit(labels, h)).filter((x): x is SearchHit => !!x),
  };
}

/** Each id once, where it first appears (an exact answer before the same id by embedding). */
function firstOfEach(xs: Scored[]): Scored[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.id) && !!seen.add(x.id));
}

function conceptHit(l: HitLabels, { id, score, match }: Scored): SearchHit | null {
  const r = l.concepts.get(id);
  return r ? { kind: 'concept', id, score, match, label: r.name, detail: r.type } : null;
}

function slideHit(l: HitLabels, { id, score, match }: Scored): SearchHit | null {
  const r = l.slides.get(id);
  if (!r) return null;
  const title = r.title ? ` · ${r.title.replace(/\s+/g, ' ')}` : '';
  return {
    kind: 'slide',
    id,
    score,
    match,
    label: `${r.document} · slide ${r.index}${title}`,
    detail: r.summary.split('\n')[0].slice(0, 160),
  };
}
