/**
 * The embedded ingestion server: Fastify 5 over the core facade. Uploads → jobs (in process, or
 * BullMQ workers) → SSE progress; graph queries with the CLI's --json shapes; health, metrics, MCP,
 * OpenAPI at /v1/openapi.json; the web app's static files at /.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { OsmoseConfig } from '@osmose/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { checkBind, installAuth, installRateLimit } from './access.js';
import { BlobStore } from './blobs.js';
import { openFacade, type CoreFacade } from './core-facade.js';
import { installErrorHandler } from './http-errors.js';
import { LocalRunner } from './jobs/local-runner.js';
import { installMcp } from './mcp.js';
import { createMetrics, installMetrics, type ServerMetrics } from './metrics.js';
import type { JobRunner } from './jobs/runner.js';
import { registerHealth } from './routes/health.js';
import { registerJobs } from './routes/jobs.js';
import { registerQueries } from './routes/query.js';
import { registerUpload } from './upload.js';

export interface ServerOptions {
  config: OsmoseConfig;
  host?: string;
  port?: number;
  /** Bearer token required from clients (required for non-loopback binds). */
  token?: string;
  /** Folder whose files may be named in JSON {paths:[…]} uploads (off when absent). */
  allowPaths?: string | null;
  maxUploadBytes?: number;
  maxFiles?: number;
  /** Requests a minute per client address (0: off). */
  rateLimitPerMinute?: number;
  /** Documents ingested at once by the in-process runner. */
  concurrency?: number;
  /** redis://… : jobs go to BullMQ and `osmose worker` processes run them. */
  queueUrl?: string;
  /** Where the in-process runner ingests: a child process (default: the HTTP event loop stays free) or this process. */
  ingestIn?: 'child' | 'process';
  /** Folder of the built web app (default packages/web/dist). */
  webDir?: string;
  logger?: boolean;
}

export interface OsmoseServer {
  app: FastifyInstance;
  facade: CoreFacade;
  runner: JobRunner;
  metrics: ServerMetrics;
  /** http://host:port once listening. */
  url: string;
  close(opts?: { abort?: boolean }): Promise<void>;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  maxUploadBytes: 200 * 1024 * 1024,
  maxFiles: 20,
  rateLimitPerMinute: 600,
  concurrency: 2,
};

const here = fileURLToPath(new URL('.', import.meta.url));

function defaultWebDir(): string {
  // src/ (tsx) or dist/ (bundle): packages/server/<x>/ → packages/web/dist
  for (const c of [
    resolve(here, '..', '..', 'web', 'dist'),
    resolve(here, '..', '..', '..', 'packages', 'web', 'dist'),
  ])
    if (existsSync(c)) return c;
  return resolve(here, '..', '..', 'web', 'dist');
}

export async function buildServer(o: ServerOptions): Promise<OsmoseServer> {
  const host = o.host ?? DEFAULTS.host;
  checkBind(host, o.token);
  const facade = await openFacade(o.config, { ingestInChild: !o.queueUrl && o.ingestIn !== 'process' });
  let runner: JobRunner;
  try {
    runner = o.queueUrl
      ? await (await import('./jobs/bull-runner.js')).openBullRunner(o.queueUrl, facade)
      : new LocalRunner(
          facade,
          o.concurrency ?? DEFAULTS.concurrency,
          join(o.config.storeDir, 'server-jobs.json'),
        );
  } catch (e) {
    await facade.close();
    throw e;
  }
  const blobs = new BlobStore(o.config.storeDir);
  const maxBytes = o.maxUploadBytes ?? DEFAULTS.maxUploadBytes;
  const app = Fastify({
    logger: o.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    // never echo internals: our handler answers every error
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  installErrorHandler(app);
  const metrics = createMetrics(facade, runner);
  runner.onEvent((job, e) => metrics.onJobEvent(job, e));
  installMetrics(app, metrics);
  installAuth(app, o.token);
  installRateLimit(app, o.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'OSMOSE Ingest server',
        version: '0.1.0',
        description: 'Decks in, knowledge graph out. See docs/server.md.',
      },
    },
  });
  await app.register(multipart, {
    limits: {
      fileSize: maxBytes,
      files: o.maxFiles ?? DEFAULTS.maxFiles,
      fields: 10,
      parts: (o.maxFiles ?? DEFAULTS.maxFiles) + 10,
    },
  });

  registerUpload(app, {
    facade,
    runner,
    blobs,
    allowPaths: o.allowPaths ?? null,
    maxFiles: o.maxFiles ?? DEFAULTS.maxFiles,
    maxBytes,
    checkDeck: (bytes, name) => facade.checkDeck(bytes, name),
    onAccepted: (bytes) => metrics.uploaded(bytes),
    onRefused: (code) => metrics.refused(code),
    onFinished: (report) => metrics.finished(report),
  });
  registerJobs(app, runner);
  registerQueries(app, facade, blobs);
  installMcp(app, facade);
  registerHealth(app, facade, runner, () => ({
    ...facade.backends.describe(),
    queue: runner.kind === 'local' ? 'in-process' : 'bullmq (redis)',
  }));
  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDir = o.webDir ?? defaultWebDir();
  if (existsSync(join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>OSMOSE Ingest</title><h1>OSMOSE Ingest server</h1><p>The web app is not built: run <code>npm run build -w packages/web</code> (or <code>npm run setup</code>), then reload. The API is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>',
        ),
    );
  }

  let closed = false;
  const server: OsmoseServer = {
    app,
    facade,
    runner,
    metrics,
    url: '',
    async close(co = {}) {
      if (closed) return;
      closed = true;
      await app.close();
      await runner.close(co);
      await facade.close();
    },
  };
  return server;
}

/** Builds and listens; `url` is set to the bound address. */
export async function startServer(o: ServerOptions): Promise<OsmoseServer> {
  const s = await buildServer(o);
  try {
    await s.app.listen({ host: o.host ?? DEFAULTS.host, port: o.port ?? DEFAULTS.port });
  } catch (e) {
    await s.close();
    throw e;
  }
  const addr = s.app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (o.port ?? DEFAULTS.port);
  const h = o.host ?? DEFAULTS.host;
  s.url = `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
  return s;
}
