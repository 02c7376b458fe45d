import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const CORPUS_DIR = resolve(
  process.env.OSMOSE_CORPUS_DIR ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'pptx'),
);
export const HAS_CORPUS = existsSync(join(CORPUS_DIR, 'MANIFEST.tsv'));
if (!HAS_CORPUS)
  console.warn(`\n!!! corpus not found at ${CORPUS_DIR}: corpus tests are SKIPPED (set OSMOSE_CORPUS_DIR)\n`);

export interface ManifestRow {
  file: string;
  [column: string]: string;
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])) as ManifestRow;
  });
}

export const corpusPath = (file: string): string => join(CORPUS_DIR, file);
