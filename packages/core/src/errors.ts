/**
 * One error type for the whole product: a stable `code` (OSM_*), a clear one-sentence message,
 * an optional `cause` and whether retrying can help. Use the `isOsmoseError` guard, not
 * `instanceof`, across package copies. Every code is listed in docs/errors.md (a test checks it).
 */
export const CORE_ERROR_CODES = {
  // input: the deck itself
  OSM_INPUT_NOT_FOUND: 'The file or folder does not exist or cannot be read.',
  OSM_INPUT_UNSUPPORTED_TYPE: 'The file type is not a PowerPoint deck this tool reads.',
  OSM_INPUT_EMPTY: 'The file is empty (0 bytes).',
  OSM_INPUT_NO_DECKS:
    'The folder holds no PowerPoint deck (.pptx .pptm .potx .potm .ppsx .ppsm .ppt); nothing was ingested from it.',
  OSM_INPUT_LOCK_FILE: 'The file is an Office lock file (~$…), not a deck.',
  OSM_INPUT_NOT_ZIP:
    'The file is not a PowerPoint package (not a zip archive); it may be HTML or another format renamed to .pptx.',
  OSM_INPUT_NOT_PRESENTATION:
    'The file is an Office package but not a presentation (a Word document, a spreadsheet…); only PowerPoint decks are read.',
  OSM_INPUT_LEGACY_PPT: 'The file is a legacy binary PowerPoint (.ppt) deck; save it as .pptx to ingest it.',
  OSM_INPUT_ENCRYPTED: 'The deck is password-protected (encrypted OOXML); remove the password to ingest it.',
  OSM_INPUT_CORRUPT_ZIP: 'The deck is damaged: its zip archive is truncated or corrupt.',
  OSM_INPUT_MISSING_PART:
    'The deck is incomplete: a required part (such as ppt/presentation.xml) is missing.',
  OSM_INPUT_TOO_LARGE:
    'The deck exceeds the configured size limits (file size, entry count or uncompressed size).',
  OSM_INPUT_ZIP_BOMB: 'The deck looks like a zip bomb (an entry expands far more than any real deck).',
  OSM_INPUT_PATH_TRAVERSAL: 'The deck contains an entry whose path escapes the package (path traversal).',
  OSM_INPUT_XML_INVALID: 'A part of the deck is not well-formed XML.',
  OSM_INPUT_XML_FORBIDDEN: 'A part of the deck declares a DTD or entities, which are refused for safety.',
  OSM_INPUT_TIMEOUT: 'Reading the deck took longer than the configured time limit.',
  // store / cache
  OSM_STORE_OPEN_FAILED:
    'The store could not be opened; the message says why (read-only file system, permission, not a SQLite file…).',
  OSM_STORE_PATH_INVALID:
    'The store path cannot hold a store (/proc, /sys, /dev, a file in the way…); choose another --store.',
  OSM_STORE_NOT_FOUND:
    'No store exists at that path (a read command never creates one); check --store or ingest a deck first.',
  OSM_STORE_WRITE_FAILED: 'Writing to the store failed; nothing of this document was kept.',
  OSM_STORE_UNAVAILABLE: 'The store server cannot be reached.',
  OSM_STORE_BUSY: 'Another process has held the store lock for too long; try again when its ingest ends.',
  OSM_STORE_SCHEMA_TOO_NEW: 'The store was written by a newer version of OSMOSE Ingest.',
  OSM_CACHE_UNAVAILABLE: 'The cache server cannot be reached; continuing without cache.',
  OSM_NOT_FOUND: 'Nothing matches the requested item.',
  OSM_MERGE_NOT_FOUND: 'No merge with that id exists.',
  // server (packages/server: HTTP API, jobs, queue)
  OSM_BAD_REQUEST: 'The request is malformed (a parameter or body field is missing or has the wrong type).',
  OSM_UPLOAD_FIELD:
    'The upload has a file under an unexpected form field; send decks as "file" (one or more).',
  OSM_UPLOAD_NO_FILE: 'The upload holds no file; send one or more decks as multipart field "file".',
  OSM_UPLOAD_TOO_MANY_FILES: 'The upload holds more files than the server accepts in one request.',
  OSM_AUTH_REQUIRED: 'This server requires a valid bearer token (OSMOSE_API_TOKEN).',
  OSM_PATH_FORBIDDEN:
    'The path is outside the folder the server was allowed to read (--allow-paths), or paths are not enabled.',
  OSM_RATE_LIMITED: 'Too many requests from this client; retry after the delay in the Retry-After header.',
  OSM_QUEUE_UNAVAILABLE: 'The job queue (Redis) cannot be reached.',
  OSM_BLOB_MISSING: 'The stored copy of this deck is gone, so its slides cannot be read or rendered.',
  // config / environment
  OSM_CONFIG_INVALID: 'A configuration option has an invalid value.',
  OSM_OUTPUT_WRITE_FAILED:
    'The output file cannot be written (its folder is missing or read-only, or the disk is full).',
  OSM_DEPENDENCY_MISSING: 'A required program or package is not installed; run `npm run setup`.',
  OSM_RENDER_FAILED: 'Rendering the deck to images failed.',
  OSM_RENDER_TIMEOUT: 'Rendering the deck to images took longer than the time limit.',
  OSM_CANCELLED: 'The operation was cancelled.',
  OSM_INTERNAL: 'An internal error occurred; re-run with --verbose for details.',
} as const;

export type CoreErrorCode = keyof typeof CORE_ERROR_CODES;
/** Codes defined by other packages (vision: OSM_PROVIDER_*, native-nlp: OSM_NATIVE_*) are strings too. */
export type OsmoseErrorCode = CoreErrorCode | `OSM_${string}`;

const RETRYABLE = new Set<string>([
  'OSM_STORE_UNAVAILABLE',
  'OSM_CACHE_UNAVAILABLE',
  'OSM_RENDER_TIMEOUT',
  'OSM_INPUT_TIMEOUT',
  'OSM_QUEUE_UNAVAILABLE',
  'OSM_RATE_LIMITED',
]);

export interface OsmoseErrorOptions {
  cause?: unknown;
  retryable?: boolean;
  details?: Record<string, unknown>;
}

export class OsmoseError extends Error {
  readonly code: OsmoseErrorCode;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;
  /** Marker for the structural guard (works across duplicated package copies). */
  readonly isOsmoseError = true as const;

  constructor(code: OsmoseErrorCode, message?: string, options: OsmoseErrorOptions = {}) {
    super(message ?? (CORE_ERROR_CODES as Record<string, string>)[code] ?? code, {
      cause: options.cause,
    });
    this.name = 'OsmoseError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.details = options.details;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Errors about the input deck: the deck is rejected, other decks go on. */
export class InputError extends OsmoseError {
  constructor(code: CoreErrorCode, message?: string, options?: OsmoseErrorOptions) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

export class StoreError extends OsmoseError {
  constructor(code: CoreErrorCode, message?: string, options?: OsmoseErrorOptions) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}

export function isOsmoseError(e: unknown): e is OsmoseError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (e as { code: string }).code.startsWith('OSM_') &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

export function isInputError(e: unknown): e is OsmoseError {
  return isOsmoseError(e) && e.code.startsWith('OSM_INPUT_');
}

/** Wraps anything thrown into an OsmoseError (OSM_INTERNAL unless it already is one). */
export function toOsmoseError(e: unknown): OsmoseError {
  if (isOsmoseError(e)) return e as OsmoseError;
  return new OsmoseError('OSM_INTERNAL', undefined, { cause: e });
}
