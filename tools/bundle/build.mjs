// Bundles the apps (our workspace TypeScript) into single ESM files; npm dependencies stay external.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const externalsPlugin = {
  name: 'externals',
  setup(b) {
    // everything that is not ours (relative or @osmose/*) is resolved by Node at run time
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@osmose/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const apps = [
  { entry: 'packages/cli/src/main.ts', out: 'packages/cli/dist/osmose.js' },
  // `osmose serve` and `osmose worker` load the server from a file of their own (cli/src/commands/lazy-server.ts),
  // so that no other command loads fastify, the MCP SDK and BullMQ
  { entry: 'packages/cli/src/server-commands.ts', out: 'packages/cli/dist/server-commands.js' },
  // the server's ingest child process (forked next to the CLI bundle: packages/server/src/ingest-client.ts)
  { entry: 'packages/server/src/ingest-host.ts', out: 'packages/cli/dist/ingest-host.js' },
];
const serverEntry = join(root, 'packages/server/src/main.ts');
if (existsSync(serverEntry))
  apps.push({ entry: 'packages/server/src/main.ts', out: 'packages/server/dist/server.js' });

// extraction runs in worker threads (core/src/engine/cpu-pool.ts): each app folder gets the worker beside it
for (const dir of new Set(apps.map((a) => dirname(a.out))))
  apps.push({
    entry: 'packages/core/src/engine/cpu-worker.ts',
    out: join(dir, 'cpu-worker.js'),
  });

for (const a of apps) {
  await build({
    entryPoints: [join(root, a.entry)],
    outfile: join(root, a.out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [externalsPlugin],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  console.log(`built ${a.out}`);
}
