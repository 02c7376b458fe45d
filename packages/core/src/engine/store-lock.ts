/**
 * The lock that serialises "resolve against the stored concepts, then write the document" on one store,
 * so concurrent ingests (documents in parallel, or two processes on the same store) end with the same
 * graph as one after the other.
 *
 * Within a process: a FIFO queue. Across processes: an exclusive SQLite transaction on a small lock file
 * beside the store (`<store>/ingest.lock`). SQLite's file locks are POSIX advisory locks, so the operating
 * system releases them when a process dies (SIGKILL included): a crashed ingest never leaves a stale lock.
 * Waiting is asynchronous (busy_timeout 0 and a polled retry), so it never blocks the event loop.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { OsmoseError } from '../errors.js';
import { abortableSleep } from './abortable-sleep.js';

export interface StoreLock {
  /** Runs `fn` holding the lock; the lock is released whatever `fn` does. */
  run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  close(): void;
}

export interface StoreLockOptions {
  /** Longest wait for another process before giving up with OSM_STORE_BUSY. Default 30 minutes. */
  maxWaitMs?: number;
}

export function createStoreLock(storeDir: string, opts: StoreLockOptions = {}): StoreLock {
  const maxWaitMs = opts.maxWaitMs ?? 30 * 60_000;
  let db: Database.Database | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const fileLock = (): Database.Database => {
    if (!db) {
      // no journal-mode pragma: it needs the lock another process may hold (a new file is in DELETE mode anyway)
      db = new Database(join(storeDir, 'ingest.lock'));
      db.pragma('busy_timeout = 0');
    }
    return db;
  };

  const acquire = async (signal?: AbortSignal): Promise<Database.Database> => {
    const d = fileLock();
    const t0 = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        d.exec('BEGIN EXCLUSIVE');
        return d;
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
      }
      if (Date.now() - t0 > maxWaitMs)
        throw new OsmoseError(
          'OSM_STORE_BUSY',
          `Another process has held the store lock (${storeDir}) for over ${Math.round(maxWaitMs / 1000)} s.`,
        );
      await abortableSleep(Math.min(25 * 2 ** Math.min(attempt, 3), 200), signal);
    }
  };

  return {
    run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      const mine = tail.then(async () => {
        signal?.throwIfAborted();
        const d = await acquire(signal);
        try {
          return await fn();
        } finally {
          d.exec('COMMIT');
        }
      });
      tail = mine.catch(() => undefined);
      return mine;
    },
    close(): void {
      db?.close();
      db = null;
    },
  };
}
