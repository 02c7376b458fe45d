/**
 * Constraints and indexes, created on `init()` (idempotent: IF NOT EXISTS). Uniqueness constraints
 * on every node id back the `MERGE … {id}` writes. Replacing a document starts from its Slide nodes
 * (range index on Slide.docId) and walks to what hangs below them, so blocks, charts, series, points
 * and mentions need no docId index of their own (each index costs time on every write); RELATED keeps
 * a relationship index on docId. The lower-cased name serves `showConcept`.
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
  'CREATE CONSTRAINT osm_merge_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX osm_document_path IF NOT EXISTS FOR (n:Document) ON (n.path)',
  'CREATE INDEX osm_document_sha IF NOT EXISTS FOR (n:Document) ON (n.sha256)',
  'CREATE INDEX osm_slide_doc IF NOT EXISTS FOR (n:Slide) ON (n.docId)',
  'CREATE INDEX osm_concept_name IF NOT EXISTS FOR (n:Concept) ON (n.nameLower)',
  'CREATE INDEX osm_concept_type IF NOT EXISTS FOR (n:Concept) ON (n.type)',
  'CREATE INDEX osm_related_doc IF NOT EXISTS FOR ()-[r:RELATED]-() ON (r.docId)',
  // the concept change log (cypher.ts, CONCEPT_LOG): what changed since a sequence number, for resolution's name index
  'CREATE CONSTRAINT osm_log_name IF NOT EXISTS FOR (n:OsmoseLog) REQUIRE n.name IS UNIQUE',
  'CREATE INDEX osm_concept_change IF NOT EXISTS FOR (n:Concept) ON (n.changeSeq)',
  'CREATE CONSTRAINT osm_tombstone_id IF NOT EXISTS FOR (n:ConceptTombstone) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX osm_tombstone_seq IF NOT EXISTS FOR (n:ConceptTombstone) ON (n.seq)',
];
