import type { Job, JobListener, JobSpec } from './job.js';

/** Where jobs run: in this process (default) or on `osmose worker` processes through BullMQ. */
export interface JobRunner {
  readonly kind: 'local' | 'bullmq';
  /** Queues a stored deck; returns the queued job. */
  submit(spec: JobSpec): Promise<Job>;
  /** Keeps an already-finished job (an unchanged deck) so it can be listed and fetched. */
  record(job: Job): Promise<void>;
  get(id: string): Promise<Job | null>;
  /** Newest first. */
  list(): Promise<Job[]>;
  /** Cancels a queued or running job (no new paid calls; checkpoints are kept). Null when unknown. */
  cancel(id: string): Promise<Job | null>;
  /** Events of one job from now on; returns the unsubscribe function. */
  subscribe(id: string, listener: JobListener): () => void;
  /** Every event of every job (metrics). */
  onEvent(listener: (job: Job, e: Parameters<JobListener>[0]) => void): void;
  /** Jobs waiting, jobs running, and processes taking jobs (this one for the in-process runner). */
  counts(): Promise<{ queued: number; running: number; workers: number }>;
  /** null when the queue is reachable, else why not. */
  ready(): Promise<string | null>;
  /** Stops taking jobs and lets running ones finish (or checkpoint and stop when `abort`). */
  close(opts?: { abort?: boolean }): Promise<void>;
}
