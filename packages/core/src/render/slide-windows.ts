/**
 * Slide windows of a deck as decks of their own: the package with `ppt/presentation.xml`'s slide list cut to
 * slides [from, to] (every part stays; LibreOffice loads only the listed slides) and `firstSlideNum` moved so
 * slide-number fields still read the slide's number in the whole deck. LibreOffice's time to a first page is
 * mostly loading the whole deck (a page range does not change that): measured on a generated 250-slide deck on
 * a loaded 2-core machine, the first 6 pages took 21.6 s from the whole deck and 4.6 s from a 6-slide window.
 * Rendering a large deck as a few growing windows (6, 18, 54… slides) gives its first images in seconds,
 * whatever its size. Only for packages up to WINDOW_MAX_BYTES (the package is rewritten in memory, entries
 * stored, off the main thread by fflate's async zip); anything unexpected returns null and the caller renders
 * from the whole deck as before.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { unzip, zip, type Unzipped } from 'fflate';

export const WINDOW_MAX_BYTES = 64 * 1024 * 1024;

const SLIDE_LIST = /(<(?:\w+:)?sldIdLst\b[^>]*>)([\s\S]*?)(<\/(?:\w+:)?sldIdLst>)/;
const SLIDE_ID = /<(?:\w+:)?sldId\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?sldId>)/g;
const PRESENTATION = /<(?:\w+:)?presentation\b[^>]*>/;

/**
 * The presentation part with its slide list cut to slides [from, to] (1-based, inclusive) and its first slide
 * number moved accordingly; null when it has no such list or the window is not inside it.
 */
export function cutSlideList(presentationXml: string, from: number, to: number): string | null {
  const m = SLIDE_LIST.exec(presentationXml);
  if (!m) return null;
  const ids = m[2].match(SLIDE_ID) ?? [];
  if (from < 1 || to < from || to > ids.length || (from === 1 && to === ids.length)) return null;
  let out =
    presentationXml.slice(0, m.index) +
    m[1] +
    ids.slice(from - 1, to).join('') +
    m[3] +
    presentationXml.slice(m.index + m[0].length);
  if (from > 1) {
    const p = PRESENTATION.exec(out);
    if (!p) return null;
    const first = /\sfirstSlideNum="(\d+)"/.exec(p[0]);
    const num = (first ? Number(first[1]) : 1) + from - 1;
    const tag = first
      ? p[0].replace(first[0], ` firstSlideNum="${num}"`)
      : p[0].replace(/\/?>$/, (end) => ` firstSlideNum="${num}"${end}`);
    out = out.slice(0, p.index) + tag + out.slice(p.index + p[0].length);
  }
  return out;
}

/** Window plan of a deck of `n` slides: `first` slides, then windows three times larger, the rest in the last. */
export function windowPlan(n: number, first: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 1;
  let size = first;
  while (from <= n) {
    // a remainder smaller than half the next window joins the window before it
    const to = n - (from + size - 1) < Math.ceil((size * 3) / 2) ? n : from + size - 1;
    out.push([from, to]);
    from = to + 1;
    size *= 3;
  }
  return out;
}

const unzipAsync = (data: Uint8Array): Promise<Unzipped> =>
  new Promise((resolve, reject) => unzip(data, (err, files) => (err ? reject(err) : resolve(files))));
const zipAsync = (files: Unzipped): Promise<Uint8Array> =>
  new Promise((resolve, reject) =>
    zip(files, { level: 0 }, (err, out) => (err ? reject(err) : resolve(out))),
  );

/** Writes one deck per window of `deckPath` (`outPaths[k]` for `windows[k]`); false when it cannot. */
export async function writeWindowDecks(
  deckPath: string,
  windows: [number, number][],
  outPaths: string[],
): Promise<boolean> {
  try {
    if ((await stat(deckPath)).size > WINDOW_MAX_BYTES) return false;
    const files = await unzipAsync(await readFile(deckPath));
    const part = files['ppt/presentation.xml'];
    if (!part) return false;
    const xml = new TextDecoder().decode(part);
    const cuts = windows.map(([a, b]) => cutSlideList(xml, a, b));
    if (cuts.some((c) => c === null)) return false;
    for (let k = 0; k < windows.length; k++) {
      files['ppt/presentation.xml'] = new TextEncoder().encode(cuts[k]!);
      await writeFile(outPaths[k], await zipAsync(files));
    }
    return true;
  } catch {
    return false; // a package fflate cannot read (zip64, damage): rendered from the whole deck
  }
}
