/**
 * Worker-thread entry of the engine's CPU pool (engine/cpu-pool.ts): one message in (a task of
 * engine/cpu-tasks.ts), one out (its result or its error), so the main thread that serves HTTP, draws
 * progress and drives the provider calls never runs them.
 */
import { parentPort } from 'node:worker_threads';
import { isOsmoseError } from '../errors.js';
import { runCpuTask, transferables, type CpuRequest } from './cpu-tasks.js';

parentPort?.on('message', (req: CpuRequest) => {
  runCpuTask(req).then(
    (result) => parentPort!.postMessage({ id: req.id, result }, transferables(result)),
    (e: unknown) =>
      parentPort!.postMessage({
        id: req.id,
        error: isOsmoseError(e)
          ? { code: e.code, message: e.message, name: e.name }
          : { code: 'OSM_INTERNAL', message: e instanceof Error ? e.message : String(e), name: 'Error' },
      }),
  );
});
