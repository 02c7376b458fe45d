/**
 * Per-key rate limits of the simulator: one token bucket for requests and one for tokens, refilled
 * continuously at limit/minute and holding `burstSeconds` worth of traffic, like a real provider.
 */
export interface LimitDecision {
  allowed: boolean;
  /** Real milliseconds until the request would be allowed (0 when allowed). */
  retryAfterMs: number;
  headers: Record<string, string>;
}

class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    readonly limitPerMinute: number,
    readonly capacity: number,
    private readonly minuteMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  private refill(now: number): void {
    const rate = this.limitPerMinute / this.minuteMs;
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * rate);
    this.last = now;
  }
  /** Milliseconds until `n` tokens are present (0 when they are). */
  waitFor(n: number, now: number): number {
    this.refill(now);
    const need = Math.min(n, this.capacity) - this.tokens;
    return need <= 0 ? 0 : need / (this.limitPerMinute / this.minuteMs);
  }
  take(n: number): void {
    this.tokens -= Math.min(n, this.capacity);
  }
  remaining(): number {
    return Math.max(0, Math.floor(this.tokens));
  }
  resetMs(): number {
    return ((this.capacity - this.tokens) / this.limitPerMinute) * this.minuteMs;
  }
}

/** OpenAI-style duration: 1s, 6m0s, 20ms, 1.5s. */
export function formatResetDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.ceil(ms))}ms`;
  const s = ms / 1000;
  if (s < 60) return `${Number(s.toFixed(3))}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Number((s - m * 60).toFixed(3))}s`;
}

export class KeyLimiter {
  private readonly buckets = new Map<string, { req: Bucket | null; tok: Bucket | null }>();
  private readonly minuteMs: number;

  constructor(
    private readonly rpm: number,
    private readonly tpm: number,
    private readonly burstSeconds: number,
    private readonly timeScale: number,
  ) {
    this.minuteMs = 60_000 * timeScale;
  }

  check(key: string, tokens: number, now: number): LimitDecision {
    let b = this.buckets.get(key);
    if (!b) {
      const frac = Math.min(1, this.burstSeconds / 60);
      b = {
        req: this.rpm > 0 ? new Bucket(this.rpm, Math.max(1, this.rpm * frac), this.minuteMs, now) : null,
        tok:
          this.tpm > 0 ? new Bucket(this.tpm, Math.max(tokens, this.tpm * frac), this.minuteMs, now) : null,
      };
      this.buckets.set(key, b);
    }
    const waitReq = b.req ? b.req.waitFor(1, now) : 0;
    const waitTok = b.tok ? b.tok.waitFor(tokens, now) : 0;
    const allowed = waitReq === 0 && waitTok === 0;
    if (allowed) {
      b.req?.take(1);
      b.tok?.take(tokens);
    }
    const headers: Record<string, string> = {};
    if (b.req) {
      // Limits are reported per real minute, so a client needs no knowledge of the time scale.
      headers['x-ratelimit-limit-requests'] = String(Math.round(this.rpm / this.timeScale));
      headers['x-ratelimit-remaining-requests'] = String(b.req.remaining());
      headers['x-ratelimit-reset-requests'] = formatResetDuration(b.req.resetMs());
    }
    if (b.tok) {
      headers['x-ratelimit-limit-tokens'] = String(Math.round(this.tpm / this.timeScale));
      headers['x-ratelimit-remaining-tokens'] = String(b.tok.remaining());
      headers['x-ratelimit-reset-tokens'] = formatResetDuration(b.tok.resetMs());
    }
    return { allowed, retryAfterMs: allowed ? 0 : Math.max(waitReq, waitTok), headers };
  }
}
