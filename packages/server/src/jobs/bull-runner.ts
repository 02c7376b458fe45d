/**
 * Jobs on BullMQ (Redis): the server only queues stored decks and answers; `osmose worker` processes,
 * on any number of machines, run them. Job state travels in the BullMQ job itself (the worker publishes
 * the Job JSON as its progress), so any server instance can answer GET /v1/jobs and stream the events
 * it hears from QueueEvents. A worker that dies loses its lock; BullMQ hands the job to another worker,
 * which resumes from the shared checkpoints.
 */
import { OsmoseError } from '@osmose/core';
import { Queue, QueueEvents, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import type { CoreFacade } from '../core-facade.js';
import { CANCEL_CHANNEL, JOB_ATTEMPTS, QUEUE_NAME, RECORDED_KEY, connectionFrom } from './bull-shared.js';
import { JobEvents } from './events.js';
import { FINISHED, finishFromReport, newJob, type Job, type JobEvent, type JobSpec } from './job.js';
import type { JobRunner } from './runner.js';

export interface WorkerProgress {
  job: Job;
  event?: JobEvent;
  worker?: { pid: number; host: string };
}

export async function openBullRunner(url: string, _facade: CoreFacade): Promise<JobRunner> {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5000, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (cause) {
    redis.disconnect();
    throw new OsmoseError('OSM_QUEUE_UNAVAILABLE', `The job queue at ${redactUrl(url)} cannot be reached.`, {
      cause,
    });
  }
  const queue = new Queue(QUEUE_NAME, { connection: connectionFrom(url) });
  const events = new QueueEvents(QUEUE_NAME, { connection: connectionFrom(url) });
  await events.waitUntilReady();
  return new BullRunner(queue, events, redis);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

class BullRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  private readonly bus = new JobEvents();
  /** The latest Job JSON of each job this process heard of (for the global listeners). */
  private readonly seen = new Map<string, Job>();

  constructor(
    private readonly queue: Queue,
    private readonly qe: QueueEvents,
    private readonly redis: Redis,
  ) {
    qe.on('progress', ({ jobId, data }) => {
      const p = data as unknown as WorkerProgress;
      if (!p?.job) return;
      this.seen.set(jobId, p.job);
      if (p.event) this.bus.emit(p.job, p.event);
    });
    qe.on('completed', async ({ jobId, returnvalue }) => {
      const job = await this.get(jobId);
      if (!job) return;
      const report = (
        typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue
      ) as Job['report'];
      if (report) this.bus.emit(job, { event: 'report', data: { jobId, report } });
      this.bus.emit(job, { event: 'end', data: { jobId, status: job.status } });
      this.seen.delete(jobId);
    });
    qe.on('failed', async ({ jobId }) => {
      const job = await this.get(jobId);
      if (!job || !FINISHED.has(job.status)) return; // it will be retried
      this.bus.emit(job, { event: 'end', data: { jobId, status: job.status } });
      this.seen.delete(jobId);
    });
  }

  async submit(spec: JobSpec): Promise<Job> {
    const job = newJob(spec);
    await this.queue.add(
      'ingest',
      { spec, createdAt: job.createdAt },
      {
        jobId: spec.id,
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { count: 5000 },
        removeOnFail: { count: 5000 },
      },
    );
    return job;
  }

  async record(job: Job): Promise<void> {
    await this.redis
      .multi()
      .set(`${RECORDED_KEY}:${job.id}`, JSON.stringify(job), 'EX', 7 * 86400)
      .zadd(RECORDED_KEY, Date.now(), job.id)
      .exec();
  }

  async get(id: string): Promise<Job | null> {
    const rec = await this.redis.get(`${RECORDED_KEY}:${id}`);
    if (rec) return JSON.parse(rec) as Job;
    const bj = await this.queue.getJob(id);
    return bj ? toJob(bj, await bj.getState()) : null;
  }

  async list(): Promise<Job[]> {
    const bjs = await this.queue.getJobs(
      ['active', 'waiting', 'delayed', 'prioritized', 'completed', 'failed'],
      0,
      500,
    );
    const jobs = await Promise.all(bjs.filter(Boolean).map(async (bj) => toJob(bj, await bj.getState())));
    const ids = await this.redis.zrevrange(RECORDED_KEY, 0, 500);
    const recs = ids.length ? await this.redis.mget(ids.map((i) => `${RECORDED_KEY}:${i}`)) : [];
    for (const r of recs) if (r) jobs.push(JSON.parse(r) as Job);
    return jobs.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  async cancel(id: string): Promise<Job | null> {
    const bj = await this.queue.getJob(id);
    if (!bj) return this.get(id);
    const state = await bj.getState();
    if (state === 'waiting' || state === 'delayed' || state === 'prioritized') {
      const job = toJob(bj, state);
      try {
        await bj.remove();
        Object.assign(job, {
          status: 'cancelled',
          finishedAt: new Date().toISOString(),
          error: { code: 'OSM_CANCELLED', message: 'The job was cancelled before it started.' },
        });
        await this.record(job);
        this.bus.emit(job, { event: 'end', data: { jobId: id, status: 'cancelled' } });
        return job;
      } catch {
        // a worker took it meanwhile: cancel it where it runs
      }
    }
    await this.redis.publish(CANCEL_CHANNEL, id);
    return this.get(id);
  }

  subscribe(id: string, l: Parameters<JobRunner['subscribe']>[1]): () => void {
    return this.bus.subscribe(id, l);
  }

  onEvent(l: Parameters<JobRunner['onEvent']>[0]): void {
    this.bus.onEvent(l);
  }

  async counts(): Promise<{ queued: number; running: number; workers: number }> {
    const c = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
    const workers = await this.queue.getWorkersCount().catch(() => 0);
    return {
      queued: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
      running: c.active ?? 0,
      workers,
    };
  }

  async ready(): Promise<string | null> {
    try {
      await withTimeout(this.redis.ping(), 3000);
      return null;
    } catch (e) {
      return `queue (Redis) unreachable: ${(e as Error).message}`;
    }
  }

  async close(): Promise<void> {
    await this.qe.close().catch(() => {});
    await this.queue.close().catch(() => {});
    this.redis.disconnect();
  }
}

/** The Job JSON of a BullMQ job: the worker's latest snapshot, with the status BullMQ knows. */
export function toJob(bj: BullJob, state: string): Job {
  const data = bj.data as { spec: JobSpec; createdAt: string };
  const snap = (bj.progress as unknown as WorkerProgress)?.job;
  const job: Job = snap ? structuredClone(snap) : newJob(data.spec, new Date(data.createdAt ?? bj.timestamp));
  job.createdAt = data.createdAt ?? new Date(bj.timestamp).toISOString();
  if (state === 'completed') {
    const report = (
      typeof bj.returnvalue === 'string' ? JSON.parse(bj.returnvalue) : bj.returnvalue
    ) as Job['report'];
    if (report) finishFromReport(job, report);
    job.finishedAt = bj.finishedOn ? new Date(bj.finishedOn).toISOString() : job.finishedAt;
  } else if (state === 'failed') {
    job.status = 'failed';
    job.error = job.error ?? {
      code: 'OSM_INTERNAL',
      message: bj.failedReason
        ? `The worker failed: ${bj.failedReason.split('\n')[0]}`
        : 'The worker failed.',
    };
    job.finishedAt = bj.finishedOn ? new Date(bj.finishedOn).toISOString() : new Date().toISOString();
  } else if (state === 'active') {
    job.status = 'running';
    job.startedAt = job.startedAt ?? (bj.processedOn ? new Date(bj.processedOn).toISOString() : null);
  } else {
    // waiting again after its worker died: it keeps what it did, and runs again
    job.status = 'queued';
  }
  return job;
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
