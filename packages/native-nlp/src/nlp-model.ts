/**
 * A loaded model. Concurrent embed() calls (from several documents) are merged into one native call;
 * the addon sorts all their texts into length buckets and cuts batches by the token budget, and each
 * caller gets a zero-copy view (subarray) of the shared external output buffer.
 */
import { NativeError } from './errors.js';
import {
  binding,
  type NativeEmbedResult,
  type NativeEncoding,
  type NativeInfo,
  type NativeModelHandle,
  type NativeRunControl,
} from './internal/binding.js';

export interface EmbedOutput {
  /** n × dim, row-major, L2-normalised (unless the model config says otherwise). Zero-copy. */
  data: Float32Array;
  n: number;
  dim: number;
}
export interface Span {
  start: number;
  end: number;
  text: string;
  label: string;
  score: number;
}
export interface ModelInfo extends NativeInfo {
  name: string;
  folder: string;
  labels: string[];
  /** Intra-op threads asked of ONNX Runtime (0: its own default, one per core). */
  threads: number;
}
export interface EmbedStats {
  calls: number;
  nativeCalls: number;
  texts: number;
  tokens: number;
  paddedTokens: number;
  batches: number;
  tokenizeMs: number;
  inferMs: number;
  poolMs: number;
}

interface Pending {
  texts: string[];
  resolve: (r: EmbedOutput) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  aborted?: boolean;
}

function cancelled(signal: AbortSignal | undefined, what: string): NativeError {
  return new NativeError('OSM_NATIVE_CANCELLED', `${what} was cancelled by its AbortSignal`, {
    cause: signal?.reason,
  });
}

/** Calls fn once when signal aborts; returns the function that removes the listener. */
function onAbort(signal: AbortSignal | undefined, fn: () => void): () => void {
  if (!signal) return () => {};
  signal.addEventListener('abort', fn, { once: true });
  return () => signal.removeEventListener('abort', fn);
}

function checkTexts(texts: unknown): string[] {
  if (!Array.isArray(texts))
    throw new NativeError('OSM_NATIVE_BAD_ARGUMENT', 'texts must be an array of strings');
  for (let i = 0; i < texts.length; i++) {
    if (typeof texts[i] !== 'string')
      throw new NativeError('OSM_NATIVE_BAD_ARGUMENT', `texts[${i}] is not a string`);
  }
  return texts as string[];
}

export class NlpModel {
  readonly modelId: string;
  readonly dim: number;
  readonly task: string;
  private queue: Pending[] = [];
  private scheduled = false;
  private disposed = false;
  private readonly totals: EmbedStats = {
    calls: 0,
    nativeCalls: 0,
    texts: 0,
    tokens: 0,
    paddedTokens: 0,
    batches: 0,
    tokenizeMs: 0,
    inferMs: 0,
    poolMs: 0,
  };

  constructor(
    private readonly handle: NativeModelHandle,
    private readonly meta: {
      name: string;
      folder: string;
      task: string;
      labels: string[];
      threads: number;
      coalesceMs: number;
      queryPrefix?: string;
    },
  ) {
    this.modelId = meta.name;
    this.task = meta.task;
    this.dim = handle.info().dim;
  }

  /**
   * Embeds texts (one row per text, in order). Empty strings are valid; long texts are truncated.
   * `signal`: aborting rejects with OSM_NATIVE_CANCELLED; when every caller merged into the native call
   * has aborted, the native run itself is terminated (ONNX Runtime run options) and the promise settles
   * once it has stopped, so dispose() works right after.
   */
  embed(texts: string[], options: { signal?: AbortSignal } = {}): Promise<EmbedOutput> {
    try {
      this.alive();
      checkTexts(texts);
      if (this.task !== 'embedding')
        throw new NativeError('OSM_NATIVE_WRONG_TASK', 'embed() needs a model loaded with task embedding');
    } catch (e) {
      return Promise.reject(e);
    }
    this.totals.calls++;
    if (texts.length === 0) return Promise.resolve({ data: new Float32Array(0), n: 0, dim: this.dim });
    return new Promise<EmbedOutput>((resolve, reject) => {
      this.queue.push({ texts, resolve, reject, signal: options.signal });
      if (!this.scheduled) {
        this.scheduled = true;
        if (this.meta.coalesceMs > 0) setTimeout(() => this.flush(), this.meta.coalesceMs);
        else setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    // Drop requests whose caller has gone (aborted) before they cost anything.
    const batch = this.queue.filter((p) => {
      if (p.signal?.aborted) {
        p.reject(cancelled(p.signal, 'embed()'));
        return false;
      }
      return true;
    });
    this.queue = [];
    if (batch.length === 0) return;
    let all = batch.length === 1 ? batch[0].texts : batch.flatMap((p) => p.texts);
    // models trained with an input prefix (e5: "query: ") get it here, so callers need not know
    if (this.meta.queryPrefix) all = all.map((t) => this.meta.queryPrefix + t);
    // The native call can be terminated only when every caller in it can go away (has a signal).
    const control: NativeRunControl | undefined = batch.every((p) => p.signal)
      ? binding().createRunControl()
      : undefined;
    const removers = batch.map((p) =>
      onAbort(p.signal, () => {
        p.aborted = true;
        if (control && batch.every((q) => q.aborted))
          control.cancel(); // settles (rejects) once stopped
        else p.reject(cancelled(p.signal, 'embed()')); // the others still want the run's result
      }),
    );
    const settle = () => removers.forEach((r) => r());
    let run: Promise<NativeEmbedResult>;
    try {
      run = this.handle.embed(all, control);
    } catch (e) {
      settle();
      for (const p of batch) p.reject(e);
      return;
    }
    run.then(
      (r) => {
        settle();
        this.account(r, all.length);
        let row = 0;
        for (const p of batch) {
          const n = p.texts.length;
          if (p.aborted) p.reject(cancelled(p.signal, 'embed()'));
          else
            p.resolve({
              data: batch.length === 1 ? r.data : r.data.subarray(row * r.dim, (row + n) * r.dim),
              n,
              dim: r.dim,
            });
          row += n;
        }
      },
      (e: unknown) => {
        settle();
        for (const p of batch) p.reject(p.aborted ? cancelled(p.signal, 'embed()') : e);
      },
    );
  }

  private account(r: NativeEmbedResult, texts: number): void {
    const t = this.totals;
    t.nativeCalls++;
    t.texts += texts;
    t.tokens += r.stats.tokens;
    t.paddedTokens += r.stats.paddedTokens;
    t.batches += r.stats.batches;
    t.tokenizeMs += r.stats.tokenizeMs;
    t.inferMs += r.stats.inferMs;
    t.poolMs += r.stats.poolMs;
  }

  /**
   * Entity spans per text: UTF-16 offsets into the given string, HF 'simple' aggregation.
   * `signal`: aborting terminates the native run; the promise rejects with OSM_NATIVE_CANCELLED once it stopped.
   */
  async classifyTokens(texts: string[], options: { signal?: AbortSignal } = {}): Promise<Span[][]> {
    this.alive();
    checkTexts(texts);
    const { signal } = options;
    if (signal?.aborted) throw cancelled(signal, 'classifyTokens()');
    if (texts.length === 0) return [];
    const control = signal ? binding().createRunControl() : undefined;
    const remove = onAbort(signal, () => control?.cancel());
    let spans;
    try {
      spans = await this.handle.classify(texts, control);
    } catch (e) {
      throw signal?.aborted ? cancelled(signal, 'classifyTokens()') : e;
    } finally {
      remove();
    }
    if (signal?.aborted) throw cancelled(signal, 'classifyTokens()');
    return spans.map((list, i) => list.map((s) => ({ ...s, text: texts[i].slice(s.start, s.end) })));
  }

  /** Token ids and offsets as the addon's tokenizer produces them (for parity checks and debugging). */
  async encode(texts: string[], maxLength?: number): Promise<NativeEncoding[]> {
    this.alive();
    checkTexts(texts);
    return this.handle.encode(texts, maxLength);
  }

  info(): ModelInfo {
    this.alive();
    return {
      ...this.handle.info(),
      name: this.meta.name,
      folder: this.meta.folder,
      labels: this.meta.labels,
      threads: this.meta.threads,
    };
  }

  stats(): EmbedStats {
    return { ...this.totals };
  }

  inFlight(): number {
    return this.disposed ? 0 : this.handle.inFlight() + this.queue.length;
  }

  /** Frees the session. Refuses (OSM_NATIVE_BUSY) while runs are queued or in flight. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    if (this.queue.length > 0)
      throw new NativeError('OSM_NATIVE_BUSY', `cannot dispose: ${this.queue.length} request(s) queued`);
    this.handle.dispose();
    this.disposed = true;
  }

  private alive(): void {
    if (this.disposed) throw new NativeError('OSM_NATIVE_DISPOSED', 'the model has been disposed');
  }
}
