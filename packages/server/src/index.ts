export { buildServer, startServer, DEFAULTS, type OsmoseServer, type ServerOptions } from './server.js';
export type { Job, JobStatus, JobEvent } from './jobs/job.js';
export { serverOptions, SERVER_FLAGS } from './options.js';
export { startWorker, type RunningWorker, type WorkerOptions } from './worker.js';
