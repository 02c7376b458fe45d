import type { Backends } from './adapters/backends.js';
import type { Embedder } from './ports/nlp.js';

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
 * embedded with the same model as the stored vectors), else by text match in the embedded store.
 */
export async function search(b: Backends, query: string, opts: { limit?: number; embedder?: Embedder | null } = {}): Promise<SearchResult> {
  const limit = opts.limit ?? 10;
  const db = b.embedded.db;
  const conceptLabel = db.prepare('SELECT name, type FROM concepts WHERE id = ?');
  const slideLabel = db.prepare(
    'SELECT d.file_name AS doc, s.idx, s.title, s.summary FROM slides s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?',
  );
  const concept = (id: string, score: number): SearchHit | null => {
    const r = conceptLabel.get(id) as { name: string; type: string } | undefined;
    return r ? { kind: 'concept', id, score, label: r.name, detail: r.type } : null;
  };
  const slide = (id: string, score: number): SearchHit | null => {
    const r = slideLabel.get(id) as { doc: string; idx: number; title: string | null; summary: string } | undefined;
    return r ? { kind: 'slide', id, score, label: `${r.doc} · slide ${r.idx}${r.title ? ` · ${r.title.replace(/\s+/g, ' ')}` : ''}`, detail: r.summary.split('\n')[0].slice(0, 160) } : null;
  };
  if (opts.embedder && b.vectors && (await b.vectors.count()) > 0) {
    const e = await opts.embedder.embed([query]);
    const v = e.data.subarray(0, e.dim);
    const model = opts.embedder.modelId;
    const [cs, ss] = await Promise.all([
      b.vectors.search(v, { limit, kind: 'concept', model }),
      b.vectors.search(v, { limit, kind: 'slide', model }),
    ]);
    return {
      query,
      method: 'vector',
      model,
      concepts: cs.map((h) => concept(h.refId, h.score)).filter((x): x is SearchHit => !!x),
      slides: ss.map((h) => slide(h.refId, h.score)).filter((x): x is SearchHit => !!x),
    };
  }
  const like = `%${query.replace(/[%_]/g, (m) => '\\' + m)}%`;
  const cs = db
    .prepare(
      `SELECT c.id, count(m.id) AS n FROM concepts c LEFT JOIN mentions m ON m.concept_id = c.id
       WHERE c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\' GROUP BY c.id ORDER BY n DESC LIMIT ?`,
    )
    .all(like, like, limit) as { id: string; n: number }[];
  const ss = db
    .prepare(
      `SELECT s.id, (SELECT count(*) FROM text_blocks b WHERE b.slide_id = s.id AND b.text LIKE ? ESCAPE '\\') AS n
       FROM slides s WHERE n > 0 OR s.title LIKE ? ESCAPE '\\' ORDER BY n DESC, s.id LIMIT ?`,
    )
    .all(like, like, limit) as { id: string; n: number }[];
  return {
    query,
    method: 'text',
    model: null,
    concepts: cs.map((r) => concept(r.id, r.n)).filter((x): x is SearchHit => !!x),
    slides: ss.map((r) => slide(r.id, r.n)).filter((x): x is SearchHit => !!x),
  };
}
