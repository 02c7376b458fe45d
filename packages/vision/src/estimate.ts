/** `osmose estimate`: calls, tokens, cost and time of a vision run, predicted before it starts. */
import { costUsd, priceOf, type Price } from './prices.js';
import { approxTokens, IMAGE_PROMPT_TOKENS, VISION_SYSTEM_PROMPT } from './prompts.js';

export interface EstimateAssumptions {
  model?: string;
  prices?: Record<string, Price>;
  /** Provider limit (requests per minute). Default 500. */
  rpm?: number;
  /** Concurrency the client may reach. Default 128. */
  concurrency?: number;
  latencyMedianMs?: number;
  completionTokensPerCall?: number;
  dedupe?: boolean;
}

export interface RunEstimate {
  slides: number;
  calls: number;
  duplicates: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** max(N × median ÷ concurrency, N ÷ RPM) plus one median latency for the last call. */
  seconds: number;
  assumptions: Required<Omit<EstimateAssumptions, 'prices'>>;
}

export function estimateRun(
  slides: { hash?: string; text: string }[],
  a: EstimateAssumptions = {},
): RunEstimate {
  const as = {
    model: a.model ?? 'gpt-4o-mini',
    rpm: a.rpm ?? 500,
    concurrency: a.concurrency ?? 128,
    latencyMedianMs: a.latencyMedianMs ?? 12_000,
    completionTokensPerCall: a.completionTokensPerCall ?? 150,
    dedupe: a.dedupe ?? true,
  };
  const seen = new Set<string>();
  const unique = slides.filter((s) => {
    if (!as.dedupe || !s.hash) return true;
    if (seen.has(s.hash)) return false;
    seen.add(s.hash);
    return true;
  });
  const n = unique.length;
  const promptTokens = unique.reduce(
    (t, s) => t + approxTokens(VISION_SYSTEM_PROMPT) + approxTokens(s.text) + 30 + IMAGE_PROMPT_TOKENS,
    0,
  );
  const completionTokens = n * as.completionTokensPerCall;
  const floor =
    n === 0
      ? 0
      : Math.max((n * as.latencyMedianMs) / 1000 / as.concurrency, (n / as.rpm) * 60) +
        as.latencyMedianMs / 1000;
  return {
    slides: slides.length,
    calls: n,
    duplicates: slides.length - n,
    promptTokens,
    completionTokens,
    costUsd: costUsd(priceOf(as.model, a.prices), promptTokens, completionTokens),
    seconds: Math.round(floor * 10) / 10,
    assumptions: as,
  };
}
