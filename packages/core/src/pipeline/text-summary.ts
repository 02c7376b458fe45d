import type { SlideData } from '../model/deck.js';

/** The slide summary without vision: the one home is `@osmose/vision`'s `textSummary` (also the vision fallback). */
export { textSummary } from '@osmose/vision';
/** Which text fallbacks a later run may still turn into vision summaries: the one home is vision's fallback-reasons. */
export { isForcedAgain, isPendingFallback, repeatedFallback } from '@osmose/vision';

/** Text used for search and concept context: everything readable on the slide. */
export function slideFullText(slide: SlideData): string {
  return [slide.title ?? '', ...slide.texts.filter((t) => !t.boilerplate).map((t) => t.text), slide.notes]
    .filter(Boolean)
    .join('\n');
}
