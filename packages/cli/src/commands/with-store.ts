import { openBackends, resolveConfig, type Backends } from '@osmose/core';
import type { CommandContext } from './context.js';

export const STORE_OPTIONS = {
  graph: { type: 'string' },
  vectors: { type: 'string' },
  cache: { type: 'string' },
} as const;

/** Opens the configured stores for a query command and always closes them. */
export async function withStore<T>(ctx: CommandContext, fn: (b: Backends) => Promise<T>): Promise<T> {
  const cfg = resolveConfig(ctx.flags);
  const b = await openBackends({ storeDir: cfg.storeDir, graphUrl: cfg.graphUrl, vectorsUrl: cfg.vectorsUrl, cacheUrl: cfg.cacheUrl });
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}
