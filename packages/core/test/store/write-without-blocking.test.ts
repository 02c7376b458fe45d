/**
 * A cache or checkpoint write while another connection (a worker's commit) holds the write lock waits without
 * stopping this thread's event loop, then lands; nothing is half-written meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/store/embedded-store.js';

describe('embedded store writes while another connection writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osmose-busy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('mset and putCheckpoints wait for the lock with the event loop free, then write everything', async () => {
    const main = openEmbeddedStore(dir);
    const other = openEmbeddedStore(dir); // stands for a worker thread's connection
    try {
      other.db.exec('BEGIN IMMEDIATE'); // holds the write lock, like a commit in progress
      other.db.prepare("INSERT INTO cache(key, value) VALUES ('other', 'x')").run();
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const writes = Promise.all([
        main.cache.mset([
          ['a', '1'],
          ['b', '2'],
        ]),
        main.checkpoints.putCheckpoints('summary', [['slide-1', '{"summary":"s"}']]),
      ]);
      await new Promise((r) => setTimeout(r, 300));
      // still waiting, and the loop kept turning (SQLite's busy handler would have slept in this thread)
      expect(ticks).toBeGreaterThan(10);
      expect(await main.cache.get('a')).toBeNull();
      other.db.exec('COMMIT');
      await writes;
      clearInterval(timer);
      expect(await main.cache.mget(['a', 'b', 'other'])).toEqual(['1', '2', 'x']);
      expect((await main.checkpoints.getCheckpoints('summary', ['slide-1'])).get('slide-1')).toBe(
        '{"summary":"s"}',
      );
      // the connection's own busy timeout is as it was
      expect(main.db.pragma('busy_timeout', { simple: true })).toBe(10_000);
    } finally {
      main.close();
      other.close();
    }
  });
});
