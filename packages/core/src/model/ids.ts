/**
 * Every id of the graph, built from content in one place (deterministic ids are what make writes
 * idempotent: re-ingesting never duplicates). Stores, exporters and tests rely on these shapes.
 */

/** 'doc:' + the first 32 hex digits of the file's sha256. */
export const docIdOf = (fileSha: string): string => 'doc:' + fileSha.slice(0, 32);
/** A slide: `<doc>:s<index>` (1-based index). */
export const slideIdOf = (docId: string, index: number): string => `${docId}:s${index}`;
/** A text block of a slide: `<slide>:b<ordinal>`. */
export const blockIdOf = (slideId: string, ordinal: number): string => `${slideId}:b${ordinal}`;
/** A topic of a document: `<doc>:t<n>` (1-based). */
export const topicIdOf = (docId: string, n: number): string => `${docId}:t${n}`;
/** A concept: 'c:' + its normalised key with spaces as dashes; stable across documents. */
export const conceptIdOf = (key: string): string => 'c:' + key.replace(/ /g, '-');
/** A mention: where in which block it starts. */
export const mentionIdOf = (slideId: string, shapeId: string, layer: string, start: number): string =>
  `m:${slideId}:${shapeId}:${layer}:${start}`;
/** A co-occurrence relation of a document (`pair` = 'sourceId|targetId'). */
export const cooccurrenceIdOf = (docId: string, pair: string): string => `r:${docId}:${pair}`;
/** A typed relation (from the LLM) of a document. */
export const typedRelationIdOf = (docId: string, source: string, target: string, type: string): string =>
  `r:${docId}:${source}|${target}|${type}`;
/** A chart of a slide: `<slide>:<shape id>`. */
export const chartIdOf = (slideId: string, shapeId: string): string => `${slideId}:${shapeId}`;
/** One value of a chart series: `f:<slide>:<shape>:<series>:<point>`. */
export const chartFactIdOf = (slideId: string, shapeId: string, series: number, point: number): string =>
  `f:${slideId}:${shapeId}:${series}:${point}`;
