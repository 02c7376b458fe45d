/** The whole embedded graph as plain records (for `osmose export`). */
import type { Layer } from '../model/deck.js';
import type {
  ChartFactRecord,
  ConceptRecord,
  MentionRecord,
  RelationRecord,
  SlideRecord,
  TopicRecord,
} from '../model/graph.js';
import type { GraphDump } from '../ports/store.js';
import type { Db } from './sqlite-db.js';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function dumpGraph(db: Db): GraphDump {
  const all = (sql: string) => db.prepare(sql).all() as Row[];
  const documents = all('SELECT * FROM documents ORDER BY path, id').map((r) => ({
    id: String(r.id),
    path: String(r.path),
    fileName: String(r.file_name),
    sha256: String(r.sha256),
    title: str(r.title),
    slideCount: Number(r.slide_count),
    hiddenSlides: Number(r.hidden_slides),
    ingestedAt: String(r.ingested_at),
    pipelineVersion: String(r.pipeline_version),
    // the deck counts stored with the document (the Neo4j dump returns them too)
    stats: r.stats ? JSON.parse(String(r.stats)) : null,
  }));
  const slides: SlideRecord[] = all('SELECT * FROM slides ORDER BY doc_id, idx').map((r) => ({
    id: String(r.id),
    docId: String(r.doc_id),
    index: Number(r.idx),
    title: str(r.title),
    hidden: !!r.hidden,
    section: str(r.section),
    layout: str(r.layout),
    hash: String(r.hash),
    summary: String(r.summary),
    summarySource: r.summary_source as SlideRecord['summarySource'],
    notes: String(r.notes),
    topicId: str(r.topic_id),
  }));
  const topics: TopicRecord[] = all('SELECT * FROM topics ORDER BY doc_id, id').map((r) => ({
    id: String(r.id),
    docId: String(r.doc_id),
    label: String(r.label),
    slideIndices: JSON.parse(String(r.slide_indices)) as number[],
  }));
  const concepts: ConceptRecord[] = all('SELECT * FROM concepts ORDER BY id').map((r) => ({
    id: String(r.id),
    name: String(r.name),
    type: r.type as ConceptRecord['type'],
    aliases: JSON.parse(String(r.aliases)) as string[],
    definition: str(r.definition),
    confidence: Number(r.confidence),
  }));
  const mentions: MentionRecord[] = all(
    'SELECT * FROM mentions ORDER BY doc_id, slide_idx, shape_id, start',
  ).map((r) => ({
    id: String(r.id),
    conceptId: String(r.concept_id),
    docId: String(r.doc_id),
    slideId: String(r.slide_id),
    slideIndex: Number(r.slide_idx),
    shapeId: String(r.shape_id),
    layer: r.layer as Layer,
    start: Number(r.start),
    end: Number(r.end),
    surface: String(r.surface),
    sentence: String(r.sentence),
    ...(r.original_concept_id ? { originalConceptId: String(r.original_concept_id) } : {}),
  }));
  const relations: RelationRecord[] = all('SELECT * FROM relations ORDER BY doc_id, id').map((r) => ({
    id: String(r.id),
    source: String(r.source),
    target: String(r.target),
    type: String(r.type),
    weight: Number(r.weight),
    docId: String(r.doc_id),
  }));
  const chartFacts: ChartFactRecord[] = all('SELECT * FROM chart_facts ORDER BY doc_id, rowid').map((r) => ({
    id: String(r.id),
    docId: String(r.doc_id),
    slideId: String(r.slide_id),
    chartId: String(r.chart_id),
    chartTitle: str(r.chart_title),
    series: String(r.series),
    category: String(r.category),
    value: r.value === null ? null : Number(r.value),
    unit: str(r.unit),
    conceptIds: JSON.parse(String(r.concept_ids)) as string[],
  }));
  return { documents, slides, topics, concepts, mentions, relations, chartFacts };
}
