/**
 * The embedded job runner: jobs run on this machine, at most `concurrency` at a time, through the
 * core facade. Cancelling aborts the job's signal (no new paid calls; checkpoints stay). With a state
 * file the job list survives a restart: jobs that were queued, or running when the server stopped
 * (SIGTERM aborts them after they checkpoint), are queued again and resume from their checkpoints.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CoreFacade } from '../core-facade.js';
import { JobEvents } from './events.js';
import {
  FINISHED,
  applyEvent,
  finishFromReport,
  newJob,
  type Job,
  type JobEvent,
  type JobSpec,
} from './job.js';
import { docObserver } from './observe.js';
import type { JobRunner } from './runner.js';

const KEEP_FINISHED = 1000;

export class LocalRunner implements JobRunner {
  readonly kind = 'local' as const;
  private readonly jobs = new Map<string, Job>();
  private readonly specs = new Map<string, JobSpec>();
  private readonly pending: string[] = [];
  private readonly controllers = new Map<string, AbortController>();
  /** Running jobs that only wait for the vision provider's answers: they leave their slot to the next job. */
  private readonly waiting = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private readonly events = new JobEvents();
  private closed = false;
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly facade: CoreFacade,
    private readonly concurrency = 2,
    private readonly stateFile: string | null = null,
  ) {
    this.load();
    this.events.onEvent(() => this.scheduleSave());
    if (this.pending.length) queueMicrotask(() => this.pump());
  }

  private load(): void {
    if (!this.stateFile) return;
    let saved: { jobs: Job[]; specs: JobSpec[] } | null = null;
    try {
      saved = JSON.parse(readFileSync(this.stateFile, 'utf8')) as { jobs: Job[]; specs: JobSpec[] };
    } catch {
      return; // no state yet (or unreadable): start empty
    }
    const specs = new Map(saved.specs.map((sp) => [sp.id, sp]));
    for (const j of saved.jobs) {
      if ((j.status === 'queued' || j.status === 'running') && specs.has(j.id)) {
        j.status = 'queued';
        this.specs.set(j.id, specs.get(j.id)!);
        this.pending.push(j.id);
      } else if (j.status === 'queued' || j.status === 'running') {
        Object.assign(j, {
          status: 'failed',
          error: {
            code: 'OSM_INTERNAL',
            message: 'The server stopped before this job ran, and its deck is gone.',
          },
        });
      }
      this.jobs.set(j.id, j);
    }
  }

  private scheduleSave(): void {
    if (!this.stateFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveNow();
    }, 200);
  }

  private saveNow(): void {
    if (!this.stateFile) return;
    try {
      mkdirSync(dirname(this.stateFile), { recursive: true });
      const tmp = `${this.stateFile}.tmp`;
      writeFileSync(tmp, JSON.stringify({ jobs: [...this.jobs.values()], specs: [...this.specs.values()] }));
      renameSync(tmp, this.stateFile);
    } catch {
      // the job list is a convenience: documents and checkpoints are in the store
    }
  }

  async submit(spec: JobSpec): Promise<Job> {
    const job = newJob(spec);
    this.jobs.set(job.id, job);
    this.specs.set(job.id, spec);
    this.pending.push(job.id);
    this.trim();
    this.scheduleSave();
    queueMicrotask(() => this.pump());
    return structuredClone(job);
  }

  async record(job: Job): Promise<void> {
    this.jobs.set(job.id, job);
    this.trim();
    this.scheduleSave();
  }

  async get(id: string): Promise<Job | null> {
    const j = this.jobs.get(id);
    return j ? structuredClone(j) : null;
  }

  async list(): Promise<Job[]> {
    return [...this.jobs.values()].reverse().map((j) => structuredClone(j));
  }

  async cancel(id: string): Promise<Job | null> {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.status === 'queued') {
      const i = this.pending.indexOf(id);
      if (i >= 0) this.pending.splice(i, 1);
      job.status = 'cancelled';
      job.error = { code: 'OSM_CANCELLED', message: 'The job was cancelled before it started.' };
      job.finishedAt = new Date().toISOString();
      this.emit(job, { event: 'end', data: { jobId: id, status: job.status } });
    } else if (job.status === 'running') this.controllers.get(id)?.abort();
    return structuredClone(job);
  }

  subscribe(id: string, l: Parameters<JobRunner['subscribe']>[1]): () => void {
    return this.events.subscribe(id, l);
  }

  onEvent(l: Parameters<JobRunner['onEvent']>[0]): void {
    this.events.onEvent(l);
  }

  async counts(): Promise<{ queued: number; running: number; workers: number }> {
    return { queued: this.pending.length, running: this.controllers.size, workers: this.closed ? 0 : 1 };
  }

  async ready(): Promise<string | null> {
    return this.closed ? 'the job runner is shutting down' : null;
  }

  /**
   * Stops taking jobs. With a state file, queued jobs stay queued for the next start and `abort` stops the
   * running ones (they checkpoint and are queued again); without one, queued jobs are cancelled.
   */
  async close(opts: { abort?: boolean } = {}): Promise<void> {
    this.closed = true;
    if (!this.stateFile) for (const id of this.pending.splice(0)) void this.cancel(id);
    if (opts.abort) for (const c of this.controllers.values()) c.abort();
    await Promise.allSettled([...this.running]);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.saveNow();
  }

  private emit(job: Job, e: JobEvent): void {
    applyEvent(job, e);
    this.events.emit(job, e);
  }

  private pump(): void {
    // `concurrency` jobs work at once; a job that only waits for the provider's answers does not count, up to
    // 2 × concurrency jobs running in all (the next deck's extraction and rendering overlap those answers)
    while (
      !this.closed &&
      this.controllers.size - this.waiting.size < this.concurrency &&
      this.controllers.size < 2 * this.concurrency &&
      this.pending.length > 0
    ) {
      const id = this.pending.shift()!;
      const p = this.run(id).finally(() => this.running.delete(p));
      this.running.add(p);
    }
  }

  private async run(id: string): Promise<void> {
    const job = this.jobs.get(id)!;
    const spec = this.specs.get(id)!;
    const ctl = new AbortController();
    this.controllers.set(id, ctl);
    job.status = 'running';
    job.startedAt = new Date().toISOString();
    this.emit(job, { event: 'state', data: structuredClone(job) });
    try {
      const report = await this.facade.ingestDeck(spec.blobPath, {
        name: spec.name,
        force: spec.force,
        signal: ctl.signal,
        observer: {
          ...docObserver(job, (e) => this.emit(job, e)),
          waiting: () => {
            this.waiting.add(id);
            this.pump();
          },
        },
      });
      if (ctl.signal.aborted && this.closed && this.stateFile && report.status === 'cancelled') {
        // stopped by a shutdown, not by a user: queued again for the next start (resumes from checkpoints)
        job.status = 'queued';
        job.startedAt = null;
        this.pending.push(id);
        return;
      }
      if (ctl.signal.aborted && report.status !== 'ingested' && report.status !== 'unchanged') {
        report.status = 'cancelled';
        report.error = { code: 'OSM_CANCELLED', message: 'The job was cancelled.' };
      }
      report.file = spec.name;
      finishFromReport(job, report);
      this.emit(job, { event: 'report', data: { jobId: id, report } });
    } catch (e) {
      job.status = 'failed';
      job.error = {
        code: 'OSM_INTERNAL',
        message: 'An internal error occurred while ingesting this document.',
      };
      job.finishedAt = new Date().toISOString();
      void e;
    } finally {
      this.controllers.delete(id);
      this.waiting.delete(id);
      if (job.status !== 'queued') {
        this.specs.delete(id);
        job.finishedAt ??= new Date().toISOString();
        this.emit(job, { event: 'end', data: { jobId: id, status: job.status } });
      }
      this.scheduleSave();
      this.pump();
    }
  }

  private trim(): void {
    if (this.jobs.size <= KEEP_FINISHED) return;
    for (const [id, j] of this.jobs) {
      if (this.jobs.size <= KEEP_FINISHED) break;
      if (FINISHED.has(j.status)) this.jobs.delete(id);
    }
  }
}
