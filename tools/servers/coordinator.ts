/**
 * The test-run server coordinator: lives in the vitest main process (started by global-setup.ts) and
 * hands out one Neo4j, one Redis and one Qdrant for the whole run, each started on the first request
 * only (a run that needs none starts none). Test files talk to it through tools/servers/shared.ts.
 *
 * Protocol (one TCP connection per lease, JSON lines): the client sends
 * `{"want":["neo4j","redis"],"exclusive":true}`; the coordinator starts what is missing, waits until
 * no other connection holds an exclusive lease on those servers, wipes their data (exclusive leases
 * only; Neo4j: nodes, constraints and indexes; Qdrant: every collection), and answers `{"ok":true,"urls":{…},"missing":{…}}`. The lease lasts until the connection
 * closes (the file's afterAll, or its worker exiting), so a crashed test file cannot hold it forever.
 */
import { createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { Redis } from 'ioredis';
import { startNeo4j } from './neo4j.js';
import { startRedis } from './redis.js';
import { findQdrantBinary, startQdrant } from './qdrant.js';

export type ServerName = 'neo4j' | 'redis' | 'qdrant';
export const SERVER_NAMES: readonly ServerName[] = ['neo4j', 'redis', 'qdrant'];
/** host:port of the coordinator, set by the global setup for the test workers. */
export const COORDINATOR_ENV = 'OSMOSE_TEST_SERVERS';
/** Servers given from outside (CI): used instead of starting one. */
export const SERVER_URL_ENV: Record<ServerName, string> = {
  neo4j: 'OSMOSE_TEST_NEO4J_URL',
  redis: 'OSMOSE_TEST_REDIS_URL',
  qdrant: 'OSMOSE_TEST_QDRANT_URL',
};

export interface LeaseRequest {
  want: ServerName[];
  /** Wipe and hold the servers for this connection alone (Neo4j has a single user database; a
   *  Qdrant holder may use the default collection names). */
  exclusive?: boolean;
}
export interface LeaseReply {
  ok: boolean;
  urls: Partial<Record<ServerName, string>>;
  /** Why a server could not be had (only Qdrant may be missing; the others fail the request). */
  missing: Partial<Record<ServerName, string>>;
  error?: string;
}

interface Started {
  url: string | null;
  reason?: string;
  stop?: () => Promise<void>;
  startedHere: boolean;
}

export interface Coordinator {
  address: string;
  /** What was started, for the run's log. */
  started(): string[];
  close(): Promise<void>;
}

export async function startCoordinator(env: NodeJS.ProcessEnv = process.env): Promise<Coordinator> {
  const servers = new Map<ServerName, Promise<Started>>();
  const log: string[] = [];
  const held = new Map<ServerName, Socket>();
  const waiting: { want: ServerName[]; grant: () => void; socket: Socket }[] = [];

  const get = (name: ServerName): Promise<Started> => {
    let p = servers.get(name);
    if (!p) {
      p = startOne(name, env).then((s) => {
        if (s.startedHere) log.push(`${name} ${s.url}`);
        return s;
      });
      servers.set(name, p);
    }
    return p;
  };

  const pump = (): void => {
    for (let i = 0; i < waiting.length; i++) {
      const w = waiting[i];
      if (w.socket.destroyed) {
        waiting.splice(i--, 1);
        continue;
      }
      if (w.want.every((n) => !held.has(n))) {
        waiting.splice(i--, 1);
        for (const n of w.want) held.set(n, w.socket);
        w.grant();
      }
    }
  };
  const release = (socket: Socket): void => {
    for (const [n, s] of [...held]) if (s === socket) held.delete(n);
    pump();
  };

  const handle = async (socket: Socket, req: LeaseRequest): Promise<void> => {
    const want = [...new Set(req.want)].filter((n) => SERVER_NAMES.includes(n));
    const reply: LeaseReply = { ok: true, urls: {}, missing: {} };
    try {
      const got = await Promise.all(want.map(get));
      want.forEach((n, i) => {
        if (got[i].url) reply.urls[n] = got[i].url!;
        else reply.missing[n] = got[i].reason ?? 'unavailable';
      });
      const lock = want.filter((n) => reply.urls[n]);
      if (req.exclusive && lock.length > 0) {
        await new Promise<void>((grant) => {
          waiting.push({ want: lock, grant, socket });
          pump();
        });
        await Promise.all(lock.map((n) => wipe(n, reply.urls[n]!)));
      }
    } catch (e) {
      reply.ok = false;
      reply.error = (e as Error).message;
    }
    if (!socket.destroyed) socket.write(JSON.stringify(reply) + '\n');
  };

  const server: Server = createServer((socket) => {
    let buf = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      let req: LeaseRequest;
      try {
        req = JSON.parse(line) as LeaseRequest;
      } catch {
        socket.end(JSON.stringify({ ok: false, urls: {}, missing: {}, error: 'bad request' }) + '\n');
        return;
      }
      void handle(socket, req);
    });
    socket.on('error', () => {});
    socket.on('close', () => release(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const addr = server.address();
  const address = typeof addr === 'object' && addr ? `127.0.0.1:${addr.port}` : '';
  return {
    address,
    started: () => [...log],
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      const all = await Promise.allSettled([...servers.values()]);
      await Promise.all(all.map((s) => (s.status === 'fulfilled' ? s.value.stop?.() : undefined)));
    },
  };
}

async function startOne(name: ServerName, env: NodeJS.ProcessEnv): Promise<Started> {
  const given = env[SERVER_URL_ENV[name]]?.trim() || (name === 'qdrant' ? env.QDRANT_URL?.trim() : '');
  if (given) return { url: given, startedHere: false };
  if (name === 'neo4j') {
    const s = await startNeo4j();
    console.log(`[servers] Neo4j ${s.neo4jVersion} at ${s.url} (started on demand in ${s.startupMs} ms)`);
    return { url: s.url, stop: s.stop, startedHere: true };
  }
  if (name === 'redis') {
    const s = await startRedis();
    console.log(`[servers] Redis at ${s.url} (started on demand in ${s.startupMs} ms)`);
    return { url: s.url, stop: s.stop, startedHere: true };
  }
  const found = findQdrantBinary(env);
  if (!found.bin)
    return {
      url: null,
      startedHere: false,
      reason: `no Qdrant server: QDRANT_URL is not set and no qdrant binary was found (searched ${found.searched.join(', ')})`,
    };
  try {
    const s = await startQdrant({ bin: found.bin });
    console.log(`[servers] ${s.version} at ${s.url} (started on demand in ${s.startupMs} ms)`);
    return { url: s.url, stop: s.stop, startedHere: true };
  } catch (e) {
    return { url: null, startedHere: false, reason: `${found.bin} did not start: ${(e as Error).message}` };
  }
}

/** Gives the next exclusive holder an empty server. */
async function wipe(name: ServerName, url: string): Promise<void> {
  if (name === 'neo4j') {
    const driver = neo4j.driver(url, neo4j.auth.basic('neo4j', 'neo4j'));
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      // schema too: another file's constraints (e.g. the Cypher export's) must not stand in for the
      // ones the next file's store creates and checks
      const cs = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
      for (const r of cs.records)
        await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name') as string}\` IF EXISTS`);
      const ix = await driver.executeQuery(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
      );
      for (const r of ix.records)
        await driver.executeQuery(`DROP INDEX \`${r.get('name') as string}\` IF EXISTS`);
    } finally {
      await driver.close();
    }
  } else if (name === 'qdrant') {
    const res = await fetch(`${url}/collections`);
    const body = (await res.json()) as { result: { collections: { name: string }[] } };
    for (const c of body.result.collections)
      await fetch(`${url}/collections/${encodeURIComponent(c.name)}`, { method: 'DELETE' });
  } else if (name === 'redis') {
    const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    try {
      await r.connect();
      await r.flushall();
      await r.config('RESETSTAT');
    } finally {
      r.disconnect();
    }
  }
}
