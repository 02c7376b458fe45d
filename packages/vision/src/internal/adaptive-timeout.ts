import { LatencyWindow } from './latency-window.js';

export interface AdaptiveTimeoutOptions {
  /** Used until `minSamples` latencies are known. Default 30 s. */
  coldMs?: number;
  /** Timeout = multiplier × recent p95. Default 2. */
  multiplier?: number;
  minMs?: number;
  maxMs?: number;
  minSamples?: number;
  /** A fixed timeout (baseline profile); disables adaptation. */
  fixedMs?: number;
}

/** A time limit per call derived from the recent p95 latency, bounded, with a cold-start value. */
export class AdaptiveTimeout {
  readonly latencies = new LatencyWindow(200);
  private readonly o: Required<Omit<AdaptiveTimeoutOptions, 'fixedMs'>> & { fixedMs?: number };

  constructor(opts: AdaptiveTimeoutOptions = {}) {
    this.o = { coldMs: 30_000, multiplier: 2, minMs: 1_000, maxMs: 120_000, minSamples: 5, ...opts };
  }

  record(ms: number): void {
    this.latencies.add(ms);
  }

  /** The current limit in ms. */
  current(): number {
    if (this.o.fixedMs !== undefined) return this.o.fixedMs;
    if (this.latencies.count < this.o.minSamples) return Math.min(this.o.maxMs, this.o.coldMs);
    const t = this.o.multiplier * this.latencies.quantile(0.95);
    return Math.min(this.o.maxMs, Math.max(this.o.minMs, t));
  }

  get bounds(): { minMs: number; maxMs: number } {
    return { minMs: this.o.minMs, maxMs: this.o.maxMs };
  }
}
