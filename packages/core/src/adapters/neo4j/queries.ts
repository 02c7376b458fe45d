/** Read statements of the Neo4j graph store. */
import type { DocumentStats } from '../../model/graph.js';

const SUMMARY_RETURN = `c.id AS id, c.name AS name, c.type AS type, coalesce(c.aliases, []) AS aliases,
  mentions, documents, slides`;

export const LIST_CONCEPTS = `MATCH (c:Concept) WHERE ($type IS NULL OR c.type = $type)
    AND ($q IS NULL OR c.nameLower CONTAINS $q OR any(a IN coalesce(c.aliasesLower, []) WHERE a CONTAINS $q))
    AND ($inDocument IS NULL OR EXISTS { MATCH (c)-[:MENTIONED_IN {docId: $inDocument}]->() })
  MATCH (c)-[m:MENTIONED_IN]->(s:Slide)
  WITH c, count(m) AS mentions, count(DISTINCT m.docId) AS documents, count(DISTINCT s) AS slides
  RETURN ${SUMMARY_RETURN}
  ORDER BY documents DESC, slides DESC, mentions DESC, name, id LIMIT $limit`;

/** One deck's concepts: mentions and slides in that deck, decks across the store. */
export const LIST_DOC_CONCEPTS = `MATCH (c:Concept)-[m:MENTIONED_IN {docId: $docId}]->(s:Slide) WHERE $type IS NULL OR c.type = $type
  WITH c, count(m) AS mentions, count(DISTINCT s) AS slides
  CALL { WITH c MATCH (c)-[m2:MENTIONED_IN]->() RETURN count(DISTINCT m2.docId) AS documents }
  RETURN ${SUMMARY_RETURN}
  ORDER BY slides DESC, mentions DESC, documents DESC, name LIMIT $limit`;

export const CONCEPT_SUMMARY = `MATCH (c:Concept {id: $id})
  OPTIONAL MATCH (c)-[m:MENTIONED_IN]->(s:Slide)
  WITH c, count(m) AS mentions, count(DISTINCT m.docId) AS documents, count(DISTINCT s) AS slides
  RETURN ${SUMMARY_RETURN}, c.definition AS definition, coalesce(c.confidence, 0.0) AS confidence`;

/** By id, then exact name (case-insensitive), then alias (case-insensitive). */
export const RESOLVE_CONCEPT = `CALL {
    MATCH (c:Concept {id: $q}) RETURN c.id AS id, 0 AS rank
    UNION
    MATCH (c:Concept {nameLower: toLower($q)}) RETURN c.id AS id, 1 AS rank
    UNION
    MATCH (c:Concept) WHERE toLower($q) IN c.aliasesLower RETURN c.id AS id, 2 AS rank
  }
  RETURN id ORDER BY rank, id LIMIT 1`;

export const CONCEPT_MENTIONS = `MATCH (c:Concept {id: $id})-[m:MENTIONED_IN]->(s:Slide)<-[:HAS_SLIDE]-(d:Document)
  RETURN d.fileName AS document, d.id AS docId, m.slideIndex AS slide, s.title AS slideTitle, m.shapeId AS shapeId,
         m.layer AS layer, m.surface AS surface, m.sentence AS sentence, m.start AS start, m.end AS end
  ORDER BY document, slide, shapeId, start`;

export const CONCEPT_RELATED = `MATCH (c:Concept {id: $id})-[r:RELATED]-(o:Concept) WHERE o.id <> c.id
  RETURN o.id AS id, o.name AS name, o.type AS type, sum(r.weight) AS weight
  ORDER BY weight DESC, name LIMIT 20`;

export const CONCEPT_CHART_FACTS = `MATCH (c:Concept {id: $id})<-[:ABOUT]-(p:Point)<-[:HAS_POINT]-(se:Series)<-[:HAS_SERIES]-(ch:Chart)
  RETURN ch.title AS chart, se.name AS series, p.category AS category, p.value AS value, p.unit AS unit
  ORDER BY ch.id, series, p.ord`;

export const HIT_CONCEPTS = `MATCH (c:Concept) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name, c.type AS type`;
export const HIT_SLIDES = `MATCH (d:Document)-[:HAS_SLIDE]->(s:Slide) WHERE s.id IN $ids
  RETURN s.id AS id, d.fileName AS document, s.index AS index, s.title AS title, coalesce(s.summary, '') AS summary`;
/** Case-insensitive text match, the same ranking as the embedded store (matching mentions, then id). */
export const TEXT_CONCEPTS = `MATCH (c:Concept)
  WHERE c.nameLower =~ $re OR any(a IN coalesce(c.aliasesLower, []) WHERE a =~ $re)
  OPTIONAL MATCH (c)-[m:MENTIONED_IN]->()
  WITH c, count(m) AS score RETURN c.id AS id, score ORDER BY score DESC, id LIMIT $limit`;
export const TEXT_SLIDES = `MATCH (s:Slide)
  OPTIONAL MATCH (s)-[:HAS_BLOCK]->(b:TextBlock) WHERE toLower(b.text) =~ $re
  WITH s, count(b) AS score WHERE score > 0 OR toLower(coalesce(s.title, '')) =~ $re
  RETURN s.id AS id, score ORDER BY score DESC, id LIMIT $limit`;

export const ALL_CONCEPTS = `MATCH (c:Concept)
  RETURN c.id AS id, c.name AS name, c.type AS type, coalesce(c.aliases, []) AS aliases,
         c.definition AS definition, coalesce(c.confidence, 0.0) AS confidence
  ORDER BY id`;

export const DOC_RETURN = `d.id AS id, d.path AS path, d.fileName AS fileName, d.sha256 AS sha256, d.title AS title,
  d.slideCount AS slideCount, d.hiddenSlides AS hiddenSlides, d.ingestedAt AS ingestedAt,
  d.pipelineVersion AS pipelineVersion,
  CASE WHEN d.textChars IS NULL THEN null
       ELSE {notes: d.notes, tables: d.tables, charts: d.charts, images: d.images, textChars: d.textChars,
             visionPending: d.visionPending, llmPending: d.llmPending, judgePending: d.judgePending} END AS stats`;

/** DocumentStats' optional counts are absent when none are pending: a row read with DOC_RETURN drops their nulls. */
export function docFromRow<T extends { stats?: DocumentStats | null }>(row: T): T {
  const st = row.stats;
  if (st)
    for (const k of ['visionPending', 'llmPending', 'judgePending'] as const)
      if (st[k] === null || st[k] === undefined) delete st[k];
  return row;
}

/** Concepts mentioned by one document's slides and by no other document's (see GraphStore.conceptsOnlyIn). */
export const CONCEPTS_ONLY_IN = `MATCH (s:Slide {docId: $docId})<-[:MENTIONED_IN]-(c:Concept)
  WITH DISTINCT c
  WHERE NOT EXISTS { MATCH (c)-[:MENTIONED_IN]->(o:Slide) WHERE o.docId <> $docId }
  RETURN c.id AS id`;

export const DOC_BY_ID = `MATCH (d:Document {id: $v}) RETURN ${DOC_RETURN} LIMIT 1`;
export const DOC_BY_SHA = `MATCH (d:Document {sha256: $v}) RETURN ${DOC_RETURN} ORDER BY d.ingestedAt DESC LIMIT 1`;
export const DOC_BY_PATH = `MATCH (d:Document {path: $v}) RETURN ${DOC_RETURN} ORDER BY d.ingestedAt DESC LIMIT 1`;
export const LIST_DOCUMENTS = `MATCH (d:Document) RETURN ${DOC_RETURN} ORDER BY d.path`;

/** Counts from the count store (constant time), one row. */
export const COUNTS = `CALL { MATCH (n:Document) RETURN count(n) AS documents }
  CALL { MATCH (n:Slide) RETURN count(n) AS slides }
  CALL { MATCH (n:TextBlock) RETURN count(n) AS textBlocks }
  CALL { MATCH (n:Concept) RETURN count(n) AS concepts }
  CALL { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentions }
  CALL { MATCH ()-[r:RELATED]->() RETURN count(r) AS relations }
  CALL { MATCH (n:Point) RETURN count(n) AS chartFacts }
  RETURN documents, slides, textBlocks, concepts, mentions, relations, chartFacts`;

/**
 * Every node and relationship of the graph (used by tests and the benchmark to compare whole-graph sizes), the
 * concept change log's bookkeeping nodes left out.
 */
export const TOTALS = `CALL { MATCH (n) WHERE NOT n:OsmoseLog AND NOT n:ConceptTombstone RETURN count(n) AS nodes }
  CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
  RETURN nodes, relationships`;
