import type { VisionSlide } from '../src/index.js';

/** Distinct fake slide images (the simulator hashes and sizes them, it does not decode them). */
export function fakeSlides(n: number, opts: { duplicateEvery?: number; from?: number } = {}): VisionSlide[] {
  const from = opts.from ?? 1;
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const id = opts.duplicateEvery && i % opts.duplicateEvery === 0 ? 0 : i;
    return {
      index: i,
      hash: `h${id}`,
      title: `Slide ${id}`,
      text: `Slide ${id} Quarterly revenue for Acme Corp grew in region ${id}.`,
      hasVisual: true,
      image: { bytes: Buffer.from(`fake-image-${id}-`.repeat(200)), mime: 'image/jpeg' },
    };
  });
}
