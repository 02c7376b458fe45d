/**
 * `osmose estimate`: calls, tokens, cost and time of a run, predicted before it starts. Vision calls are
 * exact (the same needs-vision rule as the run, duplicates sent once); the LLM calls that depend on what
 * the run finds are a range: batch extraction of thin topics (0 … one call per `llmBatchSize` topics
 * with text) and the pair judge of entity resolution (0 … one call per `judgeBatchSize` new concepts).
 */
import { needsVision, DEFAULT_MIN_TEXT_CHARS } from './needs-vision.js';
import type { VisionPolicy } from './options.js';
import { costUsd, priceOf, type Price } from './prices.js';
import { approxTokens, IMAGE_PROMPT_TOKENS, VISION_SYSTEM_PROMPT } from './prompts.js';

export interface EstimateAssumptions {
  model?: string;
  prices?: Record<string, Price>;
  /** Which slides go to the vision model (needs-vision.ts). Default 'all'. */
  policy?: VisionPolicy;
  minTextChars?: number;
  /** Provider limit (requests per minute). Default 500. */
  rpm?: number;
  /** Concurrency the client may reach. Default 128. */
  concurrency?: number;
  latencyMedianMs?: number;
  completionTokensPerCall?: number;
  dedupe?: boolean;
  /** Topics with enough text for LLM extraction (the run asks about the thin ones among them). Default 0. */
  llmTopics?: number;
  /** Topics per extraction call. Default 5 (the run's). */
  llmBatchSize?: number;
  /** Most new concepts the deck can bring to entity resolution. Default 0. */
  judgeConcepts?: number;
  /** Pairs per judge call. Default 20 (the run's). */
  judgeBatchSize?: number;
}

export interface CallRange {
  min: number;
  max: number;
}

export interface RunEstimate {
  /** Slides that need vision under the policy. */
  slides: number;
  /** Slides given. */
  deckSlides: number;
  /** Indices of the slides that go to vision (when the slides carry an index). */
  visionSlides: number[];
  /** Vision calls (unique slides needing vision). */
  calls: number;
  duplicates: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** max(N × median ÷ concurrency, N ÷ RPM) plus one median latency for the last call. */
  seconds: number;
  /** LLM calls beside vision, as a range. */
  llm: { extraction: CallRange; pairJudge: CallRange };
  /** Every paid call of the run: vision + extraction + pair judge. */
  totalCalls: CallRange;
  assumptions: Required<Omit<EstimateAssumptions, 'prices'>>;
}

export function estimateRun(
  slides: { index?: number; hash?: string; text: string; hasVisual?: boolean }[],
  a: EstimateAssumptions = {},
): RunEstimate {
  const as = {
    model: a.model ?? 'gpt-4o-mini',
    policy: a.policy ?? 'all',
    minTextChars: a.minTextChars ?? DEFAULT_MIN_TEXT_CHARS,
    rpm: a.rpm ?? 500,
    concurrency: a.concurrency ?? 128,
    latencyMedianMs: a.latencyMedianMs ?? 12_000,
    completionTokensPerCall: a.completionTokensPerCall ?? 150,
    dedupe: a.dedupe ?? true,
    llmTopics: a.llmTopics ?? 0,
    llmBatchSize: Math.max(1, a.llmBatchSize ?? 5),
    judgeConcepts: a.judgeConcepts ?? 0,
    judgeBatchSize: Math.max(1, a.judgeBatchSize ?? 20),
  };
  const wanted = slides.filter((s) =>
    needsVision({ hasVisual: s.hasVisual ?? false, text: s.text }, as.policy, as.minTextChars),
  );
  const seen = new Set<string>();
  const unique = wanted.filter((s) => {
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
  const extraction = { min: 0, max: Math.ceil(as.llmTopics / as.llmBatchSize) };
  const pairJudge = { min: 0, max: Math.ceil(as.judgeConcepts / as.judgeBatchSize) };
  const floor =
    n === 0
      ? 0
      : Math.max((n * as.latencyMedianMs) / 1000 / as.concurrency, (n / as.rpm) * 60) +
        as.latencyMedianMs / 1000;
  return {
    slides: wanted.length,
    deckSlides: slides.length,
    visionSlides: wanted.filter((s) => s.index !== undefined).map((s) => s.index!),
    calls: n,
    duplicates: wanted.length - n,
    promptTokens,
    completionTokens,
    costUsd: costUsd(priceOf(as.model, a.prices), promptTokens, completionTokens),
    seconds: Math.round(floor * 10) / 10,
    llm: { extraction, pairJudge },
    totalCalls: { min: n, max: n + extraction.max + pairJudge.max },
    assumptions: as,
  };
}
