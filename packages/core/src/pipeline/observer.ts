/** Phases of one document, in order. */
export const PHASES = ['extract', 'summarise', 'segment', 'nlp', 'concepts', 'store'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseStats {
  ms: number;
  calls: number;
  cacheHits: number;
  fallbacks: number;
  items: number;
  /** Provider spend in the phase (USD), when it called one. */
  costUsd?: number;
  /** Why the fallbacks fell back (summarise: `timeout`, `circuit-open`, `render-failed:…`), when there were any. */
  fallbackReasons?: Record<string, number>;
}

export const emptyPhaseStats = (): PhaseStats => ({ ms: 0, calls: 0, cacheHits: 0, fallbacks: 0, items: 0 });

/**
 * What the pipeline tells its caller while it works (the CLI draws bars or prints lines, the server
 * streams events). `phase` reports progress inside a phase (slides, texts, batches: `done` of `total`);
 * `phaseStart`/`phaseEnd` bracket each timed run of a phase (a phase may run more than once per
 * document, e.g. `concepts`; `stats` is cumulative for the document).
 */
export interface IngestObserver {
  documentStart?(file: string, position: number, total: number): void;
  phaseStart?(file: string, phase: Phase): void;
  phase?(file: string, phase: Phase, done: number, total: number): void;
  phaseEnd?(file: string, phase: Phase, stats: PhaseStats): void;
  documentEnd?(report: import('./report.js').DocumentReport): void;
  /** A slide's summary is ready (and checkpointed): where it came from (vision, cache, text-fallback…). */
  slide?(file: string, index: number, source: string): void;
  /** What the provider client saw: retry, rate_limited, timeout, fallback, breaker_open, hedge… */
  provider?(
    file: string,
    event: { type: string; code?: string; attempt?: number; retryAfterMs?: number },
  ): void;
  warn?(message: string): void;
}
