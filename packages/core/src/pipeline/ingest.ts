import { basename } from 'node:path';
import { extractDeck, packageSha256 } from '../extract/index.js';
import { isOsmoseError, toOsmoseError } from '../errors.js';
import type { DeckData } from '../model/deck.js';
import type { Backends } from '../adapters/backends.js';
import { docIdOf } from './ids.js';
import { emptyPhaseStats, type IngestObserver, type Phase, type PhaseStats } from './observer.js';
import { emptyDocReport, summarise, type DocumentReport, type IngestReport } from './report.js';
import { expandInputsWithSkipped } from './files.js';
import { buildDocumentGraph, type BuildGraphInput } from './build-graph.js';
import type { CpuHooks } from './cpu-hooks.js';
import type { WriteStats } from '../ports/store.js';
import { runSummarise } from './summarise-stage.js';
import { runNlp } from './nlp-stage.js';
import { segmentTopics } from './topics.js';
import { llmRelations, runLlmExtraction } from './llm-stage.js';
import { resolveStage } from '../resolve/index.js';
import type { PipelineStages } from './stages.js';
import type { StoreLock } from '../engine/store-lock.js';
import { cancelledError } from '../engine/abortable-sleep.js';
import { Semaphore } from '../engine/semaphore.js';
import pLimit from 'p-limit';
import { flushPendingVectors, pendingVectorCount, storeVectors } from '../store/vector-writes.js';
import type { DocumentGraph, DocumentRecord, PackedGraph, RelationRecord } from '../model/graph.js';

/** Bump when the output of the pipeline changes for the same input (forces a re-ingest). */
export const PIPELINE_VERSION = '35';

export interface IngestOptions {
  backends: Backends;
  stages: PipelineStages;
  observer?: IngestObserver;
  /** Re-ingest even when the document is unchanged. */
  force?: boolean;
  /** Cancels the run: no new paid call, no new phase; finished slides stay checkpointed. */
  signal?: AbortSignal;
  /**
   * The logical document name (its identity across versions: an edited deck with the same name replaces
   * the previous one). Default: the absolute file path. The server passes the uploaded file name.
   */
  name?: string;
  /** Serialises resolve + write on the store (the engine owns one per store). */
  lock?: StoreLock;
  /** Documents processed at once by `ingestFiles` (default 1). */
  concurrency?: number;
  /** Extraction (the engine runs it in worker threads); default `extractDeck` in this thread. */
  extract?: (path: string, options: { sha256: string; name: string }) => Promise<DeckData>;
  /** The long synchronous steps (the engine runs them in worker threads); default in this thread. */
  cpu?: CpuHooks;
  /**
   * The document's place in the line for the provider (vision, LLM extraction, the judge): with `ranked`,
   * ingestFiles ranks a folder's decks in input order, so the first ones finish first (see vision's
   * ranked-queue.ts). None: arrival order (the default, and the server's jobs).
   */
  rank?: number;
  /** `ingestFiles`: rank the documents in input order (default false: the calls go in arrival order). */
  ranked?: boolean;
  /** Called once the document is ready to be resolved and written (ingestFiles uses it to commit in order). */
  beforeCommit?: () => Promise<void>;
  /**
   * Called when the document only waits for the vision provider (every slide rendered and handed to the
   * client): ingestFiles then gives its work slot to the next document, whose extraction and rendering
   * overlap this one's last answers instead of starting after them.
   */
  onWaiting?: () => void;
}

class PhaseClock {
  readonly stats: Partial<Record<Phase, PhaseStats>> = {};
  constructor(
    private readonly signal?: AbortSignal,
    private readonly events?: { start(p: Phase): void; end(p: Phase, s: PhaseStats): void },
  ) {}
  async run<T>(phase: Phase, fn: (s: PhaseStats) => Promise<T>): Promise<T> {
    if (this.signal?.aborted) throw cancelledError(this.signal);
    const s = (this.stats[phase] ??= emptyPhaseStats());
    const t0 = performance.now();
    this.events?.start(phase);
    try {
      return await fn(s);
    } finally {
      s.ms += performance.now() - t0;
      this.events?.end(phase, s);
    }
  }
}

/** The rank the next folder run's first document gets (IngestOptions.rank): runs queue in start order. */
let nextRank = 0;

export async function ingestFiles(inputs: string[], opts: IngestOptions): Promise<IngestReport> {
  const t0 = performance.now();
  const { files, skipped } = expandInputsWithSkipped(inputs);
  const n = Math.max(1, Math.floor(opts.concurrency ?? 1));
  // Documents do their heavy work (extract, summarise, nlp) side by side, up to `concurrency` at once, but
  // resolve + write in input order: the store ends exactly as after a run with concurrency 1. A document
  // waiting for its turn, or only for the vision provider's answers (its slides all rendered and handed
  // in), gives its work slot back; at most 2 × concurrency are started and not finished.
  const work = new Semaphore(n);
  const window = pLimit(2 * n);
  const ended = files.map(() => deferred());
  let started = 0;
  // the decks' calls leave for the provider in input order (the order they commit in), after an earlier
  // run's still in flight in this process
  const firstRank = nextRank;
  nextRank += files.length;
  const reports: DocumentReport[] = await Promise.all(
    files.map((f, i) =>
      window(async () => {
        await work.acquire();
        let working = true;
        const stopWorking = (): void => {
          if (working) work.release();
          working = false;
        };
        try {
          opts.observer?.documentStart?.(f.path, ++started, files.length);
          let r: DocumentReport;
          if (f.error) {
            r = emptyDocReport(f.path, 'rejected');
            r.error = f.error.toJSON();
          } else if (opts.signal?.aborted) {
            r = cancelledReport(f.path, opts.signal);
          } else {
            const beforeCommit = async (): Promise<void> => {
              stopWorking();
              if (i > 0) await ended[i - 1].promise;
            };
            r = await ingestOne(f.path, {
              ...opts,
              rank: opts.ranked ? firstRank + i : undefined,
              name: files.length > 1 ? undefined : opts.name,
              beforeCommit,
              onWaiting: stopWorking,
            });
          }
          opts.observer?.documentEnd?.(r);
          return r;
        } finally {
          stopWorking();
          // the next document may commit once this one has, or once this one's predecessors have
          if (i > 0) await ended[i - 1].promise;
          ended[i].resolve();
        }
      }),
    ),
  );
  const report = summarise(reports, performance.now() - t0, skipped);
  // vectors an earlier outage left in the outbox (even when every deck is unchanged)
  const flush = () => flushPendingVectors(opts.backends);
  report.totals.pendingVectors = await (opts.lock ? opts.lock.run(flush, opts.signal) : flush()).catch(() =>
    pendingVectorCount(opts.backends),
  );
  report.totals.concepts = await opts.backends.graph.counts().then(
    (c) => c.concepts,
    () => 0,
  );
  return report;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function cancelledReport(path: string, signal?: AbortSignal): DocumentReport {
  const r = emptyDocReport(path, 'cancelled');
  r.error = cancelledError(signal).toJSON();
  return r;
}

/**
 * One document, contained: whatever fails after extraction (store, native, resolve, provider) turns this
 * document into `failed` with a code, and a cancelled signal into `cancelled`; it never throws, so the
 * other documents of the run go on and the report is complete.
 */
export async function ingestOne(path: string, opts: IngestOptions): Promise<DocumentReport> {
  const t0 = performance.now();
  try {
    return await ingestOneUnsafe(path, opts);
  } catch (e) {
    const aborted = opts.signal?.aborted;
    const err = aborted ? cancelledError(opts.signal) : isOsmoseError(e) ? e : toOsmoseError(e);
    const r = emptyDocReport(opts.name ?? path, aborted ? 'cancelled' : 'failed');
    r.error = { code: err.code, message: err.message };
    r.timingsMs = { total: Math.round(performance.now() - t0) };
    if (!aborted && !isOsmoseError(e)) (r as DocumentReport & { cause?: unknown }).cause = e;
    return r;
  }
}

async function ingestOneUnsafe(path: string, opts: IngestOptions): Promise<DocumentReport> {
  const { backends, stages, observer, signal } = opts;
  const key = opts.name ?? path;
  const t0 = performance.now();
  const clock = new PhaseClock(signal, {
    start: (p) => observer?.phaseStart?.(path, p),
    end: (p, s) => observer?.phaseEnd?.(path, p, s),
  });
  const report = emptyDocReport(key, 'ingested');
  const progress = (phase: Phase, done: number, total: number) => observer?.phase?.(path, phase, done, total);
  let deck: DeckData;
  /** Slides an earlier run left on their text (provider trouble, a render timeout) that this run asks again. */
  let healing = 0;
  /** Thin topics whose LLM extraction an earlier run lost to provider trouble, asked again by this run. */
  let healingTopics = 0;
  /** Ambiguous concept pairs an earlier run could not ask the LLM judge about, asked again by this run. */
  let healingPairs = 0;
  try {
    deck = await clock.run('extract', async (s) => {
      // never read whole: the identity is the file's sha256 as a stream, parts are read at offsets
      const fileSha = await packageSha256(path);
      const existing = await backends.graph.findDocumentBySha(fileSha);
      if (existing && existing.pipelineVersion === PIPELINE_VERSION && !opts.force) {
        if (isUnchangedDocument(existing, stages)) throw new UnchangedSignal(existing);
        healing = stages.summarise ? (existing.stats?.visionPending ?? 0) : 0;
        healingTopics = healsTopics(stages) ? (existing.stats?.llmPending ?? 0) : 0;
        healingPairs = healsPairs(stages) ? (existing.stats?.judgePending ?? 0) : 0;
      }
      const options = { sha256: fileSha, name: basename(path) };
      const d = await (opts.extract ? opts.extract(path, options) : extractDeck({ path }, options));
      s.calls = 1;
      s.items = d.slides.length;
      progress('extract', 1, 1);
      return d;
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    if (e instanceof UnchangedSignal) {
      const u = unchangedDocReport(key, e.doc, stages);
      Object.assign(u, await opts.backends.graph.documentCounts?.(e.doc.id));
      u.timingsMs = { total: Math.round(performance.now() - t0) };
      return u;
    }
    const err = isOsmoseError(e) ? e : toOsmoseError(e);
    const r = emptyDocReport(key, 'rejected');
    r.error = { code: err.code, message: err.message };
    r.timingsMs = { extract: Math.round(performance.now() - t0), total: Math.round(performance.now() - t0) };
    if (!isOsmoseError(e)) (r as DocumentReport & { cause?: unknown }).cause = e;
    return r;
  }
  const docId = docIdOf(deck.sha256);
  fillDeckCounts(report, deck);
  report.docId = docId;

  const summaries = await clock.run('summarise', (s) =>
    runSummarise({
      deck,
      path,
      backends,
      stages,
      stats: s,
      signal,
      onProgress: (d, t) => progress('summarise', d, t),
      onSlideDone: (index, source) => observer?.slide?.(path, index, source),
      onProviderEvent: observer?.provider ? (e) => observer.provider!(path, e) : undefined,
      onHandedOff: opts.onWaiting,
      force: opts.force,
      rank: opts.rank,
    }),
  );
  report.slidesReused = summaries.reused;
  if (summaries.visionPending > 0) report.visionPending = summaries.visionPending;

  const nlp = await clock.run('nlp', (s) =>
    runNlp({
      deck,
      backends,
      stages,
      stats: s,
      onProgress: (d, t) => progress('nlp', d, t),
      cpu: opts.cpu,
      signal,
    }),
  );
  report.language = nlp.language;

  // topics once per document: the LLM stage and the graph both use them
  const topics = await clock.run('segment', async (s) => {
    const vecs = nlp.slideVectors.size ? nlp.slideVectors : undefined;
    const t = await (opts.cpu
      ? opts.cpu.segmentTopics(docId, deck.slides, vecs)
      : segmentTopics(docId, deck.slides, vecs));
    s.items = t.length;
    progress('segment', 1, 1);
    return t;
  });

  const llm = stages.llmExtract
    ? await clock.run('concepts', (s) =>
        runLlmExtraction({
          deck,
          docId,
          nlp,
          topics,
          extract: stages.llmExtract!,
          cache: backends.cache,
          minConcepts: stages.llmMinConcepts ?? 2,
          stats: s,
          rank: opts.rank,
        }),
      )
    : null;

  // resolve reads the stored concepts and the write changes them: both under the store lock
  // resolution + write in the embedded store go to the caller's worker threads when it offers them (the engine):
  // the main thread then only waits for them, and holds the graph only as bytes (PackedGraph)
  const inWorker =
    !!opts.cpu?.commitEmbedded &&
    backends.graph === backends.embedded.graph &&
    (backends.vectors === null || backends.vectors === backends.embedded.vectors) &&
    !stages.pairJudge;
  const built = await clock.run('concepts', async (s) => {
    const input: BuildGraphInput = {
      deck,
      docId,
      path: key,
      summaries: summaries.bySlide,
      nlp,
      topics,
      pipelineVersion: PIPELINE_VERSION,
      visionPending: summaries.visionPending,
      llmPending: llm?.pending,
    };
    let out: { graph: DocumentGraph | null; packed: PackedGraph | null; extra: RelationRecord[] };
    if (inWorker && opts.cpu!.buildPackedGraph) {
      const packed = await opts.cpu!.buildPackedGraph(input);
      const extra = llm?.relations.length
        ? llmRelations(docId, llm.relations, new Set(packed.conceptIds))
        : [];
      out = { graph: null, packed, extra };
      s.items = packed.conceptIds.length;
    } else {
      const g = await (opts.cpu ? opts.cpu.buildGraph(input) : buildDocumentGraph(input));
      if (llm?.relations.length)
        g.relations.push(...llmRelations(docId, llm.relations, new Set(g.concepts.map((c) => c.id))));
      out = { graph: g, packed: null, extra: [] };
      s.items = g.concepts.length;
    }
    progress('concepts', 1, 1);
    return out;
  });
  const graph = built.graph;
  let counts = graph
    ? { concepts: graph.concepts.length, mentions: graph.mentions.length }
    : { concepts: built.packed!.conceptIds.length, mentions: built.packed!.mentions };
  const resolveAndStore = async (): Promise<void> => {
    if (!inWorker) {
      const resolved = await clock.run('concepts', async (s) => {
        const r = await resolveStage(graph!, {
          store: backends.graph,
          vectors: backends.vectors,
          judge: stages.pairJudge,
          judgeCache: stages.llmCached !== false ? backends.cache : null,
          judgeRank: opts.rank,
        });
        s.calls += r.judge.calls;
        s.cacheHits += r.judge.cacheHits;
        if (r.judge.costUsd > 0) s.costUsd = (s.costUsd ?? 0) + r.judge.costUsd;
        if (r.pending > 0) {
          s.fallbacks += r.pending;
          (s.fallbackReasons ??= {})['judge-pending'] = r.pending;
        }
        return r;
      });
      // pairs the judge could not be asked about wait in the document (DocumentStats.judgePending)
      if (resolved.pending > 0) {
        graph!.document.stats = { ...graph!.document.stats!, judgePending: resolved.pending };
        report.judgePending = resolved.pending;
      }
    }
    await clock.run('store', async (s) => {
      const previous = await backends.graph.findDocumentByPath(key);
      let ws: WriteStats;
      if (inWorker) {
        const r = await opts.cpu!.commitEmbedded!(
          backends.embedded.dir,
          built.packed ?? graph!,
          !!backends.vectors,
          built.extra,
        );
        ws = r.write;
        counts = { concepts: r.concepts, mentions: r.mentions };
        // the resolution's time belongs to the concepts phase
        (clock.stats.concepts ??= emptyPhaseStats()).ms += r.resolveMs;
        s.ms -= r.resolveMs;
      } else {
        ws = await backends.graph.writeDocument(graph!);
        counts = { concepts: graph!.concepts.length, mentions: graph!.mentions.length };
      }
      // the embedded graph writes its vectors in the same transaction; a separate vector store is
      // written after the graph, and an edited deck's old vectors (older doc id) are removed
      // through the outbox: vectors an outage kept from the vector store wait there (pendingVectors)
      const vw = await storeVectors(backends, {
        docId,
        previousDocId: previous?.id,
        records: graph?.vectors ?? [],
      });
      if (vw.pendingVectors > 0) report.pendingVectors = vw.pendingVectors;
      s.calls += vw.calls;
      s.calls += 1;
      s.items = ws.nodes + ws.relationships;
      progress('store', 1, 1);
    });
  };
  await opts.beforeCommit?.();
  await (opts.lock ? opts.lock.run(resolveAndStore, signal) : resolveAndStore());

  report.concepts = counts.concepts;
  report.mentions = counts.mentions;
  report.phases = clock.stats;
  for (const [p, s] of Object.entries(clock.stats)) report.timingsMs[p as Phase] = Math.round(s.ms);
  const cost = Object.values(clock.stats).reduce((a, s) => a + (s.costUsd ?? 0), 0);
  if (cost > 0) report.costUsd = Math.round(cost * 1e6) / 1e6;
  report.timingsMs.total = Math.round(performance.now() - t0);
  if (deck.warnings.length) report.warnings = deck.warnings.slice(0, 20);
  // a valid package without one slide is stored (its file is known) but says so: nothing of it reaches the graph
  if (deck.slides.length === 0)
    (report.warnings ??= []).push(
      'the deck has no slides: only its file is recorded, nothing reaches the graph',
    );
  if (llm && llm.pending > 0) report.llmPending = llm.pending;
  if (healingTopics > 0) {
    // the batches are made again from the thin topics of this run: per topic, only counts are known
    const still = (llm?.pending ?? 0) + (llm?.finalDropped ?? 0);
    (report.warnings ??= []).push(
      `${healingTopics} topic(s) whose LLM concept extraction provider trouble dropped on an earlier run were ` +
        `asked again: ${Math.max(0, healingTopics - still)} now have their answer` +
        (llm?.finalDropped ? `, ${llm.finalDropped} were dropped for good (see fallbackReasons)` : ''),
    );
  }
  if (healingPairs > 0) {
    const still = report.judgePending ?? 0;
    (report.warnings ??= []).push(
      `${healingPairs} ambiguous concept pair(s) the LLM judge could not be asked about on an earlier run ` +
        `were resolved again` +
        (still > 0 ? `: ${still} pair(s) still wait for the judge` : ''),
    );
  }
  if (healing > 0)
    (report.warnings ??= []).push(
      `${healing} slide(s) left on their text by provider or rendering trouble on an earlier run were asked again: ` +
        `${summaries.healed} now have their vision summary` +
        (summaries.madeFinal
          ? `, ${summaries.madeFinal} keep their text for good (the same failure twice, or one no run changes; ` +
            `"osmose ingest --force" asks again)`
          : ''),
    );
  return report;
}

/**
 * Whether ingesting again a deck stored as `doc` (same file hash) would do nothing: it was made by this
 * pipeline version, and no slide an earlier run left on its text (provider or rendering trouble) waits for a
 * summariser these stages have, nor a thin topic whose LLM extraction provider trouble dropped for an LLM
 * stage, nor an ambiguous concept pair the LLM judge could not be asked about for a judge — or some does, but
 * the provider's circuit is open right now (it failed repeatedly: redoing the deck would only meet it again; a
 * run after the cool-down asks). The server's upload asks the same before
 * queueing a job.
 */
export function isUnchangedDocument(doc: DocumentRecord, stages: HealingStages): boolean {
  if (doc.pipelineVersion !== PIPELINE_VERSION) return false;
  return waitingFor(doc, stages) === 0 || !!stages.providerDown?.();
}

/**
 * The report of a deck found unchanged (isUnchangedDocument): the stored counts, like the run that ingested
 * it, what still waits for the provider, and why it was not asked again when these stages could have.
 */
export function unchangedDocReport(key: string, doc: DocumentRecord, stages: HealingStages): DocumentReport {
  const u = emptyDocReport(key, 'unchanged');
  u.docId = doc.id;
  u.slides = doc.slideCount;
  u.hiddenSlides = doc.hiddenSlides;
  if (doc.stats) Object.assign(u, doc.stats);
  if (!u.visionPending) delete u.visionPending; // none pending, or no summariser to ask
  if (!u.llmPending) delete u.llmPending;
  if (!u.judgePending) delete u.judgePending;
  if (waitingFor(doc, stages) > 0) {
    const what = [
      u.visionPending && `${u.visionPending} slide(s)`,
      u.llmPending && `${u.llmPending} topic(s)`,
      u.judgePending && `${u.judgePending} concept pair(s)`,
    ];
    u.warnings = [
      `not asked again: the provider is refusing calls right now (its circuit is open after repeated ` +
        `failures, or it refused the API key); the deck keeps ` +
        `${what.filter(Boolean).join(' and ')} waiting for the next run`,
    ];
  }
  return u;
}

/** Slides, topics and concept pairs of a stored deck that these stages could now ask the provider for. */
function waitingFor(doc: DocumentRecord, stages: HealingStages): number {
  return (
    (stages.summarise ? (doc.stats?.visionPending ?? 0) : 0) +
    (healsTopics(stages) ? (doc.stats?.llmPending ?? 0) : 0) +
    (healsPairs(stages) ? (doc.stats?.judgePending ?? 0) : 0)
  );
}

type HealingStages = Pick<
  PipelineStages,
  'summarise' | 'llmExtract' | 'llmCached' | 'pairJudge' | 'providerDown'
>;

/**
 * Topics waiting for the LLM are asked again only when the answered batches come back from the response cache:
 * the batches are made again from all the deck's thin topics, so without it healing one would pay them all
 * again (and a provider failing otherwise this time could leave fewer concepts than before).
 */
function healsTopics(stages: HealingStages): boolean {
  return !!stages.llmExtract && stages.llmCached !== false;
}

/**
 * Concept pairs waiting for the judge are asked again only with the response cache, for the same reason as topics
 * (the document is re-done: its thin topics' batches and the judge's answered batches come back from the cache).
 */
function healsPairs(stages: HealingStages): boolean {
  return !!stages.pairJudge && stages.llmCached !== false;
}

class UnchangedSignal {
  constructor(readonly doc: DocumentRecord) {}
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
