import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tools/**/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // 2-core machines: keep heavy integration files from fighting for the CPU.
    maxWorkers: 2,
    minWorkers: 1,
    // One Neo4j, one Redis and one Qdrant per run, each started only when a file asks for it
    // (tools/servers/shared.ts); a run of unit tests starts none.
    globalSetup: ['tools/servers/global-setup.ts'],
  },
});
