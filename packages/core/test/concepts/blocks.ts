/**
 * Shared helpers of the concept tests: a text block of a slide, and the concepts selected from a list of them.
 */
import { expect } from 'vitest';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { guessType } from '../../src/concepts/classify.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';

export const block = (slideIndex: number, text: string, layer: LinkBlock['layer'] = 'body'): LinkBlock => ({
  slideIndex,
  slideId: `s${slideIndex}`,
  shapeId: '2',
  layer,
  text,
});

/** The records selected from `blocks` read as a deck of `slides` slides in `lang`. */
export const records = (blocks: LinkBlock[], lang = 'en', slides = 6) =>
  selectConcepts(extractCandidates(blocks, undefined, { lang }), slides, { lang }).map((c) => c.record);

/** Each name's type from its surface alone is `type` (or, with `not`, is not). */
export const expectTypes = (names: string[], type: string, not = false): void => {
  for (const n of names) {
    const t = guessType(n);
    if (not) expect(t, n).not.toBe(type);
    else expect(t, n).toBe(type);
  }
};
