/** Server options from CLI flags and the environment (flags win), shared by `osmose serve` and `osmose worker`. */
import { resolveConfig, type Flags } from '@osmose/core';
import type { ServerOptions } from './server.js';

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

/**
 * The server's options come from the one configuration resolver (core's resolveConfig: flags >
 * environment > defaults; its `server` section), shared by `osmose serve` and `osmose worker`.
 */
export function serverOptions(flags: Flags, env?: NodeJS.ProcessEnv): ServerOptions {
  const config = resolveConfig(flags, env);
  const sv = config.server;
  return {
    config,
    host: sv.host,
    port: sv.port,
    token: sv.token,
    allowPaths: sv.allowPaths,
    queueUrl: sv.queueUrl,
    concurrency: sv.jobs,
    maxUploadBytes: sv.maxUploadBytes,
    maxFiles: sv.maxFiles,
    rateLimitPerMinute: sv.rateLimitPerMinute,
  };
}
