/**
 * The ONE module of the server that talks to the pipeline of @osmose/core. Everything else in the
 * server (routes, job runners, MCP, workers) goes through `CoreFacade`, which wraps core's long-lived
 * engine (createEngine: config, backends, models, provider hub, LibreOffice pool, store lock). No
 * pipeline logic lives here: only calls into core and shape adaptation.
 */
import { readFile } from 'node:fs/promises';
import {
  cachedPages,
  createEngine,
  deleteStoredDocument,
  dumpSource,
  emptyDocReport,
  exportGraph,
  extractDeck,
  graphView,
  isOsmoseError,
  OsmoseError,
  isUnchangedDocument,
  unchangedDocReport,
  renderDeck,
  toOsmoseError,
  toSlidesJson,
  type Backends,
  type ConceptDetail,
  type ConceptSummary,
  type ConceptType,
  type DocumentRecord,
  type DocumentReport,
  type ExportFormat,
  type GraphDump,
  type GraphView,
  type GraphViewQuery,
  type MergeView,
  type OsmoseConfig,
  type Phase,
  type Engine,
  type SearchResult,
  type UnmergeResult,
} from '@osmose/core';
import { hostEntry, IngestHost } from './ingest-client.js';

/** What the facade tells a job while a document is ingested (superset of core's IngestObserver). */
export interface JobObserver {
  phase?(phase: Phase, done: number, total: number): void;
  slide?(slide: number, source: string): void;
  provider?(event: { type: string; [k: string]: unknown }): void;
  warn?(message: string): void;
  /** The document only waits for the vision provider's answers: a runner may start its next job. */
  waiting?(): void;
}

export type JobDocStatus = DocumentReport['status'];
export type FacadeDocReport = DocumentReport;

export interface IngestDeckOptions {
  /** Logical document name (the uploaded file name). */
  name: string;
  signal?: AbortSignal;
  observer?: JobObserver;
  force?: boolean;
}

export interface CoreFacade {
  readonly config: OsmoseConfig;
  readonly backends: Backends;
  /** The core engine (metrics read its provider hub). */
  readonly engine: Engine;
  /** One line per optional stage (what runs and why). */
  readonly notes: string[];
  ingestDeck(path: string, opts: IngestDeckOptions): Promise<FacadeDocReport>;
  /** The stored document with this file hash when re-ingesting it would do nothing. */
  unchangedDocument(sha256: string): Promise<DocumentRecord | null>;
  /** The report of a deck `unchangedDocument` found: the CLI's for the same deck (timings aside). */
  unchangedReport(name: string, doc: DocumentRecord): Promise<DocumentReport>;
  /** Validates a deck before it is queued (throws the deck's OSM_INPUT_* error). */
  checkDeck(bytes: Buffer, name: string): Promise<{ slides: number }>;
  listConcepts(opts: {
    limit: number;
    type?: ConceptType;
    document?: string;
    q?: string;
  }): Promise<ConceptSummary[]>;
  showConcept(idOrName: string): Promise<ConceptDetail | null>;
  search(q: string, limit: number): Promise<SearchResult>;
  listDocuments(): Promise<DocumentRecord[]>;
  /** Removes a stored document from every store (null: no such document). */
  deleteDocument(docId: string): Promise<{ deleted: DocumentRecord; vectorsPending: boolean } | null>;
  document(docId: string): Promise<DocumentRecord | null>;
  slidesJson(blobPath: string, name: string): Promise<unknown>;
  slideImage(
    blobPath: string,
    sha256: string,
    index: number,
  ): Promise<{ bytes: Buffer; mime: string } | null>;
  dumpGraph(): Promise<GraphDump>;
  /** A neighbourhood of the graph for drawing, read from the store's indexes where it has them. */
  graphView(q: GraphViewQuery): Promise<GraphView>;
  exportGraph(format: ExportFormat): Promise<string>;
  listMerges(): Promise<MergeView[]>;
  unmerge(id: string): Promise<UnmergeResult>;
  /** Probes each dependency; an entry is null when reachable, else the reason. */
  readiness(): Promise<Record<string, string | null>>;
  close(): Promise<void>;
}

export async function openFacade(
  config: OsmoseConfig,
  opts: { models?: boolean; ingestInChild?: boolean } = {},
): Promise<CoreFacade> {
  const engine = await createEngine(config, { models: opts.models });
  const backends = engine.backends;
  // the pipeline's CPU work in a child process (ingest-host.ts), off the HTTP event loop
  const entry = opts.ingestInChild ? hostEntry() : null;
  const host = entry ? new IngestHost(config, entry) : null;
  const renders = new Map<string, Promise<void>>();

  const facade: CoreFacade = {
    config,
    backends,
    engine,
    notes: engine.notes,

    async ingestDeck(path, o) {
      if (o.signal?.aborted) return cancelledReport(o.name);
      if (host) return host.ingest(path, o);
      try {
        return await engine.ingestFile(path, {
          name: o.name,
          force: o.force,
          signal: o.signal,
          onWaiting: () => o.observer?.waiting?.(),
          observer: {
            phase: (_f, phase, done, total) => o.observer?.phase?.(phase, done, total),
            slide: (_f, index, source) => o.observer?.slide?.(index, source),
            provider: (_f, e) => o.observer?.provider?.(e),
            warn: (m) => o.observer?.warn?.(m),
          },
        });
      } catch (e) {
        const err = toOsmoseError(e);
        const r = cancelledReport(o.name);
        r.status = 'failed';
        r.error = { code: err.code, message: err.message };
        return r;
      }
    },

    async unchangedDocument(sha256) {
      const d = await backends.graph.findDocumentBySha(sha256);
      // a deck with slides or topics waiting for the provider is not unchanged while the stages can ask for
      // them: its job asks again. Whether the provider is down is only known to the process that calls it
      // (the ingest child, a BullMQ worker), so here that part is best effort: the job itself then answers
      // "unchanged" when the provider is still refusing calls
      return d && isUnchangedDocument(d, engine.stages) ? d : null;
    },

    async unchangedReport(name, doc) {
      // the stored counts, as the CLI reports an unchanged deck
      return {
        ...unchangedDocReport(name, doc, engine.stages),
        ...(await backends.graph.documentCounts?.(doc.id)),
      };
    },

    async checkDeck(bytes, name) {
      const deck = await extractDeck({ bytes, name });
      return { slides: deck.slides.length };
    },

    async listConcepts(o) {
      // the filters run in the store, in its own order of top concepts (no whole list, no whole graph read)
      return backends.graph.listConcepts({
        limit: o.limit,
        type: o.type,
        q: o.q || undefined,
        inDocument: o.document || undefined,
      });
    },

    showConcept: (idOrName) => backends.graph.showConcept(idOrName),

    search: (q, limit) => engine.search(q, { limit }),

    async listDocuments() {
      if (backends.graph.listDocuments) return backends.graph.listDocuments();
      return (await requireDump()).documents;
    },

    async deleteDocument(docId) {
      const doc = await facade.document(docId);
      if (!doc) return null;
      const { vectorsPending } = await deleteStoredDocument(backends, doc.id);
      return { deleted: doc, vectorsPending };
    },

    async document(docId) {
      if (backends.graph.getDocument) return backends.graph.getDocument(docId);
      return (await requireDump()).documents.find((d) => d.id === docId) ?? null;
    },

    async graphView(q) {
      const source = backends.graph.graphViewSource?.() ?? dumpSource(await requireDump());
      return graphView(source, q);
    },

    async slidesJson(blobPath, name) {
      const bytes = await readFile(blobPath);
      return toSlidesJson(await extractDeck({ bytes, name }));
    },

    async slideImage(blobPath, sha256, index) {
      const opts = { cacheDir: config.cacheDir };
      let files = await cachedPages(sha256, opts);
      if (!files) {
        // one render per deck at a time, however many thumbnails are asked for at once
        let p = renders.get(sha256);
        if (!p) {
          p = (async () => {
            for await (const page of renderDeck(blobPath, { deckSha: sha256, ...opts })) void page;
          })().finally(() => renders.delete(sha256));
          renders.set(sha256, p);
        }
        await p;
        files = await cachedPages(sha256, opts);
      }
      const file = files?.[index - 1];
      if (!file) return null;
      return { bytes: await readFile(file), mime: file.endsWith('.png') ? 'image/png' : 'image/jpeg' };
    },

    dumpGraph: requireDump,

    async exportGraph(format) {
      return exportGraph(await requireDump(), format);
    },

    async listMerges() {
      if (!backends.graph.listMerges)
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `The ${backends.graph.kind} graph store keeps no merge log.`,
        );
      return backends.graph.listMerges();
    },

    async unmerge(id) {
      if (!backends.graph.unmerge)
        throw new OsmoseError(
          'OSM_CONFIG_INVALID',
          `The ${backends.graph.kind} graph store cannot undo merges.`,
        );
      return backends.graph.unmerge(id);
    },

    async readiness() {
      const out: Record<string, string | null> = {};
      const probe = async (name: string, fn: () => Promise<unknown>) => {
        try {
          await withTimeout(fn(), 3000);
          out[name] = null;
        } catch (e) {
          out[name] = isOsmoseError(e) ? e.message : String((e as Error)?.message ?? e);
        }
      };
      await Promise.all([
        probe('store', async () => backends.embedded.db.prepare('SELECT 1').get()),
        probe('graph', () => backends.graph.counts()),
        probe('vectors', async () => (backends.vectors ? backends.vectors.count() : null)),
        probe('cache', async () => {
          await backends.cache.get('osmose:readyz');
          if (backends.cache.stats().degraded) throw new Error(`${backends.cache.kind} cache unreachable`);
        }),
      ]);
      return out;
    },

    async close() {
      await Promise.allSettled([...renders.values()]);
      await host?.close();
      await engine.close();
    },
  };

  async function requireDump(): Promise<GraphDump> {
    if (!backends.graph.dumpGraph)
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        `The ${backends.graph.kind} graph store cannot list documents yet.`,
      );
    return backends.graph.dumpGraph();
  }

  return facade;
}

function cancelledReport(name: string): FacadeDocReport {
  return {
    ...emptyDocReport(name, 'cancelled'),
    error: { code: 'OSM_CANCELLED', message: 'The job was cancelled before it finished.' },
  };
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, rej) => (t = setTimeout(() => rej(new Error(`no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(t);
  }
}
