#!/usr/bin/env node
// The `osmose` command: runs the bundled CLI built by `npm run setup` (tools/build/build.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/osmose.js', import.meta.url));
if (!existsSync(dist)) {
  process.stderr.write('error OSM_DEPENDENCY_MISSING: the osmose CLI is not built yet; run `npm run setup` first.\n');
  process.exit(1);
}
await import(dist);
