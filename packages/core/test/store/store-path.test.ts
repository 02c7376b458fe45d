import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStorePath, describeFsError } from '../../src/store/store-path.js';
import { openDatabase } from '../../src/store/sqlite-db.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return [(e as { code: string }).code, (e as Error).message];
  }
};

describe('store paths', () => {
  it('refuses pseudo file systems and a file in the way before touching them', () => {
    expect(codeOf(() => checkStorePath('/proc/x'))).toEqual([
      'OSM_STORE_PATH_INVALID',
      expect.stringMatching(/\/proc is a system pseudo file system/),
    ]);
    expect(codeOf(() => checkStorePath('/sys/fs/osmose'))).toEqual([
      'OSM_STORE_PATH_INVALID',
      expect.stringMatching(/\/sys is a system pseudo/),
    ]);
    expect(codeOf(() => checkStorePath('/dev/shm/../null/x'))).toEqual([
      'OSM_STORE_PATH_INVALID',
      expect.stringMatching(/\/dev is a system pseudo/),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'osmose-path-'));
    writeFileSync(join(dir, 'f'), 'x');
    expect(codeOf(() => checkStorePath(join(dir, 'f')))).toEqual([
      'OSM_STORE_PATH_INVALID',
      expect.stringMatching(/f is a file, not a folder/),
    ]);
    expect(codeOf(() => checkStorePath(join(dir, 'f', 'a', 'b')))).toEqual([
      'OSM_STORE_PATH_INVALID',
      expect.stringMatching(/f is a file, not a folder/),
    ]);
    expect(checkStorePath(join(dir, 'new', 'store'))).toEqual({ exists: false });
    expect(existsSync(join(dir, 'new'))).toBe(false); // checking creates nothing
  });

  it('a read-only open of a missing store creates nothing; a normal open creates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-path-'));
    const store = join(dir, 'store');
    expect(codeOf(() => openDatabase(store, { create: false }))?.[0]).toBe('OSM_STORE_NOT_FOUND');
    expect(existsSync(store)).toBe(false);
    openDatabase(store).close();
    expect(existsSync(join(store, 'osmose.db'))).toBe(true);
    openDatabase(store, { create: false }).close();
  });

  it('says why in words: read-only file system, permission, not a folder, not a database', () => {
    expect(describeFsError({ code: 'EROFS' }, '/mnt/ro')).toBe('the file system is read-only (/mnt/ro)');
    expect(describeFsError({ code: 'EACCES' }, '/srv/x')).toBe('permission denied (/srv/x)');
    expect(describeFsError({ code: 'ENOTDIR' })).toBe('a part of the path is a file, not a folder');
    expect(describeFsError({ code: 'ENOSPC' })).toBe('the disk is full');
    expect(describeFsError({ code: 'SQLITE_NOTADB' }, '/s/osmose.db')).toBe(
      '/s/osmose.db is not a SQLite database',
    );
  });
});
