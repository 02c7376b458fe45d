/** Versioned schema migrations of the embedded store. Append only: never edit a shipped migration. */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  title TEXT,
  slide_count INTEGER NOT NULL,
  hidden_slides INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL,
  pipeline_version TEXT NOT NULL
);
CREATE INDEX documents_sha ON documents(sha256);
CREATE INDEX documents_path ON documents(path);
CREATE TABLE slides (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  title TEXT,
  hidden INTEGER NOT NULL,
  section TEXT,
  layout TEXT,
  hash TEXT NOT NULL,
  summary TEXT NOT NULL,
  summary_source TEXT NOT NULL,
  summary_reason TEXT,
  notes TEXT NOT NULL,
  topic_id TEXT
);
CREATE INDEX slides_doc ON slides(doc_id, idx);
CREATE TABLE text_blocks (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  slide_id TEXT NOT NULL,
  shape_id TEXT NOT NULL,
  layer TEXT NOT NULL,
  text TEXT NOT NULL,
  boilerplate INTEGER NOT NULL,
  ord INTEGER NOT NULL
);
CREATE INDEX text_blocks_slide ON text_blocks(slide_id);
CREATE INDEX text_blocks_doc ON text_blocks(doc_id);
CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  slide_indices TEXT NOT NULL
);
CREATE INDEX topics_doc ON topics(doc_id);
CREATE TABLE concepts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL,
  definition TEXT,
  confidence REAL NOT NULL
);
CREATE INDEX concepts_name ON concepts(name COLLATE NOCASE);
CREATE TABLE concept_aliases (
  alias TEXT NOT NULL COLLATE NOCASE,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  PRIMARY KEY (alias, concept_id)
);
CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  concept_id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  slide_id TEXT NOT NULL,
  slide_idx INTEGER NOT NULL,
  shape_id TEXT NOT NULL,
  layer TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  surface TEXT NOT NULL,
  sentence TEXT NOT NULL
);
CREATE INDEX mentions_concept ON mentions(concept_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  type TEXT NOT NULL,
  weight REAL NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE INDEX relations_doc ON relations(doc_id);
CREATE TABLE chart_facts (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  slide_id TEXT NOT NULL,
  chart_id TEXT NOT NULL,
  chart_title TEXT,
  series TEXT NOT NULL,
  category TEXT NOT NULL,
  value REAL,
  unit TEXT,
  concept_ids TEXT NOT NULL
);
CREATE INDEX chart_facts_doc ON chart_facts(doc_id);
CREATE TABLE vector_items (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  doc_id TEXT,
  model TEXT NOT NULL,
  dim INTEGER NOT NULL
);
CREATE INDEX vector_items_doc ON vector_items(doc_id);
CREATE TABLE cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at INTEGER
);
CREATE TABLE checkpoints (
  stage TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (stage, key)
);
CREATE TABLE merges (
  id TEXT PRIMARY KEY,
  kept_id TEXT NOT NULL,
  merged_id TEXT NOT NULL,
  method TEXT NOT NULL,
  score REAL,
  snapshot TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone_at TEXT
);
`,
  },
  {
    // cross-deck entity resolution: every remapped record keeps what its document originally named,
    // so a merge can be undone exactly; merges remember the document that decided them
    version: 2,
    sql: `
ALTER TABLE mentions ADD COLUMN original_concept_id TEXT;
CREATE INDEX mentions_original ON mentions(original_concept_id);
ALTER TABLE relations ADD COLUMN original_source TEXT;
ALTER TABLE relations ADD COLUMN original_target TEXT;
ALTER TABLE chart_facts ADD COLUMN original_concept_ids TEXT;
ALTER TABLE merges ADD COLUMN doc_id TEXT;
CREATE INDEX merges_pair ON merges(kept_id, merged_id);
`,
  },
  {
    // the vector outbox: vector writes (and deletes) a separate vector store missed during an outage,
    // kept locally in order and replayed on the next run or by `osmose repair` (idempotent ops)
    version: 3,
    sql: `
CREATE TABLE vector_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op TEXT NOT NULL,
  doc_id TEXT,
  vectors INTEGER NOT NULL DEFAULT 0,
  meta TEXT,
  data BLOB,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL
);
`,
  },
  {
    // the deck's counts (notes, tables, charts, images, characters), so an unchanged re-run reports them
    version: 4,
    sql: `
ALTER TABLE documents ADD COLUMN stats TEXT;
`,
  },
  {
    // a log of removed or changed vector rows (a trigger, whichever connection writes): a connection's in-memory
    // copy of the concept vectors (the vector store's mirror) drops and re-reads those rows and appends new ones
    // by rowid, instead of reading every vector back; old entries are pruned (a copy that missed them reloads)
    version: 5,
    sql: `
CREATE TABLE vector_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, item_rowid INTEGER NOT NULL);
CREATE TRIGGER vector_items_deleted AFTER DELETE ON vector_items
BEGIN INSERT INTO vector_log(item_rowid) VALUES (old.rowid); END;
CREATE TRIGGER vector_items_updated AFTER UPDATE ON vector_items
BEGIN INSERT INTO vector_log(item_rowid) VALUES (old.rowid); INSERT INTO vector_log(item_rowid) VALUES (new.rowid); END;
`,
  },
  {
    // a log of inserted, changed and removed concepts (triggers, whichever connection writes): a connection's
    // in-memory name index for entity resolution re-reads only those concepts before each document, instead of
    // every stored concept; old entries are pruned by writers (an index that missed them reloads)
    version: 6,
    sql: `
CREATE TABLE concept_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, concept_id TEXT NOT NULL);
CREATE TRIGGER concepts_inserted AFTER INSERT ON concepts
BEGIN INSERT INTO concept_log(concept_id) VALUES (new.id); END;
CREATE TRIGGER concepts_updated AFTER UPDATE ON concepts
BEGIN INSERT INTO concept_log(concept_id) VALUES (old.id); INSERT INTO concept_log(concept_id) SELECT new.id WHERE new.id <> old.id; END;
CREATE TRIGGER concepts_deleted AFTER DELETE ON concepts
BEGIN INSERT INTO concept_log(concept_id) VALUES (old.id); END;
`,
  },
  {
    // the store's top concepts (osmose concepts, the web app's list, the summary after an ingest) count mentions,
    // documents and slides per concept: from this index alone, without reading the mentions table (50,000 concepts,
    // 500,000 mentions: 729 → 133 ms); it also serves every lookup by concept the old one-column index served
    version: 7,
    sql: `
CREATE INDEX mentions_concept_doc_slide ON mentions(concept_id, doc_id, slide_id);
DROP INDEX mentions_concept;
`,
  },
  {
    // per-concept counts kept per document written or deleted (sqlite-concept-stats.ts): the top concepts and the
    // graph view's most mentioned concepts come from an index in display order instead of counting every mention
    // (50,000 concepts, 500,000 mentions: 133 ms → about 1 ms); names follow the concepts table by triggers
    version: 8,
    sql: `
CREATE TABLE concept_stats (
  concept_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  slides INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO concept_stats(concept_id, name, mentions, documents, slides)
  SELECT m.concept_id, coalesce(c.name, ''), count(*), count(DISTINCT m.doc_id), count(DISTINCT m.slide_id)
  FROM mentions m LEFT JOIN concepts c ON c.id = m.concept_id GROUP BY m.concept_id;
CREATE INDEX concept_stats_rank ON concept_stats(documents DESC, slides DESC, mentions DESC, name, concept_id);
CREATE INDEX concept_stats_mentions ON concept_stats(mentions DESC, concept_id);
CREATE TRIGGER concept_stats_renamed AFTER UPDATE OF name ON concepts WHEN old.name IS NOT new.name
BEGIN UPDATE concept_stats SET name = new.name WHERE concept_id = new.id; END;
CREATE TRIGGER concept_stats_dropped AFTER DELETE ON concepts
BEGIN DELETE FROM concept_stats WHERE concept_id = old.id; END;
`,
  },
];
