/**
 * Slide windows of a deck as decks of their own: the package with `ppt/presentation.xml`'s slide list cut to
 * slides [from, to] (every part stays; LibreOffice loads only the listed slides) and `firstSlideNum` moved so
 * slide-number fields still read the slide's number in the whole deck. LibreOffice's time to a first page is
 * mostly loading the whole deck (a page range does not change that): measured on a generated 250-slide deck on
 * a loaded 2-core machine, the first 6 pages took 21.6 s from the whole deck and 4.6 s from a 6-slide window.
 * Rendering a large deck as a few growing windows (6, 18, 54… slides) gives its first images in seconds,
 * whatever its size. Only for packages up to WINDOW_MAX_BYTES (the package is rewritten in memory, entries
 * stored, off the main thread by fflate's async zip); anything unexpected returns null and the caller renders
 * from the whole deck as before. A kept slide's link to a slide outside its window (a "next section" button, a
 * hyperlink jump: relationships of type slide) points back at the slide itself in the window deck: LibreOffice
 * 7.4 aborts (SIGABRT) on a link to a slide that is not in the slide list (apache__poi/stress022.pptx, whose
 * every slide links to another, lost all its slides to text before).
 */
import { posix } from 'node:path';
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

const REL = /<(?:\w+:)?Relationship\b[^>]*?\/?>/g;
const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const SLIDE_REL_TYPE = /\/relationships\/slide$/;

/** The part a relationship target names, from the folder of the part that holds the relationship. */
function partOf(folder: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(folder, target));
}

/**
 * The slide parts of the presentation in slide-list order (`ppt/slides/slide3.xml`…), from its relationships;
 * null when one cannot be told.
 */
export function slideParts(presentationXml: string, relsXml: string): string[] | null {
  const m = SLIDE_LIST.exec(presentationXml);
  if (!m) return null;
  const targets = new Map<string, string>();
  for (const r of relsXml.match(REL) ?? []) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (id && target) targets.set(id, partOf('ppt', target));
  }
  const out: string[] = [];
  for (const sld of m[2].match(SLIDE_ID) ?? []) {
    const id = /\sr:id="([^"]*)"/.exec(sld)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (!part) return null;
    out.push(part);
  }
  return out;
}

/**
 * A slide's relationships with every link to a slide not in `kept` pointed at the slide itself (`self`, its part
 * path); the same string when there is none.
 */
export function retargetSlideLinks(relsXml: string, self: string, kept: ReadonlySet<string>): string {
  const folder = posix.dirname(self);
  return relsXml.replace(REL, (r) => {
    const type = attr(r, 'Type');
    const target = attr(r, 'Target');
    if (!type || !target || !SLIDE_REL_TYPE.test(type) || attr(r, 'TargetMode') === 'External') return r;
    if (kept.has(partOf(folder, target))) return r;
    return r.replace(/\sTarget="[^"]*"/, ` Target="${posix.basename(self)}"`);
  });
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
    const rels = files['ppt/_rels/presentation.xml.rels'];
    const parts = rels ? slideParts(xml, new TextDecoder().decode(rels)) : null;
    for (let k = 0; k < windows.length; k++) {
      const win: Unzipped = { ...files, 'ppt/presentation.xml': new TextEncoder().encode(cuts[k]!) };
      if (parts) {
        const kept = new Set(parts.slice(windows[k][0] - 1, windows[k][1]));
        for (const part of kept) {
          const name = `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`;
          const own = files[name];
          if (!own) continue;
          const before = new TextDecoder().decode(own);
          const after = retargetSlideLinks(before, part, kept);
          if (after !== before) win[name] = new TextEncoder().encode(after);
        }
      }
      await writeFile(outPaths[k], await zipAsync(win));
    }
    return true;
  } catch {
    return false; // a package fflate cannot read (zip64, damage): rendered from the whole deck
  }
}
