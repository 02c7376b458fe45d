// Runs the whole suite (typecheck + vitest) and ends with one plain line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const t0 = Date.now();
let failed = 0;

if (!args.includes('--no-typecheck')) {
  process.stderr.write('› typecheck (tsc --noEmit)\n');
  const tc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { stdio: 'inherit' });
  if (tc.status !== 0) {
    process.stderr.write('typecheck failed\n');
    failed++;
  }
}

if (!args.includes('--no-lint')) {
  process.stderr.write('› lint (eslint)\n');
  const lint = spawnSync('npx', ['eslint', 'packages', 'tools'], { stdio: 'inherit' });
  if (lint.status !== 0) {
    process.stderr.write('lint failed\n');
    failed++;
  }
}

const out = join(mkdtempSync(join(tmpdir(), 'osmose-vitest-')), 'results.json');
const filters = args.filter((a) => !a.startsWith('--'));
const vt = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...filters], {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
});
let passed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} catch {
  failed += 1;
}
if (vt.status !== 0 && failed === 0) failed = 1;
process.stderr.write(`suite time ${Math.round((Date.now() - t0) / 1000)} s\n`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
