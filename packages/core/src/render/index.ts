export {
  renderDeck,
  cachedPages,
  defaultCacheDir,
  sha256File,
  type RenderOptions,
  type RenderedPage,
} from './render-deck.js';
export { SofficePool, type SofficePoolOptions } from './soffice-pool.js';
export { pdfPageCount, rasterise, splitRanges, type ImageFormat, type PageFile } from './rasterise.js';
export { runProcess } from './run-process.js';
