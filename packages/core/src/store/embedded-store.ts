import { openDatabase, type Db, type OpenDatabaseOptions } from './sqlite-db.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';
import { SqliteVectorStore } from './sqlite-vector-store.js';
import { SqliteCache, SqliteCheckpoints } from './sqlite-cache.js';

/** The zero-config default: graph, vectors, cache and checkpoints in one SQLite file. */
export interface EmbeddedStore {
  dir: string;
  db: Db;
  graph: SqliteGraphStore;
  vectors: SqliteVectorStore;
  cache: SqliteCache;
  checkpoints: SqliteCheckpoints;
  close(): void;
}

/** `create: false` (read commands): a missing store is OSM_STORE_NOT_FOUND and nothing is created. */
export function openEmbeddedStore(dir: string, opts: OpenDatabaseOptions = {}): EmbeddedStore {
  const db = openDatabase(dir, opts);
  return {
    dir,
    db,
    graph: new SqliteGraphStore(db),
    vectors: new SqliteVectorStore(db),
    cache: new SqliteCache(db),
    checkpoints: new SqliteCheckpoints(db),
    close: () => db.close(),
  };
}
