/**
 * The whole Neo4j graph as plain records, in the same shape and order as the embedded store's dump,
 * so `osmose export` works on either backend.
 */
import type {
  ChartFactRecord,
  ConceptRecord,
  MentionRecord,
  RelationRecord,
  SlideRecord,
  TopicRecord,
} from '../../model/graph.js';
import type { GraphDump } from '../../ports/store.js';
import { DOC_RETURN, docFromRow } from './queries.js';

type Read = <T>(query: string, params?: Record<string, unknown>) => Promise<T[]>;

const SLIDES = `MATCH (s:Slide) RETURN s.id AS id, s.docId AS docId, s.index AS index, s.title AS title, s.hidden AS hidden,
  s.section AS section, s.layout AS layout, s.hash AS hash, s.summary AS summary, s.summarySource AS summarySource,
  s.notes AS notes, s.topicId AS topicId ORDER BY docId, index`;
const TOPICS = `MATCH (t:Topic) RETURN t.id AS id, t.docId AS docId, t.label AS label, t.slideIndices AS slideIndices ORDER BY docId, id`;
const CONCEPTS = `MATCH (c:Concept) RETURN c.id AS id, c.name AS name, c.type AS type, c.aliases AS aliases,
  c.definition AS definition, c.confidence AS confidence ORDER BY id`;
const MENTIONS = `MATCH (c:Concept)-[m:MENTIONED_IN]->(s:Slide) RETURN m.id AS id, c.id AS conceptId, m.docId AS docId,
  s.id AS slideId, m.slideIndex AS slideIndex, m.shapeId AS shapeId, m.layer AS layer, m.start AS start, m.end AS end,
  m.surface AS surface, m.sentence AS sentence ORDER BY docId, slideIndex, shapeId, start`;
const RELATIONS = `MATCH (a:Concept)-[x:RELATED]->(b:Concept) RETURN x.id AS id, a.id AS source, b.id AS target,
  x.type AS type, x.weight AS weight, x.docId AS docId ORDER BY docId, id`;
const POINTS = `MATCH (s:Slide)-[:HAS_CHART]->(ch:Chart)-[:HAS_SERIES]->(se:Series)-[:HAS_POINT]->(p:Point)
  OPTIONAL MATCH (p)-[:ABOUT]->(c:Concept)
  WITH s, ch, se, p, collect(c.id) AS conceptIds
  RETURN p.id AS id, p.docId AS docId, s.id AS slideId, ch.id AS chartId, ch.title AS chartTitle, se.name AS series,
    p.category AS category, p.value AS value, p.unit AS unit, conceptIds ORDER BY docId, p.ord`;

export async function dumpNeo4j(read: Read): Promise<GraphDump> {
  const [documents, slides, topics, concepts, mentions, relations, points] = await Promise.all([
    read<GraphDump['documents'][number]>(`MATCH (d:Document) RETURN ${DOC_RETURN} ORDER BY d.path, d.id`),
    read<SlideRecord>(SLIDES),
    read<TopicRecord>(TOPICS),
    read<ConceptRecord>(CONCEPTS),
    read<MentionRecord>(MENTIONS),
    read<RelationRecord>(RELATIONS),
    read<ChartFactRecord & { conceptIds: string[] }>(POINTS),
  ]);
  return {
    documents: documents.map(docFromRow),
    slides: slides.map((s) => ({ ...s, hidden: !!s.hidden })),
    topics: topics.map((t) => ({ ...t, slideIndices: (t.slideIndices ?? []).map(Number) })),
    concepts: concepts.map((c) => ({ ...c, aliases: c.aliases ?? [] })),
    mentions,
    relations,
    chartFacts: points.map((p) => ({ ...p, conceptIds: [...p.conceptIds].sort() })),
  };
}
