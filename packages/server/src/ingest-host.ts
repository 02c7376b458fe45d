/**
 * The ingest host: a child process that owns an engine and runs the server's in-process jobs, so the
 * CPU-heavy pipeline work (extraction, key phrases, concepts, resolution) never blocks the HTTP event
 * loop. It speaks to its parent over IPC: `ingest`/`cancel` in, `event`/`done` out (see ingest-client.ts).
 */
import type { OsmoseConfig } from '@osmose/core';
import { openFacade } from './core-facade.js';

type In =
  | { type: 'ingest'; id: string; path: string; name: string; force: boolean }
  | { type: 'cancel'; id: string }
  | { type: 'close' };

async function main(): Promise<void> {
  if (!process.send) throw new Error('the ingest host runs as a child of osmose serve');
  // the parent's resolved configuration is the first message (nothing is read from the environment)
  const config = await new Promise<OsmoseConfig>((resolve) =>
    process.once('message', (m: { type: string; config?: OsmoseConfig }) => {
      if (m?.type === 'init' && m.config) resolve(m.config);
    }),
  );
  const send = (m: unknown): void => void process.send!(m);
  const facade = await openFacade(config);
  const controllers = new Map<string, AbortController>();
  const running = new Set<Promise<void>>();
  process.on('message', (m: In) => {
    if (m.type === 'cancel') controllers.get(m.id)?.abort();
    else if (m.type === 'close') {
      void Promise.allSettled([...running])
        .then(() => facade.close())
        .then(() => process.exit(0));
    } else if (m.type === 'ingest') {
      const ctl = new AbortController();
      controllers.set(m.id, ctl);
      const p = facade
        .ingestDeck(m.path, {
          name: m.name,
          force: m.force,
          signal: ctl.signal,
          observer: {
            phase: (phase, done, total) =>
              send({ type: 'event', id: m.id, kind: 'phase', phase, done, total }),
            slide: (slide, source) => send({ type: 'event', id: m.id, kind: 'slide', slide, source }),
            provider: (event) => send({ type: 'event', id: m.id, kind: 'provider', event }),
            warn: (message) => send({ type: 'event', id: m.id, kind: 'warn', message }),
            waiting: () => send({ type: 'event', id: m.id, kind: 'waiting' }),
          },
        })
        .then((report) => {
          send({ type: 'done', id: m.id, report });
        })
        .finally(() => {
          controllers.delete(m.id);
          running.delete(p);
        });
      running.add(p);
    }
  });
  process.on('disconnect', () => {
    for (const c of controllers.values()) c.abort();
    void Promise.allSettled([...running])
      .then(() => facade.close())
      .then(() => process.exit(0));
  });
  // a stray rejection (e.g. a provider call aborted by a cancel) must not kill every running job
  process.on('unhandledRejection', (e) =>
    process.stderr.write(
      `ingest host: warning: unhandled ${(e as { code?: string })?.code ?? 'rejection'}: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`,
    ),
  );
  send({ type: 'ready' });
}

main().catch((e) => {
  process.stderr.write(`ingest host: ${(e as Error)?.message ?? e}\n`);
  process.exit(1);
});
