import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArgs, osmoseAsync } from '../../core/test/helpers/cli.js';
import { REPO_ROOT } from '../../core/test/helpers/corpus.js';

/** Whether something accepts TCP connections on 127.0.0.1:port. */
const listening = (port: number) =>
  new Promise<boolean>((res) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });

const firstLine = (child: ChildProcess) =>
  new Promise<string>((res, rej) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) res(buf.split('\n')[0]);
    });
    child.once('exit', (code) => rej(new Error(`exited (${code}) before printing: ${buf}`)));
  });

const exited = (child: ChildProcess) =>
  new Promise<number | string | null>((res) => child.once('exit', (code, sig) => res(sig ?? code)));

async function until(cond: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return cond();
}

// starting the CLI from source takes seconds on a loaded machine: generous limits, no timing asserted
describe('osmose simulate', { timeout: 180_000 }, () => {
  it('runs in the foreground; SIGTERM to its process closes the port and it exits 0 with its stats', async () => {
    const child = osmoseAsync(['simulate', '--profile', 'ideal', '--json', '--reject-key', 'revoked']);
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const { url } = JSON.parse(await firstLine(child));
    const port = Number(new URL(url).port);
    expect(await listening(port)).toBe(true);
    // --reject-key: that key gets the provider's 401, another one an answer
    const ask = (key: string) =>
      fetch(`${url}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
      }).then((r) => r.status);
    expect(await ask('revoked')).toBe(401);
    expect(await ask('valid')).toBe(200);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done, err).toBe(0);
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toHaveProperty('stats');
    expect(await listening(port)).toBe(false);
  });

  it('stops when the wrapper that started it is killed (the "npx … &" then kill $! case), and --pid-file names the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-sim-'));
    const pidFile = join(dir, 'sim.pid');
    const cli = cliArgs()
      .map((a) => `"${a}"`)
      .join(' ');
    // a shell that stays the parent (like npm exec): killing it orphans the server
    const wrapper = spawn(
      'sh',
      ['-c', `"${process.execPath}" ${cli} simulate --profile ideal --json --pid-file "${pidFile}"; true`],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const { url } = JSON.parse(await firstLine(wrapper));
    const port = Number(new URL(url).port);
    expect(await until(() => existsSync(pidFile), 30_000)).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).not.toBe(wrapper.pid);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    wrapper.kill('SIGKILL');
    expect(await until(() => !alive(), 60_000)).toBe(true);
    expect(await listening(port)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  });
});
