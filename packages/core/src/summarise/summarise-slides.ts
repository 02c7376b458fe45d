/**
 * The pipeline's summarise hook: decides which slides need the vision model, renders the deck only when
 * some do, and overlaps rendering with the calls (each page goes to the vision client as soon as it is
 * rendered). Every slide ends with a summary and says where it came from; nothing here throws for provider
 * or rendering trouble (slides fall back to their text, with the reason).
 *
 * Recovery pass: a slide the client's own protection refused (an open circuit, an empty retry budget: the
 * provider was not asked, to spare it) is not final at once; it is tried once more. One the empty retry
 * budget refused goes again as soon as the whole deck has been handed in (it overlaps the deck's tail). One
 * the open circuit refused waits for the end of the main pass and the circuit's cool-down, then one slide
 * goes first (the breaker's probe), the rest only if that one is answered; once a probe has failed, the
 * decks that follow do not wait while the circuit is open again (the outage is confirmed). An outage then
 * costs one cool-down and one call; a provider that recovered gets every refused slide back (on the flaky
 * profile a streak of failures opened the circuit and dropped 130 slides to text though the provider
 * answered again 30 s later). What still falls back is kept with its reason; the pipeline retries it on a
 * later run (vision's fallback-reasons.ts).
 */
import {
  abortableSleep,
  createVisionClient,
  isProviderConfigured,
  isRefusedFallback,
  textSummary,
  type ClientOptions,
  type ResponseCache,
  type SlideSummary as VisionSlideSummary,
  type TextSummarySlide,
  type VisionClient,
  type VisionPolicy,
} from '@osmose/vision';
import { isOsmoseError } from '../errors.js';
import type { SummarySource } from '../model/graph.js';
import { renderDeck, type RenderOptions } from '../render/index.js';

/** Where a slide summary came from (the one definition lives in model/graph.ts). */
export type SummariseSource = SummarySource;

export interface SummariseResult {
  summary: string;
  source: SummariseSource;
  reason?: string;
}

/**
 * One slide: `text` and `hasVisual` are what vision's `visionInputOf` makes of a deck slide (the
 * needs-vision rule reads them); the deck slide's own parts (texts, tables, charts, notes), when given,
 * make the text summary identical to the pipeline's (vision's `textSummary`, the one home).
 */
export interface SummariseSlideInput extends Omit<TextSummarySlide, 'text' | 'title'> {
  index: number;
  hash: string;
  text: string;
  title: string | null;
  hasVisual: boolean;
}

export interface SummariseOptions extends Omit<ClientOptions, 'cache'> {
  vision: VisionPolicy;
  /** Rendering: cache dir, format, dpi, pool, processes, time limits. */
  render?: Omit<RenderOptions, 'deckSha' | 'signal' | 'onPageCount'>;
  /** Under `visual`, slides with less text than this go to the vision model (vision's needs-vision rule). */
  minTextChars?: number;
  /** Inject a client (tests). Prefer `hub` (ClientOptions): the engine's shared chat, governor, budget. */
  client?: VisionClient;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /**
   * The deck's place in the line for the provider (vision's CompleteOptions.rank): a folder run ranks its
   * decks so they finish one after another. None: arrival order.
   */
  rank?: number;
  /** The recovery pass (default on; off: a refused slide keeps its text at once, as before; for A/B benches). */
  recovery?: boolean;
  /** Waits at most this long for an open circuit's cool-down before the recovery pass (default 120 s). */
  recoveryMaxWaitMs?: number;
  /** Told why rendering failed (the slides then fall back to text); for logs. */
  onRenderError?: (e: unknown) => void;
}

export interface SummariseInput {
  deckSha: string;
  deckPath: string;
  /** Slides in the whole deck (lets a large deck be rendered in two page ranges, first images in seconds). */
  slideCount?: number;
  slides: SummariseSlideInput[];
  cache: ResponseCache | null;
  options: SummariseOptions;
  onProgress?: (done: number, total: number) => void;
  /** Called as each slide's summary is ready (for per-slide checkpoints). */
  onSlide?: (index: number, result: SummariseResult) => void | Promise<void>;
  /**
   * Called once every slide has been handed to the vision client (rendering is over): what is left is
   * waiting for the provider's answers, so a folder ingest may start its next document's extraction and
   * rendering (the provider's queue never runs dry between decks).
   */
  onHandedOff?: () => void;
}

/** Endpoint breakers (one per endpoint, shared by a folder's decks) whose last recovery probe failed. */
const failedProbes = new WeakSet<object>();

export const NO_PROVIDER_REASON = 'vision off: no OPENAI_API_KEY or OPENAI_BASE_URL configured';

export async function summariseSlides(
  input: SummariseInput,
): Promise<{ results: Map<number, SummariseResult>; stats: Record<string, number> }> {
  const { slides, options: o } = input;
  const t0 = performance.now();
  const results = new Map<number, SummariseResult>();
  const stats: Record<string, number> = {
    slides: slides.length,
    vision: 0,
    cache: 0,
    textFallback: 0,
    skipped: 0,
    text: 0,
  };
  const pendingCallbacks: Promise<void>[] = [];
  let done = 0;
  const put = (index: number, r: SummariseResult): void => {
    results.set(index, r);
    stats[r.source === 'text-fallback' ? 'textFallback' : r.source]++;
    if (r.source === 'text-fallback' && r.reason)
      stats[`fallback:${r.reason}`] = (stats[`fallback:${r.reason}`] ?? 0) + 1;
    if (input.onSlide) pendingCallbacks.push(Promise.resolve(input.onSlide(index, r)));
    input.onProgress?.(++done, slides.length);
  };
  const finish = async () => {
    await Promise.all(pendingCallbacks);
    stats.wallMs = Math.round(performance.now() - t0);
    return { results, stats };
  };

  if (o.vision === 'off' || (!o.client && !isProviderConfigured(o, o.env ?? {}))) {
    const [source, reason]: [SummariseSource, string] =
      o.vision === 'off' ? ['skipped', 'vision-off'] : ['text', NO_PROVIDER_REASON];
    for (const s of slides) put(s.index, { summary: textSummary(s), source, reason });
    stats.visionOff = 1;
    return finish();
  }

  const client = o.client ?? createVisionClient({ ...o, policy: o.vision, cache: input.cache });
  const wanted = new Map<number, SummariseSlideInput>();
  for (const s of slides) {
    if (client.needsVision(s)) wanted.set(s.index, s);
    else put(s.index, { summary: textSummary(s), source: 'skipped', reason: 'policy-visual:text-slide' });
  }

  const calls: Promise<void>[] = [];
  type Image = { bytes: Uint8Array; mime: string } | null;
  type Held = { s: SummariseSlideInput; image: Image; r: VisionSlideSummary };
  const putSummary = (index: number, r: VisionSlideSummary): void =>
    put(index, { summary: r.summary, source: r.source, reason: r.reason });
  // The recovery pass. Slides the client's protection refused are held back (not put, not checkpointed):
  // those the open circuit refused until the main pass is over and the circuit's cool-down too; those the
  // empty retry budget refused until every slide of the deck has been handed in (their second try then
  // overlaps the deck's tail instead of following it). One more try each; its answer is final for this run.
  const afterCircuit: Held[] = [];
  const afterHandIn: Held[] = [];
  const retried: Promise<void>[] = [];
  let handedIn = false;
  const again = async (h: Held): Promise<VisionSlideSummary> => {
    stats.recoveryTried = (stats.recoveryTried ?? 0) + 1;
    try {
      const r = await client.summarise({ ...h.s, image: h.image }, o.signal, o.rank);
      if (r.source !== 'text-fallback') stats.recovered = (stats.recovered ?? 0) + 1;
      return r;
    } catch {
      // cancelled: the slide keeps its first fallback (never checkpointed after a cancel, see
      // summarise-stage.ts), and the caller sees the cancellation
      return h.r;
    }
  };
  const retry = (h: Held): void => {
    retried.push(
      again(h).then((r) => {
        // the circuit opened meanwhile: the provider was not asked, so it waits for the cool-down with the others
        if (r.source === 'text-fallback' && r.reason === 'circuit-open' && !o.signal?.aborted)
          afterCircuit.push({ ...h, r });
        else putSummary(h.s.index, r);
      }),
    );
  };
  const send = (s: SummariseSlideInput, image: Image): void => {
    calls.push(
      client.summarise({ ...s, image }, o.signal, o.rank).then((r: VisionSlideSummary) => {
        const held =
          o.recovery !== false &&
          r.source === 'text-fallback' &&
          isRefusedFallback(r.reason) &&
          !o.signal?.aborted;
        if (!held) putSummary(s.index, r);
        else if (r.reason === 'circuit-open') afterCircuit.push({ s, image, r });
        else if (handedIn) retry({ s, image, r });
        else afterHandIn.push({ s, image, r });
      }),
    );
  };

  if (wanted.size > 0) {
    const tRender = performance.now();
    let firstImageMs = -1;
    // slides are still coming in: the provider's chat has no tail yet (no tail hedges, see ResilientChat)
    const produced = client.chat.producing();
    try {
      for await (const page of renderDeck(input.deckPath, {
        ...o.render,
        deckSha: input.deckSha,
        slideCount: input.slideCount,
        signal: o.signal,
        onPageCount: (n) => (stats.pages = n),
      })) {
        if (firstImageMs < 0) firstImageMs = performance.now() - tRender;
        const s = wanted.get(page.page);
        if (!s) continue;
        wanted.delete(page.page);
        if (page.fromCache) stats.renderCacheHits = (stats.renderCacheHits ?? 0) + 1;
        send(s, { bytes: page.bytes, mime: page.mime });
      }
    } catch (e) {
      stats.renderFailed = 1;
      o.onRenderError?.(e);
      const reason = `render-failed:${isOsmoseError(e) ? e.code : 'OSM_RENDER_FAILED'}`;
      for (const s of wanted.values())
        put(s.index, { summary: textSummary(s), source: 'text-fallback', reason });
      wanted.clear();
    } finally {
      produced();
      input.onHandedOff?.();
      handedIn = true;
      for (const h of afterHandIn.splice(0)) retry(h);
    }
    stats.renderMs = Math.round(performance.now() - tRender);
    stats.firstImageMs = Math.round(firstImageMs);
    // slides without a page (a PDF shorter than the deck) still get their summary
    for (const s of wanted.values()) send(s, null);
  }
  await Promise.all(calls);
  await Promise.all(retried);
  if (afterCircuit.length > 0) await afterCooldown(afterCircuit);
  const m = client.metrics();
  Object.assign(stats, {
    calls: m.calls,
    retries: m.retries,
    rateLimited: m.rateLimited,
    timeouts: m.timeouts,
    breakerOpens: m.breakerOpens,
    fallbacks: stats.textFallback,
    cacheHits: m.cacheHits + m.dedupeHits,
    promptTokens: m.promptTokens,
    completionTokens: m.completionTokens,
    costUsd: m.costUsd,
    latencyP50Ms: m.latencyP50Ms,
    latencyP95Ms: m.latencyP95Ms,
    maxInFlight: m.maxInFlight,
    visionWallMs: Math.round(performance.now() - t0),
  });
  return finish();

  /** Slides the open circuit refused: once its cool-down is over, the first alone (the probe), then the rest. */
  async function afterCooldown(held: Held[]): Promise<void> {
    const t = performance.now();
    const wait = Math.max(0, (client.chat.breaker?.retryAt ?? 0) - Date.now());
    const breaker = client.chat.breaker ?? {};
    if (wait > 0 && failedProbes.has(breaker)) {
      // a probe of this provider failed and its circuit is open again: the outage is confirmed, so this deck
      // does not wait a cool-down of its own (a folder would wait one per deck); its slides stay pending
      stats.recoverySkipped = held.length;
      for (const h of held) putSummary(h.s.index, h.r);
      return;
    }
    if (wait > 0) {
      stats.recoveryWaitMs = Math.round(wait);
      await abortableSleep(Math.min(wait + 50, o.recoveryMaxWaitMs ?? 120_000), o.signal).catch(
        () => undefined,
      );
    }
    if (o.signal?.aborted) {
      for (const h of held) putSummary(h.s.index, h.r); // cancelled while waiting: nothing more is sent
      return;
    }
    const [first, ...rest] = held;
    const r = await again(first);
    putSummary(first.s.index, r);
    if (r.source === 'text-fallback') {
      failedProbes.add(breaker);
      for (const h of rest) putSummary(h.s.index, h.r);
    } else {
      failedProbes.delete(breaker);
      await Promise.all(rest.map(async (h) => putSummary(h.s.index, await again(h))));
    }
    stats.recoveryMs = Math.round(performance.now() - t);
  }
}
