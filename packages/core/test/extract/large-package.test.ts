/**
 * Decks of any size (issue 16): a real corpus deck plus one large STORED media part (an embedded
 * video), built on disk in a temporary folder without ever holding it in memory.
 *  - over 2 GiB (Node's Buffer limit, where reading it whole failed with OSM_INTERNAL): ingested with
 *    the same slides and text as the original deck, peak RSS of the ingest reported and bounded;
 *  - zip64 records (as writers produce above 4 GiB) on a small copy, read the same way;
 *  - the package-size ceiling gives OSM_INPUT_TOO_LARGE with a sentence, never OSM_INTERNAL.
 * Figures for several sizes: `npx tsx packages/core/bench/large-deck.bench.ts` → bench/results/large-deck.md.
 */
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BufferSource,
  extractDeck,
  extractDeckFromSource,
  extractDeckSync,
  packageSha256,
  sha256Hex,
} from '../../src/extract/index.js';
import type { DeckData } from '../../src/model/deck.js';
import { renderDeck } from '../../src/render/index.js';
import { HAS_CORPUS, corpusPath } from '../helpers/corpus.js';
import { ingestInChild, writeBigDeck } from './helpers/big-deck.js';

const DECK = 'OWASP__Top10/OWASP Top 10-2017 (en).pptx';
const GiB = 1024 ** 3;
/** 2 GiB + 256 MiB of video: the package is over 2 GiB (and under 4 GiB: no zip64 needed). */
const MEDIA = 2 * GiB + 256 * 1024 * 1024;

function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}
const FREE = freeBytes(tmpdir());
const ROOM = FREE > MEDIA + GiB;
if (!ROOM) {
  console.warn(
    `\n!!! SKIPPING the >2 GiB deck test: ${(FREE / GiB).toFixed(1)} GiB free in ${tmpdir()}, ${((MEDIA + GiB) / GiB).toFixed(1)} GiB needed !!!\n`,
  );
}

/** What must be the same in the original and the enlarged deck. */
const textOf = (d: DeckData) =>
  d.slides.map((s) => ({
    title: s.title,
    texts: s.texts,
    notes: s.notes,
    tables: s.tables,
    charts: s.charts,
  }));

let dir: string;
let original: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'osmose-large-'));
  if (HAS_CORPUS) original = new Uint8Array(readFileSync(corpusPath(DECK)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAS_CORPUS)('packages read at offsets', () => {
  it('reads a zip64 package (zip64 end record and extra fields) like the original', async () => {
    const path = join(dir, 'zip64.pptx');
    const w = writeBigDeck(original, path, 20 * 1024 * 1024, { zip64: true });
    const deck = await extractDeck({ path });
    const base = await extractDeck({ bytes: original, name: 'deck.pptx' });
    expect(textOf(deck)).toEqual(textOf(base));
    // the 20 MiB video is hashed as a stream: same sha256 as the bytes written
    expect(deck.media.find((m) => m.path === w.mediaPart)).toEqual({
      path: w.mediaPart,
      sha256: w.mediaSha256,
      bytes: w.mediaBytes,
      contentType: 'video/mp4',
    });
    // the document identity is the sha256 of the file, streamed
    expect(deck.sha256).toBe(sha256Hex(readFileSync(path)));
    expect(await packageSha256(path)).toBe(deck.sha256);
    rmSync(path);
  }, 120_000);

  it('refuses a package above the configured ceiling with OSM_INPUT_TOO_LARGE and a sentence', async () => {
    const path = corpusPath(DECK);
    const err = await extractDeck({ path }, { maxFileBytes: 100_000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'OSM_INPUT_TOO_LARGE' });
    expect((err as Error).message).toMatch(
      /^The deck is 655089 bytes \(0\.001 GiB\), above the 100000-byte \(0\.000 GiB\) limit on the package size/,
    );
    await expect(packageSha256(path, { maxFileBytes: 100_000 })).rejects.toMatchObject({
      code: 'OSM_INPUT_TOO_LARGE',
    });
  });
});

describe.skipIf(!HAS_CORPUS)('hostile input on the streamed path (media above 16 MiB)', () => {
  const MEDIA_PART = 'ppt/media/video9.mp4';
  let x = 11;
  const noise = (n: number) =>
    new Uint8Array(n).map(() => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);

  /** The original deck plus a 20 MiB noise part, stored (level 0) or deflated. */
  function withMedia(level: 0 | 6): Uint8Array {
    const files = unzipSync(original);
    const z: Zippable = {};
    for (const [k, v] of Object.entries(files)) z[k] = v;
    z[MEDIA_PART] = [noise(20 * 1024 * 1024), { level }];
    return zipSync(z);
  }

  /** Offset of the data of an entry (from its central directory record and local header). */
  function dataOffset(zip: Uint8Array, name: string): { cd: number; data: number } {
    const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let o = zip.length - 22; o >= 0; o--) {
      if (dv.getUint32(o, true) !== 0x02014b50) continue;
      const nl = dv.getUint16(o + 28, true);
      if (strFromU8(zip.subarray(o + 46, o + 46 + nl)) !== name) continue;
      const lo = dv.getUint32(o + 42, true);
      return { cd: o, data: lo + 30 + dv.getUint16(lo + 26, true) + dv.getUint16(lo + 28, true) };
    }
    throw new Error(`${name} not found`);
  }

  /** The code of the rejection via bytes and via a file (the same, or the test fails). */
  async function outcome(bytes: Uint8Array): Promise<string> {
    const code = (e: unknown) => (e as { code?: string }).code ?? `UNTYPED ${String(e)}`;
    let viaBytes = 'ok';
    try {
      extractDeckSync(bytes, 'deck.pptx');
    } catch (e) {
      viaBytes = code(e);
    }
    const path = join(dir, 'hostile.pptx');
    writeFileSync(path, bytes);
    const viaFile = await extractDeck({ path }).then(
      () => 'ok',
      (e: unknown) => code(e),
    );
    rmSync(path);
    expect(viaFile).toBe(viaBytes);
    return viaFile;
  }

  it('hashes a clean large part as a stream, stored or deflated', async () => {
    for (const level of [0, 6] as const) {
      const zip = withMedia(level);
      expect(await outcome(zip)).toBe('ok');
      const media = extractDeckSync(zip, 'deck.pptx').media.find((m) => m.path === MEDIA_PART);
      expect(media?.sha256).toBe(
        sha256Hex(unzipSync(zip, { filter: (f) => f.name === MEDIA_PART })[MEDIA_PART]),
      );
    }
  }, 120_000);

  it('does not count streaming a large part (or the file hash) against the time limit; parsing still counts', async () => {
    /** A source whose streamed reads are slow, like a big video on a slow disk. */
    class SlowSource extends BufferSource {
      override async readAsync(pos: number, len: number): Promise<Uint8Array> {
        await new Promise((r) => setTimeout(r, 150));
        return super.readAsync(pos, len);
      }
    }
    const zip = withMedia(0);
    // ~20 chunks of the part + ~21 of the file's own sha256 at 150 ms each: 6 s of streaming, limit 3 s
    const t0 = performance.now();
    const deck = await extractDeckFromSource(new SlowSource(zip), 'deck.pptx', { timeoutMs: 3000 });
    expect(performance.now() - t0).toBeGreaterThan(3000);
    expect(deck.slides).toHaveLength(25);
    expect(deck.sha256).toBe(sha256Hex(zip));
    await expect(
      extractDeckFromSource(new SlowSource(zip), 'deck.pptx', { timeoutMs: 1 / 1000 }),
    ).rejects.toMatchObject({ code: 'OSM_INPUT_TIMEOUT' });
  }, 120_000);

  it('rejects a flipped byte in a large part (CRC) and a large part that lies about its size', async () => {
    for (const level of [0, 6] as const) {
      const zip = withMedia(level);
      const { cd, data } = dataOffset(zip, MEDIA_PART);
      const flipped = new Uint8Array(zip);
      flipped[data + 10 * 1024 * 1024] ^= 0x10;
      expect(await outcome(flipped)).toBe('OSM_INPUT_CORRUPT_ZIP');
      // declared 17 MiB (still streamed), 20 MiB inside: stopped at the first chunk past the declared size
      const liar = new Uint8Array(zip);
      const dv = new DataView(liar.buffer);
      dv.setUint32(cd + 24, 17 * 1024 * 1024, true);
      if (level === 0) dv.setUint32(cd + 20, 17 * 1024 * 1024, true);
      expect(await outcome(liar)).toBe(level === 0 ? 'OSM_INPUT_CORRUPT_ZIP' : 'OSM_INPUT_ZIP_BOMB');
      // truncated inside the large part
      expect(await outcome(zip.subarray(0, data + 5 * 1024 * 1024))).toBe('OSM_INPUT_CORRUPT_ZIP');
    }
  }, 120_000);
});

describe.skipIf(!HAS_CORPUS || !ROOM)('a deck over 2 GiB (a real deck plus an embedded video)', () => {
  let big: string;
  let written: ReturnType<typeof writeBigDeck>;
  beforeAll(() => {
    big = join(dir, 'with-video.pptx');
    written = writeBigDeck(original, big, MEDIA);
    console.log(
      `built ${big}: ${written.bytes} bytes (${(written.bytes / GiB).toFixed(2)} GiB) in ${(written.ms / 1000).toFixed(1)} s`,
    );
  }, 600_000);
  afterAll(() => rmSync(big, { force: true }));

  it('is over 2 GiB, and extraction reads it with the same slides and text, the video hashed as a stream', async () => {
    expect(written.bytes).toBeGreaterThan(2 * GiB);
    const deck = await extractDeck({ path: big });
    const base = await extractDeck({ bytes: original, name: 'deck.pptx' });
    expect(deck.slides.length).toBe(25);
    expect(textOf(deck)).toEqual(textOf(base));
    expect(deck.bytes).toBe(written.bytes);
    expect(deck.media.find((m) => m.path === written.mediaPart)).toMatchObject({
      sha256: written.mediaSha256,
      bytes: MEDIA,
    });
    expect(deck.media.filter((m) => m.path !== written.mediaPart)).toEqual(base.media);
  }, 600_000);

  it('is not handed to LibreOffice (which cannot load it): rendering says why, for this deck', async () => {
    const t0 = performance.now();
    const err = await (async () => {
      for await (const page of renderDeck(big, { cache: false })) return page;
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'OSM_RENDER_FAILED' });
    expect((err as Error).message).toBe(
      'The deck is 2.25 GiB: LibreOffice cannot open packages of 2 GiB or more, so its slides are not rendered (their text is summarised instead).',
    );
    console.log(`render refused in ${Math.round(performance.now() - t0)} ms`);
  });

  it('ingests it like the original deck, with a peak RSS independent of the package size', () => {
    const small = ingestInChild(corpusPath(DECK), join(dir, 'store-small'));
    const large = ingestInChild(big, join(dir, 'store-large'));
    console.log(
      `peak RSS of the ingest: original deck (${original.length} bytes) ${small.peakRssMiB} MiB in ${small.ms} ms; ` +
        `${(written.bytes / GiB).toFixed(2)} GiB deck ${large.peakRssMiB} MiB in ${large.ms} ms ` +
        `(extract phase, mostly the streamed sha256 of the file and of the video: ${large.timingsMs.extract} ms)`,
    );
    expect(large.error).toBeUndefined();
    expect(large.status).toBe('ingested');
    expect(small.status).toBe('ingested');
    expect(large.slides).toEqual(small.slides);
    expect(large.slides).toHaveLength(25);
    expect(large.texts).toEqual(small.texts);
    expect(large.texts.length).toBeGreaterThan(100);
    // memory does not grow with the package: the 2.25 GiB video costs nothing resident
    expect(large.peakRssMiB).toBeLessThan(300);
    expect(large.peakRssMiB).toBeLessThan(small.peakRssMiB + 64);
  }, 900_000);
});
