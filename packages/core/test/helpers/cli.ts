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

/** Runs the real `osmose` CLI (from source, as a child process) and returns its exit code and output. */
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

export function osmoseAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [...NODE_ARGS, MAIN, ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}
