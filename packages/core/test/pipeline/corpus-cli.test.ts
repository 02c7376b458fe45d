import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, osmoseRun } from '../helpers/cli.js';
import { CORPUS_DIR, HAS_CORPUS, readManifest } from '../helpers/corpus.js';

describe.skipIf(!HAS_CORPUS)('osmose ingest <the whole corpus> --json', () => {
  it(
    'accounts for every file: ingested with the manifest slide count, or rejected with an input code',
    async () => {
      const store = mkdtempSync(join(tmpdir(), 'osmose-corpus-'));
      // extraction and rejection are under test here; embeddings have their own tests (native-nlp, cli)
      const r = await osmoseRun([
        'ingest',
        CORPUS_DIR,
        '--store',
        store,
        '--json',
        '--embedding-model',
        'none',
      ]);
      expect(r.code).toBe(2); // some files are rejected, the rest processed
      const report = JSON.parse(r.stdout);
      const byFile = new Map<
        string,
        { status: string; slides: number; error?: { code: string; message: string } }
      >(report.documents.map((d: { file: string }) => [relative(CORPUS_DIR, d.file), d]));
      // Office lock files (~$deck.pptx, left beside a deck open in PowerPoint) inside a folder are skipped, not tried
      const all = readManifest();
      const isLock = (f: string) => basename(f).startsWith('~$');
      const locks = all.filter((m) => isLock(m.file));
      expect(locks.length).toBeGreaterThan(0);
      const skipped = new Map<string, string>(
        report.skipped.map((x: { file: string; reason: string }) => [relative(CORPUS_DIR, x.file), x.reason]),
      );
      for (const m of locks) expect(skipped.get(m.file), m.file).toMatch(/^an Office lock file/);
      const manifest = all.filter((m) => !isLock(m.file));
      expect(report.documents.length).toBe(manifest.length);
      for (const m of manifest) {
        const d = byFile.get(m.file);
        expect(d, m.file).toBeDefined();
        const readable = m.container === 'zip' && m.slide_count !== 'unreadable';
        if (readable) {
          expect(d!.status, `${m.file}: ${d!.error?.code}`).toBe('ingested');
          expect(d!.slides, m.file).toBe(Number(m.slide_count));
          // a deck without slides is stored but says so
          if (Number(m.slide_count) === 0)
            expect((d as { warnings?: string[] }).warnings, m.file).toContain(
              'the deck has no slides: only its file is recorded, nothing reaches the graph',
            );
        } else {
          expect(d!.status, m.file).toBe('rejected');
          expect(d!.error!.code, m.file).toMatch(/^OSM_INPUT_/);
          expect(d!.error!.message.length).toBeGreaterThan(10);
        }
      }
      expect(report.totals.ingested + report.totals.rejected).toBe(manifest.length);
      expect(
        report.documents.some((d: { error?: { code: string } }) => d.error?.code === 'OSM_INTERNAL'),
      ).toBe(false);

      // a second run does no work: every ingested deck is unchanged, the rejected ones are rejected again
      const again = JSON.parse(
        (await osmoseRun(['ingest', CORPUS_DIR, '--store', store, '--json', '--embedding-model', 'none']))
          .stdout,
      );
      expect(again.totals.unchanged).toBe(report.totals.ingested);
      expect(again.totals.ingested).toBe(0);
    },
    2 * CLI_TIMEOUT_MS + 60_000,
  ); // two whole-corpus CLI runs
});
