import type { Command } from './context.js';
import { ENGINE_OPTIONS } from './engine-options.js';
import { loadServerCommands } from './lazy-server.js';

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
  run: async (ctx) => (await loadServerCommands()).runWorker(ctx),
};
