import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { StoreError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';
import { checkStorePath, describeFsError } from './store-path.js';

export type Db = Database.Database;

export const STORE_FILE = 'osmose.db';

export interface OpenDatabaseOptions {
  /** Create the folder and the file when missing (default true; read commands pass false). */
  create?: boolean;
}

/**
 * Opens (and migrates) the embedded store in `dir`. The path is checked before any file-system call
 * that could hang or mislead (/proc, /sys, a file in the way, a read-only mount: OSM_STORE_PATH_INVALID or
 * OSM_STORE_OPEN_FAILED with the reason); with `create: false` a missing store is OSM_STORE_NOT_FOUND and
 * nothing is created.
 */
export function openDatabase(dir: string, opts: OpenDatabaseOptions = {}): Db {
  const create = opts.create ?? true;
  let db: Db;
  const file = dir === ':memory:' ? ':memory:' : join(dir, STORE_FILE);
  if (dir !== ':memory:') {
    const { exists } = checkStorePath(dir);
    if (!create && (!exists || !existsSync(file)))
      throw new StoreError(
        'OSM_STORE_NOT_FOUND',
        `No store at ${dir}: nothing has been ingested there (check --store, or run "osmose ingest <deck> --store ${dir}").`,
      );
  }
  try {
    if (dir !== ':memory:') mkdirSync(dir, { recursive: true });
    db = new Database(file, { fileMustExist: !create });
  } catch (cause) {
    throw new StoreError(
      'OSM_STORE_OPEN_FAILED',
      `The store at ${dir} could not be opened: ${describeFsError(cause, file)}.`,
      { cause },
    );
  }
  try {
    // (the wait for another process's lock first: two processes opening a new store at once both switch it to WAL,
    // and that switch needs the lock the other one holds for a moment)
    db.pragma('busy_timeout = 10000');
    whileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (cause) {
    db.close();
    throw new StoreError(
      'OSM_STORE_OPEN_FAILED',
      `The store at ${dir} could not be opened: ${describeFsError(cause, file)}.`,
      { cause },
    );
  }
  try {
    sqliteVec.load(db);
  } catch (cause) {
    db.close();
    throw new StoreError('OSM_DEPENDENCY_MISSING', 'The sqlite-vec extension could not be loaded.', {
      cause,
    });
  }
  migrate(db);
  return db;
}

/**
 * Runs `f` again while SQLite says the database is busy, up to 10 s: a pragma that changes the journal mode does not
 * wait on the busy timeout.
 */
function whileBusy<T>(f: () => T): T {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      return f();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if ((code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') || Date.now() > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  const version = () => {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
      { value: string } | undefined;
    return row ? Number(row.value) : 0;
  };
  // (an up-to-date store takes no write lock: a reader does not wait for a running ingest)
  if (version() === latest) return;
  // the version is read again inside the write transaction: a second process opening the same new store waits for
  // the first one's migrations, then finds them done (read outside only, both saw 0 and the second re-created the
  // tables)
  const apply = db.transaction(() => {
    const current = version();
    if (current > latest) {
      throw new StoreError(
        'OSM_STORE_SCHEMA_TOO_NEW',
        `The store has schema version ${current}; this build knows up to ${latest}.`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.prepare(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(m.version));
    }
  });
  apply.immediate();
}
