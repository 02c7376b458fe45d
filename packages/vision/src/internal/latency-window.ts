/** The last N latencies of successful calls, with quantiles. */
export class LatencyWindow {
  private readonly buf: number[] = [];
  private next = 0;
  constructor(private readonly size = 200) {}

  add(ms: number): void {
    if (this.buf.length < this.size) this.buf.push(ms);
    else this.buf[this.next] = ms;
    this.next = (this.next + 1) % this.size;
  }

  get count(): number {
    return this.buf.length;
  }

  /**
   * The q-quantile of latency when `running` calls (their ages, ms) are still out: each is known to take at
   * least its age (right-censored), so the Kaplan–Meier estimate counts it at risk up to its age and no further.
   * Null while the observed latencies cannot tell (too many calls still running past the last one observed).
   * The plain `quantile` sees only the calls that answered: early in a run those are the fastest, so its p95
   * is far too low (a copy of every normal slow call went out as a "straggler's rescue").
   */
  quantileCensored(q: number, running: readonly number[]): number | null {
    return quantileOfSurvival(this.survival(running), q);
  }

  /** The Kaplan–Meier survival curve at each observed latency (see `quantileCensored`), ascending. */
  survival(running: readonly number[]): SurvivalPoint[] {
    // observed before censored at equal values: a call that answered at t was at risk at t
    const all = [...this.buf.map((v) => [v, 1] as const), ...running.map((v) => [v, 0] as const)].sort(
      (a, b) => a[0] - b[0] || b[1] - a[1],
    );
    const out: SurvivalPoint[] = [];
    let atRisk = all.length;
    let survive = 1;
    for (const [v, observed] of all) {
      if (observed) {
        survive *= 1 - 1 / atRisk;
        out.push({ ms: v, survive });
      }
      atRisk--;
    }
    return out;
  }

  quantile(q: number): number {
    if (this.buf.length === 0) return NaN;
    const s = [...this.buf].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  }
}

/** One point of a survival curve: the share of calls that take longer than `ms`. */
export interface SurvivalPoint {
  ms: number;
  survive: number;
}

/** The q-quantile read off a survival curve: the first latency past which at most 1 − q remain; null if none. */
export function quantileOfSurvival(curve: readonly SurvivalPoint[], q: number): number | null {
  for (const p of curve) if (p.survive <= 1 - q + 1e-9) return p.ms;
  return null;
}

/** Quantile of a finished list (for reports). */
export function quantileOf(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
