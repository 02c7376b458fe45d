/**
 * The engine: one object that lives as long as the process (a CLI run, the server, a worker) and owns
 * everything the pipeline shares between documents:
 *
 *   config ─ resolved once (flags > environment > defaults), passed down; nothing else reads the environment
 *   backends ─ graph, vectors, cache, checkpoints (embedded SQLite by default, servers when configured)
 *   stages ─ the embedder and NER model (loaded once), the vision / LLM stages on one provider hub
 *   providers ─ one hub: a rate governor and breaker per endpoint, one chat per endpoint shared by vision,
 *               LLM extraction and the pair judge, and the run budget (`--budget` holds for the whole run)
 *   LibreOffice pool ─ one for every deck rendered by this engine
 *   store lock ─ resolve + write serialised per store, within the process and across processes
 *
 * `ingest()` takes one or many decks, runs up to `concurrency` documents side by side, contains every
 * failure to its document and honours an AbortSignal; `close()` stops taking work, waits for what is in
 * flight, then releases everything. Lifecycle: createEngine → ingest/search/… (any number, concurrently)
 * → close.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_FILE } from '../store/sqlite-db.js';
import { backendConfigFrom, openBackends, type Backends } from '../adapters/backends.js';
import type { OsmoseConfig } from '../config.js';
import { OsmoseError } from '../errors.js';
import { createStages, type StagesHandle } from '../pipeline/create-stages.js';
import { ingestFiles, ingestOne } from '../pipeline/ingest.js';
import type { IngestObserver } from '../pipeline/observer.js';
import type { DocumentReport, IngestReport } from '../pipeline/report.js';
import { SofficePool } from '../render/soffice-pool.js';
import { createProviderHub, type ProviderHub } from '@osmose/vision';
import { search, type SearchResult } from '../search.js';
import { createStoreLock, type StoreLock } from './store-lock.js';
import { CpuPool } from './cpu-pool.js';
import { availableParallelism } from 'node:os';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { ExtractOptions } from '../extract/options.js';
import type { DeckData } from '../model/deck.js';

export interface EngineOptions {
  /**
   * Load the native models (embeddings, NER) and wire the provider stages. Default true. Read-only callers
   * that only list or show pass false; `search` then answers by text match.
   */
  models?: boolean;
}

export interface EngineIngestOptions {
  signal?: AbortSignal;
  observer?: IngestObserver;
  /** The logical document name when one file is ingested (default: its absolute path). */
  name?: string;
  force?: boolean;
  /** Documents at once (default: the engine's, from the configuration). */
  concurrency?: number;
  /**
   * `ingest`: in which order a folder's calls go to the provider: `arrival` (as they come) or `input` (the first
   * deck's first, so decks finish one after another, see IngestOptions.rank). Default: the configuration's.
   */
  providerOrder?: 'input' | 'arrival';
  /**
   * `ingestFile`: called when the document only waits for the vision provider's answers (its slides all
   * rendered and handed in), so a job runner may start its next document (see IngestOptions.onWaiting).
   */
  onWaiting?: () => void;
}

/** Write-ahead log size from which a worker checkpoints it (SQLite's own default: 1,000 pages of 4 KiB). */
const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;

/** Worker threads of the engine's CPU pool: one core left to the main thread and the models, at most two. */
function cpuWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

/**
 * The native models' intra-op threads on the CPU provider: the cores the CPU workers leave. On two cores that is
 * one thread beside one worker: the whole corpus 24 s instead of 25.4 s, with 2.9 s less CPU (the second
 * ONNX Runtime thread only contended with the worker that extracts and selects the next documents).
 */
function modelThreads(): number {
  return Math.max(1, availableParallelism() - cpuWorkers());
}

export class Engine {
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly extract = (path: string, options: ExtractOptions): Promise<DeckData> =>
    this.cpu.extract(path, options);
  private closing: Promise<void> | null = null;
  private walTimer: NodeJS.Timeout | null = null;
  /** Checkpoints of the embedded store's write-ahead log a worker made (see watchWal). */
  walCheckpoints = 0;

  private constructor(
    readonly config: OsmoseConfig,
    readonly backends: Backends,
    private readonly handle: StagesHandle,
    private readonly pool: SofficePool,
    readonly providers: ProviderHub,
    private readonly lock: StoreLock,
    /**
     * Extraction, the rule-based nlp, the semantic re-ranking, the topic segmentation and the graph build in
     * worker threads, so a long synchronous step never blocks the event loop (the server's, the progress
     * bars', the provider calls' timers).
     */
    private readonly cpu: CpuPool,
  ) {}

  /** Opens the stores and loads the models; fails (with a code) only when a store cannot be opened. */
  static async create(config: OsmoseConfig, opts: EngineOptions = {}): Promise<Engine> {
    // the CPU workers start while the stores open and the models load (a fifth of a second less before the first deck)
    const cpu = new CpuPool(cpuWorkers());
    cpu.warm();
    let backends: Backends;
    try {
      backends = await openBackends(backendConfigFrom(config));
    } catch (e) {
      await cpu.close();
      throw e;
    }
    const pool = new SofficePool({
      size: config.render.processes,
      profileRoot: join(config.cacheDir, 'render', 'profiles'),
      binary: config.render.soffice,
    });
    // one hub for every provider call of this engine: governors, breakers, the run budget, shared chats
    // with a Redis queue (server + workers) the provider limit, budget and breaker are shared by every
    // process on the same endpoint and key (docs/server.md); otherwise they live in this process
    const sharedRedis =
      config.server.queueUrl ??
      (config.cacheUrl && /^rediss?:/i.test(config.cacheUrl) ? config.cacheUrl : undefined);
    // the budget scope: one per CLI run; with a queue, one for the whole fleet of workers on it
    const budgetId = config.server.queueUrl ? 'fleet' : `run:${randomUUID()}`;
    const hub = createProviderHub({
      budgetUsd: config.vision.budgetUsd,
      redisUrl: sharedRedis,
      namespace: 'osmose',
      budgetId,
    });
    let handle: StagesHandle;
    try {
      handle = await createStages(config, {
        embeddings: opts.models !== false,
        providers: opts.models !== false,
        pool,
        hub,
        modelThreads: modelThreads(),
      });
    } catch (e) {
      await hub.close();
      await backends.close();
      await cpu.close();
      throw e;
    }
    const engine = new Engine(config, backends, handle, pool, hub, createStoreLock(config.storeDir), cpu);
    engine.watchWal();
    return engine;
  }

  /**
   * SQLite checkpoints its write-ahead log at the end of the commit that fills it (1,000 pages): on the main
   * thread's connection that is a 10–20 ms stop of the event loop every few MB of cache and checkpoint writes
   * (measured: the longest main-thread stretches of a folder ingest). With worker threads, the main connection
   * does not checkpoint; a worker does, off the main thread, when the log has grown past 4 MiB since the last
   * one (the workers' own commits still checkpoint as usual). Closing the store checkpoints what is left.
   */
  private watchWal(): void {
    const db = this.backends.embedded.db;
    if (!this.cpu.threaded || this.config.storeDir === ':memory:') return;
    const wal = join(this.config.storeDir, `${STORE_FILE}-wal`);
    try {
      db.pragma('wal_autocheckpoint = 0');
    } catch {
      return;
    }
    let lastMtime = 0;
    let running = false;
    this.walTimer = setInterval(() => {
      if (running || this.closing) return;
      let st;
      try {
        st = statSync(wal);
      } catch {
        return; // no log yet
      }
      if (st.size < WAL_CHECKPOINT_BYTES || st.mtimeMs === lastMtime) return;
      lastMtime = st.mtimeMs;
      running = true;
      this.cpu
        .walCheckpoint(this.config.storeDir)
        .then(() => void this.walCheckpoints++)
        .catch(() => {
          // the worker could not: the main connection does it (what SQLite would have done anyway)
          try {
            db.pragma('wal_checkpoint(PASSIVE)');
          } catch {
            // the next tick tries again
          }
        })
        .finally(() => (running = false));
    }, 1_000);
    this.walTimer.unref();
  }

  /** One line per stage: what runs and why. */
  get notes(): string[] {
    return this.handle.notes;
  }

  get stages() {
    return this.handle.stages;
  }

  /** Ingests files and folders (recursively); never throws for a document: each ends in the report. */
  ingest(inputs: string[], opts: EngineIngestOptions = {}): Promise<IngestReport> {
    allowManyListeners(opts.signal);
    return this.track(() =>
      ingestFiles(inputs, {
        backends: this.backends,
        stages: this.handle.stages,
        observer: opts.observer,
        force: opts.force,
        signal: opts.signal,
        name: opts.name,
        lock: this.lock,
        extract: this.extract,
        cpu: this.cpu,
        concurrency: opts.concurrency ?? this.config.documents.concurrency,
        ranked: (opts.providerOrder ?? this.config.documents.providerOrder) === 'input',
      }),
    );
  }

  /** One file, for job runners that hold one file per job. */
  ingestFile(path: string, opts: Omit<EngineIngestOptions, 'concurrency'> = {}): Promise<DocumentReport> {
    allowManyListeners(opts.signal);
    return this.track(async () => {
      opts.observer?.documentStart?.(opts.name ?? path, 1, 1);
      const r = await ingestOne(path, {
        backends: this.backends,
        stages: this.handle.stages,
        observer: opts.observer,
        force: opts.force,
        signal: opts.signal,
        name: opts.name,
        lock: this.lock,
        extract: this.extract,
        cpu: this.cpu,
        onWaiting: opts.onWaiting,
      });
      opts.observer?.documentEnd?.(r);
      return r;
    });
  }

  /** Nearest concepts and slides (by meaning when an embedding model is loaded), through the ports. */
  search(query: string, opts: { limit?: number } = {}): Promise<SearchResult> {
    return this.track(() =>
      search(this.backends, query, { limit: opts.limit, embedder: this.handle.stages.embedder }),
    );
  }

  /** Work in flight (ingests and queries). */
  get busy(): number {
    return this.inflight.size;
  }

  /** Stops taking work, waits for what is in flight, then closes models, stores and the LibreOffice pool. */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      while (this.inflight.size) await Promise.allSettled([...this.inflight]);
      if (this.walTimer) clearInterval(this.walTimer);
      await this.handle.close().catch(() => {});
      await this.providers.close().catch(() => {});
      await this.pool.dispose().catch(() => {});
      await this.cpu.close();
      await this.backends.close();
      this.lock.close();
    })());
  }

  private track<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closing)
      return Promise.reject(
        new OsmoseError('OSM_CANCELLED', 'The engine is shutting down; no new work is accepted.'),
      );
    const p = fn();
    this.inflight.add(p);
    const done = (): void => void this.inflight.delete(p);
    p.then(done, done);
    return p;
  }
}

/** One run's signal reaches every call in flight (hundreds of listeners by design, not a leak). */
function allowManyListeners(signal?: AbortSignal): void {
  if (signal) setMaxListeners(0, signal);
}

/** Creates the process-wide engine (see `Engine`). */
export function createEngine(config: OsmoseConfig, opts: EngineOptions = {}): Promise<Engine> {
  return Engine.create(config, opts);
}
