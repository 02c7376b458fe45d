/**
 * Kept for scripts and habits that name it: the root vitest.config.ts now lists the real-server
 * global setup itself, so this is the same configuration.
 *   npx vitest run --config tools/servers/vitest.servers.config.ts [paths…]  ≡  npx vitest run [paths…]
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(base, defineConfig({ root: fileURLToPath(new URL('../..', import.meta.url)) }));
