import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createVisionClient, startSimulator, type RunningSimulator } from '../src/index.js';
import { FileResponseCache } from './fixtures/file-cache.js';
import { fakeSlides } from './helpers.js';

let sim: RunningSimulator | null = null;
const dir = mkdtempSync(join(tmpdir(), 'osm-vision-kill-'));
afterEach(async () => {
  await sim?.close();
  sim = null;
  rmSync(dir, { recursive: true, force: true });
});

const lines = (p: string): number =>
  existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean).length : 0;

describe('crash resume', () => {
  it('a run killed with SIGKILL and re-run pays only for the slides not yet summarised', async () => {
    sim = await startSimulator({ profile: 'ideal', latencyMedianMs: 150, latencyP95Ms: 250 });
    const cachePath = join(dir, 'cache.jsonl');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./fixtures/kill-child.ts', import.meta.url)),
        sim.url,
        cachePath,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => r(sig)));
    const deadline = Date.now() + 30_000;
    while (lines(cachePath) < 8 && Date.now() < deadline && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited, stderr).toBe('SIGKILL');

    const cache = new FileResponseCache(cachePath);
    const done = cache.size;
    expect(done).toBeGreaterThanOrEqual(8);
    expect(done).toBeLessThan(30);
    const results = await createVisionClient({ baseURL: sim.url, apiKey: 'run2', cache }).summariseAll(
      fakeSlides(30),
    );
    expect(sim.stats().byKey.run2.calls).toBe(30 - done);
    expect(results.filter((r) => r.source === 'cache')).toHaveLength(done);
    expect(results.filter((r) => r.source === 'vision')).toHaveLength(30 - done);
  });
});
