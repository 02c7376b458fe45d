import { backendConfigFrom, openBackends, resolveConfig, type Backends } from '@osmose/core';
import type { CommandContext } from './context.js';

export const STORE_OPTIONS = {
  graph: { type: 'string' },
  vectors: { type: 'string' },
  cache: { type: 'string' },
} as const;

/**
 * Opens the configured stores for a query command and always closes them. A read command never creates
 * the embedded store: a mistyped --store is OSM_STORE_NOT_FOUND (exit 1), and nothing is written to disk.
 */
export async function withStore<T>(ctx: CommandContext, fn: (b: Backends) => Promise<T>): Promise<T> {
  const cfg = resolveConfig(ctx.flags);
  const b = await openBackends({
    ...backendConfigFrom(cfg),
    // with a Neo4j graph the local store only holds checkpoints: it may be created
    create: !!cfg.graphUrl,
  });
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}
