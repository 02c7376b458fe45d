import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** Extensions `osmose ingest` picks up in folders (.ppt so legacy decks are rejected with a code, not skipped). */
export const DECK_EXTENSIONS = new Set(['.pptx', '.pptm', '.potx', '.potm', '.ppsx', '.ppsm', '.ppt']);

export interface InputFile {
  path: string;
  /** Set when the argument itself could not be used. */
  error?: InputError;
}

/** Expands files and folders (recursively, sorted) into the deck files to ingest. */
export function expandInputs(args: string[]): InputFile[] {
  const out: InputFile[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (cause) {
      out.push({ path: dir, error: new InputError('OSM_INPUT_NOT_FOUND', `Cannot read folder ${dir}.`, { cause }) });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && DECK_EXTENSIONS.has(extname(e).toLowerCase())) out.push({ path: p });
    }
  };
  for (const a of args) {
    const p = resolve(a);
    let st;
    try {
      st = statSync(p);
    } catch (cause) {
      out.push({ path: p, error: new InputError('OSM_INPUT_NOT_FOUND', `No such file or folder: ${a}.`, { cause }) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push({ path: p }); // an explicit file is tried whatever its extension; extraction says why it fails
  }
  return out;
}
