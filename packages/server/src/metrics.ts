/**
 * Prometheus metrics (prom-client) at GET /metrics: what the jobs did (per-phase durations, slides and
 * documents, calls by outcome, cache hits, cost), what the provider hub holds now (breakers, budget),
 * the queue (depth, in flight), HTTP latency per route, and the process (event-loop lag, memory…).
 * Names are listed in docs/server.md; ops/ builds the dashboard and the alerts on them.
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CoreFacade, FacadeDocReport } from './core-facade.js';
import type { Job, JobEvent } from './jobs/job.js';
import type { JobRunner } from './jobs/runner.js';

const BREAKER_STATE: Record<string, number> = {
  closed: 0,
  'half-open': 1,
  half_open: 1,
  halfOpen: 1,
  open: 2,
};

export interface ServerMetrics {
  registry: Registry;
  /** Counts one finished job (called for every job event; acts on `report`). */
  onJobEvent(job: Job, e: JobEvent): void;
  uploaded(bytes: number): void;
  /** A deck finished without a job run: unchanged at upload. */
  finished(report: FacadeDocReport): void;
  /** A deck refused at upload, before any job (empty, not a deck, legacy…): counted under its error code. */
  refused(code: string): void;
}

export function createMetrics(
  facade: CoreFacade,
  runner: Pick<JobRunner, 'counts'>,
  opts: { role?: 'server' | 'worker' } = {},
): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ role: opts.role ?? 'server' });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const r = [registry];

  const phaseSeconds = new Histogram({
    name: 'osmose_phase_duration_seconds',
    help: 'Time spent in each pipeline phase, per document',
    labelNames: ['phase'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 45, 60, 120, 300, 600],
    registers: r,
  });
  const docSeconds = new Histogram({
    name: 'osmose_document_duration_seconds',
    help: 'Wall time of one document, by slide-count bucket',
    labelNames: ['size'],
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 45, 60, 90, 120, 300, 600, 1200],
    registers: r,
  });
  const documents = new Counter({
    name: 'osmose_documents_processed_total',
    help: 'Documents finished, by status',
    labelNames: ['status'],
    registers: r,
  });
  const slides = new Counter({
    name: 'osmose_slides_processed_total',
    help: 'Slides of ingested documents',
    registers: r,
  });
  const slidesReused = new Counter({
    name: 'osmose_slides_reused_total',
    help: 'Slides whose work came from checkpoints',
    registers: r,
  });
  const calls = new Counter({
    name: 'osmose_provider_calls_total',
    help: 'Vision/LLM work per phase by outcome: ok (a provider answer), fallback (text used instead), cached',
    labelNames: ['phase', 'outcome'],
    registers: r,
  });
  const providerEvents = new Counter({
    name: 'osmose_provider_events_total',
    help: 'Provider events seen by jobs (retry, rate_limited, timeout, server_error, fallback, breaker_open…)',
    labelNames: ['type'],
    registers: r,
  });
  const cacheHits = new Counter({
    name: 'osmose_phase_cache_hits_total',
    help: 'Cache hits per phase',
    labelNames: ['phase'],
    registers: r,
  });
  const errors = new Counter({
    name: 'osmose_document_errors_total',
    help: 'Documents that did not ingest, by error code',
    labelNames: ['code'],
    registers: r,
  });
  const uploads = new Counter({
    name: 'osmose_upload_bytes_total',
    help: 'Bytes of accepted uploads',
    registers: r,
  });
  const httpSeconds = new Histogram({
    name: 'osmose_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: r,
  });

  new Gauge({
    name: 'osmose_queue_depth',
    help: 'Jobs waiting to run',
    registers: r,
    async collect() {
      this.set((await runner.counts().catch(() => ({ queued: 0 }))).queued);
    },
  });
  new Gauge({
    name: 'osmose_jobs_in_flight',
    help: 'Jobs running now',
    registers: r,
    async collect() {
      this.set((await runner.counts().catch(() => ({ running: 0 }))).running);
    },
  });
  new Gauge({
    name: 'osmose_queue_workers',
    help: 'Processes taking jobs (1 for the in-process runner; connected osmose workers with a queue)',
    registers: r,
    async collect() {
      this.set((await runner.counts().catch(() => ({ workers: 0 }))).workers);
    },
  });
  new Gauge({
    name: 'osmose_cache_hit_ratio',
    help: 'Hits / (hits + misses) of the shared cache since start',
    labelNames: ['cache'],
    registers: r,
    collect() {
      const s = facade.backends.cache.stats();
      this.set({ cache: facade.backends.cache.kind }, s.hits + s.misses ? s.hits / (s.hits + s.misses) : 0);
    },
  });
  new Gauge({
    name: 'osmose_cache_degraded',
    help: '1 while the cache server is unreachable (the run continues without cache)',
    labelNames: ['cache'],
    registers: r,
    collect() {
      this.set({ cache: facade.backends.cache.kind }, facade.backends.cache.stats().degraded ? 1 : 0);
    },
  });
  const hub = () => {
    try {
      return facade.engine.providers.metrics();
    } catch {
      return null;
    }
  };
  new Gauge({
    name: 'osmose_breaker_state',
    help: 'Circuit breaker per endpoint: 0 closed, 1 half-open, 2 open',
    labelNames: ['endpoint'],
    registers: r,
    collect() {
      this.reset();
      for (const b of hub()?.breakers ?? []) this.set({ endpoint: b.endpoint }, BREAKER_STATE[b.state] ?? 2);
    },
  });
  new Gauge({
    name: 'osmose_breaker_opens',
    help: 'Times each endpoint breaker opened since start',
    labelNames: ['endpoint'],
    registers: r,
    collect() {
      this.reset();
      for (const b of hub()?.breakers ?? []) this.set({ endpoint: b.endpoint }, b.opens);
    },
  });
  new Gauge({
    name: 'osmose_provider_refused_keys',
    help: 'API keys an endpoint refused (401, or 403 for a model) that are not sent for now',
    labelNames: ['endpoint'],
    registers: r,
    collect() {
      this.reset();
      const by = new Map<string, number>();
      for (const k of hub()?.refusedKeys ?? []) by.set(k.endpoint, (by.get(k.endpoint) ?? 0) + 1);
      for (const [endpoint, n] of by) this.set({ endpoint }, n);
    },
  });
  new Gauge({
    name: 'osmose_provider_cost_usd',
    help: 'USD spent on provider calls since start (run budget)',
    registers: r,
    collect() {
      this.set(hub()?.budget.spentUsd ?? 0);
    },
  });
  new Gauge({
    name: 'osmose_provider_paid_calls',
    help: 'Paid provider attempts since start (run budget)',
    registers: r,
    collect() {
      this.set(hub()?.budget.calls ?? 0);
    },
  });
  new Gauge({
    name: 'osmose_budget_denied',
    help: 'Provider calls refused because the run budget was reached',
    registers: r,
    collect() {
      this.set(hub()?.budget.denied ?? 0);
    },
  });
  new Gauge({
    name: 'osmose_governor_waits',
    help: 'Times the rate governor made a call wait, per endpoint',
    labelNames: ['endpoint'],
    registers: r,
    collect() {
      this.reset();
      for (const g of hub()?.governors ?? []) this.inc({ endpoint: g.endpoint }, g.waits);
    },
  });

  return {
    registry,
    uploaded: (bytes) => uploads.inc(bytes),
    finished: (rep) => countReport(rep),
    refused(code) {
      documents.inc({ status: 'rejected' });
      errors.inc({ code });
    },
    onJobEvent(job, e) {
      if (e.event === 'provider') providerEvents.inc({ type: e.data.type });
      if (e.event !== 'report') return;
      countReport(e.data.report);
      void job;
    },
    // HTTP latency is recorded by installHttpMetrics
    ...{ httpSeconds },
  } as ServerMetrics & { httpSeconds: Histogram };

  function countReport(rep: FacadeDocReport): void {
    documents.inc({ status: rep.status });
    if (rep.error) errors.inc({ code: rep.error.code });
    if (rep.status !== 'ingested') return;
    slides.inc(rep.slides);
    slidesReused.inc(rep.slidesReused);
    for (const [phase, s] of Object.entries(rep.phases ?? {})) {
      if (!s) continue;
      phaseSeconds.observe({ phase }, s.ms / 1000);
      if (s.calls - s.fallbacks > 0) calls.inc({ phase, outcome: 'ok' }, Math.max(0, s.calls - s.fallbacks));
      if (s.fallbacks) calls.inc({ phase, outcome: 'fallback' }, s.fallbacks);
      if (s.cacheHits) {
        calls.inc({ phase, outcome: 'cached' }, s.cacheHits);
        cacheHits.inc({ phase }, s.cacheHits);
      }
    }
    const size =
      rep.slides <= 25 ? 'le25' : rep.slides <= 100 ? 'le100' : rep.slides <= 250 ? 'le250' : 'gt250';
    docSeconds.observe({ size }, (rep.timingsMs.total ?? 0) / 1000);
  }
}

export function installMetrics(app: FastifyInstance, m: ServerMetrics): void {
  const h = (m as ServerMetrics & { httpSeconds: Histogram }).httpSeconds;
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions?.url ?? 'unknown';
    if (route === '/metrics') return;
    h.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    return reply.type(m.registry.contentType).send(await m.registry.metrics());
  });
}
