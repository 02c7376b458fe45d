import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractDeck } from '../extract/index.js';
import { isOsmoseError, toOsmoseError } from '../errors.js';
import type { DeckData } from '../model/deck.js';
import type { Backends } from '../adapters/backends.js';
import { docIdOf, sha256 } from './ids.js';
import { emptyPhaseStats, type IngestObserver, type Phase, type PhaseStats } from './observer.js';
import { emptyDocReport, summarise, type DocumentReport, type IngestReport } from './report.js';
import { expandInputs } from './files.js';
import { buildDocumentGraph } from './build-graph.js';
import { runSummarise } from './summarise-stage.js';
import { runNlp } from './nlp-stage.js';
import { segmentTopics } from './topics.js';
import { llmRelations, runLlmExtraction } from './llm-stage.js';
import { resolveStage } from '../resolve/index.js';
import type { PipelineStages } from './stages.js';

/** Bump when the output of the pipeline changes for the same input (forces a re-ingest). */
export const PIPELINE_VERSION = '2';

export interface IngestOptions {
  backends: Backends;
  stages: PipelineStages;
  observer?: IngestObserver;
  /** Re-ingest even when the document is unchanged. */
  force?: boolean;
}

class PhaseClock {
  readonly stats: Partial<Record<Phase, PhaseStats>> = {};
  async run<T>(phase: Phase, fn: (s: PhaseStats) => Promise<T>): Promise<T> {
    const s = (this.stats[phase] ??= emptyPhaseStats());
    const t0 = performance.now();
    try {
      return await fn(s);
    } finally {
      s.ms += performance.now() - t0;
    }
  }
}

export async function ingestFiles(inputs: string[], opts: IngestOptions): Promise<IngestReport> {
  const t0 = performance.now();
  const files = expandInputs(inputs);
  const reports: DocumentReport[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    opts.observer?.documentStart?.(f.path, i + 1, files.length);
    let r: DocumentReport;
    if (f.error) {
      r = emptyDocReport(f.path, 'rejected');
      r.error = f.error.toJSON();
    } else {
      r = await ingestOne(f.path, opts);
    }
    reports.push(r);
    opts.observer?.documentEnd?.(r);
  }
  const report = summarise(reports, performance.now() - t0);
  report.totals.concepts = (await opts.backends.graph.counts()).concepts;
  return report;
}

export async function ingestOne(path: string, opts: IngestOptions): Promise<DocumentReport> {
  const { backends, stages, observer } = opts;
  const t0 = performance.now();
  const clock = new PhaseClock();
  const report = emptyDocReport(path, 'ingested');
  const progress = (phase: Phase, done: number, total: number) => observer?.phase?.(path, phase, done, total);
  let deck: DeckData;
  let bytes: Buffer;
  try {
    deck = await clock.run('extract', async (s) => {
      const st = await stat(path);
      if (!st.isFile()) throw toOsmoseError(new Error('not a file'));
      bytes = await readFile(path);
      const fileSha = sha256(bytes);
      const existing = await backends.graph.findDocumentBySha(fileSha);
      if (existing && existing.pipelineVersion === PIPELINE_VERSION && !opts.force) {
        throw new UnchangedSignal(existing.slideCount);
      }
      const d = await extractDeck({ bytes, name: basename(path) });
      s.calls = 1;
      s.items = d.slides.length;
      progress('extract', 1, 1);
      return d;
    });
  } catch (e) {
    if (e instanceof UnchangedSignal) {
      const u = emptyDocReport(path, 'unchanged');
      u.slides = e.slides;
      u.timingsMs = { total: Math.round(performance.now() - t0) };
      return u;
    }
    const err = isOsmoseError(e) ? e : toOsmoseError(e);
    const r = emptyDocReport(path, 'rejected');
    r.error = { code: err.code, message: err.message };
    r.timingsMs = { extract: Math.round(performance.now() - t0), total: Math.round(performance.now() - t0) };
    if (!isOsmoseError(e)) (r as DocumentReport & { cause?: unknown }).cause = e;
    return r;
  }
  const docId = docIdOf(deck.sha256);
  fillDeckCounts(report, deck);
  report.docId = docId;

  const summaries = await clock.run('summarise', (s) =>
    runSummarise({ deck, path, backends, stages, stats: s, onProgress: (d, t) => progress('summarise', d, t) }),
  );
  report.slidesReused = summaries.reused;

  const nlp = await clock.run('nlp', (s) =>
    runNlp({ deck, backends, stages, stats: s, onProgress: (d, t) => progress('nlp', d, t) }),
  );

  // topics once per document: the LLM stage and the graph both use them
  const topics = await clock.run('segment', async (s) => {
    const t = segmentTopics(docId, deck.slides, nlp.slideVectors.size ? nlp.slideVectors : undefined);
    s.items = t.length;
    progress('segment', 1, 1);
    return t;
  });

  const llm = stages.llmExtract
    ? await clock.run('concepts', (s) =>
        runLlmExtraction({ deck, docId, nlp, topics, extract: stages.llmExtract!, cache: backends.cache, minConcepts: stages.llmMinConcepts ?? 2, stats: s }),
      )
    : null;

  const graph = await clock.run('concepts', async (s) => {
    const g = buildDocumentGraph({ deck, docId, path, summaries: summaries.bySlide, nlp, topics, pipelineVersion: PIPELINE_VERSION });
    if (llm?.relations.length) g.relations.push(...llmRelations(docId, llm.relations, new Set(g.concepts.map((c) => c.id))));
    s.items = g.concepts.length;
    progress('concepts', 1, 1);
    return g;
  });

  await clock.run('concepts', () => resolveStage(graph, { store: backends.graph, vectors: backends.vectors, judge: stages.pairJudge }));
  await clock.run('store', async (s) => {
    const previous = await backends.graph.findDocumentByPath(path);
    const ws = await backends.graph.writeDocument(graph);
    // the embedded graph writes its vectors in the same transaction; a separate vector store is
    // written after the graph, and an edited deck's old vectors (older doc id) are removed
    const vectorsInGraph = backends.graph === backends.embedded.graph && backends.vectors === backends.embedded.vectors;
    if (backends.vectors && !vectorsInGraph) {
      if (previous && previous.id !== docId) await backends.vectors.deleteDocument(previous.id);
      if (graph.vectors.length > 0) await backends.vectors.upsert(graph.vectors, docId);
      s.calls += 1;
    }
    s.calls += 1;
    s.items = ws.nodes + ws.relationships;
    progress('store', 1, 1);
  });

  report.concepts = graph.concepts.length;
  report.mentions = graph.mentions.length;
  report.phases = clock.stats;
  for (const [p, s] of Object.entries(clock.stats)) report.timingsMs[p as Phase] = Math.round(s.ms);
  report.timingsMs.total = Math.round(performance.now() - t0);
  if (deck.warnings.length) report.warnings = deck.warnings.slice(0, 20);
  return report;
}

class UnchangedSignal {
  constructor(readonly slides: number) {}
}

function fillDeckCounts(r: DocumentReport, deck: DeckData): void {
  r.slides = deck.slides.length;
  r.hiddenSlides = deck.slides.filter((s) => s.hidden).length;
  r.notes = deck.slides.filter((s) => s.notes.trim().length > 0).length;
  r.tables = deck.slides.reduce((a, s) => a + s.tables.length, 0);
  r.charts = deck.slides.reduce((a, s) => a + s.charts.length, 0);
  r.images = deck.slides.filter((s) => s.images.length > 0).length;
  r.textChars = deck.slides.reduce(
    (a, s) => a + s.texts.reduce((b, t) => b + t.text.length, 0) + s.notes.length,
    0,
  );
}
