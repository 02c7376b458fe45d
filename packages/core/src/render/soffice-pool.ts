/**
 * A pool of LibreOffice headless converters. Each slot has its own user profile
 * (-env:UserInstallation), so conversions run side by side without fighting over a profile lock.
 */
import { mkdir, open, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OsmoseError } from '../errors.js';
import { runProcess } from './run-process.js';

export interface SofficePoolOptions {
  /** Parallel LibreOffice processes. Default 2. */
  size?: number;
  /** Where the per-slot profiles live (under the cache dir). */
  profileRoot: string;
  /** The program (configuration OSMOSE_SOFFICE). Default 'soffice'. */
  binary?: string;
}

export class SofficePool {
  readonly size: number;
  private readonly free: number[];
  private readonly waiters: ((slot: number) => void)[] = [];
  private readonly binary: string;

  constructor(private readonly o: SofficePoolOptions) {
    this.size = Math.max(1, o.size ?? 2);
    this.free = Array.from({ length: this.size }, (_, i) => i);
    this.binary = o.binary ?? 'soffice';
  }

  /** Processes free right now. */
  get idle(): number {
    return this.free.length;
  }

  private take(): Promise<number> {
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((r) => this.waiters.push(r));
  }

  private give(slot: number): void {
    const w = this.waiters.shift();
    if (w) w(slot);
    else this.free.push(slot);
  }

  /**
   * Converts a deck to PDF inside `outDir`; resolves to the PDF's path. `pageRange` ('3-10') exports only
   * those slides (page n of the PDF is then slide first + n - 1).
   */
  async toPdf(
    deckPath: string,
    outDir: string,
    timeoutMs: number,
    signal?: AbortSignal,
    pageRange?: string,
  ): Promise<string> {
    const slot = await this.take();
    try {
      const { profile, release } = await this.lockProfile(slot);
      try {
        return await this.convert(profile, deckPath, outDir, timeoutMs, signal, pageRange);
      } catch (e) {
        // a killed or failing LibreOffice may leave its profile half-written: start the next one clean
        await rm(profile, { recursive: true, force: true });
        throw e;
      } finally {
        await release();
      }
    } finally {
      this.give(slot);
    }
  }

  /**
   * A persistent profile per slot (LibreOffice's first start with a new profile costs seconds), guarded
   * by a lock file; when another live process holds it, a private profile is used and removed afterwards.
   */
  private async lockProfile(slot: number): Promise<{ profile: string; release: () => Promise<void> }> {
    await mkdir(this.o.profileRoot, { recursive: true });
    const shared = join(this.o.profileRoot, `lo-profile-${slot}`);
    const lock = `${shared}.lock`;
    for (let tries = 0; tries < 2; tries++) {
      try {
        const fh = await open(lock, 'wx');
        await fh.writeFile(String(process.pid));
        await fh.close();
        return { profile: shared, release: () => unlink(lock).catch(() => undefined) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') break;
        const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
        let alive = false;
        try {
          if (holder > 0) process.kill(holder, 0);
          alive = holder > 0;
        } catch {
          alive = false;
        }
        if (alive) break;
        await unlink(lock).catch(() => undefined); // stale: its process is gone
      }
    }
    const own = join(this.o.profileRoot, `lo-profile-${slot}-${process.pid}-${Date.now().toString(36)}`);
    return { profile: own, release: () => rm(own, { recursive: true, force: true }) };
  }

  private async convert(
    profile: string,
    deckPath: string,
    outDir: string,
    timeoutMs: number,
    signal?: AbortSignal,
    pageRange?: string,
  ): Promise<string> {
    {
      await mkdir(profile, { recursive: true });
      await mkdir(outDir, { recursive: true });
      const args = [
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--nofirststartwizard',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        // Hidden slides are exported too, so page n is always slide n (JSON filter options: LibreOffice ≥ 7.4).
        '--convert-to',
        `pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}${
          pageRange ? `,"PageRange":{"type":"string","value":"${pageRange}"}` : ''
        }}`,
        '--outdir',
        outDir,
        deckPath,
      ];
      const started = Date.now();
      let r = await runProcess(this.binary, args, {
        timeoutMs,
        signal,
        label: 'LibreOffice (soffice)',
        env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' },
      });
      let made = (await readdir(outDir)).find((f) => f.toLowerCase().endsWith('.pdf'));
      if (!made && !signal?.aborted) {
        // A fresh profile sometimes makes LibreOffice exit (code 81, "restart") before converting: once more.
        const left = timeoutMs - (Date.now() - started);
        if (left > 0) {
          r = await runProcess(this.binary, args, {
            timeoutMs: left,
            signal,
            label: 'LibreOffice (soffice)',
            env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' },
          });
          made = (await readdir(outDir)).find((f) => f.toLowerCase().endsWith('.pdf'));
        }
      }
      const expected = join(outDir, `${basename(deckPath, extname(deckPath))}.pdf`);
      if (r.code !== 0 || !made) {
        throw new OsmoseError(
          'OSM_RENDER_FAILED',
          `LibreOffice could not convert the deck to PDF (exit ${r.code}).`,
          {
            details: { stderr: r.stderr.trim().slice(-500), stdout: r.stdout.trim().slice(-500) },
          },
        );
      }
      return made ? join(outDir, made) : expected;
    }
  }

  /** Nothing to release: shared profiles stay (they make the next start fast), private ones are gone. */
  async dispose(): Promise<void> {}
}
