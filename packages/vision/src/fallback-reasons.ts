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
 *   no picture, the deck cannot be rendered, vision is not configured). Another run would give the same.
 *
 * Some reasons are pending once (ONCE): rendering that failed for want of time
 * (`render-failed:OSM_RENDER_TIMEOUT`: LibreOffice on a loaded machine) or of a program
 * (`render-failed:OSM_DEPENDENCY_MISSING`: installed since?), and an answer the client could not use
 * (`bad-response`: malformed, or empty when a content filter refuses the slide). The next run asks again; if it
 * meets the same reason, the slide is marked `…:repeated` (final), so a deck that always fails that way costs
 * one more try, not one per run (`osmose ingest --force` asks again: `isForcedAgain`).
 * Provider trouble proper (down, slow, over its limits, a refused key) stays pending: an outage or a wrong key
 * ends, and while it lasts a run does not redo the decks that wait (core's isUnchangedDocument/providerDown).
 */

/** Fallback reasons of slides the client's protection refused: one more try in the same run. */
const REFUSED = new Set(['circuit-open', 'retry-budget-exhausted']);

/** Fallback reasons no later run changes (everything else is pending). */
const FINAL = new Set(['bad-request', 'no-image', 'not-configured', 'invalid-option']);

export function isRefusedFallback(reason: string | undefined): boolean {
  return reason !== undefined && REFUSED.has(reason);
}

/** Reasons another run may not meet, retried once (see above). */
const ONCE = new Set([
  'render-failed:OSM_RENDER_TIMEOUT',
  'render-failed:OSM_DEPENDENCY_MISSING',
  'bad-response',
]);

/** Marks a once-retried reason met again: final (see `repeatedFallback`). */
const REPEATED = ':repeated';

export function isRenderFallback(reason: string | undefined): boolean {
  return reason !== undefined && reason.startsWith('render-failed');
}

/** Whether a text fallback with this reason may become a vision summary on a later run. */
export function isPendingFallback(reason: string | undefined): boolean {
  if (reason === undefined || reason.endsWith(REPEATED)) return false;
  if (isRenderFallback(reason)) return ONCE.has(reason);
  return !FINAL.has(reason);
}

/** Final fallbacks `osmose ingest --force` asks again: any render failure, and what became final by repetition. */
export function isForcedAgain(reason: string | undefined): boolean {
  return reason !== undefined && (isRenderFallback(reason) || reason.endsWith(REPEATED));
}

/**
 * The reason to keep when a slide asked again after falling back for `previous` falls back for `reason`: a
 * once-retried reason met twice becomes final (`…:repeated`); anything else stays as it is.
 */
export function repeatedFallback(previous: string | undefined, reason: string): string {
  return ONCE.has(reason) && (previous === reason || previous === reason + REPEATED)
    ? reason + REPEATED
    : reason;
}

/** Provider error codes a later call would meet as well (the request is wrong, or nothing is configured). */
const FINAL_CODES = new Set([
  'OSM_PROVIDER_BAD_REQUEST',
  // an answer with no usable content after its retries (a content filter, a model that cannot do JSON)
  'OSM_PROVIDER_BAD_RESPONSE',
  'OSM_PROVIDER_NOT_CONFIGURED',
  'OSM_PROVIDER_INVALID_OPTION',
]);

/**
 * Whether an LLM extraction batch dropped for this reason (extractConceptsBatch's `dropped[].reason`: a provider
 * error code, `malformed` or `error`) may be answered by a later run: provider trouble, yes (down, slow, over its
 * rate or budget, a refused key, an open circuit); an answer that stayed malformed after its repair or had no
 * usable content, an unknown error, or a request the provider rejects, no (a batch has no checkpoint of its
 * own to count its tries, so these are final at once).
 */
export function isPendingDrop(reason: string | undefined): boolean {
  return reason !== undefined && reason.startsWith('OSM_PROVIDER_') && !FINAL_CODES.has(reason);
}
