import type { DeckData } from '../model/deck.js';
import type { Backends } from '../adapters/backends.js';
import type { PhaseStats } from './observer.js';
import type { PipelineStages, SlideSummary, SummariseStageInput } from './stages.js';
import { isForcedAgain, isPendingFallback, repeatedFallback, textSummary } from './text-summary.js';

const STAGE = 'summary';
/** Text summaries made and checkpointed per turn of the event loop. */
const TEXT_SLICE = 50;

/** A text fallback a later run may turn into a vision summary (the provider was down, slow, refused…). */
export function isPendingSummary(s: SlideSummary): boolean {
  return s.source === 'text-fallback' && isPendingFallback(s.reason);
}

export interface SummariseOutcome {
  bySlide: Map<number, SlideSummary>;
  reused: number;
  /** Slides left on their text that a later run may still turn into vision summaries. */
  visionPending: number;
  /** Slides an earlier run had left on their text and asked again by this one: how many got vision now. */
  healed: number;
  /** …and how many of those are now final fallbacks (a reason met twice, or one no run changes). */
  madeFinal: number;
}

/**
 * Per-slide summaries, checkpointed by slide content hash + summariser configuration: a crashed
 * run resumes where it stopped and an edited deck only redoes the slides that changed. A checkpointed
 * pending fallback is not reused while a summariser is there: the slide is asked again (a run after an
 * outage heals the slides the outage cost, and only those). With `force` (`osmose ingest --force`) a slide
 * whose rendering failed, for whatever reason, or whose fallback became final by repetition, is asked again too.
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
  force?: boolean;
  /** The document's place in the line for the provider (IngestOptions.rank). */
  rank?: number;
}): Promise<SummariseOutcome> {
  const { deck, backends, stages, stats } = input;
  const bySlide = new Map<number, SlideSummary>();
  const keyOf = (hash: string) => `${hash}:${stages.summariserKey}`;
  const stored = await backends.checkpoints.getCheckpoints(
    STAGE,
    deck.slides.map((s) => keyOf(s.hash)),
  );
  const todo = [];
  /** Why the slides asked again fell back before (a render failure met twice is not retried a third time). */
  const before = new Map<number, string | undefined>();
  for (const s of deck.slides) {
    const v = stored.get(keyOf(s.hash));
    const prev = v ? (JSON.parse(v) as SlideSummary) : null;
    const again =
      prev &&
      stages.summarise &&
      (isPendingSummary(prev) ||
        (input.force && prev.source === 'text-fallback' && isForcedAgain(prev.reason)));
    if (prev && !again) bySlide.set(s.index, prev);
    else {
      if (prev) before.set(s.index, prev.reason);
      todo.push(s);
    }
  }
  const reused = deck.slides.length - todo.length;
  stats.cacheHits += reused;
  stats.items = deck.slides.length;
  const outcome = (): SummariseOutcome => {
    let healed = 0;
    let madeFinal = 0;
    for (const i of before.keys()) {
      const s = bySlide.get(i);
      if (!s || s.source === 'text') continue;
      if (s.source !== 'text-fallback') healed++;
      else if (!isPendingSummary(s)) madeFinal++;
    }
    const visionPending = [...bySlide.values()].filter(isPendingSummary).length;
    return { bySlide, reused, visionPending, healed, madeFinal };
  };
  if (todo.length === 0) {
    input.onProgress(deck.slides.length, deck.slides.length);
    return outcome();
  }
  if (stages.summarise) {
    let done = reused;
    /** Fallback reasons this stage made final (a render failure met again), to count them as stored. */
    const renamed: [string, string][] = [];
    const st = await stages.summarise({
      deck,
      deckPath: input.path,
      slides: todo,
      cache: backends.cache,
      signal: input.signal,
      onProviderEvent: input.onProviderEvent,
      onHandedOff: input.onHandedOff,
      rank: input.rank,
      onProgress: (d) => input.onProgress(reused + d, deck.slides.length),
      onSlide: async (index, s) => {
        // after a cancel, answers are fallbacks of aborted calls: never checkpoint them (resume redoes them)
        if (input.signal?.aborted) return;
        if (s.source === 'text-fallback' && s.reason && before.has(index)) {
          const reason = repeatedFallback(before.get(index), s.reason);
          if (reason !== s.reason) renamed.push([s.reason, reason]);
          s = { ...s, reason };
        }
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
    for (const [from, to] of renamed) {
      const r = (stats.fallbackReasons ??= {});
      if ((r[from] ?? 0) > 0 && --r[from] === 0) delete r[from];
      r[to] = (r[to] ?? 0) + 1;
    }
    if (typeof st.costUsd === 'number') stats.costUsd = (stats.costUsd ?? 0) + st.costUsd;
  }
  // a cancelled run keeps what was checkpointed and pays for nothing more
  input.signal?.throwIfAborted();
  // any slide the summariser did not answer for (or no summariser at all) gets its text summary, checkpointed
  // in slices of TEXT_SLICE slides, one write each, the event loop served in between (one insert per slide
  // would be one commit per slide; a 250-slide deck in one transaction holds the loop for 10+ ms)
  const rest = todo.filter((s) => !bySlide.has(s.index));
  const ck = backends.checkpoints;
  for (let i = 0; i < rest.length; i += TEXT_SLICE) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    const texts: [string, string][] = [];
    for (const s of rest.slice(i, i + TEXT_SLICE)) {
      const t: SlideSummary = { summary: textSummary(s), source: 'text' };
      bySlide.set(s.index, t);
      texts.push([keyOf(s.hash), JSON.stringify(t)]);
    }
    if (ck.putCheckpoints) await ck.putCheckpoints(STAGE, texts);
    else for (const [k, v] of texts) await ck.putCheckpoint(STAGE, k, v);
  }
  input.onProgress(deck.slides.length, deck.slides.length);
  return outcome();
}
