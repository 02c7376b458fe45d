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

  quantile(q: number): number {
    if (this.buf.length === 0) return NaN;
    const s = [...this.buf].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  }
}

/** Quantile of a finished list (for reports). */
export function quantileOf(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
