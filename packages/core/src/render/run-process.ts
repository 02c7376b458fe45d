/**
 * Runs an external program with a time limit. The child gets its own process group, so a timeout kills
 * it and everything it started (LibreOffice forks). A missing program is OSM_DEPENDENCY_MISSING.
 */
import { spawn } from 'node:child_process';
import { OsmoseError } from '../errors.js';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** What to call it in messages (soffice, pdftoppm). */
  label: string;
}

export function runProcess(cmd: string, args: string[], o: RunOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: o.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let cancelled = false;
    const killGroup = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, o.timeoutMs);
    const onAbort = (): void => {
      cancelled = true;
      killGroup();
    };
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-8_192)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8_192)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (e.code === 'ENOENT') {
        reject(
          new OsmoseError(
            'OSM_DEPENDENCY_MISSING',
            `${o.label} is not installed (${cmd} not found); run \`npm run setup\`.`,
            { cause: e },
          ),
        );
      } else
        reject(
          new OsmoseError('OSM_RENDER_FAILED', `${o.label} could not start: ${e.message}`, { cause: e }),
        );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (timedOut) {
        reject(
          new OsmoseError(
            'OSM_RENDER_TIMEOUT',
            `${o.label} took longer than ${o.timeoutMs} ms and was killed.`,
            { details: { stderr } },
          ),
        );
      } else if (cancelled) reject(new OsmoseError('OSM_CANCELLED'));
      else resolve({ code, stdout, stderr });
    });
  });
}
