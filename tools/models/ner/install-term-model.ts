/**
 * Setup step for the term/NER model: copies the committed model folder (tools/models/ner/osmose-terms-enfr,
 * built by train.sh) into <cache>/models/osmose-terms-enfr after checking every file against the sha256 pinned
 * in tools/models/models.json (termModel.files). A mismatch stops setup: the committed weights were changed
 * without re-pinning them. Idempotent: files already in place with the pinned hash are left alone.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../fetch.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface TermModelPin {
  name: string;
  folder: string;
  files: Record<string, string>;
}

export function termModelPin(): TermModelPin {
  const m = JSON.parse(readFileSync(join(here, '..', 'models.json'), 'utf8')) as { termModel: TermModelPin };
  return m.termModel;
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

export function installTermModel(dest = join(cacheDir(), 'models', termModelPin().name)): string {
  const pin = termModelPin();
  const src = join(here, '..', '..', '..', pin.folder);
  mkdirSync(dest, { recursive: true });
  for (const [file, want] of Object.entries(pin.files)) {
    const target = join(dest, file);
    if (existsSync(target) && sha(target) === want) continue;
    const got = sha(join(src, file));
    if (got !== want)
      throw new Error(
        `${pin.folder}/${file}: sha256 ${got} is not the pinned ${want} (re-pin tools/models/models.json after train.sh)`,
      );
    const tmp = `${target}.${process.pid}.tmp`;
    copyFileSync(join(src, file), tmp);
    renameSync(tmp, target);
  }
  return dest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(`models: term/NER model at ${installTermModel()}`);
