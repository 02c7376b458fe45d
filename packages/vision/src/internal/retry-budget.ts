/**
 * A retry budget: retries in a sliding window may not exceed `minRetries + ratio × first attempts`
 * in that window, so a failing provider never sees a retry storm (≈ 10 % extra calls at most).
 *
 * Two kinds of extra calls draw on it: retries after a failure, and copies of a call still running (a hedge,
 * a straggler's rescue). Hedge copies never take the floor: a retry is granted while fewer than `minRetries`
 * retries are in the window, even when copies have spent the rest (a rescue takes the budget like a retry: it
 * is the retry the hung call's timeout would get later). Without that, at the end of a large run
 * (the window slides past the first attempts, the copies of the tail stay in it) the last hung call timed out,
 * was refused its retry, and its slide fell back to text. Extra calls in a window stay within
 * `limit + minRetries`; with no copies, within `limit`.
 */
export interface RetryBudgetOptions {
  ratio?: number;
  minRetries?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * Copies of the budget that ordinary hedge copies leave to the rescue of stragglers (a call still running long
 * after p95, most likely hung): none by default. Retries after a failure keep their own floor (`tryRetry`), and
 * so does a rescue (it is the retry the hung call's timeout would get later, sent earlier), so a reserve only
 * kept copies from the calls that end the run. Measured on the real client, A/B on 16 simulator seeds, 250
 * slides (bench/results/hedge-reserve.md; the former reserve was 30 % of the budget, about 10 copies there):
 * 10 → 3 → 0 copies, median 70.9 → 69.4 → 66.2 s, mean 73.1 → 71.7 → 68.0 s, p90 89.1 → 86.4 → 74.6 s,
 * 1.097 → 1.113 → 1.118 calls per slide; an earlier run of the same A/B (30 %, 10 %, none) gave the same order.
 * Before rescues took the floor, the drain-rule Monte Carlo (bench/results/vision-drain.md) showed the cost of no
 * reserve (5 runs in 2,000 where a hung call found no copy left and waited for its timeout; 0 since) and one
 * real run met it (seed 2: 99 s); `hedge.rescueReserve` still keeps copies back for ordinary copies' sake.
 */
export const RESCUE_RESERVE = 0;

export class RetryBudget {
  private readonly calls: number[] = [];
  /** Extra calls in the window: when, and whether a retry after a failure (or a copy of a running call). */
  private readonly retries: { t: number; retry: boolean }[] = [];
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
    while (this.retries.length && this.retries[0].t < from) this.retries.shift();
  }

  /** Retries (or copies) still allowed in the window when `reserve` of them stay for others. */
  left(reserve = 0): number {
    this.trim(this.now());
    const limit = this.o.minRetries + this.o.ratio * this.calls.length;
    return Math.max(0, limit - reserve - this.retries.length);
  }

  recordCall(): void {
    this.calls.push(this.now());
  }

  /**
   * Takes one retry after a failure from the budget; false (counted in `denied` unless `countDenial` is false)
   * when spent. A rescue copy of a call that is most likely hung takes it this way too: it is the retry that
   * call's timeout would get later, so it keeps the floor's protection from the copies.
   */
  tryRetry(countDenial = true): boolean {
    const ok = this.left() > 0 || this.retries.filter((r) => r.retry).length < this.o.minRetries;
    if (!ok) {
      if (countDenial) this.denied++;
      return false;
    }
    this.retries.push({ t: this.now(), retry: true });
    return true;
  }

  /**
   * Takes one copy of a running call while `reserve` copies of the budget stay for others (ordinary hedge
   * copies leave a few to the rescue of stragglers); a refusal is not counted in `denied` (the
   * call is looked at again later).
   */
  tryCopy(reserve = 0): boolean {
    if (this.left(reserve) <= 0) return false;
    this.retries.push({ t: this.now(), retry: false });
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
