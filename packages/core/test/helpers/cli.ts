import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';

// node --import tsx (not the tsx wrapper): a SIGKILL must reach the process that does the work
const NODE_ARGS = ['--import', 'tsx'];
const MAIN = join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts');

/**
 * Longest a single CLI run may take in a test (a loaded 2-core machine runs the suite several times slower
 * than a quiet one). A test's own timeout must cover the runs it makes: n runs → n × CLI_TIMEOUT_MS + margin.
 */
export const CLI_TIMEOUT_MS = 240_000;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `osmose` CLI (from source, as a child process) and returns its exit code and output.
 * Synchronous: it blocks the test worker while the CLI runs, so prefer `osmoseRun` for anything longer than
 * a few seconds (a worker blocked for a minute misses vitest's own messages: "Timeout calling onTaskUpdate").
 */
export function osmose(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = CLI_TIMEOUT_MS): CliResult {
  const r = spawnSync(process.execPath, [...NODE_ARGS, MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the real `osmose` CLI without blocking the test worker; resolves with its exit code (-1 when it was
 * killed after `timeoutMs`) and output.
 */
export function osmoseRun(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = CLI_TIMEOUT_MS): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, MAIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? -1 : (code ?? -1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function osmoseAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [...NODE_ARGS, MAIN, ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}
