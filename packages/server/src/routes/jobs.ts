/** Jobs: list, one, cancel, and the Server-Sent Events of one job. */
import { OsmoseError } from '@osmose/core';
import type { FastifyInstance } from 'fastify';
import { FINISHED, type JobEvent } from '../jobs/job.js';
import type { JobRunner } from '../jobs/runner.js';
import { ID_PARAM, JOB_SCHEMA } from '../schemas.js';

export function registerJobs(app: FastifyInstance, runner: JobRunner): void {
  app.get(
    '/v1/jobs',
    {
      schema: {
        summary: 'Jobs, newest first',
        response: { 200: { type: 'object', properties: { jobs: { type: 'array', items: JOB_SCHEMA } } } },
      },
    },
    async () => ({
      jobs: await runner.list(),
    }),
  );

  app.get(
    '/v1/jobs/:id',
    { schema: { summary: 'One job', params: ID_PARAM, response: { 200: JOB_SCHEMA } } },
    async (req) => {
      const job = await runner.get((req.params as { id: string }).id);
      if (!job) throw new OsmoseError('OSM_NOT_FOUND', 'No job with that id.');
      return job;
    },
  );

  app.delete(
    '/v1/jobs/:id',
    {
      schema: {
        summary: 'Cancel a job (no new paid calls; checkpoints are kept)',
        params: ID_PARAM,
        response: { 200: JOB_SCHEMA },
      },
    },
    async (req) => {
      const job = await runner.cancel((req.params as { id: string }).id);
      if (!job) throw new OsmoseError('OSM_NOT_FOUND', 'No job with that id.');
      return job;
    },
  );

  app.get(
    '/v1/jobs/:id/events',
    {
      schema: {
        summary: 'Server-Sent Events: state, phase, slide, provider, warning, report, end',
        params: ID_PARAM,
      },
    },
    async (req, reply) => {
      const id = (req.params as { id: string }).id;
      // subscribe first, then read the state: nothing falls between the two
      const buffered: JobEvent[] = [];
      let live: ((e: JobEvent) => void) | null = null;
      const unsubscribe = runner.subscribe(id, (e) => (live ? live(e) : buffered.push(e)));
      const job = await runner.get(id).catch((e) => {
        unsubscribe();
        throw e;
      });
      if (!job) {
        unsubscribe();
        throw new OsmoseError('OSM_NOT_FOUND', 'No job with that id.');
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let closed = false;
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        res.end();
      };
      req.raw.on('close', finish);
      const send = (e: JobEvent) => {
        if (closed) return;
        res.write(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
        if (e.event === 'end') finish();
      };
      send({ event: 'state', data: job });
      if (FINISHED.has(job.status)) {
        send({ event: 'end', data: { jobId: id, status: job.status } });
        return;
      }
      for (const e of buffered) send(e);
      live = send;
    },
  );
}
