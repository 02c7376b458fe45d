/**
 * The `serve` and `worker` commands' work, in a file of its own: the bundle ships it as dist/server-commands.js,
 * loaded only by those two commands, so that every other command starts without fastify, the MCP SDK and BullMQ
 * (about 0.6 s of module loading on a 2-core machine).
 */
import { OsmoseError, resolveConfig } from '@osmose/core';
import { serverOptions, startServer, startWorker } from '@osmose/server';
import type { CommandContext } from './commands/context.js';

export async function runServe(ctx: CommandContext): Promise<number> {
  const opts = serverOptions(ctx.flags);
  // a long-lived process: a stray rejection (e.g. a provider call aborted by a cancel) is logged, never fatal
  process.on('unhandledRejection', (e) =>
    ctx.stderr.write(
      `warning: unhandled ${(e as { code?: string })?.code ?? 'rejection'}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`,
    ),
  );
  const server = await startServer({ ...opts, logger: ctx.verbose });
  for (const n of server.facade.notes) ctx.stderr.write(`${n}\n`);
  ctx.stderr.write(
    `osmose server listening on ${server.url} (store ${opts.config.storeDir}, jobs ${server.runner.kind})\n`,
  );
  if (ctx.json) ctx.stdout.write(JSON.stringify({ url: server.url, pid: process.pid }) + '\n');
  await new Promise<void>((done) => {
    const stop = (sig: string) => {
      ctx.stderr.write(`${sig}: running jobs checkpoint and stop; they resume on the next start\n`);
      server.close({ abort: true }).then(done, done);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

export async function runWorker(ctx: CommandContext): Promise<number> {
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
}
