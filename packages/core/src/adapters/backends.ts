import type { OsmoseConfig } from '../config.js';
import type { CachePort, CheckpointStore } from '../ports/cache.js';
import type { GraphStore, VectorStore } from '../ports/store.js';
import { openEmbeddedStore, type EmbeddedStore } from '../store/embedded-store.js';

/** The stores one run uses: the embedded SQLite file by default, servers when configured. */
export interface Backends {
  graph: GraphStore;
  vectors: VectorStore | null;
  cache: CachePort;
  /** Always local (the embedded store): checkpoints must survive anything. */
  checkpoints: CheckpointStore;
  embedded: EmbeddedStore;
  describe(): Record<string, string>;
  close(): Promise<void>;
}

export interface BackendConfig {
  /** Folder of the embedded store (default ./.osmose). */
  storeDir: string;
  graphUrl?: string;
  vectorsUrl?: string;
  cacheUrl?: string;
  /** Redis TTLs and server credentials from the resolved configuration. */
  cacheTtls?: Record<string, number>;
  credentials?: { neo4jUser?: string; neo4jPassword?: string; qdrantApiKey?: string };
  /** Create the embedded store when missing (default true); read commands pass false. */
  create?: boolean;
}

/** The backend part of the resolved configuration. */
export function backendConfigFrom(cfg: OsmoseConfig): BackendConfig {
  return {
    storeDir: cfg.storeDir,
    graphUrl: cfg.graphUrl,
    vectorsUrl: cfg.vectorsUrl,
    cacheUrl: cfg.cacheUrl,
    cacheTtls: cfg.cacheTtls,
    credentials: cfg.credentials,
  };
}

export async function openBackends(cfg: BackendConfig): Promise<Backends> {
  const embedded = openEmbeddedStore(cfg.storeDir, { create: cfg.create ?? true });
  let graph: GraphStore = embedded.graph;
  let vectors: VectorStore | null = embedded.vectors;
  let cache: CachePort = embedded.cache;
  if (cfg.graphUrl || cfg.vectorsUrl || cfg.cacheUrl) {
    const { createBackends } = await import('./factory.js');
    const ext = createBackends({
      graph: cfg.graphUrl,
      vectors: cfg.vectorsUrl,
      cache: cfg.cacheUrl,
      useEnv: false,
      cacheTtls: cfg.cacheTtls,
      credentials: cfg.credentials,
    });
    if (ext.graph) graph = ext.graph;
    if (ext.vectors) vectors = ext.vectors;
    if (ext.cache) cache = ext.cache;
  }
  await graph.init();
  return {
    graph,
    vectors,
    cache,
    checkpoints: embedded.checkpoints,
    embedded,
    describe: () => ({
      graph: graph.kind,
      vectors: vectors?.kind ?? 'none',
      cache: cache.kind,
      checkpoints: `sqlite (${cfg.storeDir})`,
    }),
    close: async () => {
      for (const c of [graph, vectors, cache])
        if (c && c !== (embedded as unknown)) await c.close().catch(() => {});
      embedded.close();
    },
  };
}
