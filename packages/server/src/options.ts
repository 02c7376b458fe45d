/** Server options from CLI flags and the environment (flags win), shared by `osmose serve` and `osmose worker`. */
import { OsmoseError, resolveConfig, type Flags } from '@osmose/core';
import { DEFAULTS, type ServerOptions } from './server.js';

export const SERVER_FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'allow-paths': { type: 'string' },
  queue: { type: 'string' },
  jobs: { type: 'string' },
  'max-upload-mb': { type: 'string' },
  'max-files': { type: 'string' },
  'rate-limit': { type: 'string' },
} as const;

function int(name: string, v: string | boolean | undefined, dflt: number, min = 0): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new OsmoseError('OSM_CONFIG_INVALID', `--${name} must be a whole number ≥ ${min}, got "${String(v)}".`);
  return n;
}

const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function serverOptions(flags: Flags, env: NodeJS.ProcessEnv = process.env): ServerOptions {
  return {
    config: resolveConfig(flags, env),
    host: s(flags.host) ?? s(env.OSMOSE_HOST) ?? DEFAULTS.host,
    port: int('port', s(flags.port) ?? s(env.OSMOSE_PORT), DEFAULTS.port),
    token: s(env.OSMOSE_API_TOKEN),
    allowPaths: s(flags['allow-paths']) ?? s(env.OSMOSE_ALLOW_PATHS) ?? null,
    queueUrl: s(flags.queue) ?? s(env.OSMOSE_QUEUE_URL),
    concurrency: int('jobs', s(flags.jobs) ?? s(env.OSMOSE_JOBS), DEFAULTS.concurrency, 1),
    maxUploadBytes: int('max-upload-mb', s(flags['max-upload-mb']) ?? s(env.OSMOSE_MAX_UPLOAD_MB), DEFAULTS.maxUploadBytes / 1048576, 1) * 1048576,
    maxFiles: int('max-files', s(flags['max-files']) ?? s(env.OSMOSE_MAX_FILES), DEFAULTS.maxFiles, 1),
    rateLimitPerMinute: int('rate-limit', s(flags['rate-limit']) ?? s(env.OSMOSE_RATE_LIMIT), DEFAULTS.rateLimitPerMinute),
  };
}
