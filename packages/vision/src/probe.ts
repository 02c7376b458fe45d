/**
 * One cheap request that says whether the configured endpoint answers and accepts the key (`GET /models`
 * through the openai SDK): what `osmose doctor` shows before a long run, so a wrong key or URL is found
 * before hundreds of slides fall back to their text.
 */
import { createOpenAI, mapProviderError } from './internal/transport.js';

export interface ProviderProbe {
  ok: boolean;
  /** HTTP status when the provider answered. */
  status?: number;
  /** One sentence: what answered, or what went wrong. */
  detail: string;
  /** Whether the configured model is among those the endpoint lists (null when it does not list any). */
  modelListed: boolean | null;
}

export async function probeProvider(o: {
  baseURL?: string;
  apiKey: string;
  model: string;
  timeoutMs?: number;
}): Promise<ProviderProbe> {
  const client = createOpenAI(o.baseURL, o.apiKey);
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), o.timeoutMs ?? 5_000);
  try {
    const ids: string[] = [];
    for await (const m of client.models.list({ signal: ac.signal })) ids.push(m.id);
    const modelListed = ids.length ? ids.includes(o.model) : null;
    return {
      ok: true,
      status: 200,
      modelListed,
      detail:
        `answers and accepts the key (${ids.length} model(s) listed` +
        (modelListed === false ? `; "${o.model}" is not among them` : '') +
        ')',
    };
  } catch (e) {
    if (ac.signal.aborted)
      return { ok: false, modelListed: null, detail: `no answer within ${(o.timeoutMs ?? 5_000) / 1000} s` };
    const ve = mapProviderError(e);
    const status = ve.status;
    // an endpoint without the models route still answered: the key is checked by the first real call
    if (status === 404)
      return { ok: true, status, modelListed: null, detail: 'answers (it lists no models: 404)' };
    const detail =
      ve.code === 'OSM_PROVIDER_AUTH'
        ? `refused the API key (${status}): check OPENAI_API_KEY`
        : status
          ? `answered ${status} (${ve.code})`
          : `cannot be reached: ${(e as Error).message}`;
    return { ok: false, status, modelListed: null, detail };
  } finally {
    clearTimeout(timer);
  }
}
