/**
 * The write statements, one per record kind, each taking `$rows` (a batch) and run with
 * `UNWIND $rows AS r MERGE …` inside the document's single transaction. Ids are deterministic, so
 * MERGE under the uniqueness constraints makes a re-run a no-op in shape.
 */
export const WRITE = {
  document: `UNWIND $rows AS r
    MERGE (d:Document {id: r.id})
    SET d.path = r.path, d.fileName = r.fileName, d.sha256 = r.sha256, d.title = r.title,
        d.slideCount = toInteger(r.slideCount), d.hiddenSlides = toInteger(r.hiddenSlides),
        d.ingestedAt = r.ingestedAt, d.pipelineVersion = r.pipelineVersion,
        d.notes = toInteger(r.stats.notes), d.tables = toInteger(r.stats.tables), d.charts = toInteger(r.stats.charts),
        d.images = toInteger(r.stats.images), d.textChars = toInteger(r.stats.textChars),
        d.visionPending = toInteger(r.stats.visionPending), d.llmPending = toInteger(r.stats.llmPending),
        d.judgePending = toInteger(r.stats.judgePending)`,
  slides: `UNWIND $rows AS r
    MATCH (d:Document {id: r.docId})
    MERGE (s:Slide {id: r.id})
    SET s.docId = r.docId, s.index = toInteger(r.index), s.title = r.title, s.hidden = r.hidden,
        s.section = r.section, s.layout = r.layout, s.hash = r.hash, s.summary = r.summary,
        s.summarySource = r.summarySource, s.summaryReason = r.summaryReason, s.notes = r.notes,
        s.topicId = r.topicId
    MERGE (d)-[:HAS_SLIDE]->(s)`,
  textBlocks: `UNWIND $rows AS r
    MATCH (s:Slide {id: r.slideId})
    MERGE (b:TextBlock {id: r.id})
    SET b.docId = r.docId, b.slideId = r.slideId, b.shapeId = r.shapeId, b.layer = r.layer,
        b.text = r.text, b.boilerplate = r.boilerplate, b.ord = toInteger(r.ord)
    MERGE (s)-[:HAS_BLOCK]->(b)`,
  topics: `UNWIND $rows AS r
    MATCH (d:Document {id: r.docId})
    MERGE (t:Topic {id: r.id})
    SET t.docId = r.docId, t.label = r.label, t.slideIndices = [i IN r.slideIndices | toInteger(i)]
    MERGE (d)-[:HAS_TOPIC]->(t)
    WITH t, r
    UNWIND r.slideIds AS sid
    MATCH (s:Slide {id: sid})
    MERGE (t)-[:COVERS]->(s)`,
  concepts: `UNWIND $rows AS r
    MERGE (c:Concept {id: r.id})
    SET c.name = r.name, c.nameLower = toLower(r.name), c.type = r.type, c.aliases = r.aliases, c.aliasesLower = [a IN r.aliases | toLower(a)],
        c.definition = r.definition, c.confidence = r.confidence`,
  mentions: `UNWIND $rows AS r
    MATCH (c:Concept {id: r.conceptId}), (s:Slide {id: r.slideId})
    MERGE (c)-[m:MENTIONED_IN {id: r.id}]->(s)
    SET m.docId = r.docId, m.slideIndex = toInteger(r.slideIndex), m.shapeId = r.shapeId, m.layer = r.layer,
        m.start = toInteger(r.start), m.end = toInteger(r.end), m.surface = r.surface, m.sentence = r.sentence,
        m.originalConceptId = r.originalConceptId`,
  relations: `UNWIND $rows AS r
    MATCH (a:Concept {id: r.source}), (b:Concept {id: r.target})
    MERGE (a)-[x:RELATED {id: r.id}]->(b)
    SET x.type = r.type, x.weight = r.weight, x.docId = r.docId, x.originalSource = r.originalSource,
        x.originalTarget = r.originalTarget`,
  charts: `UNWIND $rows AS r
    MATCH (s:Slide {id: r.slideId})
    MERGE (ch:Chart {id: r.id})
    SET ch.docId = r.docId, ch.slideId = r.slideId, ch.title = r.title
    MERGE (s)-[:HAS_CHART]->(ch)`,
  series: `UNWIND $rows AS r
    MATCH (ch:Chart {id: r.chartId})
    MERGE (se:Series {id: r.id})
    SET se.docId = r.docId, se.name = r.name
    MERGE (ch)-[:HAS_SERIES]->(se)`,
  points: `UNWIND $rows AS r
    MATCH (se:Series {id: r.seriesId})
    MERGE (p:Point {id: r.id})
    SET p.docId = r.docId, p.category = r.category, p.value = r.value, p.unit = r.unit, p.ord = toInteger(r.ord),
        p.originalConceptIds = r.originalConceptIds
    MERGE (se)-[:HAS_POINT]->(p)
    WITH p, r
    UNWIND r.conceptIds AS cid
    MATCH (c:Concept {id: cid})
    MERGE (p)-[:ABOUT]->(c)`,
  /**
   * The entity-resolution log (the same rules as the embedded store's writeMergesTx): a pair keeps its first decision
   * while the deck that decided it is stored, the snapshot an undo restores is never replaced, and a merge undone by a
   * user is never overwritten.
   */
  merges: `UNWIND $rows AS r
    MERGE (m:Merge {id: r.id})
    ON CREATE SET m.createdAt = r.createdAt, m.snapshot = r.snapshot
    WITH m, r WHERE m.undoneAt IS NULL
      AND (m.docId IS NULL OR m.docId = r.docId OR NOT EXISTS { MATCH (:Document {id: m.docId}) })
    SET m.createdAt = CASE WHEN m.docId = r.docId THEN m.createdAt ELSE r.createdAt END
    SET m.keptId = r.keptId, m.mergedId = r.mergedId, m.method = r.method, m.score = r.score, m.docId = r.docId,
        m.snapshot = coalesce(m.snapshot, r.snapshot)`,
} as const;

export type WriteKind = keyof typeof WRITE;

/** Documents this write replaces: the same id, and any older version ingested from the same path. */
export const FIND_REPLACED = `MATCH (d:Document) WHERE d.id = $id OR d.path = $path RETURN d.id AS id`;

/** Concepts mentioned by these documents (candidates for pruning once the documents are gone). */
export const CONCEPTS_OF_DOCS = `MATCH (s:Slide) WHERE s.docId IN $docIds
  MATCH (c:Concept)-[:MENTIONED_IN]->(s) RETURN DISTINCT c.id AS id`;

export const DELETE_RELATIONS_OF_DOCS = `MATCH ()-[r:RELATED]->() WHERE r.docId IN $docIds DELETE r`;

/**
 * Deletes what the documents own, leaves first, each statement walking down from the slides (or the
 * document) so it uses the Slide.docId index; DETACH also removes mentions and structural links.
 */
export const DELETE_DOCS: readonly string[] = [
  `MATCH (s:Slide) WHERE s.docId IN $docIds
   MATCH (s)-[:HAS_CHART]->(ch:Chart)-[:HAS_SERIES]->(se:Series)-[:HAS_POINT]->(p:Point) DETACH DELETE p`,
  `MATCH (s:Slide) WHERE s.docId IN $docIds MATCH (s)-[:HAS_CHART]->(ch:Chart)-[:HAS_SERIES]->(se:Series) DETACH DELETE se`,
  `MATCH (s:Slide) WHERE s.docId IN $docIds MATCH (s)-[:HAS_CHART]->(ch:Chart) DETACH DELETE ch`,
  `MATCH (s:Slide) WHERE s.docId IN $docIds MATCH (s)-[:HAS_BLOCK]->(b:TextBlock) DETACH DELETE b`,
  `MATCH (d:Document) WHERE d.id IN $docIds MATCH (d)-[:HAS_TOPIC]->(t:Topic) DETACH DELETE t`,
  `MATCH (s:Slide) WHERE s.docId IN $docIds DETACH DELETE s`,
  `MATCH (d:Document) WHERE d.id IN $docIds DETACH DELETE d`,
];

/** Removes concepts (among the candidates) that no longer have any mention; returns their ids. */
export const PRUNE_CONCEPTS = `UNWIND $ids AS id
  MATCH (c:Concept {id: id}) WHERE NOT (c)-[:MENTIONED_IN]->()
  WITH c, c.id AS removed
  DETACH DELETE c
  RETURN removed`;

/**
 * The concept change log, the last statements of every transaction that writes or removes concepts: one sequence
 * number per transaction (the log node's lock, taken at the end, orders such transactions as they commit), stamped
 * on the concepts it wrote (`changeSeq`) and on a tombstone per concept it removed. A reader asks for what has a
 * number above the one it last saw (`Neo4jGraphStore.conceptChanges`). The sequence starts at the creation time in
 * ms, and everything before it counts as pruned: a database emptied and written again never looks unchanged to a
 * reader that knew the old one.
 */
export const CONCEPT_LOG = {
  bump: `MERGE (l:OsmoseLog {name: 'concepts'})
    ON CREATE SET l.seq = timestamp(), l.prunedThrough = timestamp()
    SET l.seq = l.seq + 1
    RETURN l.seq AS seq`,
  stamp: `UNWIND $ids AS id MATCH (c:Concept {id: id}) SET c.changeSeq = $seq`,
  tombstones: `UNWIND $ids AS id MERGE (t:ConceptTombstone {id: id}) SET t.seq = $seq`,
  /** Tombstones older than `floor` go; a reader that last saw a number before it reads every concept. */
  prune: `MATCH (l:OsmoseLog {name: 'concepts'})
    SET l.prunedThrough = CASE WHEN $floor > l.prunedThrough THEN $floor ELSE l.prunedThrough END
    WITH l MATCH (t:ConceptTombstone) WHERE t.seq <= $floor DELETE t`,
  state: `OPTIONAL MATCH (l:OsmoseLog {name: 'concepts'})
    WITH l CALL { MATCH (c:Concept) RETURN count(c) AS total }
    RETURN l.seq AS seq, l.prunedThrough AS prunedThrough, total`,
  changed: `MATCH (c:Concept) WHERE c.changeSeq > $since
    RETURN c.id AS id, c.name AS name, c.type AS type, coalesce(c.aliases, []) AS aliases,
           c.definition AS definition, coalesce(c.confidence, 0.0) AS confidence`,
  removed: `MATCH (t:ConceptTombstone) WHERE t.seq > $since RETURN t.id AS id`,
} as const;

export const READ_CONCEPTS = `UNWIND $ids AS id MATCH (c:Concept {id: id})
  RETURN c.id AS id, c.name AS name, c.type AS type, c.aliases AS aliases, c.definition AS definition, c.confidence AS confidence`;

/**
 * Re-writing the same document id (same file, e.g. a new pipeline version): instead of deleting and
 * re-creating ~10k entities under the same unique keys (slow in Neo4j's transaction state), the rows
 * are MERGEd onto the existing nodes and these statements sweep away what the new version lacks.
 * Relationships carry no unique key (a mention id could come back between other endpoints), so the
 * document's mentions, RELATED, COVERS and ABOUT relationships are deleted first and re-created.
 */
export const CLEAR_UNKEYED_LINKS: readonly string[] = [
  `MATCH ()-[r:RELATED]->() WHERE r.docId = $docId DELETE r`,
  `MATCH (s:Slide {docId: $docId})<-[m:MENTIONED_IN]-() DELETE m`,
  `MATCH (d:Document {id: $docId})-[:HAS_TOPIC]->(:Topic)-[c:COVERS]->() DELETE c`,
  `MATCH (s:Slide {docId: $docId})-[:HAS_CHART]->(:Chart)-[:HAS_SERIES]->(:Series)-[:HAS_POINT]->(:Point)-[a:ABOUT]->() DELETE a`,
];

export const SWEEP_STALE: readonly {
  stmt: string;
  ids: 'points' | 'series' | 'charts' | 'textBlocks' | 'topics' | 'slides';
}[] = [
  {
    ids: 'points',
    stmt: `MATCH (s:Slide {docId: $docId})-[:HAS_CHART]->(:Chart)-[:HAS_SERIES]->(:Series)-[:HAS_POINT]->(p:Point) WHERE NOT p.id IN $ids DETACH DELETE p`,
  },
  {
    ids: 'series',
    stmt: `MATCH (s:Slide {docId: $docId})-[:HAS_CHART]->(:Chart)-[:HAS_SERIES]->(se:Series) WHERE NOT se.id IN $ids DETACH DELETE se`,
  },
  {
    ids: 'charts',
    stmt: `MATCH (s:Slide {docId: $docId})-[:HAS_CHART]->(ch:Chart) WHERE NOT ch.id IN $ids DETACH DELETE ch`,
  },
  {
    ids: 'textBlocks',
    stmt: `MATCH (s:Slide {docId: $docId})-[:HAS_BLOCK]->(b:TextBlock) WHERE NOT b.id IN $ids DETACH DELETE b`,
  },
  {
    ids: 'topics',
    stmt: `MATCH (d:Document {id: $docId})-[:HAS_TOPIC]->(t:Topic) WHERE NOT t.id IN $ids DETACH DELETE t`,
  },
  { ids: 'slides', stmt: `MATCH (s:Slide {docId: $docId}) WHERE NOT s.id IN $ids DETACH DELETE s` },
];
