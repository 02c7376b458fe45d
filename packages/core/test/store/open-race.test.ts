/**
 * Several processes opening one new store at the same moment (two `osmose ingest` runs into a fresh `--store`): each
 * switches the file to WAL and runs the migrations. That switch can meet the other's lock without SQLite's busy wait,
 * and a version read outside the migration's transaction let a second process create the tables again
 * (OSM_STORE_OPEN_FAILED "database is locked", or OSM_INTERNAL "table already exists": about one run in seven of two
 * `osmose ingest` processes; this test failed on its first run before the fix).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/corpus.js';

const SCRIPT = `
import { openDatabase } from ${JSON.stringify(join(REPO_ROOT, 'packages/core/src/store/sqlite-db.ts'))};
const [dir, at] = process.argv.slice(-2);
while (Date.now() < Number(at)) {}
const db = openDatabase(dir);
const v = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get();
db.close();
console.log(v.value);
`;

function open(dir: string, at: number): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, dir, String(at)],
    {
      cwd: REPO_ROOT,
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

describe('one new store opened by several processes at once', () => {
  const root = mkdtempSync(join(tmpdir(), 'osmose-open-race-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('every process opens it, migrated once, in every round', async () => {
    for (let round = 0; round < 4; round++) {
      const dir = join(root, `store-${round}`);
      // (they start together once all are loaded: tsx takes a second or more to start on a loaded machine)
      const at = Date.now() + 8_000;
      // (a few milliseconds apart: each lands inside another's first open and migrations)
      const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => open(dir, at + i * 4)));
      for (const r of runs) {
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
      }
      expect(new Set(runs.map((r) => r.out.trim())).size).toBe(1);
    }
  }, 300_000);
});
