/**
 * PPTX extraction: `extractDeck` reads an OOXML deck (pptx/pptm/potx/potm/ppsx/ppsm, transitional or
 * Strict) into DeckData, rejecting anything else with an InputError (OSM_INPUT_*).
 *
 * `SlideData.texts` holds every piece of text with its provenance, in reading order: title/body
 * shapes (grouped shapes at any depth, SmartArt with source 'smartart'), tables (layer 'table',
 * rows '\n', cells '\t'), charts (layer 'chart': title, series names, text categories), picture alt
 * text (layer 'alt'). Speaker notes are not in `texts`: they are `SlideData.notes` (the pipeline
 * gives them the 'notes' layer).
 */
export {
  assertPackageSize,
  extractDeck,
  extractDeckFromSource,
  extractDeckSync,
  packageSha256,
  type ExtractInput,
} from './extract-deck.js';
export {
  DEFAULT_EXTRACT_OPTIONS,
  resolveExtractOptions,
  type ExtractOptions,
  type ResolvedExtractOptions,
} from './options.js';
export { toSlidesJson, type SlidesJson, type SlideJson } from './slides-json.js';
export { flagBoilerplate, normaliseForBoilerplate } from './boilerplate.js';
export { sniff, sniffSource } from './sniff.js';
export { imageSize, sha256File, sha256Hex } from './media.js';
export { BufferSource, FileSource, type ByteSource } from './source.js';
