/** JSON schemas of the API (validation of requests, OpenAPI document). Responses stay open objects
 *  (additionalProperties) so they carry exactly what core returns, as the CLI's --json does. */
const open = { type: 'object', additionalProperties: true } as const;

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
} as const;

const PHASE = {
  type: 'object',
  properties: {
    done: { type: 'number' },
    total: { type: 'number' },
    ms: { type: 'number' },
    calls: { type: 'number' },
    cacheHits: { type: 'number' },
    fallbacks: { type: 'number' },
  },
} as const;

export const JOB_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    status: {
      type: 'string',
      enum: ['queued', 'running', 'ingested', 'unchanged', 'rejected', 'failed', 'cancelled'],
    },
    name: { type: 'string' },
    docId: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    startedAt: { type: ['string', 'null'] },
    finishedAt: { type: ['string', 'null'] },
    phases: { type: 'object', additionalProperties: PHASE },
    visionCalls: { type: 'number' },
    costUsd: { type: 'number' },
    report: { anyOf: [open, { type: 'null' }] },
    worker: { type: ['string', 'null'] },
    error: {
      anyOf: [
        { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
        { type: 'null' },
      ],
    },
  },
} as const;

export const OPEN = open;

export const ID_PARAM = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
  required: ['id'],
} as const;

export const LIMIT = (dflt: number, max: number) =>
  ({ type: 'integer', minimum: 1, maximum: max, default: dflt }) as const;
