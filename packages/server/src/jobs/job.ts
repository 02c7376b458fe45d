/** The job model shared by the in-process runner, the BullMQ queue and the HTTP API (see API.md). */
import type { FacadeDocReport, JobDocStatus } from '../core-facade.js';

export type JobStatus = 'queued' | 'running' | JobDocStatus;
export const FINISHED: ReadonlySet<JobStatus> = new Set([
  'ingested',
  'unchanged',
  'rejected',
  'failed',
  'cancelled',
]);

export interface JobPhase {
  done: number;
  total: number;
  ms: number;
  calls: number;
  cacheHits: number;
  fallbacks: number;
}

export interface Job {
  id: string;
  status: JobStatus;
  name: string;
  docId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  phases: Record<string, JobPhase>;
  visionCalls: number;
  costUsd: number;
  report: FacadeDocReport | null;
  error: { code: string; message: string } | null;
  /** The process running or last running it (host:pid), with a queue; null in process. */
  worker?: string | null;
}

/** What a job needs to run: the stored blob and how to ingest it. */
export interface JobSpec {
  id: string;
  name: string;
  blobPath: string;
  sha256: string;
  force: boolean;
}

/** Server-Sent Events of one job, in the order a client sees them. */
export type JobEvent =
  | { event: 'state'; data: Job }
  | { event: 'phase'; data: { jobId: string; phase: string; done: number; total: number; elapsedMs: number } }
  | { event: 'slide'; data: { jobId: string; slide: number; source: string } }
  | { event: 'provider'; data: { jobId: string; type: string; [k: string]: unknown } }
  | { event: 'warning'; data: { jobId: string; message: string } }
  | { event: 'report'; data: { jobId: string; report: FacadeDocReport } }
  | { event: 'end'; data: { jobId: string; status: JobStatus } };

export type JobListener = (e: JobEvent) => void;

export function newJob(spec: Pick<JobSpec, 'id' | 'name'>, now = new Date()): Job {
  return {
    id: spec.id,
    status: 'queued',
    name: spec.name,
    docId: null,
    createdAt: now.toISOString(),
    startedAt: null,
    finishedAt: null,
    phases: {},
    visionCalls: 0,
    costUsd: 0,
    report: null,
    error: null,
  };
}

/** Applies one event to the job it belongs to (the single place job state changes from events). */
const phaseStarts = new WeakMap<Job, Map<string, number>>();

export function applyEvent(job: Job, e: JobEvent): void {
  switch (e.event) {
    case 'state':
      Object.assign(job, e.data);
      break;
    case 'phase': {
      const p = (job.phases[e.data.phase] ??= {
        done: 0,
        total: 0,
        ms: 0,
        calls: 0,
        cacheHits: 0,
        fallbacks: 0,
      });
      let starts = phaseStarts.get(job);
      if (!starts) phaseStarts.set(job, (starts = new Map()));
      if (!starts.has(e.data.phase)) starts.set(e.data.phase, e.data.elapsedMs);
      p.done = e.data.done;
      p.total = e.data.total;
      p.ms = Math.round(e.data.elapsedMs - starts.get(e.data.phase)!);
      break;
    }
    case 'report':
      finishFromReport(job, e.data.report);
      break;
    default:
      break;
  }
}

/** Fills a job from its document's final report. */
export function finishFromReport(job: Job, r: FacadeDocReport): void {
  job.report = r;
  job.status = r.status;
  job.docId = r.docId ?? job.docId;
  job.error = r.error ?? null;
  for (const [phase, s] of Object.entries(r.phases ?? {})) {
    if (!s) continue;
    const p = (job.phases[phase] ??= { done: 0, total: 0, ms: 0, calls: 0, cacheHits: 0, fallbacks: 0 });
    p.ms = Math.round(s.ms);
    p.calls = s.calls;
    p.cacheHits = s.cacheHits;
    p.fallbacks = s.fallbacks;
    if (p.total === 0) p.total = p.done = s.items || 1;
  }
  const sum = r.phases?.summarise;
  job.visionCalls = sum ? sum.calls : 0;
  const cost = (r as { costUsd?: number }).costUsd;
  if (typeof cost === 'number') job.costUsd = cost;
  job.finishedAt ??= new Date().toISOString();
}
