/**
 * A retry budget: retries in a sliding window may not exceed `minRetries + ratio × first attempts`
 * in that window, so a failing provider never sees a retry storm (≈ 10 % extra calls at most).
 */
export interface RetryBudgetOptions {
  ratio?: number;
  minRetries?: number;
  windowMs?: number;
  now?: () => number;
}

export class RetryBudget {
  private readonly calls: number[] = [];
  private readonly retries: number[] = [];
  private readonly o: Required<Omit<RetryBudgetOptions, 'now'>>;
  private readonly now: () => number;
  denied = 0;

  constructor(opts: RetryBudgetOptions = {}) {
    this.o = { ratio: 0.1, minRetries: 10, windowMs: 60_000, ...opts };
    this.now = opts.now ?? Date.now;
  }

  private trim(now: number): void {
    const from = now - this.o.windowMs;
    while (this.calls.length && this.calls[0] < from) this.calls.shift();
    while (this.retries.length && this.retries[0] < from) this.retries.shift();
  }

  /** Retries (or copies) still allowed in the window when `reserve` of it stays for others. */
  left(reserve = 0): number {
    this.trim(this.now());
    const limit = this.o.minRetries + this.o.ratio * this.calls.length;
    return Math.max(0, limit * (1 - reserve) - this.retries.length);
  }

  recordCall(): void {
    this.calls.push(this.now());
  }

  /**
   * Takes one retry from the budget; false when spent. `reserve`: this share of the window's budget stays
   * for others (ordinary hedge copies leave some to the retries and to the rescue of stragglers). `count`:
   * a refusal counts in `denied` (false for a copy that is only looked at again later).
   */
  tryRetry(reserve = 0, count = true): boolean {
    if (this.left(reserve) <= 0) {
      if (count) this.denied++;
      return false;
    }
    this.retries.push(this.now());
    return true;
  }
}

/** Exponential backoff with full jitter; a provider's retry-after wins when longer. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  retryAfterMs?: number,
  random = Math.random,
): number {
  const jitter = random() * Math.min(maxMs, baseMs * 2 ** attempt);
  return retryAfterMs !== undefined
    ? Math.max(retryAfterMs, Math.min(jitter, retryAfterMs * 0.25) + retryAfterMs)
    : jitter;
}
