export { generateSampleDeck, sampleDeckSpec, sampleDeckExpected } from './sample-deck.js';
export { generateBenchDeck, benchDeckSpec, type BenchDeckOptions } from './bench-deck.js';
export { buildDeck, writeDeck } from './build-deck.js';
export {
  expectedSlidesJson,
  type DeckSpec,
  type SlideSpec,
  type ObjectSpec,
  type ExpectedSlide,
} from './deck-spec.js';
export { makePng, iconPng } from './png.js';
