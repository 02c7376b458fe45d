/**
 * Errors of the provider boundary. This package imports nothing of ours, so it defines its own error with
 * the same shape as core's OsmoseError (name 'OsmoseError', `code`, `retryable`, `cause`).
 */
export const VISION_ERROR_CODES = {
  OSM_PROVIDER_NOT_CONFIGURED:
    'No vision/LLM endpoint is configured (set OPENAI_API_KEY or OPENAI_BASE_URL).',
  OSM_PROVIDER_INVALID_OPTION: 'A vision/LLM client option has an invalid value.',
  OSM_PROVIDER_AUTH: 'The provider refused the API key (401/403).',
  OSM_PROVIDER_BAD_REQUEST: 'The provider rejected the request as invalid (400/404/422).',
  OSM_PROVIDER_RATE_LIMITED: 'The provider answered 429 (rate limit reached).',
  OSM_PROVIDER_UNAVAILABLE: 'The provider failed or could not be reached (5xx or connection error).',
  OSM_PROVIDER_TIMEOUT: 'The provider did not answer within the adaptive time limit.',
  OSM_PROVIDER_BAD_RESPONSE: 'The provider answered with malformed or unexpected content.',
  OSM_PROVIDER_CIRCUIT_OPEN: 'The circuit breaker for this endpoint is open after repeated failures.',
  OSM_PROVIDER_RETRY_BUDGET: 'The retry budget is spent; the call was not retried.',
  OSM_PROVIDER_BUDGET_EXCEEDED: 'The cost budget is reached; no further calls are issued.',
  OSM_PROVIDER_CANCELLED: 'The call was cancelled by its caller; nothing more is paid for it.',
} as const;

export type VisionErrorCode = keyof typeof VISION_ERROR_CODES;

const RETRYABLE = new Set<VisionErrorCode>([
  'OSM_PROVIDER_RATE_LIMITED',
  'OSM_PROVIDER_UNAVAILABLE',
  'OSM_PROVIDER_TIMEOUT',
  'OSM_PROVIDER_BAD_RESPONSE',
]);

export interface VisionErrorOptions {
  cause?: unknown;
  retryable?: boolean;
  status?: number;
  /** How long the provider asked us to wait (retry-after / retry-after-ms), in ms. */
  retryAfterMs?: number;
  /** We cancelled the call ourselves (a hedge won, or the caller aborted): not the provider's fault. */
  cancelled?: boolean;
  /**
   * The provider asked for a wait longer than the retry-after cap: treated as an outage (counts for the
   * breaker; the wait is not honoured).
   */
  outage?: boolean;
}

export class VisionError extends Error {
  readonly code: VisionErrorCode;
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly cancelled: boolean;
  readonly outage: boolean;
  readonly isOsmoseError = true as const;

  constructor(code: VisionErrorCode, message?: string, options: VisionErrorOptions = {}) {
    super(message ?? VISION_ERROR_CODES[code], { cause: options.cause });
    this.name = 'OsmoseError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.cancelled = options.cancelled ?? false;
    this.outage = options.outage ?? false;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isVisionError(e: unknown): e is VisionError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (e as { code: string }).code.startsWith('OSM_PROVIDER_')
  );
}

/** The error a call rejects with once its caller's AbortSignal fired. */
export function cancelledError(reason?: unknown): VisionError {
  return new VisionError('OSM_PROVIDER_CANCELLED', undefined, {
    cause: reason,
    retryable: false,
    cancelled: true,
  });
}

/** Rejects at once when `signal` has fired (before anything is paid for). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError(signal.reason);
}

/** A sleep that an AbortSignal ends at once (rejecting with OSM_PROVIDER_CANCELLED). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelledError(signal.reason));
    const onAbort = (): void => {
      clearTimeout(t);
      reject(cancelledError(signal!.reason));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
