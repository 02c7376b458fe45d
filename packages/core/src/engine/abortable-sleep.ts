import { OsmoseError } from '../errors.js';

/** The typed error of a cancelled operation (the signal's reason when it is already an OsmoseError). */
export function cancelledError(signal?: AbortSignal): OsmoseError {
  const r: unknown = signal?.reason;
  if (r && typeof r === 'object' && (r as { isOsmoseError?: boolean }).isOsmoseError) return r as OsmoseError;
  return new OsmoseError('OSM_CANCELLED', 'The ingest was cancelled.', { cause: r });
}

/** setTimeout as a promise that rejects with OSM_CANCELLED as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelledError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelledError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
