/**
 * Per-concept counts kept with the graph (migration 8): mentions, documents and distinct slides of every mentioned
 * concept, with its name, so the store's top concepts and the graph view's most mentioned concepts are read from an
 * index in the order they are shown (O(limit)) instead of counting every mention of the store.
 *
 * Mentions only ever arrive with their document (writeDocument), leave with it (the document's delete cascades)
 * or move between two concepts (unmerge), so the counts change per document, one grouped statement each, not per
 * mention: a row trigger per mention made writes three times slower. Names follow the concepts table by triggers.
 */
import type { Db } from './sqlite-db.js';

/** Adds a just-written document's mentions to its concepts' counts (slides belong to one document). */
export function addDocumentStatsTx(db: Db, docId: string): void {
  db.prepare(
    `INSERT INTO concept_stats(concept_id, name, mentions, documents, slides)
     SELECT m.concept_id, coalesce(c.name, ''), count(*), 1, count(DISTINCT m.slide_id)
     FROM mentions m LEFT JOIN concepts c ON c.id = m.concept_id WHERE m.doc_id = ? GROUP BY m.concept_id
     ON CONFLICT(concept_id) DO UPDATE SET mentions = mentions + excluded.mentions,
       documents = documents + excluded.documents, slides = slides + excluded.slides`,
  ).run(docId);
}

/** Takes a document's mentions off its concepts' counts: call before the document's rows are deleted. */
export function removeDocumentStatsTx(db: Db, docId: string): void {
  const rows = db
    .prepare(
      `SELECT concept_id AS id, count(*) AS mentions, count(DISTINCT slide_id) AS slides
       FROM mentions WHERE doc_id = ? GROUP BY concept_id`,
    )
    .all(docId) as { id: string; mentions: number; slides: number }[];
  const sub = db.prepare(
    `UPDATE concept_stats SET mentions = mentions - ?, documents = documents - 1, slides = slides - ?
     WHERE concept_id = ?`,
  );
  for (const r of rows) sub.run(r.mentions, r.slides, r.id);
  db.prepare('DELETE FROM concept_stats WHERE mentions <= 0').run();
}

/** Recounts some concepts from their mentions (an unmerge moves mentions between two concepts). */
export function recountConceptsTx(db: Db, ids: string[]): void {
  const del = db.prepare('DELETE FROM concept_stats WHERE concept_id = ?');
  const ins = db.prepare(
    `INSERT INTO concept_stats(concept_id, name, mentions, documents, slides)
     SELECT m.concept_id, coalesce(c.name, ''), count(*), count(DISTINCT m.doc_id), count(DISTINCT m.slide_id)
     FROM mentions m LEFT JOIN concepts c ON c.id = m.concept_id WHERE m.concept_id = ? GROUP BY m.concept_id`,
  );
  for (const id of new Set(ids)) {
    del.run(id);
    ins.run(id);
  }
}

/** The counts recomputed from every mention (tests compare them with the kept ones). */
export function recountAll(
  db: Db,
): { id: string; name: string; mentions: number; documents: number; slides: number }[] {
  return db
    .prepare(
      `SELECT m.concept_id AS id, coalesce(c.name, '') AS name, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents,
              count(DISTINCT m.slide_id) AS slides
       FROM mentions m LEFT JOIN concepts c ON c.id = m.concept_id GROUP BY m.concept_id ORDER BY m.concept_id`,
    )
    .all() as { id: string; name: string; mentions: number; documents: number; slides: number }[];
}

/** The kept counts, in the same shape and order as recountAll. */
export function keptStats(
  db: Db,
): { id: string; name: string; mentions: number; documents: number; slides: number }[] {
  return db
    .prepare(
      'SELECT concept_id AS id, name, mentions, documents, slides FROM concept_stats ORDER BY concept_id',
    )
    .all() as { id: string; name: string; mentions: number; documents: number; slides: number }[];
}
