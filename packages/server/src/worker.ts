/**
 * `osmose worker`: takes ingest jobs from the BullMQ queue and runs them on this machine's engine.
 * Progress goes back as the job's progress (the Job JSON + the event), cancellations arrive on a
 * Redis channel, checkpoints are written to Redis too (a job retried elsewhere pays nothing for the
 * slides done). SIGTERM: stop taking jobs, cancel the running ones (they checkpoint and go back to the
 * queue for another worker or this one after a restart), then exit.
 */
import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';
import { LayeredCheckpoints, OsmoseError, type OsmoseConfig } from '@osmose/core';
import { DelayedError, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { openFacade, type CoreFacade } from './core-facade.js';
import { CANCEL_CHANNEL, LOCK_MS, QUEUE_NAME, STALLED_CHECK_MS, connectionFrom } from './jobs/bull-shared.js';
import { redactUrl, type WorkerProgress } from './jobs/bull-runner.js';
import { applyEvent, finishFromReport, newJob, type Job, type JobEvent, type JobSpec } from './jobs/job.js';
import { docObserver } from './jobs/observe.js';
import { createMetrics } from './metrics.js';

export interface WorkerOptions {
  config: OsmoseConfig;
  queueUrl: string;
  /**
   * Jobs working at once on this worker (default 1). A job that only waits for the vision provider's answers
   * does not count: the worker takes the next job from the queue meanwhile, up to 2 × concurrency running.
   */
  concurrency?: number;
  /**
   * Let a job that only waits for vision answers leave its slot (default true); false holds each job's slot to
   * its end (BullMQ's plain fixed concurrency: the baseline of bench/server/worker-handoff.ts).
   */
  handOff?: boolean;
  /** Serve Prometheus metrics (role="worker") on this loopback port (0: off). */
  metricsPort?: number;
  /** Bind address of the metrics port (default 127.0.0.1). */
  metricsHost?: string;
  log?: (line: string) => void;
}

export interface RunningWorker {
  facade: CoreFacade;
  /** Stops taking jobs; running ones are cancelled (checkpointed) and handed back, unless `drain`. */
  close(opts?: { drain?: boolean }): Promise<void>;
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const log = o.log ?? (() => {});
  const sub = new Redis(o.queueUrl, { maxRetriesPerRequest: null, lazyConnect: true });
  sub.on('error', () => {});
  try {
    await sub.connect();
  } catch (cause) {
    sub.disconnect();
    throw new OsmoseError(
      'OSM_QUEUE_UNAVAILABLE',
      `The job queue at ${redactUrl(o.queueUrl)} cannot be reached.`,
      { cause },
    );
  }
  const facade = await openFacade(o.config);
  // checkpoints shared through Redis: a job retried on another machine resumes where this one stopped
  const checkpoints = new LayeredCheckpoints(facade.backends.checkpoints, o.queueUrl);
  facade.backends.checkpoints = checkpoints;

  const controllers = new Map<string, AbortController>();
  const jobs = Math.max(1, o.concurrency ?? 1);
  // jobs that only wait for the vision provider: each lets the worker take one more job (see setSlots)
  const waitingIds = new Set<string>();
  let stopping = false;
  await sub.subscribe(CANCEL_CHANNEL);
  sub.on('message', (_ch, id: string) =>
    controllers.get(id)?.abort(new OsmoseError('OSM_CANCELLED', 'The job was cancelled.')),
  );

  const me = { pid: process.pid, host: hostname() };
  const metrics = createMetrics(
    facade,
    { counts: async () => ({ queued: 0, running: controllers.size, workers: stopping ? 0 : 1 }) },
    { role: 'worker' },
  );
  let metricsServer: Server | null = null;
  if (o.metricsPort) {
    metricsServer = createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((r) =>
      metricsServer!.listen(o.metricsPort, o.metricsHost ?? '127.0.0.1', () => r()),
    );
  }
  const worker = new Worker(
    QUEUE_NAME,
    async (bj: BullJob, token?: string) => {
      const { spec, createdAt } = bj.data as { spec: JobSpec; createdAt: string };
      const prev = (bj.progress as unknown as WorkerProgress)?.job;
      const job: Job = prev ? structuredClone(prev) : newJob(spec, new Date(createdAt));
      job.status = 'running';
      job.startedAt ??= new Date().toISOString();
      job.worker = `${me.host}:${me.pid}`;
      const ctl = new AbortController();
      controllers.set(bj.id!, ctl);
      let last = Promise.resolve();
      const publish = (event?: JobEvent) => {
        if (event) applyEvent(job, event);
        const payload: WorkerProgress = { job: structuredClone(job), event, worker: me };
        // in order, and never failing the job for a lost progress message
        last = last.then(() => bj.updateProgress(payload as unknown as object).catch(() => {}));
      };
      publish({ event: 'state', data: structuredClone(job) });
      log(`job ${bj.id} ${spec.name}: started (attempt ${bj.attemptsMade + 1})`);
      try {
        const report = await facade.ingestDeck(spec.blobPath, {
          name: spec.name,
          force: spec.force,
          signal: ctl.signal,
          observer: {
            ...docObserver(job, publish),
            waiting: () => {
              if (o.handOff === false || stopping || waitingIds.has(bj.id!)) return;
              waitingIds.add(bj.id!);
              setSlots();
            },
          },
        });
        if (report.status === 'cancelled' && stopping) {
          // shutting down, not a user cancel: back to the queue; the next worker resumes from checkpoints
          await last;
          await bj.moveToDelayed(Date.now() + 1000, token);
          log(`job ${bj.id}: handed back (shutdown)`);
          throw new DelayedError();
        }
        report.file = spec.name;
        finishFromReport(job, report);
        metrics.onJobEvent(job, { event: 'report', data: { jobId: job.id, report } });
        publish();
        await last;
        log(`job ${bj.id} ${spec.name}: ${report.status}`);
        return report;
      } finally {
        controllers.delete(bj.id!);
        if (waitingIds.delete(bj.id!)) setSlots();
      }
    },
    {
      connection: connectionFrom(o.queueUrl),
      concurrency: jobs,
      lockDuration: LOCK_MS,
      stalledInterval: STALLED_CHECK_MS,
      maxStalledCount: 3,
      name: `osmose-worker-${me.host}-${me.pid}`,
    },
  );
  worker.on('error', (e) => log(`worker error: ${e.message}`));
  /**
   * BullMQ's concurrency is how many jobs this worker holds; it is `jobs` plus the jobs that only wait for
   * answers (at most 2 × jobs), so a deck waiting on the provider does not keep the next deck's extraction and
   * rendering from starting. BullMQ reads a raised concurrency only when its main loop next wakes, which is
   * when a job ends; a settled no-op in its loop queue wakes it now (checked by worker-handoff.test.ts).
   */
  function setSlots(): void {
    const next = Math.min(2 * jobs, jobs + waitingIds.size);
    if (next === worker.concurrency) return;
    const raised = next > worker.concurrency;
    worker.concurrency = next;
    const loop = (worker as unknown as { mainLoopQueue?: { add?(p: Promise<unknown>): void } }).mainLoopQueue;
    if (raised && !stopping && typeof loop?.add === 'function') loop.add(Promise.resolve(undefined));
  }
  await worker.waitUntilReady();
  log(
    `osmose worker ${me.pid} taking jobs from ${redactUrl(o.queueUrl)} (concurrency ${jobs}${o.handOff === false ? '' : `; up to ${2 * jobs} while jobs wait for vision answers`})`,
  );

  let closing: Promise<void> | null = null;
  return {
    facade,
    close(co = {}) {
      return (closing ??= (async () => {
        stopping = true;
        if (!co.drain)
          for (const c of controllers.values())
            c.abort(new OsmoseError('OSM_CANCELLED', 'The worker is shutting down.'));
        await worker.close();
        await new Promise<void>((r) => (metricsServer ? metricsServer.close(() => r()) : r()));
        await sub.quit().catch(() => sub.disconnect());
        await facade.close();
        await checkpoints.close();
      })());
    },
  };
}
