import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { TailBuffer, waitForExit } from './child-process.js';
import { freePort } from './free-port.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const READY = /^OSMOSE_NEO4J_READY (bolt:\/\/\S+)/m;

export interface Neo4jServer {
  /** bolt://127.0.0.1:PORT (authentication disabled; any user/password is accepted). */
  url: string;
  pid: number;
  /** Wall time from spawn to the first query answered. */
  startupMs: number;
  neo4jVersion: string;
  stop(): Promise<void>;
}

export interface StartNeo4jOptions {
  /** Extra JVM options (default: `OSMOSE_NEO4J_JAVA_OPTS` or a 512 MiB heap with SerialGC). */
  javaOpts?: string[];
  timeoutMs?: number;
}

/** Builds the launcher if needed (tools/setup/neo4j.sh, a no-op when cached) and returns its folder. */
export async function ensureNeo4jLauncher(): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [join(ROOT, 'tools/setup/neo4j.sh')], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const dir = stdout.trim().split('\n').pop() ?? '';
  if (!existsSync(join(dir, 'launcher.jar')))
    throw new Error(`tools/setup/neo4j.sh gave no launcher (${dir})`);
  return dir;
}

/**
 * Starts a real Neo4j Community 5.26 (embedded DBMS in its own JVM, Bolt on a free 127.0.0.1 port,
 * database files in a fresh temp dir). `stop()` shuts it down cleanly and removes the files. If
 * the Node process dies, the launcher sees its stdin close and shuts itself down.
 */
export async function startNeo4j(opts: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const t0 = performance.now();
  const dir = await ensureNeo4jLauncher();
  const javaHome = readFileSync(join(dir, 'java-home'), 'utf8').trim();
  const neo4jVersion = readFileSync(join(dir, 'neo4j-version'), 'utf8').trim();
  const home = await mkdtemp(join(tmpdir(), 'osmose-neo4j-'));
  const port = await freePort();
  const envOpts = process.env.OSMOSE_NEO4J_JAVA_OPTS?.split(/\s+/).filter(Boolean);
  const javaOpts = opts.javaOpts ?? envOpts ?? ['-Xms256m', '-Xmx512m', '-XX:+UseSerialGC'];
  const args = [
    ...javaOpts,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${join(dir, 'launcher.jar')}:${join(dir, 'lib')}/*`,
    'dev.osmose.neo4j.Launcher',
    '--home',
    home,
    '--port',
    String(port),
  ];
  const child = spawn(join(javaHome, 'bin/java'), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // The launcher also shuts down when its stdin closes; this covers a hard exit of this process.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const log = new TailBuffer();
  let stdout = '';
  // a JVM start on a loaded 2-core machine can take minutes; a quiet one takes ~15 s
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j not ready within ${timeoutMs} ms`)), timeoutMs);
    child.stdout?.on('data', (c: Buffer) => {
      log.push(c);
      stdout += c.toString();
      const m = READY.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.stderr?.on('data', (c: Buffer) => log.push(c));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j launcher exited (${code ?? sig}) before it was ready`));
    });
  }).catch(async (e: Error) => {
    child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
    throw new Error(`${e.message}\n${log.toString()}`);
  });
  const startupMs = Math.round(performance.now() - t0);
  let stopping: Promise<void> | null = null;
  return {
    url,
    pid: child.pid ?? -1,
    startupMs,
    neo4jVersion,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.stdin?.end('stop\n');
          if (!(await waitForExit(child, 30_000))) {
            child.kill('SIGKILL');
            await waitForExit(child, 5_000);
          }
        }
        await rm(home, { recursive: true, force: true });
      })()),
  };
}
