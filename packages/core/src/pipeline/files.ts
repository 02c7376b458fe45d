import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** Extensions `osmose ingest` picks up in folders (.ppt so legacy decks are rejected with a code, not skipped). */
export const DECK_EXTENSIONS = new Set(['.pptx', '.pptm', '.potx', '.potm', '.ppsx', '.ppsm', '.ppt']);

export interface InputFile {
  path: string;
  /** Set when the argument itself could not be used. */
  error?: InputError;
}

/** A file found inside a folder that is not ingested, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  skipped: SkippedFile[];
}

/**
 * Expands files and folders (recursively, sorted) into the deck files to ingest, and lists what it
 * skipped inside folders (not a deck extension, not a regular file, unreadable). A named folder holding
 * no deck at all becomes a rejected input (OSM_INPUT_NO_DECKS) so "nothing found" is never silent.
 */
export function expandInputsWithSkipped(args: string[]): ExpandedInputs {
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (cause) {
      files.push({
        path: dir,
        error: new InputError('OSM_INPUT_NOT_FOUND', `Cannot read folder ${dir}.`, { cause }),
      });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e);
      let st;
      try {
        st = statSync(p);
      } catch (err) {
        skipped.push({ file: p, reason: `cannot be read (${(err as { code?: string }).code ?? 'error'})` });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!st.isFile()) skipped.push({ file: p, reason: 'not a regular file' });
      // PowerPoint leaves "~$name.pptx" beside every deck it has open: not a deck, and no reason to fail the folder
      else if (e.startsWith('~$'))
        skipped.push({ file: p, reason: 'an Office lock file (~$…): its deck is open in PowerPoint' });
      else if (DECK_EXTENSIONS.has(extname(e).toLowerCase())) files.push({ path: p });
      else
        skipped.push({
          file: p,
          reason: `not a PowerPoint file (${extname(e) ? extname(e).toLowerCase() : 'no extension'})`,
        });
    }
  };
  for (const a of args) {
    const p = resolve(a);
    let st;
    try {
      st = statSync(p);
    } catch (cause) {
      files.push({
        path: p,
        error: new InputError('OSM_INPUT_NOT_FOUND', `No such file or folder: ${a}.`, { cause }),
      });
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      const skippedBefore = skipped.length;
      walk(p);
      if (files.length === before) {
        const n = skipped.length - skippedBefore;
        const others =
          n === 0
            ? 'it is empty'
            : `${n} other file(s) skipped: ${skipped
                .slice(skippedBefore, skippedBefore + 3)
                .map((s) => relative(p, s.file))
                .join(', ')}${n > 3 ? ', …' : ''}`;
        files.push({
          path: p,
          error: new InputError(
            'OSM_INPUT_NO_DECKS',
            `No deck found in ${a} (${others}); decks are ${[...DECK_EXTENSIONS].join(' ')}.`,
          ),
        });
      }
    } else files.push({ path: p }); // an explicit file is tried whatever its extension; extraction says why it fails
  }
  return { files, skipped };
}

/** Expands files and folders into the deck files to ingest (see expandInputsWithSkipped). */
export function expandInputs(args: string[]): InputFile[] {
  return expandInputsWithSkipped(args).files;
}
