/**
 * What a slide's text fallback means for later: the one home of the reasons' classes (the vision client
 * gives the reason, core's summarise hook and pipeline act on it).
 *
 * - Refused by the client's own protection (an open circuit, an empty retry budget): the slide was not
 *   tried, or not tried again, to spare a provider in trouble. Worth one more try in the same run
 *   (summariseSlides' recovery pass: once the deck is handed in, or once the circuit lets a probe through).
 * - Pending: a later run may still get the picture's summary (the provider was down, slow, refused the
 *   key or rate, or the run's cost budget was spent). The document records how many such slides it holds,
 *   and the next ingest with a provider re-does those slides only (pipeline/ingest.ts, summarise-stage.ts).
 * - Final: the request itself cannot succeed as it is (the provider rejected it as invalid, the slide has
 *   no picture, rendering failed, vision is not configured). Another run would give the same.
 */

/** Fallback reasons of slides the client's protection refused: one more try in the same run. */
const REFUSED = new Set(['circuit-open', 'retry-budget-exhausted']);

/** Fallback reasons no later run changes (everything else is pending). */
const FINAL = new Set(['bad-request', 'no-image', 'not-configured', 'invalid-option']);

export function isRefusedFallback(reason: string | undefined): boolean {
  return reason !== undefined && REFUSED.has(reason);
}

/** Whether a text fallback with this reason may become a vision summary on a later run. */
export function isPendingFallback(reason: string | undefined): boolean {
  if (reason === undefined) return false;
  return !FINAL.has(reason) && !reason.startsWith('render-failed');
}
