/**
 * The server's side of the ingest host (ingest-host.ts): forks it on first use, sends it decks, relays
 * its progress to the job observer, and turns a crash of the host into `failed` reports (the next
 * job starts a new host). Checkpoints make a re-run of a failed job cheap.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyDocReport, type OsmoseConfig, type Phase } from '@osmose/core';
import type { FacadeDocReport, IngestDeckOptions } from './core-facade.js';

type Out =
  | { type: 'ready' }
  | { type: 'event'; id: string; kind: 'phase'; phase: Phase; done: number; total: number }
  | { type: 'event'; id: string; kind: 'warn'; message: string }
  | { type: 'event'; id: string; kind: 'waiting' }
  | { type: 'event'; id: string; kind: 'slide'; slide: number; source: string }
  | { type: 'event'; id: string; kind: 'provider'; event: { type: string; [k: string]: unknown } }
  | { type: 'done'; id: string; report: FacadeDocReport };

interface Pending {
  opts: IngestDeckOptions;
  resolve: (r: FacadeDocReport) => void;
}

/** The host script: the TypeScript source under tsx, or the bundled file next to the CLI bundle. */
export function hostEntry(): { file: string; execArgv: string[] } | null {
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return { file: fileURLToPath(new URL('./ingest-host.ts', here)), execArgv: ['--import', 'tsx'] };
  const bundled = fileURLToPath(new URL('./ingest-host.js', here));
  return existsSync(bundled) ? { file: bundled, execArgv: [] } : null;
}

export class IngestHost {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<string, Pending>();
  private seq = 0;
  private closed = false;

  constructor(
    private readonly config: OsmoseConfig,
    private readonly entry: { file: string; execArgv: string[] },
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const child = fork(this.entry.file, [], {
      execArgv: this.entry.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.send({ type: 'init', config: this.config });
    this.child = child;
    this.ready = new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`the ingest host exited (${signal ?? code}) before it was ready`));
      child.once('exit', onExit);
      child.on('message', (m: Out) => {
        if (m.type === 'ready') {
          child.off('exit', onExit);
          resolve();
        } else if (m.type === 'event') {
          const p = this.pending.get(m.id);
          if (m.kind === 'phase') p?.opts.observer?.phase?.(m.phase, m.done, m.total);
          else if (m.kind === 'slide') p?.opts.observer?.slide?.(m.slide, m.source);
          else if (m.kind === 'provider') p?.opts.observer?.provider?.(m.event);
          else if (m.kind === 'waiting') p?.opts.observer?.waiting?.();
          else p?.opts.observer?.warn?.(m.message);
        } else if (m.type === 'done') {
          const p = this.pending.get(m.id);
          this.pending.delete(m.id);
          p?.resolve(m.report);
        }
      });
    });
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = null;
      this.ready = null;
      for (const [id, p] of this.pending) {
        this.pending.delete(id);
        p.resolve(
          failed(
            p.opts.name,
            `The ingest process stopped (${signal ?? `exit ${code}`}); upload the deck again to resume from its checkpoints.`,
          ),
        );
      }
    });
    return this.ready;
  }

  async ingest(path: string, opts: IngestDeckOptions): Promise<FacadeDocReport> {
    if (this.closed) return failed(opts.name, 'The server is shutting down.');
    try {
      await this.start();
    } catch (e) {
      return failed(opts.name, (e as Error).message);
    }
    const id = String(++this.seq);
    const child = this.child!;
    return new Promise<FacadeDocReport>((resolve) => {
      this.pending.set(id, { opts, resolve });
      const onAbort = () => child.connected && child.send({ type: 'cancel', id });
      if (opts.signal?.aborted) onAbort();
      else opts.signal?.addEventListener('abort', onAbort, { once: true });
      child.send({ type: 'ingest', id, path, name: opts.name, force: !!opts.force });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    if (child.connected) child.send({ type: 'close' });
    const t = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(t);
  }
}

function failed(name: string, message: string): FacadeDocReport {
  return { ...emptyDocReport(name, 'failed'), error: { code: 'OSM_INTERNAL', message } };
}
