import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, osmoseAsync, osmoseRun } from '../helpers/cli.js';
import { CORPUS_DIR, HAS_CORPUS } from '../helpers/corpus.js';

const FOLDER = join(CORPUS_DIR, 'OWASP__Top10');
/** Waits up to this long for the first documents before killing the run. */
const KILL_WAIT_MS = 120_000;

function snapshot(storeDir: string) {
  const db = new Database(join(storeDir, 'osmose.db'), { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const docs = db
      .prepare(
        'SELECT d.file_name, d.slide_count, (SELECT count(*) FROM slides s WHERE s.doc_id = d.id) AS stored FROM documents d ORDER BY d.file_name',
      )
      .all() as { file_name: string; slide_count: number; stored: number }[];
    return {
      docs,
      counts: {
        documents: n('SELECT count(*) AS n FROM documents'),
        slides: n('SELECT count(*) AS n FROM slides'),
        textBlocks: n('SELECT count(*) AS n FROM text_blocks'),
        concepts: n('SELECT count(*) AS n FROM concepts'),
        mentions: n('SELECT count(*) AS n FROM mentions'),
        relations: n('SELECT count(*) AS n FROM relations'),
        chartFacts: n('SELECT count(*) AS n FROM chart_facts'),
      },
      // no duplicate mention (same concept, same place) can exist
      dupMentions: n(
        'SELECT count(*) AS n FROM (SELECT concept_id, slide_id, shape_id, layer, start, count(*) c FROM mentions GROUP BY 1,2,3,4,5 HAVING c > 1)',
      ),
    };
  } finally {
    db.close();
  }
}

function documentsIn(storeDir: string): number {
  const f = join(storeDir, 'osmose.db');
  if (!existsSync(f)) return 0;
  try {
    const db = new Database(f, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe.skipIf(!HAS_CORPUS)('crash and resume', () => {
  it(
    'a run killed with SIGKILL mid-ingest resumes to the same store as a clean run, with no duplicates',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'osmose-crash-'));
      const crashed = join(dir, 'crashed');
      const clean = join(dir, 'clean');

      const child = osmoseAsync([
        'ingest',
        FOLDER,
        '--store',
        crashed,
        '--json',
        '--embedding-model',
        'none',
      ]);
      const exited = new Promise<NodeJS.Signals | number | null>((res) =>
        child.on('exit', (code, sig) => res(sig ?? code)),
      );
      // kill as soon as some (not all) documents are complete
      const deadline = Date.now() + KILL_WAIT_MS;
      let killedAt = -1;
      while (Date.now() < deadline) {
        const n = documentsIn(crashed);
        if (n >= 2) {
          child.kill('SIGKILL');
          killedAt = n;
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(await exited).toBe('SIGKILL');
      expect(killedAt).toBeGreaterThanOrEqual(2);
      const partial = snapshot(crashed);
      // whatever was stored at the kill is complete: every stored document has all its slides
      for (const d of partial.docs) expect(d.stored).toBe(d.slide_count);

      const resumed = await osmoseRun([
        'ingest',
        FOLDER,
        '--store',
        crashed,
        '--json',
        '--embedding-model',
        'none',
      ]);
      const report = JSON.parse(resumed.stdout);
      expect(
        report.documents.filter((d: { status: string }) => d.status === 'unchanged').length,
      ).toBeGreaterThanOrEqual(partial.counts.documents);

      await osmoseRun(['ingest', FOLDER, '--store', clean, '--json', '--embedding-model', 'none']);
      const a = snapshot(crashed);
      const b = snapshot(clean);
      expect(a.counts).toEqual(b.counts);
      expect(a.docs).toEqual(b.docs);
      expect(a.dupMentions).toBe(0);
      // inner waits: the kill wait, then two full CLI runs (resume, clean), plus the snapshots
    },
    KILL_WAIT_MS + 2 * CLI_TIMEOUT_MS + 60_000,
  );
});
