/**
 * The long synchronous steps of an ingest off the main thread: a small pool of worker threads running the
 * tasks of engine/cpu-tasks.ts (extraction, the rule-based nlp, building the document's graph). The engine
 * owns one pool; workers start on first use and stop on close. Where the worker script cannot be found (an
 * unusual bundle), the tasks run in the calling thread as before. A worker that dies fails only its own task.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, OsmoseError, type CoreErrorCode } from '../errors.js';
import type { ExtractOptions } from '../extract/options.js';
import type { DeckData, SlideData } from '../model/deck.js';
import type { DocumentGraph, RelationRecord, TopicRecord } from '../model/graph.js';
import type { SelectedConcept } from '../concepts/select.js';
import type { SemanticSelectOptions } from '../nlp/semantic-select.js';
import type { BuildGraphInput } from '../pipeline/build-graph.js';
import type { NlpRulesOptions, NlpRulesResult } from '../pipeline/nlp-rules.js';
import {
  runCpuTask,
  transferables,
  type CpuTask,
  type EmbeddedCommit,
  type PackedGraph,
} from './cpu-tasks.js';

interface Reply {
  id: number;
  result?: unknown;
  error?: { code: string; message: string; name: string };
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Job {
  task: CpuTask;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

/** Where the worker script is: beside a bundle (cpu-worker.js), or the TypeScript source (run from source, tests). */
function workerScript(): { url: URL; typescript: boolean } | null {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const url = new URL('./cpu-worker.ts', self);
    return existsSync(fileURLToPath(url)) ? { url, typescript: true } : null;
  }
  const url = new URL('./cpu-worker.js', self);
  return existsSync(fileURLToPath(url)) ? { url, typescript: false } : null;
}

const TSX_LOADER = 'tsx/esm/api';

/** A worker running the script; TypeScript source goes through tsx's loader, registered inside the worker. */
function startWorker(script: { url: URL; typescript: boolean }): Worker {
  if (!script.typescript) return new Worker(script.url);
  // tsx (a root dev dependency) only serves running from the TypeScript source: bundles use the .js worker
  const boot = `import(${JSON.stringify(TSX_LOADER)}).then((m) => { m.register(); return import(${JSON.stringify(script.url.href)}); })`;
  return new Worker(boot, { eval: true });
}

export class CpuPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job & { slot: Slot }>();
  private nextId = 1;
  private closed = false;
  private readonly script = workerScript();

  constructor(readonly size: number) {}

  /** Whether the tasks really run in worker threads (false: in the calling thread). */
  get threaded(): boolean {
    return this.script !== null && this.size > 0;
  }

  extract(path: string, options?: ExtractOptions): Promise<DeckData> {
    return this.run({ kind: 'extract', path, options }) as Promise<DeckData>;
  }

  nlpRules(deck: DeckData, options: NlpRulesOptions): Promise<NlpRulesResult> {
    return this.run({ kind: 'nlp-rules', deck, options }) as Promise<NlpRulesResult>;
  }

  /** Only what the graph needs crosses the thread boundary: the selection's vectors, not every text's. */
  buildGraph(input: BuildGraphInput): Promise<DocumentGraph> {
    return this.run({ kind: 'graph', input: slimInput(input) }) as Promise<DocumentGraph>;
  }

  /** The graph built and kept serialised (see PackedGraph), for `commitEmbedded`. */
  buildPackedGraph(input: BuildGraphInput): Promise<PackedGraph> {
    return this.run({ kind: 'graph-packed', input: slimInput(input) }) as Promise<PackedGraph>;
  }

  /** The semantic re-ranking (nlp/semantic-select.ts); only the pool's vectors cross the thread boundary. */
  semanticSelect(
    pool: SelectedConcept[],
    vectors: Map<string, Float32Array>,
    slideVectors: Float32Array[],
    options: SemanticSelectOptions,
  ): Promise<SelectedConcept[]> {
    const mine = new Map<string, Float32Array>();
    for (const c of pool) {
      const v = vectors.get(c.record.name);
      if (v) mine.set(c.record.name, v);
    }
    return this.run({ kind: 'semantic', pool, vectors: mine, slideVectors, options }) as Promise<
      SelectedConcept[]
    >;
  }

  segmentTopics(
    docId: string,
    slides: SlideData[],
    slideVectors?: Map<number, Float32Array>,
  ): Promise<TopicRecord[]> {
    return this.run({ kind: 'topics', docId, slides, slideVectors }) as Promise<TopicRecord[]>;
  }

  /**
   * Resolves a document's graph against the embedded store in `dir` and writes it (cpu-tasks `commitEmbedded`),
   * from a worker's own connection. Ahead of queued tasks: the caller holds the store lock while it waits.
   */
  commitEmbedded(
    dir: string,
    graph: DocumentGraph | PackedGraph,
    vectors: boolean,
    extraRelations?: RelationRecord[],
  ): Promise<EmbeddedCommit> {
    return this.run(
      { kind: 'sqlite-commit', dir, graph, vectors, extraRelations },
      true,
    ) as Promise<EmbeddedCommit>;
  }

  /** A checkpoint of the embedded store's write-ahead log from a worker's connection (cpu-tasks `walCheckpoint`). */
  walCheckpoint(dir: string): Promise<{ busy: number; log: number; checkpointed: number }> {
    return this.run({ kind: 'wal-checkpoint', dir }) as Promise<{
      busy: number;
      log: number;
      checkpointed: number;
    }>;
  }

  /**
   * Starts the workers now rather than at the first task, so that their start (a thread, the worker's bundle, the
   * SQLite and native modules) overlaps the caller's own start-up, such as loading the models.
   */
  warm(): void {
    if (!this.threaded || this.closed) return;
    while (this.slots.length < this.size) this.spawn();
  }

  run(task: CpuTask, priority = false): Promise<unknown> {
    if (!this.threaded || this.closed) return runCpuTask(task);
    return new Promise((resolve, reject) => {
      if (priority) this.queue.unshift({ task, resolve, reject });
      else this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = true;
      this.pending.set(id, { ...job, slot });
      try {
        slot.worker.postMessage({ id, ...job.task }, transferables(job.task));
      } catch {
        // a payload that cannot be cloned: this task runs here instead
        this.pending.delete(id);
        slot.busy = false;
        runCpuTask(job.task).then(job.resolve, job.reject);
      }
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.script!);
    worker.unref();
    const slot: Slot = { worker, busy: false };
    worker.on('message', (r: Reply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      slot.busy = false;
      if (r.error) p.reject(toError(r.error));
      else p.resolve(r.result);
      this.pump();
    });
    const fail = (e: unknown): void => {
      // a worker that dies takes only its own task with it; the next task gets a fresh worker
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const [id, p] of this.pending)
        if (p.slot === slot) {
          this.pending.delete(id);
          p.reject(new OsmoseError('OSM_INTERNAL', 'A worker thread stopped unexpectedly.', { cause: e }));
        }
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`exit ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

function slimInput(input: BuildGraphInput): BuildGraphInput {
  const { nlp } = input;
  const vectors = new Map<string, Float32Array>();
  if (nlp.modelId)
    for (const c of nlp.selected)
      for (const t of [c.record.name, ...c.surfaces]) {
        const v = nlp.vectors.get(t);
        if (v) vectors.set(t, v);
      }
  const slim: BuildGraphInput['nlp'] = {
    selected: nlp.selected,
    vectors,
    slideVectors: nlp.slideVectors,
    modelId: nlp.modelId,
  };
  return { ...input, nlp: slim };
}

function toError(e: { code: string; message: string; name: string }): OsmoseError {
  if (e.code.startsWith('OSM_INPUT_')) return new InputError(e.code as CoreErrorCode, e.message);
  return new OsmoseError(e.code as CoreErrorCode, e.message);
}
