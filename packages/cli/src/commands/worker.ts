import { OsmoseError, resolveConfig } from '@osmose/core';
import { startWorker } from '@osmose/server';
import type { Command } from './context.js';
import { ENGINE_OPTIONS } from './engine-options.js';

export const worker: Command = {
  summary: "Take ingest jobs from the server's BullMQ queue (Redis) and run them here",
  usage: '--queue redis://host:6379 [options]',
  help: `  --queue <redis://…>    the queue the server was started with (env OSMOSE_QUEUE_URL)
  --jobs <n>             jobs at once on this worker (default 2, env OSMOSE_JOBS); a job that only waits
                         for vision answers leaves its slot to the next job (at most 2 × n held)
  --metrics-port <n>     serve Prometheus metrics (role="worker") on 127.0.0.1:<n>/metrics (default off)
  --store, --graph, --vectors, --cache, --vision, --base-url, --vision-model, --budget, --vision-concurrency,
  --embedding-model, --device, --ner-model: as for "osmose ingest" (workers on several machines share
  the graph and vectors servers, and the store folder holding the uploaded decks)
SIGTERM/SIGINT: stop taking jobs; running jobs checkpoint and go back to the queue. Docs: docs/server.md`,
  options: {
    queue: { type: 'string' },
    jobs: { type: 'string' },
    'metrics-port': { type: 'string' },
    ...ENGINE_OPTIONS,
  },
  async run(ctx) {
    // a long-lived process: a stray rejection (e.g. a provider call aborted by a cancel) is logged, never fatal
    process.on('unhandledRejection', (e) =>
      ctx.stderr.write(
        `warning: unhandled ${(e as { code?: string })?.code ?? 'rejection'}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`,
      ),
    );
    // the one configuration resolver: --queue / OSMOSE_QUEUE_URL, --jobs / OSMOSE_JOBS (docs/configuration.md)
    const config = resolveConfig(ctx.flags);
    const queueUrl = config.server.queueUrl;
    if (!queueUrl)
      throw new OsmoseError(
        'OSM_CONFIG_INVALID',
        'Name the queue: --queue redis://host:6379 (or OSMOSE_QUEUE_URL).',
      );
    const metricsPort = ctx.flags['metrics-port'] === undefined ? 0 : Number(ctx.flags['metrics-port']);
    if (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535)
      throw new OsmoseError('OSM_CONFIG_INVALID', '--metrics-port must be a port number.');
    const w = await startWorker({
      config,
      queueUrl,
      concurrency: config.server.jobs,
      metricsPort,
      log: (l) => ctx.stderr.write(`${l}\n`),
    });
    for (const n of w.facade.notes) ctx.stderr.write(`${n}\n`);
    if (ctx.json) ctx.stdout.write(JSON.stringify({ pid: process.pid, ready: true }) + '\n');
    await new Promise<void>((done) => {
      const stop = (sig: string) => {
        ctx.stderr.write(`${sig}: no new jobs; running jobs checkpoint and go back to the queue\n`);
        w.close().then(done, done);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
