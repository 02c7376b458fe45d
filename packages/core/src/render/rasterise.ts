/**
 * PDF → page images with poppler: the page range is split across several `pdftoppm` processes and each
 * page is handed over as soon as it is complete (the next page of its range exists, or its process ended).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OsmoseError } from '../errors.js';
import { runProcess } from './run-process.js';

export type ImageFormat = 'jpeg' | 'png';

export async function pdfPageCount(pdf: string, timeoutMs = 30_000, program = 'pdfinfo'): Promise<number> {
  const r = await runProcess(program, [pdf], {
    timeoutMs,
    label: 'poppler (pdfinfo)',
  });
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout);
  if (r.code !== 0 || !m)
    throw new OsmoseError('OSM_RENDER_FAILED', 'The PDF made from the deck cannot be read.', {
      details: { stderr: r.stderr },
    });
  return Number(m[1]);
}

/** Splits 1..pages into `parts` contiguous ranges of near-equal size. */
export function splitRanges(pages: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, pages));
  const out: [number, number][] = [];
  for (let i = 0, first = 1; i < n; i++) {
    const size = Math.floor(pages / n) + (i < pages % n ? 1 : 0);
    out.push([first, first + size - 1]);
    first += size;
  }
  return out.filter(([a, b]) => b >= a);
}

export interface RasteriseOptions {
  /** The pdftoppm program (configuration OSMOSE_PDFTOPPM). Default 'pdftoppm'. */
  program?: string;
  format: ImageFormat;
  dpi: number;
  processes: number;
  timeoutMs: number;
  signal?: AbortSignal;
  pollMs?: number;
}

export interface PageFile {
  page: number;
  file: string;
}

/** Yields every page's image file as soon as it is complete. */
export async function* rasterise(
  pdf: string,
  pages: number,
  outDir: string,
  o: RasteriseOptions,
): AsyncGenerator<PageFile> {
  const ranges = splitRanges(pages, o.processes);
  const ext = o.format === 'png' ? 'png' : 'jpg';
  const state = ranges.map(() => ({ done: false, error: null as unknown }));
  const emitted = new Set<number>();
  let wake: (() => void) | null = null;
  const ac = new AbortController();
  const onOuter = (): void => ac.abort();
  o.signal?.addEventListener('abort', onOuter, { once: true });
  const procs = ranges.map(([first, last], k) =>
    runProcess(
      o.program ?? 'pdftoppm',
      [
        o.format === 'png' ? '-png' : '-jpeg',
        ...(o.format === 'jpeg' ? ['-jpegopt', 'quality=85'] : []),
        '-r',
        String(o.dpi),
        '-f',
        String(first),
        '-l',
        String(last),
        pdf,
        join(outDir, `r${k}`),
      ],
      { timeoutMs: o.timeoutMs, signal: ac.signal, label: 'poppler (pdftoppm)' },
    ).then(
      (r) => {
        state[k].done = true;
        if (r.code !== 0)
          state[k].error = new OsmoseError(
            'OSM_RENDER_FAILED',
            `pdftoppm failed on pages ${first}-${last} (exit ${r.code}).`,
            { details: { stderr: r.stderr } },
          );
        wake?.();
      },
      (e) => {
        state[k].done = true;
        state[k].error = e;
        wake?.();
      },
    ),
  );
  const re = new RegExp(`^r(\\d+)-0*(\\d+)\\.${ext}$`);
  try {
    while (emitted.size < pages) {
      // which processes had ended *before* this directory listing: only their missing pages are missing
      const ended = state.map((st) => st.done);
      const files = new Map<number, Map<number, string>>();
      for (const f of await readdir(outDir)) {
        const m = re.exec(f);
        if (!m) continue;
        const k = Number(m[1]);
        if (!files.has(k)) files.set(k, new Map());
        files.get(k)!.set(Number(m[2]), join(outDir, f));
      }
      for (let k = 0; k < ranges.length; k++) {
        const err = state[k].error;
        if (err) throw err;
        const have = files.get(k) ?? new Map<number, string>();
        const [first, last] = ranges[k];
        for (let p = first; p <= last; p++) {
          if (emitted.has(p) || !have.has(p)) continue;
          if (ended[k] || have.has(p + 1)) {
            emitted.add(p);
            yield { page: p, file: have.get(p)! };
          }
        }
        if (ended[k]) {
          const missing = [];
          for (let p = first; p <= last; p++) if (!emitted.has(p) && !have.has(p)) missing.push(p);
          if (missing.length)
            throw new OsmoseError(
              'OSM_RENDER_FAILED',
              `pdftoppm produced no image for page(s) ${missing.join(', ')}.`,
            );
        }
      }
      if (emitted.size >= pages) break;
      await new Promise<void>((r) => {
        const t = setTimeout(r, o.pollMs ?? 40);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      wake = null;
    }
  } finally {
    if (emitted.size < pages) ac.abort(); // the consumer left early or something failed: stop the others
    o.signal?.removeEventListener('abort', onOuter);
    await Promise.allSettled(procs);
  }
}
