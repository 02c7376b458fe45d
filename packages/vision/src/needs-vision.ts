/**
 * The one home of the "needs vision" rule, used by the run (core's summarise stage through the vision
 * client) and by `osmose estimate`, so both pick the same slides:
 * - `all`: every slide; `off`: none;
 * - `visual`: a slide with a picture, chart or SmartArt, or with less than `minTextChars` (default 120)
 *   characters of text (title, body and notes, whitespace collapsed), whose picture must stand alone.
 * `visionInputOf` turns a deck slide (core's SlideData fits structurally) into what the rule reads.
 */
import type { VisionPolicy } from './options.js';

export const DEFAULT_MIN_TEXT_CHARS = 120;

export interface VisionCandidate {
  hasVisual: boolean;
  text: string;
}

/** The parts of a deck slide the rule and the vision prompt read. */
export interface DeckSlideLike {
  title: string | null;
  texts: { text: string; boilerplate?: boolean }[];
  notes: string;
  images: readonly unknown[];
  charts: readonly unknown[];
  hasSmartArt: boolean;
}

/** The text sent with the picture and measured by the rule: title, non-boilerplate text, notes. */
export function visionInputOf(slide: DeckSlideLike): {
  title: string | null;
  text: string;
  hasVisual: boolean;
} {
  return {
    title: slide.title,
    text: [
      slide.title ?? '',
      ...slide.texts.filter((t) => !t.boilerplate).map((t) => t.text),
      slide.notes ? `Notes: ${slide.notes}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    hasVisual: slide.images.length > 0 || slide.charts.length > 0 || slide.hasSmartArt,
  };
}

export function needsVision(
  slide: VisionCandidate,
  policy: VisionPolicy,
  minTextChars = DEFAULT_MIN_TEXT_CHARS,
): boolean {
  if (policy === 'all') return true;
  if (policy === 'off') return false;
  return slide.hasVisual || slide.text.replace(/\s+/g, ' ').trim().length < minTextChars;
}
