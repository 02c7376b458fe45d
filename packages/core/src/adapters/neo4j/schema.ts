/**
 * Constraints and indexes, created on `init()` (idempotent: IF NOT EXISTS). Uniqueness constraints
 * on every node id back the `MERGE … {id}` writes; range indexes on `docId` make replacing a document
 * a set of index seeks, and the lower-cased name/alias properties serve `showConcept`.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT osm_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_slide_id IF NOT EXISTS FOR (n:Slide) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_textblock_id IF NOT EXISTS FOR (n:TextBlock) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_chart_id IF NOT EXISTS FOR (n:Chart) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_series_id IF NOT EXISTS FOR (n:Series) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT osm_point_id IF NOT EXISTS FOR (n:Point) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX osm_document_path IF NOT EXISTS FOR (n:Document) ON (n.path)',
  'CREATE INDEX osm_document_sha IF NOT EXISTS FOR (n:Document) ON (n.sha256)',
  'CREATE INDEX osm_slide_doc IF NOT EXISTS FOR (n:Slide) ON (n.docId)',
  'CREATE INDEX osm_textblock_doc IF NOT EXISTS FOR (n:TextBlock) ON (n.docId)',
  'CREATE INDEX osm_topic_doc IF NOT EXISTS FOR (n:Topic) ON (n.docId)',
  'CREATE INDEX osm_chart_doc IF NOT EXISTS FOR (n:Chart) ON (n.docId)',
  'CREATE INDEX osm_series_doc IF NOT EXISTS FOR (n:Series) ON (n.docId)',
  'CREATE INDEX osm_point_doc IF NOT EXISTS FOR (n:Point) ON (n.docId)',
  'CREATE INDEX osm_concept_name IF NOT EXISTS FOR (n:Concept) ON (n.nameLower)',
  'CREATE INDEX osm_concept_type IF NOT EXISTS FOR (n:Concept) ON (n.type)',
  'CREATE INDEX osm_related_doc IF NOT EXISTS FOR ()-[r:RELATED]-() ON (r.docId)',
  'CREATE INDEX osm_mentioned_doc IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.docId)',
];

/** Labels of the nodes a document owns (deleted with it); concepts are shared and pruned instead. */
export const DOC_OWNED_LABELS = ['Point', 'Series', 'Chart', 'Topic', 'TextBlock', 'Slide', 'Document'] as const;
