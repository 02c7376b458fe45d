export {
  summariseSlides,
  NO_PROVIDER_REASON,
  type SummariseInput,
  type SummariseOptions,
  type SummariseResult,
  type SummariseSlideInput,
  type SummariseSource,
} from './summarise-slides.js';
export { estimateDeck, maxTopics, type DeckEstimateOptions } from './estimate-deck.js';
