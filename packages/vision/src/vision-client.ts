/**
 * Vision summaries of slides: policy (all | visual | off), response cache and in-deck dedupe, cost budget,
 * the resilience stack, and a text fallback that never loses a slide. Each result says where its summary
 * came from (`vision | cache | text-fallback | skipped`) and why.
 */
import { isVisionError, throwIfAborted } from './errors.js';
import type { Caller } from './internal/meter.js';
import { ResilientChat, type ClientMetrics } from './internal/resilient-chat.js';
import { resolveClientOptions, type ClientOptions, type VisionPolicy } from './options.js';
import { estimateRun, type EstimateAssumptions, type RunEstimate } from './estimate.js';
import { DEFAULT_MIN_TEXT_CHARS, needsVision as needsVisionRule } from './needs-vision.js';
import { getDefaultHub } from './provider-hub.js';
import { approxTokens, IMAGE_PROMPT_TOKENS, VISION_SYSTEM_PROMPT, visionUserPrompt } from './prompts.js';
import { responseCacheKey } from './response-cache.js';
import { textSummary, type TextSummarySlide } from './text-summary.js';

export type SummarySource = 'vision' | 'cache' | 'text-fallback' | 'skipped';

/** A slide to summarise; a deck slide's texts/tables/charts/notes, when given, enrich its text fallback. */
export interface VisionSlide extends Omit<TextSummarySlide, 'title' | 'text'> {
  index: number;
  /** Content hash of the slide (used by estimate() to count duplicates). */
  hash?: string;
  title: string | null;
  text: string;
  /** Pictures, charts, diagrams or SmartArt on the slide. */
  hasVisual: boolean;
  image?: { bytes: Uint8Array; mime: string } | null;
}

export interface SlideSummary {
  index: number;
  summary: string;
  source: SummarySource;
  reason?: string;
  costUsd: number;
}

export interface VisionClientOptions extends ClientOptions {
  policy?: VisionPolicy;
  /** Under `visual`, a slide with less text than this needs its picture to stand alone (needs-vision.ts). */
  minTextChars?: number;
}

export interface VisionClient {
  readonly model: string;
  readonly policy: VisionPolicy;
  /** Whether the policy sends this slide to the vision model. */
  needsVision(slide: Pick<VisionSlide, 'hasVisual' | 'text'>): boolean;
  /**
   * One slide's summary; provider trouble falls back to the slide's text. A fired `signal` rejects with
   * OSM_PROVIDER_CANCELLED at once (no fallback: the run was cancelled, nothing more is paid). `rank`: the
   * call's place in the line for the provider (CompleteOptions.rank; a folder run ranks its documents).
   */
  summarise(slide: VisionSlide, signal?: AbortSignal, rank?: number): Promise<SlideSummary>;
  /** Summarises slides as they arrive (images delivered as each is rendered); results in arrival order. */
  summariseAll(
    slides: Iterable<VisionSlide> | AsyncIterable<VisionSlide>,
    onResult?: (r: SlideSummary) => void,
    signal?: AbortSignal,
  ): Promise<SlideSummary[]>;
  estimate(
    slides: Pick<VisionSlide, 'hash' | 'text' | 'hasVisual'>[],
    assumptions?: EstimateAssumptions,
  ): RunEstimate;
  /** This client's own calls, costs and events (the chat may be shared through a hub). */
  metrics(): ClientMetrics;
  /** The resilient chat (shared through the hub when one is given). */
  readonly chat: ResilientChat;
}

function reasonOf(e: unknown): string {
  if (!isVisionError(e)) return 'error';
  switch (e.code) {
    case 'OSM_PROVIDER_BUDGET_EXCEEDED':
      return 'budget-exhausted';
    case 'OSM_PROVIDER_CIRCUIT_OPEN':
      return 'circuit-open';
    case 'OSM_PROVIDER_RETRY_BUDGET':
      return 'retry-budget-exhausted';
    case 'OSM_PROVIDER_TIMEOUT':
      return 'timeout';
    case 'OSM_PROVIDER_RATE_LIMITED':
      return 'rate-limited';
    default:
      return e.code.replace('OSM_PROVIDER_', '').toLowerCase().replace(/_/g, '-');
  }
}

export function createVisionClient(opts: VisionClientOptions = {}): VisionClient {
  const resolved = resolveClientOptions(opts);
  const chat = opts.hub ? opts.hub.chatFor(resolved) : new ResilientChat(resolved, getDefaultHub());
  // with a hub the chat is shared: this client counts, hears and caps its own calls
  const caller: Caller = opts.hub
    ? chat.caller({
        onEvent: resolved.onEvent,
        budgetUsd: resolved.budgetUsd,
        cache: resolved.cache,
        cacheTtlSeconds: resolved.cacheTtlSeconds,
      })
    : chat.own;
  const policy: VisionPolicy = opts.policy ?? 'all';
  const minText = opts.minTextChars ?? DEFAULT_MIN_TEXT_CHARS;

  const needsVision = (s: Pick<VisionSlide, 'hasVisual' | 'text'>): boolean =>
    needsVisionRule(s, policy, minText);

  const fallback = (
    slide: VisionSlide,
    source: 'text-fallback' | 'skipped',
    reason: string,
  ): SlideSummary => {
    if (source === 'text-fallback') chat.countFallback(caller);
    return { index: slide.index, summary: textSummary(slide), source, reason, costUsd: 0 };
  };

  async function summarise(slide: VisionSlide, signal?: AbortSignal, rank?: number): Promise<SlideSummary> {
    if (policy === 'off') return fallback(slide, 'skipped', 'vision-off');
    if (!needsVision(slide)) return fallback(slide, 'skipped', 'policy-visual:text-slide');
    if (!slide.image) return fallback(slide, 'text-fallback', 'no-image');
    const prompt = visionUserPrompt(slide.title, slide.text);
    const key = responseCacheKey(
      'vision',
      chat.model,
      `${VISION_SYSTEM_PROMPT}\n${prompt}`,
      slide.image.bytes,
    );
    const dataUrl = `data:${slide.image.mime};base64,${Buffer.from(slide.image.bytes).toString('base64')}`;
    try {
      const r = await chat.complete(
        {
          system: VISION_SYSTEM_PROMPT,
          parts: [
            { type: 'text', text: prompt },
            { type: 'image_url', image_url: { url: dataUrl, detail: 'high' } },
          ],
        },
        {
          cacheKey: key,
          estTokens: approxTokens(VISION_SYSTEM_PROMPT + prompt) + IMAGE_PROMPT_TOKENS,
          accept: (c) => c.trim().length > 0,
          signal,
          caller,
          rank,
        },
      );
      if (r.source === 'provider')
        return { index: slide.index, summary: r.content.trim(), source: 'vision', costUsd: r.costUsd };
      return {
        index: slide.index,
        summary: r.content.trim(),
        source: 'cache',
        reason: r.source === 'dedupe' ? 'duplicate-slide' : 'cache-hit',
        costUsd: 0,
      };
    } catch (e) {
      if (signal?.aborted || (isVisionError(e) && e.code === 'OSM_PROVIDER_CANCELLED')) throw e;
      return fallback(slide, 'text-fallback', reasonOf(e));
    }
  }

  async function summariseAll(
    slides: Iterable<VisionSlide> | AsyncIterable<VisionSlide>,
    onResult?: (r: SlideSummary) => void,
    signal?: AbortSignal,
  ): Promise<SlideSummary[]> {
    const pending: Promise<SlideSummary>[] = [];
    const produced = chat.producing(); // no tail hedging while slides are still coming in
    try {
      for await (const s of slides as AsyncIterable<VisionSlide>) {
        if (signal?.aborted) break;
        const p = summarise(s, signal).then((r) => (onResult?.(r), r));
        p.catch(() => undefined); // awaited below; a cancellation must not surface as unhandled meanwhile
        pending.push(p);
      }
    } finally {
      produced();
    }
    throwIfAborted(signal);
    return Promise.all(pending);
  }

  return {
    model: chat.model,
    policy,
    chat,
    needsVision,
    summarise,
    summariseAll,
    estimate: (slides, a) =>
      estimateRun(slides, {
        policy,
        minTextChars: minText,
        model: chat.model,
        prices: resolved.prices,
        rpm: resolved.rpm,
        concurrency: resolved.concurrencyCeiling,
        dedupe: resolved.dedupe,
        ...a,
      }),
    metrics: () => chat.metrics(caller),
  };
}
