import type { Backends } from './adapters/backends.js';
import type { Embedder } from './ports/nlp.js';
import type { HitLabels } from './ports/store.js';

export interface SearchHit {
  kind: 'concept' | 'slide';
  id: string;
  score: number;
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

/**
 * Nearest concepts and slides: by embedding similarity when a model is installed (the query is
 * embedded with the same model as the stored vectors, looked up in the configured vector store), else
 * by text match in the configured graph store. Everything goes through the ports, so it answers the
 * same on the embedded store and on Neo4j + Qdrant.
 */
export async function search(
  b: Backends,
  query: string,
  opts: { limit?: number; embedder?: Embedder | null } = {},
): Promise<SearchResult> {
  const limit = opts.limit ?? 10;
  let method: SearchResult['method'] = 'text';
  let model: string | null = null;
  let cs: { id: string; score: number }[];
  let ss: { id: string; score: number }[];
  if (opts.embedder && b.vectors && (await b.vectors.count()) > 0) {
    const e = await opts.embedder.embed([query]);
    const v = e.data.subarray(0, e.dim);
    model = opts.embedder.modelId;
    method = 'vector';
    const [ch, sh] = await Promise.all([
      b.vectors.search(v, { limit, kind: 'concept', model }),
      b.vectors.search(v, { limit, kind: 'slide', model }),
    ]);
    cs = ch.map((h) => ({ id: h.refId, score: h.score }));
    ss = sh.map((h) => ({ id: h.refId, score: h.score }));
  } else {
    ({ concepts: cs, slides: ss } = await b.graph.textSearch(query, limit));
  }
  const labels = await b.graph.hitLabels({ concepts: cs.map((h) => h.id), slides: ss.map((h) => h.id) });
  return {
    query,
    method,
    model,
    concepts: cs.map((h) => conceptHit(labels, h.id, h.score)).filter((x): x is SearchHit => !!x),
    slides: ss.map((h) => slideHit(labels, h.id, h.score)).filter((x): x is SearchHit => !!x),
  };
}

function conceptHit(l: HitLabels, id: string, score: number): SearchHit | null {
  const r = l.concepts.get(id);
  return r ? { kind: 'concept', id, score, label: r.name, detail: r.type } : null;
}

function slideHit(l: HitLabels, id: string, score: number): SearchHit | null {
  const r = l.slides.get(id);
  if (!r) return null;
  const title = r.title ? ` · ${r.title.replace(/\s+/g, ' ')}` : '';
  return {
    kind: 'slide',
    id,
    score,
    label: `${r.document} · slide ${r.index}${title}`,
    detail: r.summary.split('\n')[0].slice(0, 160),
  };
}
