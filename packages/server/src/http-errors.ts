/** Typed errors → HTTP: every error answer is {error:{code, message}} with an OSM_* code, never a stack. */
import { isOsmoseError, OsmoseError } from '@osmose/core';
import type { FastifyError, FastifyInstance } from 'fastify';

const BY_CODE: Record<string, number> = {
  OSM_INPUT_EMPTY: 400,
  OSM_INPUT_NOT_FOUND: 404,
  OSM_INPUT_TOO_LARGE: 413,
  OSM_INPUT_ZIP_BOMB: 413,
  OSM_UPLOAD_TOO_MANY_FILES: 413,
  OSM_BAD_REQUEST: 400,
  OSM_CONFIG_INVALID: 400,
  OSM_UPLOAD_FIELD: 400,
  OSM_UPLOAD_NO_FILE: 400,
  OSM_AUTH_REQUIRED: 401,
  OSM_PATH_FORBIDDEN: 403,
  OSM_NOT_FOUND: 404,
  OSM_MERGE_NOT_FOUND: 404,
  OSM_BLOB_MISSING: 404,
  OSM_RATE_LIMITED: 429,
  OSM_QUEUE_UNAVAILABLE: 503,
  OSM_STORE_UNAVAILABLE: 503,
  OSM_STORE_BUSY: 503,
  OSM_DEPENDENCY_MISSING: 503,
  OSM_CANCELLED: 409,
};

/** HTTP status of an OSM_* code: OSM_INPUT_* not listed above are 415 (not a deck we queue). */
export function statusOf(code: string): number {
  return BY_CODE[code] ?? (code.startsWith('OSM_INPUT_') ? 415 : 500);
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Fastify's own errors (schemas, body limits, multipart limits) mapped to typed codes. */
function fromFastify(e: FastifyError): OsmoseError {
  if (e.validation) {
    // ajv says "must be equal to one of the allowed values" without them: name them
    const v = e.validation[0] as { params?: { allowedValues?: unknown[] } } | undefined;
    const allowed = v?.params?.allowedValues;
    const msg = allowed?.length
      ? `${e.message.replace(/ must be equal to one of the allowed values$/, '')} must be one of ${allowed
          .filter((x) => typeof x !== 'string' || x === x.toUpperCase() || !allowed.includes(x.toUpperCase()))
          .join(', ')}`
      : e.message;
    return new OsmoseError('OSM_BAD_REQUEST', `Bad request: ${msg}.`);
  }
  switch (e.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new OsmoseError(
        'OSM_INPUT_TOO_LARGE',
        'The upload is larger than the server accepts (see --max-upload-mb).',
      );
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new OsmoseError('OSM_UPLOAD_TOO_MANY_FILES');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new OsmoseError(
        'OSM_INPUT_UNSUPPORTED_TYPE',
        'Unsupported content type: send decks as multipart/form-data (field "file"), or JSON {"paths":[…]}.',
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new OsmoseError('OSM_BAD_REQUEST', 'The JSON body is not valid JSON.');
    default:
      if (e.statusCode === 429) return new OsmoseError('OSM_RATE_LIMITED');
      if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
        return new OsmoseError('OSM_BAD_REQUEST', `Bad request: ${String(e.message).split('\n')[0]}.`);
      return new OsmoseError('OSM_INTERNAL', 'An internal error occurred.', { cause: e });
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((e, req, reply) => {
    const err = isOsmoseError(e) ? (e as OsmoseError) : fromFastify(e as FastifyError);
    const status = statusOf(err.code);
    if (status >= 500) req.log.error({ err: e, code: err.code }, 'request failed');
    const message =
      err.code === 'OSM_INTERNAL'
        ? 'An internal error occurred; the server log has the details.'
        : err.message;
    if (err.code === 'OSM_RATE_LIMITED' && !reply.getHeader('retry-after')) reply.header('retry-after', '1');
    void reply.code(status).type('application/json').send(errorBody(err.code, message));
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(errorBody('OSM_NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}.`));
  });
}
