/**
 * Extraction off the main thread: a small pool of worker threads, each running `extractDeck` on the
 * file path it is given. The engine owns one pool; workers start on first use and stop on close. Where the
 * worker script cannot be found (an unusual bundle), extraction runs in the process as before.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, OsmoseError, type CoreErrorCode } from '../errors.js';
import { extractDeck } from '../extract/extract-deck.js';
import type { ExtractOptions } from '../extract/options.js';
import type { DeckData } from '../model/deck.js';

interface Reply {
  id: number;
  deck?: DeckData;
  error?: { code: string; message: string; name: string };
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Where the worker script is: beside a bundle (extract-worker.js), or the TypeScript source (run from source, tests). */
function workerScript(): { url: URL; typescript: boolean } | null {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const url = new URL('../extract/extract-worker.ts', self);
    return existsSync(fileURLToPath(url)) ? { url, typescript: true } : null;
  }
  const url = new URL('./extract-worker.js', self);
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

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: {
    path: string;
    options?: ExtractOptions;
    resolve: (d: DeckData) => void;
    reject: (e: unknown) => void;
  }[] = [];
  private readonly pending = new Map<
    number,
    { resolve: (d: DeckData) => void; reject: (e: unknown) => void; slot: Slot }
  >();
  private nextId = 1;
  private closed = false;
  private readonly script = workerScript();

  constructor(readonly size: number) {}

  /** Whether extraction really runs in worker threads (false: in the calling thread). */
  get threaded(): boolean {
    return this.script !== null && this.size > 0;
  }

  extract(path: string, options?: ExtractOptions): Promise<DeckData> {
    if (!this.threaded || this.closed) return extractDeck({ path }, options);
    return new Promise((resolve, reject) => {
      this.queue.push({ path, options, resolve, reject });
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
      this.pending.set(id, { resolve: job.resolve, reject: job.reject, slot });
      slot.worker.postMessage({ id, path: job.path, options: job.options });
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
      if (r.deck) p.resolve(r.deck);
      else p.reject(toError(r.error!));
      this.pump();
    });
    const fail = (e: unknown): void => {
      // a worker that dies takes only its own deck with it; the next deck gets a fresh worker
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const [id, p] of this.pending)
        if (p.slot === slot) {
          this.pending.delete(id);
          p.reject(
            new OsmoseError('OSM_INTERNAL', 'The extraction worker stopped unexpectedly.', { cause: e }),
          );
        }
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`exit ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

function toError(e: { code: string; message: string; name: string }): OsmoseError {
  if (e.code.startsWith('OSM_INPUT_')) return new InputError(e.code as CoreErrorCode, e.message);
  return new OsmoseError(e.code as CoreErrorCode, e.message);
}
