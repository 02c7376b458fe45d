/**
 * The repository's vitest config plus the real-server global setup (one Neo4j and one Redis for the
 * whole run). Until the root vitest.config.ts lists the global setup itself, run:
 *   npx vitest run --config tools/servers/vitest.servers.config.ts [paths…]
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: { globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))] },
  }),
);
