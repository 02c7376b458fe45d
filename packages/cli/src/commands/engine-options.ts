/** The flags of every command that runs an engine (ingest, serve, worker): stores, provider, models. */
export const ENGINE_OPTIONS = {
  graph: { type: 'string' },
  vectors: { type: 'string' },
  cache: { type: 'string' },
  vision: { type: 'string' },
  'vision-model': { type: 'string' },
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  profile: { type: 'string' },
  budget: { type: 'string' },
  concurrency: { type: 'string' },
  'provider-order': { type: 'string' },
  'vision-concurrency': { type: 'string' },
  'embedding-model': { type: 'string' },
  device: { type: 'string' },
  'embedding-threads': { type: 'string' },
  'ner-model': { type: 'string' },
} as const;
