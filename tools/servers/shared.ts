/**
 * How a test file gets a real server: from the run's coordinator (tools/servers/coordinator.ts,
 * started by the global setup in vitest.config.ts), which starts each server once per run and only
 * when a file asks for it. Without a coordinator (a script, another config) the server is started
 * for the caller alone, as before. The URL is also put in OSMOSE_TEST_NEO4J_URL / _REDIS_URL /
 * _QDRANT_URL of the calling process.
 *
 * The helpers below take exclusive leases: the holder gets an emptied server and no other file uses
 * it until the lease is released (`stop()` in afterAll, or the worker's exit).
 */
import { createConnection } from 'node:net';
import {
  COORDINATOR_ENV,
  SERVER_URL_ENV,
  type LeaseReply,
  type LeaseRequest,
  type ServerName,
} from './coordinator.js';
import { startNeo4j } from './neo4j.js';
import { startRedis } from './redis.js';
import { findQdrantBinary, startQdrant } from './qdrant.js';

/** Kept for callers of the first version (the global setup or CI sets it). */
export const SHARED_NEO4J_ENV = SERVER_URL_ENV.neo4j;

export interface ServerLease {
  urls: Partial<Record<ServerName, string>>;
  /** Why a server could not be had (Qdrant only; Neo4j and Redis failures reject). */
  missing: Partial<Record<ServerName, string>>;
  /** Whether the servers were started for this caller alone (no coordinator). */
  startedHere: boolean;
  /** Releases the lease (or stops what was started for this caller). Idempotent. */
  stop(): Promise<void>;
}

/** Asks the run's coordinator for servers (waiting for an exclusive lease when others hold it). */
export async function leaseServers(
  want: ServerName[],
  opts: { exclusive?: boolean } = {},
): Promise<ServerLease> {
  const address = process.env[COORDINATOR_ENV];
  const lease = address
    ? await fromCoordinator(address, { want, exclusive: opts.exclusive })
    : await startAlone(want);
  for (const [n, url] of Object.entries(lease.urls)) process.env[SERVER_URL_ENV[n as ServerName]] = url;
  return lease;
}

function fromCoordinator(address: string, req: LeaseRequest): Promise<ServerLease> {
  const [host, port] = address.split(':');
  return new Promise((resolve, reject) => {
    const sock = createConnection({ host, port: Number(port) });
    let buf = '';
    let answered = false;
    sock.setEncoding('utf8');
    sock.on('connect', () => sock.write(JSON.stringify(req) + '\n'));
    sock.on('error', (e) => {
      if (!answered) reject(new Error(`test server coordinator at ${address}: ${e.message}`));
    });
    sock.on('close', () => {
      if (!answered) reject(new Error(`test server coordinator at ${address} closed the lease`));
    });
    sock.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0 || answered) return;
      answered = true;
      const reply = JSON.parse(buf.slice(0, nl)) as LeaseReply;
      if (!reply.ok) {
        sock.destroy();
        reject(new Error(reply.error ?? 'the test server coordinator refused'));
        return;
      }
      let done: Promise<void> | null = null;
      resolve({
        urls: reply.urls,
        missing: reply.missing,
        startedHere: false,
        stop: () =>
          (done ??= new Promise<void>((r) => {
            if (sock.destroyed) return r();
            sock.once('close', () => r());
            sock.end();
          })),
      });
    });
  });
}

async function startAlone(want: ServerName[]): Promise<ServerLease> {
  const urls: ServerLease['urls'] = {};
  const missing: ServerLease['missing'] = {};
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(stops.splice(0).map((s) => s()));
  };
  try {
    for (const n of new Set(want)) {
      const given = process.env[SERVER_URL_ENV[n]] || (n === 'qdrant' ? process.env.QDRANT_URL : '');
      if (given) {
        urls[n] = given;
      } else if (n === 'neo4j') {
        const s = await startNeo4j();
        urls.neo4j = s.url;
        stops.push(s.stop);
      } else if (n === 'redis') {
        const s = await startRedis();
        urls.redis = s.url;
        stops.push(s.stop);
      } else {
        const found = findQdrantBinary();
        if (!found.bin) {
          missing.qdrant = `no Qdrant server: QDRANT_URL is not set and no qdrant binary was found (searched ${found.searched.join(', ')})`;
          continue;
        }
        const s = await startQdrant({ bin: found.bin });
        urls.qdrant = s.url;
        stops.push(s.stop);
      }
    }
  } catch (e) {
    await stopAll();
    throw e;
  }
  return { urls, missing, startedHere: stops.length > 0, stop: stopAll };
}

/**
 * The Neo4j a test file should use, emptied and held by this file until `stop()`. Files sharing the
 * run's server take turns (Neo4j Community has one user database).
 */
export async function sharedNeo4jUrl(): Promise<{
  url: string;
  stop(): Promise<void>;
  startedHere: boolean;
}> {
  const l = await leaseServers(['neo4j'], { exclusive: true });
  return { url: l.urls.neo4j!, stop: l.stop, startedHere: l.startedHere };
}

/** The Redis a test file should use, emptied (FLUSHALL, RESETSTAT) and held by this file until `stop()`. */
export async function sharedRedisUrl(): Promise<{
  url: string;
  stop(): Promise<void>;
  startedHere: boolean;
}> {
  const l = await leaseServers(['redis'], { exclusive: true });
  return { url: l.urls.redis!, stop: l.stop, startedHere: l.startedHere };
}

/**
 * The run's Qdrant, emptied (every collection dropped) and held by this file until `stop()`, or
 * `url: null` with the reason, already printed loudly, when none can be had: skip with
 * `describe.skipIf(!q.url)`.
 */
export async function sharedQdrant(
  what = 'Qdrant integration tests',
): Promise<{ url: string | null; reason?: string; stop(): Promise<void> }> {
  const l = await leaseServers(['qdrant'], { exclusive: true });
  const url = l.urls.qdrant ?? null;
  if (!url) {
    const reason = l.missing.qdrant ?? 'no Qdrant server';
    console.warn(
      `\n*** SKIPPED: ${what}: ${reason}. Set QDRANT_URL=http://host:6333 (e.g. docker run -p 6333:6333 ` +
        `qdrant/qdrant), QDRANT_BIN=/path/to/qdrant, or put a qdrant binary on PATH. ***\n`,
    );
    return { url: null, reason, stop: l.stop };
  }
  return { url, stop: l.stop };
}
