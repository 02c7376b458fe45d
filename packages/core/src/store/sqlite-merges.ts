/** The entity-resolution log of the embedded store: merges written with their document, listed, undone. */
import { coOccurrences } from '../concepts/link.js';
import { StoreError } from '../errors.js';
import {
  keptNameOf,
  type ConceptRecord,
  type MentionRecord,
  type MergeMethod,
  type MergeRecord,
} from '../model/graph.js';
import type { MergeView, UnmergeResult } from '../ports/store.js';
import { recountConceptsTx } from './sqlite-concept-stats.js';
import type { Db } from './sqlite-db.js';

interface MergeRow {
  id: string;
  kept_id: string;
  merged_id: string;
  method: MergeMethod;
  score: number | null;
  snapshot: string;
  created_at: string;
  undone_at: string | null;
  doc_id: string | null;
}

/**
 * Logs a document's merges. A pair merged before keeps its entry (the first decision: its method, score, deck and
 * time; the snapshot an undo restores) while the deck that decided it is stored; the same deck re-ingested updates
 * method and score; once that deck is gone, the next deck deciding the pair becomes its decision. An undone merge is
 * never rewritten.
 */
export function writeMergesTx(db: Db, merges: MergeRecord[] | undefined): void {
  if (!merges?.length) return;
  const ins = db.prepare(
    `INSERT INTO merges(id, kept_id, merged_id, method, score, snapshot, created_at, undone_at, doc_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
     ON CONFLICT(id) DO UPDATE SET method = excluded.method, score = excluded.score, doc_id = excluded.doc_id,
       created_at = CASE WHEN merges.doc_id IS excluded.doc_id THEN merges.created_at ELSE excluded.created_at END
     WHERE merges.undone_at IS NULL
       AND (merges.doc_id IS excluded.doc_id OR merges.doc_id IS NULL
            OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = merges.doc_id))`,
  );
  for (const m of merges)
    ins.run(m.id, m.keptId, m.mergedId, m.method, m.score, JSON.stringify(m.snapshot), m.createdAt, m.docId);
}

function toView(db: Db, r: MergeRow): MergeView {
  const snap = JSON.parse(r.snapshot) as MergeRecord['snapshot'];
  const kept = db.prepare('SELECT name FROM concepts WHERE id = ?').get(r.kept_id) as
    { name: string } | undefined;
  const n = db
    .prepare('SELECT count(*) AS n FROM mentions WHERE concept_id = ? AND original_concept_id = ?')
    .get(r.kept_id, r.merged_id) as { n: number };
  return {
    id: r.id,
    keptId: r.kept_id,
    keptName: keptNameOf(kept?.name, snap),
    mergedId: r.merged_id,
    mergedName: snap.merged.name,
    method: r.method,
    score: r.score ?? 0,
    docId: r.doc_id ?? '',
    mentions: n.n,
    createdAt: r.created_at,
    undoneAt: r.undone_at,
  };
}

export function listMerges(db: Db): MergeView[] {
  const rows = db.prepare('SELECT * FROM merges ORDER BY created_at DESC, id').all() as MergeRow[];
  return rows.map((r) => toView(db, r));
}

export function blockedPairs(db: Db): Set<string> {
  const rows = db
    .prepare('SELECT kept_id, merged_id FROM merges WHERE undone_at IS NOT NULL')
    .all() as MergeRow[];
  return new Set(
    rows.map((r) =>
      r.kept_id < r.merged_id ? `${r.kept_id}|${r.merged_id}` : `${r.merged_id}|${r.kept_id}`,
    ),
  );
}

function writeConcept(db: Db, c: ConceptRecord): void {
  db.prepare(
    `INSERT INTO concepts(id, name, type, aliases, definition, confidence) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
       definition = excluded.definition, confidence = excluded.confidence`,
  ).run(c.id, c.name, c.type, JSON.stringify(c.aliases), c.definition, c.confidence);
  db.prepare('DELETE FROM concept_aliases WHERE concept_id = ?').run(c.id);
  const ins = db.prepare('INSERT OR IGNORE INTO concept_aliases(alias, concept_id) VALUES (?, ?)');
  ins.run(c.name, c.id);
  for (const a of c.aliases) ins.run(a, c.id);
}

/** Recomputes a document's co-occurrence relations from its (restored) mentions. */
function recomputeCoOccurrences(db: Db, docId: string): void {
  const ms = db
    .prepare('SELECT concept_id AS conceptId, slide_id AS slideId FROM mentions WHERE doc_id = ?')
    .all(docId) as MentionRecord[];
  const distinct = new Set(ms.map((m) => m.conceptId)).size;
  db.prepare("DELETE FROM relations WHERE doc_id = ? AND type = 'CO_OCCURS'").run(docId);
  const ins = db.prepare(
    'INSERT OR REPLACE INTO relations(id, source, target, type, weight, doc_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const r of coOccurrences(docId, ms, Math.max(50, distinct * 6)))
    ins.run(r.id, r.source, r.target, r.type, r.weight, r.docId);
}

/**
 * Undoes one merge: the merged concept comes back from its snapshot with the mentions its documents
 * gave it; the kept concept loses the name and aliases it took over; relations and chart facts follow.
 * Undoing an already undone merge changes nothing.
 */
export function unmergeTx(db: Db, mergeId: string, now: string): UnmergeResult {
  const row = db.prepare('SELECT * FROM merges WHERE id = ?').get(mergeId) as MergeRow | undefined;
  if (!row)
    throw new StoreError('OSM_MERGE_NOT_FOUND', `No merge with id "${mergeId}" (see "osmose merges").`);
  if (row.undone_at) return { merge: toView(db, row), restoredMentions: 0, alreadyUndone: true };
  const K = row.kept_id;
  const X = row.merged_id;
  const snap = JSON.parse(row.snapshot) as MergeRecord['snapshot'];
  const docs = (
    db
      .prepare('SELECT DISTINCT doc_id FROM mentions WHERE concept_id = ? AND original_concept_id = ?')
      .all(K, X) as {
      doc_id: string;
    }[]
  ).map((d) => d.doc_id);
  const moved = db
    .prepare(
      'UPDATE mentions SET concept_id = ?, original_concept_id = NULL WHERE concept_id = ? AND original_concept_id = ?',
    )
    .run(X, K, X).changes;
  if (moved > 0) {
    writeConcept(db, snap.merged);
    recountConceptsTx(db, [K, X]);
  }
  const cur = db.prepare('SELECT * FROM concepts WHERE id = ?').get(K) as
    (Omit<ConceptRecord, 'aliases'> & { aliases: string }) | undefined;
  if (cur) {
    const own = new Set([snap.kept.name, ...snap.kept.aliases].map((s) => s.toLowerCase()));
    const taken = new Set(
      [snap.merged.name, ...snap.merged.aliases].map((s) => s.toLowerCase()).filter((s) => !own.has(s)),
    );
    const name = taken.has(cur.name.toLowerCase()) ? snap.kept.name : cur.name;
    const aliases = (JSON.parse(cur.aliases) as string[]).filter(
      (a) => !taken.has(a.toLowerCase()) && a.toLowerCase() !== name.toLowerCase(),
    );
    const type = cur.type === snap.merged.type && cur.type !== snap.kept.type ? snap.kept.type : cur.type;
    writeConcept(db, {
      id: K,
      name,
      type,
      aliases: aliases.sort(),
      definition: cur.definition,
      confidence: cur.confidence,
    });
  }
  for (const d of docs) recomputeCoOccurrences(db, d);
  db.prepare(
    "UPDATE relations SET source = original_source, original_source = NULL WHERE source = ? AND original_source = ? AND type <> 'CO_OCCURS'",
  ).run(K, X);
  db.prepare(
    "UPDATE relations SET target = original_target, original_target = NULL WHERE target = ? AND original_target = ? AND type <> 'CO_OCCURS'",
  ).run(K, X);
  const facts = db
    .prepare(
      `SELECT f.id, f.concept_ids, f.original_concept_ids FROM chart_facts f, json_each(f.original_concept_ids) j WHERE j.value = ?`,
    )
    .all(X) as { id: string; concept_ids: string; original_concept_ids: string }[];
  const upd = db.prepare('UPDATE chart_facts SET concept_ids = ? WHERE id = ?');
  for (const f of facts) {
    const orig = JSON.parse(f.original_concept_ids) as string[];
    const ids = (JSON.parse(f.concept_ids) as string[]).filter((c) => c !== K || orig.includes(K));
    upd.run(JSON.stringify([...new Set([...ids, X])]), f.id);
  }
  db.prepare('UPDATE merges SET undone_at = ? WHERE id = ?').run(now, mergeId);
  db.exec(
    'DELETE FROM concepts WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.concept_id = concepts.id)',
  );
  const after = db.prepare('SELECT * FROM merges WHERE id = ?').get(mergeId) as MergeRow;
  return { merge: toView(db, after), restoredMentions: moved, alreadyUndone: false };
}
