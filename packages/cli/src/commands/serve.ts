import { SERVER_FLAGS } from '@osmose/server/options';
import type { Command } from './context.js';
import { ENGINE_OPTIONS } from './engine-options.js';
import { loadServerCommands } from './lazy-server.js';

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
  run: async (ctx) => (await loadServerCommands()).runServe(ctx),
};
