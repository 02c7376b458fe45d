import { accessSync, constants, statSync, statfsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { StoreError } from '../errors.js';

/** Pseudo file systems a store can never live on (mkdir/open there loops or fails oddly: /proc, /sys, /dev…). */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];
const PSEUDO_FS: Record<number, string> = {
  0x9fa0: 'procfs',
  0x62656572: 'sysfs',
  0x1cd1: 'devpts',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x64626720: 'debugfs',
  0x73636673: 'securityfs',
  0x74726163: 'tracefs',
  0xcafe4a11: 'bpf',
};

/** One short reason, in words, for a file-system error (EROFS → "the file system is read-only"). */
export function describeFsError(e: unknown, path?: string): string {
  const code = (e as { code?: string })?.code ?? '';
  const at = path ? ` (${path})` : '';
  switch (code) {
    case 'EROFS':
      return `the file system is read-only${at}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied${at}`;
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder${at}`;
    case 'EISDIR':
      return `a folder is where the store file should be${at}`;
    case 'ENOENT':
      return `a part of the path does not exist${at}`;
    case 'ENOSPC':
      return `the disk is full${at}`;
    case 'EDQUOT':
      return `the disk quota is exceeded${at}`;
    case 'ELOOP':
      return `too many symbolic links${at}`;
    case 'ENAMETOOLONG':
      return `the path is too long${at}`;
    case 'SQLITE_NOTADB':
      return `${path ?? 'the store file'} is not a SQLite database`;
    case 'SQLITE_CORRUPT':
      return `${path ?? 'the store file'} is damaged (corrupt SQLite database)`;
    case 'SQLITE_READONLY':
      return `the store file is read-only${at}`;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `the store is locked by another process${at}`;
    default: {
      const m = (e as Error)?.message ?? String(e);
      return m.split('\n')[0].slice(0, 160);
    }
  }
}

function fail(dir: string, reason: string, cause?: unknown): never {
  throw new StoreError('OSM_STORE_PATH_INVALID', `The store at ${dir} cannot be used: ${reason}.`, { cause });
}

function pseudoFs(p: string): string | null {
  try {
    return PSEUDO_FS[statfsSync(p).type] ?? null;
  } catch {
    return null;
  }
}

/**
 * Checks a store folder before anything touches it (no mkdir, no open): refuses /proc, /sys, /dev and
 * any pseudo file system, a path whose existing part is a file, and a folder that cannot be written
 * (read-only mount, permissions). Returns whether the store folder exists.
 * `write: false` skips the write check (read-only commands).
 */
export function checkStorePath(dir: string, opts: { write?: boolean } = {}): { exists: boolean } {
  const abs = resolve(dir);
  for (const root of PSEUDO_ROOTS) {
    if (abs === root || abs.startsWith(root + '/'))
      fail(dir, `${root} is a system pseudo file system, not a place for data; choose another --store`);
  }
  // the deepest part of the path that exists decides: it must be a folder on a real file system
  let existing = abs;
  let st: ReturnType<typeof statSync> | undefined;
  for (;;) {
    try {
      st = statSync(existing);
      break;
    } catch (e) {
      const code = (e as { code?: string }).code;
      // ENOTDIR: a file somewhere above; walking up finds it and says which
      if (code !== 'ENOENT' && code !== 'ENOTDIR') fail(dir, describeFsError(e, existing), e);
      const up = dirname(existing);
      if (up === existing) fail(dir, 'no part of the path exists', e);
      existing = up;
    }
  }
  if (!st.isDirectory()) fail(dir, `${existing} is ${st.isFile() ? 'a file' : 'not a folder'}, not a folder`);
  const fs = pseudoFs(existing);
  if (fs)
    fail(
      dir,
      `${existing} is on ${fs}, a system pseudo file system, not a place for data; choose another --store`,
    );
  const exists = existing === abs;
  if (opts.write !== false) {
    try {
      accessSync(existing, constants.W_OK | constants.X_OK);
    } catch (e) {
      throw new StoreError(
        'OSM_STORE_OPEN_FAILED',
        `The store at ${dir} could not be opened: ${describeFsError(e, existing)}.`,
        { cause: e },
      );
    }
    if (exists) {
      const file = join(abs, 'osmose.db');
      try {
        if (statSync(file).isFile()) accessSync(file, constants.R_OK | constants.W_OK);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOENT')
          throw new StoreError(
            'OSM_STORE_OPEN_FAILED',
            `The store at ${dir} could not be opened: ${describeFsError(e, file)}.`,
            { cause: e },
          );
      }
    }
  }
  return { exists };
}
