import type { Job, JobEvent, JobListener } from './job.js';

/** Per-job listeners plus global ones (metrics); a throwing listener never breaks a job. */
export class JobEvents {
  private readonly byJob = new Map<string, Set<JobListener>>();
  private readonly global = new Set<(job: Job, e: JobEvent) => void>();

  subscribe(id: string, l: JobListener): () => void {
    let set = this.byJob.get(id);
    if (!set) this.byJob.set(id, (set = new Set()));
    set.add(l);
    return () => {
      set!.delete(l);
      if (set!.size === 0) this.byJob.delete(id);
    };
  }

  onEvent(l: (job: Job, e: JobEvent) => void): void {
    this.global.add(l);
  }

  emit(job: Job, e: JobEvent): void {
    for (const l of this.global) safe(() => l(job, e));
    for (const l of this.byJob.get(job.id) ?? []) safe(() => l(e));
  }
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    /* a listener's failure is its own */
  }
}
