/** Liveness and readiness. */
import type { FastifyInstance } from 'fastify';
import type { CoreFacade } from '../core-facade.js';
import type { JobRunner } from '../jobs/runner.js';

export function registerHealth(
  app: FastifyInstance,
  facade: CoreFacade,
  runner: JobRunner,
  describe: () => Record<string, string>,
): void {
  app.get('/healthz', { schema: { summary: 'The process is up' } }, async () => ({ status: 'ok' }));

  app.get(
    '/readyz',
    { schema: { summary: 'Store, cache, graph, vectors and queue reachable (with which one is not)' } },
    async (_req, reply) => {
      const checks = await facade.readiness();
      checks.queue = await runner.ready().catch((e) => String((e as Error).message ?? e));
      const down = Object.entries(checks).filter(([, v]) => v !== null);
      const body = {
        status: down.length ? 'unavailable' : 'ready',
        checks: Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, v === null ? 'ok' : v])),
        backends: describe(),
        ...(down.length
          ? {
              error: {
                code: 'OSM_STORE_UNAVAILABLE',
                message: `Not ready: ${down.map(([k, v]) => `${k} (${v})`).join('; ')}.`,
              },
            }
          : {}),
      };
      return reply.code(down.length ? 503 : 200).send(body);
    },
  );
}
