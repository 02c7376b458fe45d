import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TailBuffer, waitForExit } from './child-process.js';
import { freePort } from './free-port.js';

export interface RedisServer {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
  startupMs: number;
  /** SIGKILL the server (simulates a crash); `stop()` still cleans up afterwards. */
  kill(): void;
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` (Debian package, see tools/setup/redis.sh) on a free loopback port with no
 * persistence (no RDB, no AOF) and a throw-away working directory.
 */
export async function startRedis(
  opts: { bin?: string; timeoutMs?: number; port?: number } = {},
): Promise<RedisServer> {
  const t0 = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'osmose-redis-'));
  const port = opts.port ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    '--loglevel',
    'warning',
    '--logfile',
    '',
  ];
  const child = spawn(opts.bin ?? 'redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Never outlive the Node process that started it.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const out = new TailBuffer();
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => out.push(c));
  const spawnError = new Promise<never>((_, reject) => {
    child.once('error', (e) =>
      reject(new Error(`cannot start redis-server (run tools/setup/redis.sh): ${e.message}`)),
    );
  });
  try {
    await Promise.race([
      waitForPing(port, opts.timeoutMs ?? 15_000, () => child.exitCode !== null),
      spawnError,
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`redis-server did not start: ${(e as Error).message}\n${out.toString()}`);
  }
  const startupMs = Math.round(performance.now() - t0);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    startupMs,
    kill: () => {
      child.kill('SIGKILL');
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 5_000))) child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPing(port: number, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error('redis-server exited');
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`no PONG within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    let buf = '';
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('\r\n')) done(buf.startsWith('+PONG'));
    });
  });
}
