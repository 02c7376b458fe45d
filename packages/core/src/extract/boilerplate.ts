/**
 * Boilerplate recognition: text repeated on most slides (the same normalised text on ≥ 60% of the
 * slides, at least 3) or coming from footer / slide-number / date / header placeholders.
 */
import { type SlideData } from '../model/deck.js';

export const BOILERPLATE_PLACEHOLDERS = new Set(['ftr', 'sldNum', 'dt', 'hdr']);
export const BOILERPLATE_MIN_SHARE = 0.6;
export const BOILERPLATE_MIN_SLIDES = 3;

/** Case-folded, whitespace-collapsed, digits-collapsed form ("Page 3" and "Page 4" match). */
export function normaliseForBoilerplate(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/** Sets `boilerplate: true` on the matching text blocks (notes are never boilerplate). */
export function flagBoilerplate(slides: SlideData[]): void {
  const slidesPerText = new Map<string, number>();
  for (const s of slides) {
    const seen = new Set<string>();
    for (const t of s.texts) {
      if (t.layer === 'notes') continue;
      const n = normaliseForBoilerplate(t.text);
      if (n && !seen.has(n)) {
        seen.add(n);
        slidesPerText.set(n, (slidesPerText.get(n) ?? 0) + 1);
      }
    }
  }
  const min = Math.max(BOILERPLATE_MIN_SLIDES, Math.ceil(slides.length * BOILERPLATE_MIN_SHARE));
  for (const s of slides) {
    for (const t of s.texts) {
      if (t.layer === 'notes') continue;
      const byPlaceholder = t.placeholder !== undefined && BOILERPLATE_PLACEHOLDERS.has(t.placeholder);
      const repeated = (slidesPerText.get(normaliseForBoilerplate(t.text)) ?? 0) >= min;
      if (byPlaceholder || repeated) t.boilerplate = true;
    }
  }
}
