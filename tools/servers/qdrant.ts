import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TailBuffer, waitForExit } from './child-process.js';
import { freePort } from './free-port.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The test build next to the checkout (see ../shared/bin/README.md). */
export const SHARED_QDRANT_BIN = resolve(ROOT, '../shared/bin/qdrant');

export interface QdrantServer {
  /** http://127.0.0.1:PORT (REST API). */
  url: string;
  port: number;
  pid: number;
  /** Wall time from spawn to the first `GET /readyz` answered 200. */
  startupMs: number;
  version: string;
  /** The folder holding `storage/` and `snapshots/` (pass it back as `dataDir` to restart on it). */
  dataDir: string;
  /** SIGKILL the server (simulates a crash); `stop()` still cleans up afterwards. */
  kill(): Promise<void>;
  /** Stops the server (SIGKILL when its folder is thrown away, else SIGTERM); removes its folder unless the caller gave `dataDir`. */
  stop(): Promise<void>;
}

export interface StartQdrantOptions {
  /** The `qdrant` executable (default: `findQdrantBinary()`). */
  bin?: string;
  /** HTTP port (default: a free loopback port); the gRPC port is another free one. */
  port?: number;
  /** Reuse this folder (a restart on the same storage); the caller then owns it and removes it. */
  dataDir?: string;
  timeoutMs?: number;
}

export type QdrantBinary = { bin: string; searched: string[] } | { bin: null; searched: string[] };

const isExecutable = (p: string): boolean => {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Where the tests look for a Qdrant server binary, in order: `QDRANT_BIN` (when set, only there),
 * `qdrant` on `PATH`, then `../shared/bin/qdrant` beside the checkout. Returns what was searched
 * either way, so a skip can say it.
 */
export function findQdrantBinary(env: NodeJS.ProcessEnv = process.env): QdrantBinary {
  const searched: string[] = [];
  if (env.QDRANT_BIN !== undefined && env.QDRANT_BIN !== '') {
    searched.push(`QDRANT_BIN=${env.QDRANT_BIN}`);
    return { bin: isExecutable(env.QDRANT_BIN) ? resolve(env.QDRANT_BIN) : null, searched };
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(dir, 'qdrant');
    if (isExecutable(p)) return { bin: p, searched: [...searched, 'PATH'] };
  }
  searched.push('qdrant on PATH');
  searched.push(SHARED_QDRANT_BIN);
  return { bin: isExecutable(SHARED_QDRANT_BIN) ? SHARED_QDRANT_BIN : null, searched };
}

/** The binary's version line ("qdrant 1.17.1"), or '' when it cannot say. */
function versionOf(bin: string): string {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return (r.stdout ?? '').trim().split('\n')[0] ?? '';
}

/**
 * Starts a real Qdrant server on a free 127.0.0.1 port with its storage in a temp folder (or in
 * `dataDir`, to restart on the storage of a killed one). Ready when `GET /readyz` answers 200.
 * Telemetry is off and background threads are kept few (the test machines have 2 cores).
 */
export async function startQdrant(opts: StartQdrantOptions = {}): Promise<QdrantServer> {
  const t0 = performance.now();
  const found = opts.bin ? { bin: opts.bin, searched: [opts.bin] } : findQdrantBinary();
  if (!found.bin) throw new Error(`no qdrant binary (searched ${found.searched.join(', ')})`);
  const bin = found.bin;
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'osmose-qdrant-')));
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  const port = opts.port ?? (await freePort());
  let grpc = await freePort();
  while (grpc === port) grpc = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    QDRANT__SERVICE__HOST: '127.0.0.1',
    QDRANT__SERVICE__HTTP_PORT: String(port),
    QDRANT__SERVICE__GRPC_PORT: String(grpc),
    QDRANT__STORAGE__STORAGE_PATH: join(dataDir, 'storage'),
    QDRANT__STORAGE__SNAPSHOTS_PATH: join(dataDir, 'snapshots'),
    QDRANT__TELEMETRY_DISABLED: 'true',
    QDRANT__LOG_LEVEL: 'WARN',
    QDRANT__STORAGE__PERFORMANCE__MAX_SEARCH_THREADS: '1',
    QDRANT__STORAGE__PERFORMANCE__MAX_OPTIMIZATION_THREADS: '1',
  };
  const child = spawn(bin, [], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Never outlive the Node process that started it.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const log = new TailBuffer();
  child.stdout?.on('data', (c: Buffer) => log.push(c));
  child.stderr?.on('data', (c: Buffer) => log.push(c));
  const url = `http://127.0.0.1:${port}`;
  const spawnError = new Promise<never>((_, reject) => {
    child.once('error', (e) => reject(new Error(`cannot start ${bin}: ${e.message}`)));
  });
  try {
    await Promise.race([
      waitReady(url, opts.timeoutMs ?? 60_000, () => child.exitCode !== null || child.signalCode !== null),
      spawnError,
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
    if (ownDir) await rm(dataDir, { recursive: true, force: true });
    throw new Error(`Qdrant did not start: ${(e as Error).message}\n${log.toString()}`);
  }
  const startupMs = Math.round(performance.now() - t0);
  let stopping: Promise<void> | null = null;
  return {
    url,
    port,
    pid: child.pid ?? -1,
    startupMs,
    version: versionOf(bin),
    dataDir,
    kill: async () => {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    },
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          // storage thrown away: no need for a graceful flush; otherwise let it close cleanly
          child.kill(ownDir ? 'SIGKILL' : 'SIGTERM');
          if (!(await waitForExit(child, 10_000))) child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
        if (ownDir) await rm(dataDir, { recursive: true, force: true });
      })()),
  };
}

async function waitReady(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error('qdrant exited');
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`GET /readyz not 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
