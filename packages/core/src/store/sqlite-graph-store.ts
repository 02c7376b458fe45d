import type { ConceptRecord, DocumentGraph, DocumentRecord, DocumentStats } from '../model/graph.js';
import type {
  ConceptChanges,
  ConceptDetail,
  ConceptSummary,
  GraphDump,
  GraphStore,
  GraphViewSource,
  HitLabels,
  ListConceptsOptions,
  MergeView,
  TextMatches,
  StoreCounts,
  UnmergeResult,
  ViewRelation,
  WriteStats,
} from '../ports/store.js';
import { StoreError } from '../errors.js';
import { literalParts } from '../text-match.js';
import { upsertConcept } from '../concepts/upsert.js';
import { addDocumentStatsTx, removeDocumentStatsTx } from './sqlite-concept-stats.js';
import { dumpGraph } from './sqlite-dump.js';
import { blockedPairs, listMerges, unmergeTx, writeMergesTx } from './sqlite-merges.js';
import type { Db } from './sqlite-db.js';
import { deleteDocVectorsTx, writeVectorsTx } from './sqlite-vector-store.js';

interface DocRow {
  id: string;
  path: string;
  file_name: string;
  sha256: string;
  title: string | null;
  slide_count: number;
  hidden_slides: number;
  ingested_at: string;
  pipeline_version: string;
  stats: string | null;
}

function toDoc(r: DocRow): DocumentRecord {
  return {
    id: r.id,
    path: r.path,
    fileName: r.file_name,
    sha256: r.sha256,
    title: r.title,
    slideCount: r.slide_count,
    hiddenSlides: r.hidden_slides,
    ingestedAt: r.ingested_at,
    pipelineVersion: r.pipeline_version,
    stats: r.stats ? (JSON.parse(r.stats) as DocumentStats) : null,
  };
}

/** The embedded graph store: one SQLite file, one transaction per document. */
export class SqliteGraphStore implements GraphStore {
  readonly kind = 'sqlite';
  constructor(private readonly db: Db) {}

  async hitLabels(ids: { concepts: string[]; slides: string[] }): Promise<HitLabels> {
    const out: HitLabels = { concepts: new Map(), slides: new Map() };
    const c = this.db.prepare('SELECT name, type FROM concepts WHERE id = ?');
    for (const id of ids.concepts) {
      const r = c.get(id) as { name: string; type: string } | undefined;
      if (r) out.concepts.set(id, r);
    }
    const s = this.db.prepare(
      'SELECT d.file_name AS document, s.idx AS "index", s.title, s.summary FROM slides s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?',
    );
    for (const id of ids.slides) {
      const r = s.get(id) as
        { document: string; index: number; title: string | null; summary: string } | undefined;
      if (r) out.slides.set(id, r);
    }
    return out;
  }

  async textSearch(query: string, limit: number): Promise<TextMatches> {
    if (literalParts(query).length === 0) return { concepts: [], slides: [] };
    const like = `%${literalParts(query)
      .map((w) => w.replace(/[%_\\]/g, (m) => '\\' + m))
      .join('_')}%`;
    const concepts = this.db
      .prepare(
        `SELECT c.id, coalesce(s.mentions, 0) AS score FROM concepts c LEFT JOIN concept_stats s ON s.concept_id = c.id
         WHERE c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\' ORDER BY score DESC, c.id LIMIT ?`,
      )
      .all(like, like, limit) as { id: string; score: number }[];
    const slides = this.db
      .prepare(
        `SELECT s.id, (SELECT count(*) FROM text_blocks b WHERE b.slide_id = s.id AND b.text LIKE ? ESCAPE '\\') AS score
         FROM slides s WHERE score > 0 OR s.title LIKE ? ESCAPE '\\' ORDER BY score DESC, s.id LIMIT ?`,
      )
      .all(like, like, limit) as { id: string; score: number }[];
    return { concepts, slides };
  }

  async init(): Promise<void> {}

  async writeDocument(g: DocumentGraph): Promise<WriteStats> {
    const t0 = performance.now();
    const db = this.db;
    const d = g.document;
    const tx = db.transaction(() => {
      const old = db.prepare('SELECT id FROM documents WHERE id = ? OR path = ?').all(d.id, d.path) as {
        id: string;
      }[];
      // the concepts this write may leave without a mention: the replaced documents' and its own
      const maybeOrphans = new Set(g.concepts.map((c) => c.id));
      const mentioned = db.prepare('SELECT DISTINCT concept_id AS id FROM mentions WHERE doc_id = ?');
      for (const o of old) {
        for (const r of mentioned.all(o.id) as { id: string }[]) maybeOrphans.add(r.id);
        this.deleteDocTx(o.id);
      }
      db.prepare(
        `INSERT INTO documents(id, path, file_name, sha256, title, slide_count, hidden_slides, ingested_at, pipeline_version, stats)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        d.id,
        d.path,
        d.fileName,
        d.sha256,
        d.title,
        d.slideCount,
        d.hiddenSlides,
        d.ingestedAt,
        d.pipelineVersion,
        d.stats ? JSON.stringify(d.stats) : null,
      );
      const insSlide = db.prepare(
        `INSERT INTO slides(id, doc_id, idx, title, hidden, section, layout, hash, summary, summary_source, summary_reason, notes, topic_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const s of g.slides)
        insSlide.run(
          s.id,
          s.docId,
          s.index,
          s.title,
          s.hidden ? 1 : 0,
          s.section,
          s.layout,
          s.hash,
          s.summary,
          s.summarySource,
          s.summaryReason ?? null,
          s.notes,
          s.topicId ?? null,
        );
      const insBlock = db.prepare(
        `INSERT INTO text_blocks(id, doc_id, slide_id, shape_id, layer, text, boilerplate, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const b of g.textBlocks)
        insBlock.run(b.id, b.docId, b.slideId, b.shapeId, b.layer, b.text, b.boilerplate ? 1 : 0, b.ord);
      const insTopic = db.prepare('INSERT INTO topics(id, doc_id, label, slide_indices) VALUES (?, ?, ?, ?)');
      for (const t of g.topics) insTopic.run(t.id, t.docId, t.label, JSON.stringify(t.slideIndices));
      this.upsertConceptsTx(g.concepts);
      const insMention = db.prepare(
        `INSERT INTO mentions(id, concept_id, doc_id, slide_id, slide_idx, shape_id, layer, start, end, surface, sentence,
           original_concept_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const m of g.mentions)
        insMention.run(
          m.id,
          m.conceptId,
          m.docId,
          m.slideId,
          m.slideIndex,
          m.shapeId,
          m.layer,
          m.start,
          m.end,
          m.surface,
          m.sentence,
          m.originalConceptId ?? null,
        );
      addDocumentStatsTx(db, d.id);
      const insRel = db.prepare(
        `INSERT INTO relations(id, source, target, type, weight, doc_id, original_source, original_target)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const r of g.relations)
        insRel.run(
          r.id,
          r.source,
          r.target,
          r.type,
          r.weight,
          r.docId,
          r.originalSource ?? null,
          r.originalTarget ?? null,
        );
      const insFact = db.prepare(
        `INSERT INTO chart_facts(id, doc_id, slide_id, chart_id, chart_title, series, category, value, unit, concept_ids,
           original_concept_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const f of g.chartFacts)
        insFact.run(
          f.id,
          f.docId,
          f.slideId,
          f.chartId,
          f.chartTitle,
          f.series,
          f.category,
          f.value,
          f.unit,
          JSON.stringify(f.conceptIds),
          f.originalConceptIds ? JSON.stringify(f.originalConceptIds) : null,
        );
      writeVectorsTx(db, g.vectors);
      writeMergesTx(db, g.merges);
      const prune = db.prepare(
        'DELETE FROM concepts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.concept_id = ?)',
      );
      for (const id of maybeOrphans) prune.run(id, id);
      pruneConceptLog(db);
    });
    try {
      tx.immediate();
    } catch (cause) {
      throw new StoreError('OSM_STORE_WRITE_FAILED', undefined, { cause });
    }
    const nodes =
      1 + g.slides.length + g.textBlocks.length + g.topics.length + g.concepts.length + g.chartFacts.length;
    const relationships =
      g.slides.length + g.textBlocks.length + g.mentions.length + g.relations.length + g.chartFacts.length;
    return { nodes, relationships, ms: performance.now() - t0 };
  }

  /** Concepts are shared across documents: upsert, merging aliases and keeping the best fields. */
  private upsertConceptsTx(concepts: ConceptRecord[]): void {
    const get = this.db.prepare(
      'SELECT name, aliases, definition, confidence, type FROM concepts WHERE id = ?',
    );
    const ins = this.db.prepare(
      `INSERT INTO concepts(id, name, type, aliases, definition, confidence) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
         definition = excluded.definition, confidence = excluded.confidence`,
    );
    const insAlias = this.db.prepare(
      'INSERT OR IGNORE INTO concept_aliases(alias, concept_id) VALUES (?, ?)',
    );
    for (const c of concepts) {
      const prev = get.get(c.id) as
        | { name: string; aliases: string; definition: string | null; confidence: number; type: string }
        | undefined;
      const u = upsertConcept(
        prev ? { ...prev, aliases: JSON.parse(prev.aliases) as string[] } : undefined,
        c,
      );
      const { name, aliases } = u;
      ins.run(c.id, name, u.type, JSON.stringify(aliases), u.definition, u.confidence);
      insAlias.run(name, c.id);
      insAlias.run(c.name, c.id);
      for (const a of aliases) insAlias.run(a, c.id);
    }
  }

  /** Every concept without a mention (a document deleted: its concepts, shared or not, are looked at all at once). */
  private pruneOrphanConceptsTx(): void {
    this.db.exec(
      `DELETE FROM concepts WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.concept_id = concepts.id)`,
    );
    pruneConceptLog(this.db);
  }

  private deleteDocTx(docId: string): void {
    const db = this.db;
    deleteDocVectorsTx(db, docId);
    removeDocumentStatsTx(db, docId);
    db.prepare('DELETE FROM documents WHERE id = ?').run(docId); // cascades to slides, blocks, mentions…
  }

  async findDocumentBySha(sha256: string): Promise<DocumentRecord | null> {
    const r = this.db
      .prepare('SELECT * FROM documents WHERE sha256 = ? ORDER BY ingested_at DESC LIMIT 1')
      .get(sha256) as DocRow | undefined;
    return r ? toDoc(r) : null;
  }

  async findDocumentByPath(path: string): Promise<DocumentRecord | null> {
    const r = this.db
      .prepare('SELECT * FROM documents WHERE path = ? ORDER BY ingested_at DESC LIMIT 1')
      .get(path) as DocRow | undefined;
    return r ? toDoc(r) : null;
  }

  async documentCounts(docId: string): Promise<{ concepts: number; mentions: number }> {
    return this.db
      .prepare(
        'SELECT count(DISTINCT concept_id) AS concepts, count(*) AS mentions FROM mentions WHERE doc_id = ?',
      )
      .get(docId) as { concepts: number; mentions: number };
  }

  async getDocument(docId: string): Promise<DocumentRecord | null> {
    const r = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(docId) as DocRow | undefined;
    return r ? toDoc(r) : null;
  }

  /** The graph view's questions answered from the indexes: the kept counts, relations by endpoint or document. */
  graphViewSource(): GraphViewSource {
    const db = this.db;
    const IDS = 'SELECT value FROM json_each(@ids)';
    const REL = 'SELECT source, target, type, weight FROM relations';
    return {
      async mentionCounts(ids, docId) {
        const rows = (
          docId
            ? db.prepare(
                `SELECT concept_id AS id, count(*) AS n FROM mentions WHERE concept_id IN (${IDS}) AND doc_id = @docId
                 GROUP BY concept_id`,
              )
            : db.prepare(
                `SELECT concept_id AS id, mentions AS n FROM concept_stats WHERE concept_id IN (${IDS})`,
              )
        ).all({ ids: JSON.stringify(ids), docId }) as { id: string; n: number }[];
        return new Map(rows.map((r) => [r.id, r.n]));
      },
      async topMentioned(limit, docId) {
        const rows = (
          docId
            ? db.prepare(
                `SELECT concept_id AS id, count(*) AS n FROM mentions WHERE doc_id = @docId GROUP BY concept_id
                 ORDER BY n DESC, id LIMIT @limit`,
              )
            : db.prepare(
                'SELECT concept_id AS id, mentions AS n FROM concept_stats ORDER BY mentions DESC, concept_id LIMIT @limit',
              )
        ).all({ limit, docId }) as { id: string; n: number }[];
        return rows.map((r) => [r.id, r.n]);
      },
      async relationsTouching(ids, docId) {
        const p = { ids: JSON.stringify(ids), docId };
        return (
          docId
            ? db.prepare(
                `${REL} WHERE doc_id = @docId AND (source IN (${IDS}) OR target IN (${IDS})) ORDER BY doc_id, id`,
              )
            : db.prepare(
                `SELECT source, target, type, weight FROM (
                   SELECT * FROM relations WHERE source IN (${IDS})
                   UNION SELECT * FROM relations WHERE target IN (${IDS}))
                 ORDER BY doc_id, id`,
              )
        ).all(p) as ViewRelation[];
      },
      async relationsAmong(ids, docId) {
        return db
          .prepare(
            `${REL} WHERE source IN (${IDS}) AND target IN (${IDS}) ${docId ? 'AND doc_id = @docId' : ''}
             ORDER BY doc_id, id`,
          )
          .all({ ids: JSON.stringify(ids), docId }) as ViewRelation[];
      },
      async concepts(ids) {
        const rows = db
          .prepare(`SELECT id, name, type FROM concepts WHERE id IN (${IDS})`)
          .all({ ids: JSON.stringify(ids) }) as { id: string; name: string; type: string }[];
        return new Map(rows.map((r) => [r.id, { name: r.name, type: r.type }]));
      },
    };
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return (this.db.prepare('SELECT * FROM documents ORDER BY path').all() as DocRow[]).map(toDoc);
  }

  async deleteDocument(docId: string): Promise<void> {
    this.db
      .transaction(() => {
        this.deleteDocTx(docId);
        this.pruneOrphanConceptsTx();
      })
      .immediate();
  }

  async listConcepts(opts: ListConceptsOptions = {}): Promise<ConceptSummary[]> {
    const limit = Math.max(0, Math.floor(opts.limit ?? 50));
    let rows: (Omit<ConceptSummary, 'aliases'> & { aliases: string })[];
    if (opts.docId) {
      // one deck: mentions and slides in that deck, decks from the kept counts
      rows = this.db
        .prepare(
          `SELECT c.id, c.name, c.type, c.aliases, count(m.id) AS mentions, coalesce(st.documents, 0) AS documents,
                  count(DISTINCT m.slide_id) AS slides
           FROM concepts c JOIN mentions m ON m.concept_id = c.id LEFT JOIN concept_stats st ON st.concept_id = c.id
           WHERE m.doc_id = @docId ${opts.type ? 'AND c.type = @type' : ''}
           GROUP BY c.id ORDER BY slides DESC, mentions DESC, documents DESC, c.name LIMIT @limit`,
        )
        .all({ limit, type: opts.type, docId: opts.docId }) as typeof rows;
    } else {
      // the whole store, in the kept counts' index order: reading stops at the limit
      const where = [
        opts.type ? 'c.type = @type' : '',
        opts.inDocument ? 's.concept_id IN (SELECT concept_id FROM mentions WHERE doc_id = @inDocument)' : '',
        opts.q ? 'osmose_name_matches(c.name, c.aliases, @q)' : '',
      ].filter(Boolean);
      if (opts.q) registerNameMatch(this.db);
      rows = this.db
        .prepare(
          `SELECT c.id, c.name, c.type, c.aliases, s.mentions, s.documents, s.slides
           FROM concept_stats s JOIN concepts c ON c.id = s.concept_id
           ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
           ORDER BY s.documents DESC, s.slides DESC, s.mentions DESC, s.name, s.concept_id LIMIT @limit`,
        )
        .all({
          limit,
          type: opts.type,
          inDocument: opts.inDocument,
          q: opts.q?.toLowerCase(),
        }) as typeof rows;
    }
    return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
  }

  async resolveConcept(nameOrId: string): Promise<string | null> {
    return this.resolveConceptId(nameOrId.trim());
  }

  private resolveConceptId(nameOrId: string): string | null {
    const db = this.db;
    const byId = db.prepare('SELECT id FROM concepts WHERE id = ?').get(nameOrId) as
      { id: string } | undefined;
    if (byId) return byId.id;
    const byName = db.prepare('SELECT id FROM concepts WHERE name = ? COLLATE NOCASE').get(nameOrId) as
      { id: string } | undefined;
    if (byName) return byName.id;
    const byAlias = db
      .prepare('SELECT concept_id AS id FROM concept_aliases WHERE alias = ?')
      .get(nameOrId) as { id: string } | undefined;
    return byAlias?.id ?? null;
  }

  async showConcept(nameOrId: string): Promise<ConceptDetail | null> {
    const id = this.resolveConceptId(nameOrId.trim());
    if (!id) return null;
    const db = this.db;
    const [summary] = (await this.conceptSummaries([id])) ?? [];
    const c = db.prepare('SELECT definition, confidence FROM concepts WHERE id = ?').get(id) as {
      definition: string | null;
      confidence: number;
    };
    const mentionList = db
      .prepare(
        `SELECT d.file_name AS document, d.id AS docId, m.slide_idx AS slide, s.title AS slideTitle, m.shape_id AS shapeId,
                m.layer, m.surface, m.sentence, m.start, m.end
         FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN slides s ON s.id = m.slide_id
         WHERE m.concept_id = ? ORDER BY d.file_name, m.slide_idx, m.shape_id, m.start`,
      )
      .all(id) as ConceptDetail['mentionList'];
    const related = db
      .prepare(
        `SELECT other AS id, c.name, c.type, sum(weight) AS weight FROM (
           SELECT target AS other, weight FROM relations WHERE source = @id
           UNION ALL SELECT source AS other, weight FROM relations WHERE target = @id)
         JOIN concepts c ON c.id = other GROUP BY other ORDER BY weight DESC, c.name LIMIT 20`,
      )
      .all({ id }) as ConceptDetail['related'];
    const chartFacts = db
      .prepare(
        `SELECT f.chart_title AS chart, f.series, f.category, f.value, f.unit FROM chart_facts f, json_each(f.concept_ids) j
         WHERE j.value = ? ORDER BY f.chart_id, f.series, f.rowid`,
      )
      .all(id) as ConceptDetail['chartFacts'];
    return {
      ...summary,
      definition: c.definition,
      confidence: c.confidence,
      mentionList,
      related,
      chartFacts,
    };
  }

  private async conceptSummaries(ids: string[]): Promise<ConceptSummary[]> {
    const q = this.db.prepare(
      `SELECT c.id, c.name, c.type, c.aliases, count(m.id) AS mentions, count(DISTINCT m.doc_id) AS documents,
              count(DISTINCT m.slide_id) AS slides
       FROM concepts c LEFT JOIN mentions m ON m.concept_id = c.id WHERE c.id = ? GROUP BY c.id`,
    );
    return ids.map((id) => {
      const r = q.get(id) as Omit<ConceptSummary, 'aliases'> & { aliases: string };
      return { ...r, aliases: JSON.parse(r.aliases) as string[] };
    });
  }

  async allConcepts(): Promise<ConceptRecord[]> {
    return allConceptsIn(this.db);
  }

  async counts(): Promise<StoreCounts> {
    const n = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return {
      documents: n('documents'),
      slides: n('slides'),
      textBlocks: n('text_blocks'),
      concepts: n('concepts'),
      mentions: n('mentions'),
      relations: n('relations'),
      chartFacts: n('chart_facts'),
      vectors: n('vector_items'),
    };
  }

  async listMerges(): Promise<MergeView[]> {
    return listMerges(this.db);
  }

  async unmerge(mergeId: string): Promise<UnmergeResult> {
    try {
      return this.db.transaction(() => unmergeTx(this.db, mergeId, new Date().toISOString())).immediate();
    } catch (cause) {
      if ((cause as StoreError)?.code === 'OSM_MERGE_NOT_FOUND') throw cause;
      throw new StoreError('OSM_STORE_WRITE_FAILED', undefined, { cause });
    }
  }

  async conceptChanges(since: number | null): Promise<ConceptChanges | null> {
    const db = this.db;
    // inside a write transaction the answer would hold its uncommitted rows
    if (db.inTransaction) return null;
    const read = db.transaction((): ConceptChanges => {
      // (the AUTOINCREMENT counter, which survives the log's entries being deleted; absent until the first entry)
      db.prepare('SELECT 1 FROM concept_log LIMIT 0').all(); // an old store without the log fails here
      const seq =
        (
          db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'concept_log'").get() as
            { seq: number } | undefined
        )?.seq ?? 0;
      if (since !== null && since === seq) return { token: seq, full: false, concepts: [], removed: [] };
      const oldest =
        (db.prepare('SELECT min(seq) AS s FROM concept_log').get() as { s: number | null }).s ?? seq + 1;
      // (entries are pruned from the oldest: since the log starts after since + 1, some changes are gone)
      if (since === null || since > seq || oldest > since + 1)
        return { token: seq, full: true, concepts: allConceptsIn(db), removed: [] };
      const ids = db
        .prepare('SELECT DISTINCT concept_id AS id FROM concept_log WHERE seq > ?')
        .all(since) as { id: string }[];
      const get = db.prepare('SELECT * FROM concepts WHERE id = ?');
      const concepts: ConceptRecord[] = [];
      const removed: string[] = [];
      for (const { id } of ids) {
        const r = get.get(id) as ConceptRow | undefined;
        if (r) concepts.push(toConcept(r));
        else removed.push(id);
      }
      return { token: seq, full: false, concepts, removed };
    });
    try {
      return read();
    } catch (e) {
      // a store opened without its migrations (read-only, older schema): no log to read
      if (/no such table: concept_log/.test(String((e as Error).message))) return null;
      throw e;
    }
  }

  async conceptsOnlyIn(docId: string): Promise<Set<string>> {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT m.concept_id AS id FROM mentions m WHERE m.doc_id = ?
           AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.concept_id = m.concept_id AND o.doc_id <> ?)`,
      )
      .all(docId, docId) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  async blockedPairs(): Promise<Set<string>> {
    return blockedPairs(this.db);
  }

  async dumpGraph(): Promise<GraphDump> {
    return dumpGraph(this.db);
  }

  async close(): Promise<void> {}
}

type ConceptRow = Omit<ConceptRecord, 'aliases'> & { aliases: string };
const toConcept = (r: ConceptRow): ConceptRecord => ({ ...r, aliases: JSON.parse(r.aliases) as string[] });

function allConceptsIn(db: Db): ConceptRecord[] {
  return (db.prepare('SELECT * FROM concepts ORDER BY id').all() as ConceptRow[]).map(toConcept);
}

/** concept_log entries kept (pruned by writers); a name index further behind reloads every concept. */
const CONCEPT_LOG_KEEP = 50_000;

/** Keeps concept_log to its last CONCEPT_LOG_KEEP entries (inside the writer's transaction). */
export function pruneConceptLog(db: Db): void {
  try {
    db.prepare('DELETE FROM concept_log WHERE seq <= (SELECT max(seq) FROM concept_log) - ?').run(
      CONCEPT_LOG_KEEP,
    );
  } catch (e) {
    // a store without the log (opened before its migration): nothing to prune
    if (!/no such table: concept_log/.test(String((e as Error).message))) throw e;
  }
}

const nameMatchRegistered = new WeakSet<Db>();

/**
 * `osmose_name_matches(name, aliasesJson, qLower)`: the name or one alias contains the lower-cased fragment, compared
 * lower-cased the way JavaScript does (SQLite's LIKE folds ASCII only: "énergie" would miss "Énergie").
 */
function registerNameMatch(db: Db): void {
  if (nameMatchRegistered.has(db)) return;
  db.function(
    'osmose_name_matches',
    { deterministic: true },
    (name: unknown, aliases: unknown, q: unknown) => {
      const needle = String(q ?? '');
      if (
        String(name ?? '')
          .toLowerCase()
          .includes(needle)
      )
        return 1;
      const json = String(aliases ?? '[]');
      if (json.length <= 2) return 0;
      // JSON text keeps every character of an alias except quotes, backslashes and control characters
      if (!/["\\\u0000-\u001f]/.test(needle) && !json.toLowerCase().includes(needle)) return 0;
      return (JSON.parse(json) as string[]).some((a) => a.toLowerCase().includes(needle)) ? 1 : 0;
    },
  );
  nameMatchRegistered.add(db);
}
