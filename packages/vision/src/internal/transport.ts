/**
 * One attempt of a chat completion through the `openai` SDK (its retries off: maxRetries 0), with our
 * adaptive deadline as an AbortSignal, mapping every failure to a VisionError with a code.
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { VisionError, cancelledError } from '../errors.js';

export interface ChatMessagePart {
  type: 'text' | 'image_url';
  text?: string;
  image_url?: { url: string; detail?: 'low' | 'high' | 'auto' };
}

export interface ChatRequest {
  /** Overrides the client's model for this request. */
  model?: string;
  system?: string;
  parts: ChatMessagePart[];
  jsonMode?: boolean;
  maxTokens?: number;
}

export interface ChatAnswer {
  content: string;
  promptTokens: number;
  completionTokens: number;
  headers: (name: string) => string | null;
}

/** retry-after-ms, else retry-after (seconds or an HTTP date), in ms. */
export function retryAfterMs(get: (n: string) => string | null, now = Date.now()): number | undefined {
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const ra = get('retry-after');
  if (ra === null) return undefined;
  const s = Number(ra);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const d = Date.parse(ra);
  return Number.isFinite(d) ? Math.max(0, d - now) : undefined;
}

export function createOpenAI(baseURL: string | undefined, apiKey: string, fetchImpl?: typeof fetch): OpenAI {
  return new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 600_000, fetch: fetchImpl });
}

export interface AttemptOptions {
  model: string;
  /** Returns the current time limit; re-read when the timer fires so a limit that grew meanwhile is honoured. */
  timeoutMs: () => number;
  signal?: AbortSignal;
  /** See mapProviderError. */
  retryAfterCapMs?: number;
}

export async function chatAttempt(client: OpenAI, req: ChatRequest, o: AttemptOptions): Promise<ChatAnswer> {
  if (o.signal?.aborted) throw cancelledError(o.signal.reason);
  const ac = new AbortController();
  const started = Date.now();
  let timedOut = false;
  let timer: NodeJS.Timeout;
  const arm = (ms: number): void => {
    timer = setTimeout(() => {
      const elapsed = Date.now() - started;
      const limit = o.timeoutMs();
      if (elapsed + 5 < limit) return arm(limit - elapsed);
      timedOut = true;
      ac.abort();
    }, ms);
  };
  arm(o.timeoutMs());
  const onOuterAbort = (): void => ac.abort();
  o.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [];
  if (req.system) messages.push({ role: 'system', content: req.system });
  messages.push({ role: 'user', content: req.parts as OpenAI.Chat.ChatCompletionContentPart[] });
  try {
    const { data, response } = await client.chat.completions
      .create(
        {
          model: req.model ?? o.model,
          messages,
          max_tokens: req.maxTokens ?? 400,
          ...(req.jsonMode ? { response_format: { type: 'json_object' as const } } : {}),
        },
        { signal: ac.signal, maxRetries: 0, timeout: 600_000 },
      )
      .withResponse();
    const content = data?.choices?.[0]?.message?.content;
    if (typeof content !== 'string')
      throw new VisionError('OSM_PROVIDER_BAD_RESPONSE', 'The answer has no message content.');
    return {
      content,
      promptTokens: data.usage?.prompt_tokens ?? 0,
      completionTokens: data.usage?.completion_tokens ?? 0,
      headers: (n) => response.headers.get(n),
    };
  } catch (e) {
    throw mapProviderError(e, {
      timedOut,
      elapsedMs: Date.now() - started,
      retryAfterCapMs: o.retryAfterCapMs,
    });
  } finally {
    clearTimeout(timer!);
    o.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** The default cap on a provider's retry-after (openai-node ignores longer ones too). */
export const DEFAULT_RETRY_AFTER_CAP_MS = 60_000;

export interface MapErrorContext {
  /** Our adaptive deadline fired. */
  timedOut?: boolean;
  elapsedMs?: number;
  /** retry-after beyond this is not honoured: the answer is treated as an outage. Default 60 s. */
  retryAfterCapMs?: number;
  now?: number;
}

/**
 * Maps any failure of one SDK attempt to a VisionError, with openai-node's retry rules:
 * 408/409/429/5xx and connection errors are retryable, 4xx are not, `x-should-retry: true|false`
 * overrides both; `retry-after-ms`/`retry-after` are read and capped (beyond the cap the answer counts
 * as an outage for the breaker and its wait is not honoured); an aborted call is OSM_PROVIDER_CANCELLED.
 */
export function mapProviderError(e: unknown, ctx: MapErrorContext = {}): VisionError {
  if (e instanceof VisionError) return e;
  const cap = ctx.retryAfterCapMs ?? DEFAULT_RETRY_AFTER_CAP_MS;
  if (ctx.timedOut || e instanceof APIConnectionTimeoutError) {
    return new VisionError('OSM_PROVIDER_TIMEOUT', `No answer after ${ctx.elapsedMs ?? 0} ms.`, { cause: e });
  }
  if (e instanceof APIUserAbortError) return cancelledError(e);
  if (e instanceof APIError && typeof e.status === 'number') {
    const get = (n: string): string | null => (e.headers as Headers | undefined)?.get?.(n) ?? null;
    const status = e.status;
    const should = get('x-should-retry');
    const override = should === 'true' ? true : should === 'false' ? false : undefined;
    const asked = retryAfterMs(get, ctx.now);
    const outage = asked !== undefined && asked > cap;
    const wait = outage ? undefined : asked;
    const why = outage
      ? ` It asked to wait ${Math.round(asked / 1000)} s (over the ${Math.round(cap / 1000)} s cap): treated as an outage.`
      : '';
    if (status === 429)
      return new VisionError(
        'OSM_PROVIDER_RATE_LIMITED',
        outage ? `The provider answered 429.${why}` : undefined,
        {
          cause: e,
          status,
          retryAfterMs: wait,
          retryable: override,
          outage,
        },
      );
    if (status === 401 || status === 403)
      return new VisionError('OSM_PROVIDER_AUTH', undefined, { cause: e, status, retryable: override });
    if (status === 408)
      return new VisionError('OSM_PROVIDER_TIMEOUT', 'The provider answered 408 (request timeout).', {
        cause: e,
        status,
        retryAfterMs: wait,
        retryable: override,
        outage,
      });
    if (status === 409 || status >= 500)
      return new VisionError('OSM_PROVIDER_UNAVAILABLE', `The provider answered ${status}.${why}`, {
        cause: e,
        status,
        retryAfterMs: wait,
        retryable: override,
        outage,
      });
    return new VisionError('OSM_PROVIDER_BAD_REQUEST', `The provider answered ${status}: ${e.message}`, {
      cause: e,
      status,
      retryable: override,
    });
  }
  if (e instanceof APIError)
    return new VisionError('OSM_PROVIDER_UNAVAILABLE', (e as Error).message, { cause: e });
  if (e instanceof SyntaxError)
    return new VisionError('OSM_PROVIDER_BAD_RESPONSE', 'The answer is not valid JSON.', { cause: e });
  return new VisionError('OSM_PROVIDER_BAD_RESPONSE', (e as Error)?.message, { cause: e });
}

/** Headers of a VisionError caused by an APIError (for the governor). */
export function errorHeaders(e: unknown): ((n: string) => string | null) | null {
  const cause = (e as { cause?: unknown })?.cause;
  if (cause instanceof APIError && cause.headers) return (n) => (cause.headers as Headers).get(n);
  return null;
}
