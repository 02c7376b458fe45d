/**
 * Deck → slide images: LibreOffice headless (pooled, one profile per process, time-limited) makes a PDF,
 * poppler rasterises its pages across several processes (JPEG 150 dpi by default, PNG on request), and
 * each image is yielded as soon as it is ready. Output is cached by the deck's sha256 under the cache dir;
 * a cached deck yields its pages at once.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile, copyFile, link } from 'node:fs/promises';
import { availableParallelism, homedir, loadavg } from 'node:os';
import { join } from 'node:path';
import { OsmoseError, isOsmoseError } from '../errors.js';
import { pdfPageCount, rasterise, type ImageFormat } from './rasterise.js';
import { SofficePool } from './soffice-pool.js';
import { windowPlan, writeWindowDecks } from './slide-windows.js';

export interface RenderOptions {
  /** sha256 of the deck file (computed when absent). */
  deckSha?: string;
  format?: ImageFormat;
  /** Default 150. */
  dpi?: number;
  /** Default ~/.cache/osmose (the engine passes the configured cache dir). */
  cacheDir?: string;
  /** The poppler programs (configuration OSMOSE_PDFTOPPM, OSMOSE_PDFINFO). */
  programs?: { pdftoppm?: string; pdfinfo?: string };
  /** Shared LibreOffice pool; one of 2 processes is made per call when absent. */
  pool?: SofficePool;
  /** pdftoppm processes working on page ranges side by side. Default 2. */
  processes?: number;
  /** Time limit of the LibreOffice conversion. Default 180 s. */
  convertTimeoutMs?: number;
  /** Time limit of each pdftoppm process. Default 180 s. */
  rasteriseTimeoutMs?: number;
  /** false: ignore and do not write the cache. Default true (the engine passes false for OSMOSE_CACHE=0). */
  cache?: boolean;
  signal?: AbortSignal;
  /** Called once with the page count as soon as it is known. */
  onPageCount?: (pages: number) => void;
  /**
   * The deck's slide count when known (from extraction). A large deck is then converted in two page ranges
   * by two LibreOffice processes at once: the first few slides come out in seconds, whatever the deck size.
   */
  slideCount?: number;
  /** Two ranges or one: default by `shouldSplit` (free processes and idle cores); true/false force it. */
  split?: boolean;
}

/** Slides of the quick first range when a deck is rendered in two ranges. */
export const FIRST_RANGE = 6;

/**
 * Whether a deck of `slides` whose slide windows cannot be written (render/slide-windows.ts: a package over 64 MiB
 * or one fflate cannot read) is converted in two page ranges of the whole deck at once. Both LibreOffice
 * processes then load the whole deck, so the split only pays with two free pool processes AND two idle cores:
 * measured on a loaded 2-core machine (bench/vision/render-split.ts, 250 slides, load 24-30) it was slower on
 * both counts (first image 41.2/26.2 s vs 32.9/24.8 s, last 99.9/70.4 s vs 55.4/45.9 s), and with several decks
 * in flight the second range would only queue behind another deck's conversion. Slide windows (each a small
 * deck) are used instead whenever two pool processes are free: first pages after 4.6 s instead of 21.6 s
 * (250 slides, loaded 2-core machine).
 */
export function shouldSplit(
  slides: number,
  idleProcesses: number,
  idleCores = availableParallelism() - loadavg()[0],
): boolean {
  return slides > 3 * FIRST_RANGE && idleProcesses >= 2 && idleCores >= 2;
}

export interface RenderedPage {
  /** 1-based page = slide index (hidden slides are exported by LibreOffice too). */
  page: number;
  bytes: Buffer;
  mime: 'image/jpeg' | 'image/png';
  fromCache: boolean;
}

export function defaultCacheDir(): string {
  return join(homedir(), '.cache', 'osmose');
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

interface Manifest {
  pages: number;
  format: ImageFormat;
  dpi: number;
  files: string[];
}

/** Packages from this size on are not given to LibreOffice (it fails to load them): OSM_RENDER_FAILED, per deck. */
export const RENDER_MAX_BYTES = 2 * 1024 ** 3;

/** Renders a deck, yielding each page image as soon as it is ready (cache hits at once). */
export async function* renderDeck(deckPath: string, o: RenderOptions = {}): AsyncGenerator<RenderedPage> {
  const format = o.format ?? 'jpeg';
  const dpi = o.dpi ?? 150;
  if (!(dpi >= 10 && dpi <= 1200))
    throw new OsmoseError('OSM_CONFIG_INVALID', 'dpi must be between 10 and 1200.');
  const mime = format === 'png' ? 'image/png' : 'image/jpeg';
  let size: number;
  try {
    size = (await stat(deckPath)).size;
  } catch (e) {
    throw new OsmoseError('OSM_INPUT_NOT_FOUND', undefined, { cause: e });
  }
  if (size >= RENDER_MAX_BYTES) {
    // measured: LibreOffice converts a 1.9 GiB deck (22 s, 300 MiB) but fails on 2.25 GiB after 80 s and 7 GB of temp files
    throw new OsmoseError(
      'OSM_RENDER_FAILED',
      `The deck is ${(size / 1024 ** 3).toFixed(2)} GiB: LibreOffice cannot open packages of 2 GiB or more, so its slides are not rendered (their text is summarised instead).`,
      { details: { size, limit: RENDER_MAX_BYTES } },
    );
  }
  const sha = o.deckSha ?? (await sha256File(deckPath));
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  const useCache = o.cache ?? true;
  const finalDir = join(cacheDir, 'render', sha, `${format}-${dpi}`);

  if (useCache) {
    const manifest = await readFile(join(finalDir, 'manifest.json'), 'utf8').then(
      (t) => JSON.parse(t) as Manifest,
      () => null,
    );
    if (manifest) {
      o.onPageCount?.(manifest.pages);
      for (let p = 1; p <= manifest.pages; p++) {
        yield {
          page: p,
          bytes: await readFile(join(finalDir, manifest.files[p - 1])),
          mime,
          fromCache: true,
        };
      }
      return;
    }
  }

  const work = join(
    cacheDir,
    'render',
    'tmp',
    `${sha.slice(0, 16)}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
  );
  const pool = o.pool ?? new SofficePool({ size: 1, profileRoot: join(cacheDir, 'render', 'profiles') });
  await mkdir(join(work, 'pages'), { recursive: true });
  try {
    // LibreOffice picks its filter by extension: hand it the deck file itself under a plain name (a
    // hard link, nothing copied, whatever its size); a copy only where a link cannot be made.
    const input = join(work, 'deck.pptx');
    await link(deckPath, input).catch(() => copyFile(deckPath, input));
    const n = o.slideCount ?? 0;
    // a large deck in growing slide windows, each a deck of its own (LibreOffice loads a few slides, not the
    // whole deck): the first images in seconds whatever the deck's size; when windows cannot be written, two
    // page ranges of the whole deck under the older, stricter rule (see shouldSplit)
    let ranges: [number, number][] | null = null;
    let windowDecks: string[] | null = null;
    const large = n > 3 * FIRST_RANGE && pool.size > 1;
    if (large && o.split !== false && (o.split === true || pool.idle >= 2)) {
      const plan = windowPlan(n, FIRST_RANGE);
      const paths = plan.map((_, k) => join(work, `window${k}.pptx`));
      if (await writeWindowDecks(deckPath, plan, paths)) {
        ranges = plan;
        windowDecks = paths;
      }
    }
    if (!ranges && large && (o.split === undefined ? shouldSplit(n, pool.idle) : o.split))
      ranges = [
        [1, FIRST_RANGE],
        [FIRST_RANGE + 1, n],
      ];
    let pages = ranges ? n : 0;
    let windowsFailed = false;
    const files: string[] = new Array(pages);
    const ac = new AbortController();
    const onOuter = (): void => ac.abort();
    o.signal?.addEventListener('abort', onOuter, { once: true });
    // one range (the whole deck), or two converted side by side, each rasterised as soon as its PDF is made
    const convertRange = async function* (
      k: number,
      range: [number, number] | null,
    ): AsyncGenerator<{ page: number; file: string }> {
      const dir = join(work, `pdf${k}`);
      // a window deck holds exactly its slides; a range of the whole deck is exported by page range
      const windowDeck = windowsFailed ? undefined : windowDecks?.[k];
      const toPdf = (deck: string, pageRange: string | undefined, out: string) =>
        pool.toPdf(deck, out, o.convertTimeoutMs ?? 180_000, ac.signal, pageRange);
      let pdf: string;
      try {
        pdf = await toPdf(
          windowDeck ?? input,
          range && !windowDeck ? `${range[0]}-${range[1]}` : undefined,
          dir,
        );
      } catch (e) {
        // LibreOffice could not convert the window deck (it aborts on some packages a cut slide list makes):
        // this window and the next ones come from the whole deck by page range, as without windows
        if (!windowDeck || !range || ac.signal.aborted) throw e;
        windowsFailed = true;
        pdf = await toPdf(input, `${range[0]}-${range[1]}`, `${dir}-whole`);
      }
      const count = await pdfPageCount(pdf, undefined, o.programs?.pdfinfo);
      const first = range ? range[0] : 1;
      if (count === 0) throw new OsmoseError('OSM_RENDER_FAILED', 'The deck rendered to an empty PDF.');
      if (range && count !== range[1] - range[0] + 1)
        throw new OsmoseError(
          'OSM_RENDER_FAILED',
          `LibreOffice exported ${count} pages for slides ${range[0]}-${range[1]}.`,
        );
      if (!range) {
        pages = count;
        files.length = count;
      }
      const out = join(work, 'pages', `r${k}`);
      await mkdir(out, { recursive: true });
      for await (const pf of rasterise(pdf, count, out, {
        program: o.programs?.pdftoppm,
        format,
        dpi,
        processes: range ? 1 : (o.processes ?? 2),
        timeoutMs: o.rasteriseTimeoutMs ?? 180_000,
        signal: ac.signal,
      }))
        yield { page: first + pf.page - 1, file: pf.file };
    };
    if (ranges) o.onPageCount?.(n);
    try {
      const sources = ranges ? ranges.map((r, k) => convertRange(k, r)) : [convertRange(0, null)];
      let announced = !!ranges;
      for await (const pf of mergeGenerators(sources)) {
        if (!announced) {
          o.onPageCount?.(pages);
          announced = true;
        }
        files[pf.page - 1] = pf.file.slice(join(work, 'pages').length + 1);
        yield { page: pf.page, bytes: await readFile(pf.file), mime, fromCache: false };
      }
    } finally {
      o.signal?.removeEventListener('abort', onOuter);
      ac.abort(); // a range still converting is stopped when the consumer leaves early
    }
    if (useCache) {
      const manifest: Manifest = { pages, format, dpi, files };
      await writeFile(join(work, 'pages', 'manifest.json'), JSON.stringify(manifest));
      await mkdir(join(cacheDir, 'render', sha), { recursive: true });
      await rename(join(work, 'pages'), finalDir).catch(async () => {
        // another process cached the same deck meanwhile: keep theirs
      });
    }
  } catch (e) {
    if (isOsmoseError(e)) throw e;
    throw new OsmoseError('OSM_RENDER_FAILED', `Rendering failed: ${(e as Error).message}`, { cause: e });
  } finally {
    await rm(work, { recursive: true, force: true });
    if (!o.pool) await pool.dispose();
  }
}

/** The cached page images of a deck, if all are there. */
export async function cachedPages(
  deckSha: string,
  o: { cacheDir?: string; format?: ImageFormat; dpi?: number } = {},
): Promise<string[] | null> {
  const dir = join(
    o.cacheDir ?? defaultCacheDir(),
    'render',
    deckSha,
    `${o.format ?? 'jpeg'}-${o.dpi ?? 150}`,
  );
  const m = await readFile(join(dir, 'manifest.json'), 'utf8').then(
    (t) => JSON.parse(t) as Manifest,
    () => null,
  );
  if (!m) return null;
  // pages live in per-range subfolders (`r0/…`, `r1/…`): look at the whole tree
  const present = new Set(await readdir(dir, { recursive: true }));
  return m.files.every((f) => present.has(f)) ? m.files.map((f) => join(dir, f)) : null;
}

/** Yields from several async generators as their values come (any order); the first error stops all. */
async function* mergeGenerators<T>(gens: AsyncGenerator<T>[]): AsyncGenerator<T> {
  const next = (g: AsyncGenerator<T>, i: number) => g.next().then((r) => ({ r, i }));
  const pending = new Map<number, Promise<{ r: IteratorResult<T>; i: number }>>(
    gens.map((g, i) => [i, next(g, i)]),
  );
  try {
    while (pending.size) {
      const { r, i } = await Promise.race(pending.values());
      if (r.done) pending.delete(i);
      else {
        pending.set(i, next(gens[i], i));
        yield r.value;
      }
    }
  } finally {
    // leaving early (an error, the consumer stopped): the caller aborts the conversions still running
    for (const p of pending.values()) p.catch(() => undefined);
    for (const g of gens) g.return(undefined).catch(() => undefined);
  }
}
