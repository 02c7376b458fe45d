import type { DeckData } from '../model/deck.js';
import type { Backends } from '../adapters/backends.js';
import type { PhaseStats } from './observer.js';
import type { PipelineStages, SlideSummary, SummariseStageInput } from './stages.js';
import { isPendingFallback, textSummary } from './text-summary.js';

const STAGE = 'summary';

/** A text fallback a later run may turn into a vision summary (the provider was down, slow, refused…). */
export function isPendingSummary(s: SlideSummary): boolean {
  return s.source === 'text-fallback' && isPendingFallback(s.reason);
}

/**
 * Per-slide summaries, checkpointed by slide content hash + summariser configuration: a crashed
 * run resumes where it stopped and an edited deck only redoes the slides that changed. A checkpointed
 * pending fallback is not reused while a summariser is there: the slide is asked again (a run after an
 * outage heals the slides the outage cost, and only those).
 */
export async function runSummarise(input: {
  deck: DeckData;
  path: string;
  backends: Backends;
  stages: PipelineStages;
  stats: PhaseStats;
  signal?: AbortSignal;
  onProgress: (done: number, total: number) => void;
  onSlideDone?: (index: number, source: string) => void;
  onProviderEvent?: SummariseStageInput['onProviderEvent'];
  onHandedOff?: () => void;
}): Promise<{ bySlide: Map<number, SlideSummary>; reused: number; visionPending: number }> {
  const { deck, backends, stages, stats } = input;
  const bySlide = new Map<number, SlideSummary>();
  const keyOf = (hash: string) => `${hash}:${stages.summariserKey}`;
  const stored = await backends.checkpoints.getCheckpoints(
    STAGE,
    deck.slides.map((s) => keyOf(s.hash)),
  );
  const todo = [];
  for (const s of deck.slides) {
    const v = stored.get(keyOf(s.hash));
    const prev = v ? (JSON.parse(v) as SlideSummary) : null;
    if (prev && !(stages.summarise && isPendingSummary(prev))) bySlide.set(s.index, prev);
    else todo.push(s);
  }
  const reused = deck.slides.length - todo.length;
  stats.cacheHits += reused;
  stats.items = deck.slides.length;
  const pending = (): number => [...bySlide.values()].filter(isPendingSummary).length;
  if (todo.length === 0) {
    input.onProgress(deck.slides.length, deck.slides.length);
    return { bySlide, reused, visionPending: pending() };
  }
  if (stages.summarise) {
    let done = reused;
    const st = await stages.summarise({
      deck,
      deckPath: input.path,
      slides: todo,
      cache: backends.cache,
      signal: input.signal,
      onProviderEvent: input.onProviderEvent,
      onHandedOff: input.onHandedOff,
      onProgress: (d) => input.onProgress(reused + d, deck.slides.length),
      onSlide: async (index, s) => {
        // after a cancel, answers are fallbacks of aborted calls: never checkpoint them (resume redoes them)
        if (input.signal?.aborted) return;
        bySlide.set(index, s);
        const slide = deck.slides[index - 1];
        await backends.checkpoints.putCheckpoint(STAGE, keyOf(slide.hash), JSON.stringify(s));
        input.onSlideDone?.(index, s.source);
        input.onProgress(++done, deck.slides.length);
      },
    });
    stats.calls += st.calls;
    stats.cacheHits += st.cacheHits;
    stats.fallbacks += st.fallbacks;
    // summariseSlides counts each final fallback under `fallback:<reason>`
    for (const [k, n] of Object.entries(st)) {
      const why = k.startsWith('fallback:') ? k.slice('fallback:'.length) : null;
      if (why && n > 0) (stats.fallbackReasons ??= {})[why] = (stats.fallbackReasons?.[why] ?? 0) + n;
    }
    if (typeof st.costUsd === 'number') stats.costUsd = (stats.costUsd ?? 0) + st.costUsd;
  }
  // a cancelled run keeps what was checkpointed and pays for nothing more
  input.signal?.throwIfAborted();
  // any slide the summariser did not answer for (or no summariser at all) gets its text summary
  for (const s of todo) {
    if (!bySlide.has(s.index)) {
      const t: SlideSummary = { summary: textSummary(s), source: 'text' };
      bySlide.set(s.index, t);
      await backends.checkpoints.putCheckpoint(STAGE, keyOf(s.hash), JSON.stringify(t));
    }
  }
  input.onProgress(deck.slides.length, deck.slides.length);
  return { bySlide, reused, visionPending: pending() };
}
