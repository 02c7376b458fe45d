import { serverOptions, SERVER_FLAGS, startServer } from '@osmose/server';
import type { Command } from './context.js';
import { ENGINE_OPTIONS } from './engine-options.js';

export const serve: Command = {
  summary: 'Start the ingestion server (HTTP API, live progress, metrics, MCP, web app)',
  usage: '[--port 8080] [--host 127.0.0.1] [options]',
  help: `  --port <n>             port (default 8080, env OSMOSE_PORT)
  --host <addr>          bind address (default 127.0.0.1; any other needs env OSMOSE_API_TOKEN)
  --allow-paths <dir>    accept JSON {"paths":[…]} uploads of files under this folder (off by default)
  --queue <redis://…>    send jobs to BullMQ on Redis; run "osmose worker" processes (env OSMOSE_QUEUE_URL)
  --jobs <n>             documents ingested at once by the in-process runner (default 2, env OSMOSE_JOBS)
  --max-upload-mb <n>    largest accepted deck (default 200)
  --max-files <n>        files per upload request (default 20)
  --rate-limit <n>       requests a minute per client address (default 600, 0 = off)
  --store, --graph, --vectors, --cache, --vision, --base-url, --vision-model, --budget, --vision-concurrency,
  --embedding-model, --device, --ner-model: as for "osmose ingest"
Docs: docs/server.md`,
  options: {
    ...SERVER_FLAGS,
    ...ENGINE_OPTIONS,
  },
  async run(ctx) {
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
  },
};
