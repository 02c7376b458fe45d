// Runs the whole suite (typecheck + lint + vitest) and ends with one plain line: "N passed, N failed, N skipped",
// counting tests (never files). A test file that could not run at all (import error, failing hook) is named on
// its own line above: its tests count as failed when vitest knows them, else the file is reported separately.
// Any failure (typecheck, lint, a test, a file that could not run) exits 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { countResults } from './count-results.mjs';

const args = process.argv.slice(2);
/** What Prettier keeps formatted (npm run format writes, npm test checks). */
const FORMATTED = [
  'packages/*/src/**/*.ts',
  'packages/*/test/**/*.ts',
  'packages/*/bench/**/*.ts',
  'tools/**/*.{ts,mjs}',
  'bench/**/*.ts',
];
const t0 = Date.now();
const problems = [];

if (!args.includes('--no-typecheck')) {
  process.stderr.write('› typecheck (tsc --noEmit)\n');
  const tc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { stdio: 'inherit' });
  if (tc.status !== 0) problems.push('typecheck failed');
  // the web app is typechecked with the DOM types (packages/web/tsconfig.json)
  const tcWeb = spawnSync('npx', ['tsc', '-p', 'packages/web/tsconfig.json', '--noEmit'], {
    stdio: 'inherit',
  });
  if (tcWeb.status !== 0) problems.push('typecheck of packages/web failed');
}

if (!args.includes('--no-lint')) {
  // each package's lint target through nx (cached: an unchanged package is not linted again), then what
  // belongs to no package; then formatting
  process.stderr.write('› lint (nx run-many -t lint, eslint tools bench)\n');
  const nx = spawnSync('npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (nx.status !== 0) problems.push('lint of the packages failed');
  const lint = spawnSync('npx', ['eslint', 'tools', 'bench'], { stdio: 'inherit' });
  if (lint.status !== 0) problems.push('lint of tools/bench failed');
  process.stderr.write('› format (prettier --check)\n');
  const fmt = spawnSync('npx', ['prettier', '--check', '--log-level', 'warn', ...FORMATTED], {
    stdio: 'inherit',
  });
  if (fmt.status !== 0) problems.push('formatting differs from Prettier (npm run format fixes it)');
}

const out = join(mkdtempSync(join(tmpdir(), 'osmose-vitest-')), 'results.json');
const filters = args.filter((a) => !a.startsWith('--'));
const vt = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...filters],
  {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
  },
);
let c = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
try {
  c = countResults(JSON.parse(readFileSync(out, 'utf8')));
} catch (e) {
  problems.push(`vitest wrote no readable results (${e.message.split('\n')[0]})`);
}
for (const f of c.brokenFiles)
  problems.push(
    `test file could not run: ${relative(process.cwd(), f.file)}${f.reason ? ` (${f.reason})` : ''}`,
  );
if (vt.status !== 0 && c.failed === 0 && problems.length === 0)
  problems.push(`vitest exited with status ${vt.status}`);
process.stderr.write(`suite time ${Math.round((Date.now() - t0) / 1000)} s\n`);
for (const p of problems) process.stderr.write(`${p}\n`);
console.log(`${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
process.exit(c.failed > 0 || problems.length > 0 ? 1 : 0);
