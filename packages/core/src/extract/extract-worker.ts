/**
 * Worker-thread entry of the extraction pool (engine/extract-pool.ts): parsing a deck's XML is
 * synchronous CPU work (10–150 ms per deck), so it runs here, off the main thread that serves HTTP and
 * drives the provider calls. One message in (path + options), one out (the DeckData or the error).
 */
import { parentPort } from 'node:worker_threads';
import { isOsmoseError } from '../errors.js';
import { extractDeck } from './extract-deck.js';
import type { ExtractOptions } from './options.js';

export interface ExtractRequest {
  id: number;
  path: string;
  options?: ExtractOptions;
}

parentPort?.on('message', (req: ExtractRequest) => {
  extractDeck({ path: req.path }, req.options).then(
    (deck) => parentPort!.postMessage({ id: req.id, deck }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: req.id,
        error: isOsmoseError(e)
          ? { code: e.code, message: e.message, name: e.name }
          : { code: 'OSM_INTERNAL', message: e instanceof Error ? e.message : String(e), name: 'Error' },
      }),
  );
});
