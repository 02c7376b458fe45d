import type { JobObserver } from '../core-facade.js';
import type { Job, JobEvent } from './job.js';

/** Turns the facade's per-document callbacks into job events (phase, slide, provider, warning). */
export function docObserver(job: Job, emit: (e: JobEvent) => void): JobObserver {
  const t0 = performance.now();
  const jobId = job.id;
  return {
    phase: (phase, done, total) =>
      emit({
        event: 'phase',
        data: { jobId, phase, done, total, elapsedMs: Math.round(performance.now() - t0) },
      }),
    slide: (slide, source) => emit({ event: 'slide', data: { jobId, slide, source } }),
    provider: (ev) => emit({ event: 'provider', data: { ...ev, jobId } }),
    warn: (message) => emit({ event: 'warning', data: { jobId, message } }),
  };
}
