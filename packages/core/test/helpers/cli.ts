import { execSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus.js';

/** The same source hash tools/setup/setup.sh writes beside the bundle it builds (packages/cli/dist/.src-hash). */
const SRC_HASH_CMD =
  "find packages/*/src tools/bundle -type f \\( -name '*.ts' -o -name '*.mjs' \\) -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16";

/**
 * The bundled CLI when it was built from exactly the current sources (as `npm test` does through setup): it starts
 * with about half the CPU of the TypeScript sources through tsx, which matters on a loaded machine. Otherwise (sources
 * edited since, no bundle, OSMOSE_TEST_CLI=source) the sources through `node --import tsx` (not the tsx wrapper: a
 * SIGKILL must reach the process that does the work).
 */
function cliEntry(): string[] {
  const bundle = join(REPO_ROOT, 'packages', 'cli', 'dist', 'osmose.js');
  if (process.env.OSMOSE_TEST_CLI !== 'source') {
    try {
      const built = readFileSync(join(REPO_ROOT, 'packages', 'cli', 'dist', '.src-hash'), 'utf8').trim();
      const now = execSync(SRC_HASH_CMD, { cwd: REPO_ROOT, shell: '/bin/bash', encoding: 'utf8' }).trim();
      if (built && built === now) return [bundle];
    } catch {
      // no bundle or no hash: run the sources
    }
  }
  return ['--import', 'tsx', join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts')];
}

let entry: string[] | undefined;
/** Node arguments that start the CLI (decided once per test file). */
export const cliArgs = (): string[] => (entry ??= cliEntry());

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
  const r = spawnSync(process.execPath, [...cliArgs(), ...args], {
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
export function osmoseRun(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = CLI_TIMEOUT_MS,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliArgs(), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
      resolve({
        code: timedOut ? -1 : (code ?? -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

export function osmoseAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [...cliArgs(), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
