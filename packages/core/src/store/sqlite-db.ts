import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { StoreError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export const STORE_FILE = 'osmose.db';

/** Opens (and migrates) the embedded store in `dir`. */
export function openDatabase(dir: string): Db {
  let db: Db;
  try {
    if (dir !== ':memory:') mkdirSync(dir, { recursive: true });
    db = new Database(dir === ':memory:' ? ':memory:' : join(dir, STORE_FILE));
  } catch (cause) {
    throw new StoreError('OSM_STORE_OPEN_FAILED', `The store at ${dir} could not be opened.`, { cause });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  try {
    sqliteVec.load(db);
  } catch (cause) {
    db.close();
    throw new StoreError('OSM_DEPENDENCY_MISSING', 'The sqlite-vec extension could not be loaded.', { cause });
  }
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
    | { value: string }
    | undefined;
  const current = row ? Number(row.value) : 0;
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > latest) {
    throw new StoreError(
      'OSM_STORE_SCHEMA_TOO_NEW',
      `The store has schema version ${current}; this build knows up to ${latest}.`,
    );
  }
  const apply = db.transaction(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.prepare(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(m.version));
    }
  });
  apply();
}
