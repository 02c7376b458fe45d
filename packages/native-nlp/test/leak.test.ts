import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILT } from './helpers/addon.js';

const run = promisify(execFile);

// 10,000 calls in a child `node --expose-gc`; RSS must plateau: after warm-up (first 3,000 calls)
// it may not grow by more than 48 MiB, which a leak of even 5 KB per call would exceed.
describe.skipIf(!BUILT)('no leak under --expose-gc', () => {
  it('10,000 calls keep RSS bounded', async () => {
    const child = fileURLToPath(new URL('./helpers/leak-child.ts', import.meta.url));
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', tsx, child, '10000'], {
      maxBuffer: 1 << 20,
      timeout: 600_000,
    });
    const { calls, samples } = JSON.parse(stdout.trim().split('\n').pop()!) as {
      calls: number;
      samples: number[];
    };
    expect(calls).toBe(10_000);
    expect(samples.length).toBe(10);
    const mib = samples.map((s) => Math.round(s / 2 ** 20));
    console.log(`RSS (MiB) every 1,000 calls: ${mib.join(' ')}`);
    expect(Math.max(...samples.slice(3)) - samples[2]).toBeLessThan(48 * 2 ** 20);
  }, 600_000);
});
