// `npm run demo`: generates the bundled sample deck (once, cached), ingests it into the embedded
// default store (./.osmose) with the real CLI, and prints a readable summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cache = process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose');
const deck = join(cache, 'sample', 'osmose-sample-deck.pptx');
const store = process.env.OSMOSE_STORE ?? join(root, '.osmose');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 1;
};

if (!existsSync(deck)) {
  mkdirSync(join(cache, 'sample'), { recursive: true });
  if (run(process.execPath, ['--import', 'tsx', 'tools/deck-gen/cli.ts', 'sample', deck]) !== 0)
    process.exit(1);
}
const osmose = join(root, 'packages', 'cli', 'bin', 'osmose.js');
console.log(`\n\x1b[1mosmose ingest ${deck}\x1b[0m`);
const code = run(process.execPath, [osmose, 'ingest', deck, '--store', store]);
if (code !== 0) process.exit(code);
console.log(`\n\x1b[1mosmose concepts --limit 15\x1b[0m`);
run(process.execPath, [osmose, 'concepts', '--limit', '15', '--store', store]);
console.log(`\n\x1b[1mosmose show GDPR\x1b[0m`);
run(process.execPath, [osmose, 'show', 'GDPR', '--store', store]);
console.log(
  `\nThe store is in ${store}. Try: npx osmose concepts · npx osmose show "<concept>" · npx osmose slides ${deck}`,
);
