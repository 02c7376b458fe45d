/**
 * One attempt of a chat completion through the `openai` SDK (its retries off: maxRetries 0), with our
 * adaptive deadline as an AbortSignal, mapping every failure to a VisionError with a code.
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { VisionError } from '../errors.js';

export interface ChatMessagePart {
  type: 'text' | 'image_url';
  text?: string;
  image_url?: { url: string; detail?: 'low' | 'high' | 'auto' };
}

export interface ChatRequest {
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
}

export async function chatAttempt(client: OpenAI, req: ChatRequest, o: AttemptOptions): Promise<ChatAnswer> {
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
          model: o.model,
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
    throw mapError(e, timedOut, Date.now() - started);
  } finally {
    clearTimeout(timer!);
    o.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function mapError(e: unknown, timedOut: boolean, elapsed: number): VisionError {
  if (e instanceof VisionError) return e;
  if (timedOut || e instanceof APIConnectionTimeoutError) {
    return new VisionError('OSM_PROVIDER_TIMEOUT', `No answer after ${elapsed} ms.`, { cause: e });
  }
  if (e instanceof APIUserAbortError)
    return new VisionError('OSM_PROVIDER_UNAVAILABLE', 'The call was cancelled.', {
      cause: e,
      retryable: false,
      cancelled: true,
    });
  if (e instanceof APIError && typeof e.status === 'number') {
    const get = (n: string): string | null => (e.headers as Headers | undefined)?.get?.(n) ?? null;
    const status = e.status;
    if (status === 429)
      return new VisionError('OSM_PROVIDER_RATE_LIMITED', undefined, {
        cause: e,
        status,
        retryAfterMs: retryAfterMs(get),
      });
    if (status === 401 || status === 403)
      return new VisionError('OSM_PROVIDER_AUTH', undefined, { cause: e, status });
    if (status === 408) return new VisionError('OSM_PROVIDER_TIMEOUT', undefined, { cause: e, status });
    if (status >= 500)
      return new VisionError('OSM_PROVIDER_UNAVAILABLE', `The provider answered ${status}.`, {
        cause: e,
        status,
        retryAfterMs: retryAfterMs(get),
      });
    return new VisionError('OSM_PROVIDER_BAD_REQUEST', `The provider answered ${status}: ${e.message}`, {
      cause: e,
      status,
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
