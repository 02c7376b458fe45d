/**
 * Builds a valid deck of any size on disk without holding it in memory: the entries of a real deck
 * (re-deflated) plus one large STORED media part written in 8 MiB chunks, its CRC-32 patched into
 * the local header afterwards. Zip64 records are written when `zip64` is set or when a size or an
 * offset needs them (≥ 4 GiB). Also runs an ingest in a child process and reports its peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 as zcrc32 } from 'node:zlib';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';

const crc32 = (d: Uint8Array, v = 0): number => zcrc32(d, v) >>> 0;
const MAX32 = 0xffffffff;

export interface BigDeckResult {
  bytes: number;
  mediaPart: string;
  mediaBytes: number;
  /** sha256 of the media part, computed while writing it. */
  mediaSha256: string;
  ms: number;
}

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  csize: number;
  size: number;
  offset: number;
}

/** Adds a Default content type for `ext` to [Content_Types].xml when it has none. */
function withContentType(xml: string, ext: string, type: string): string {
  if (new RegExp(`Extension="${ext}"`, 'i').test(xml)) return xml;
  return xml.replace(/<Types([^>]*)>/, `<Types$1><Default Extension="${ext}" ContentType="${type}"/>`);
}

/**
 * Writes `src` (a deck's bytes) plus a STORED `ppt/media/<name>` part of `mediaBytes` bytes to `out`.
 */
export function writeBigDeck(
  src: Uint8Array,
  out: string,
  mediaBytes: number,
  o: { zip64?: boolean; mediaName?: string } = {},
): BigDeckResult {
  const t0 = performance.now();
  const files = unzipSync(src);
  const mediaPart = `ppt/media/${o.mediaName ?? 'osmose-large-video.mp4'}`;
  files['[Content_Types].xml'] = strToU8(
    withContentType(strFromU8(files['[Content_Types].xml']), 'mp4', 'video/mp4'),
  );
  const fd = openSync(out, 'w');
  let pos = 0;
  let mediaSha = '';
  const put = (b: Uint8Array, at?: number): void => {
    if (at === undefined) {
      let done = 0;
      while (done < b.length) done += writeSync(fd, b, done, b.length - done, pos + done);
      pos += b.length;
    } else {
      writeSync(fd, b, 0, b.length, at);
    }
  };
  const written: Written[] = [];
  const localHeader = (w: Written, zip64: boolean): Uint8Array => {
    const extra = zip64 ? 20 : 0;
    const h = new Uint8Array(30 + w.name.length + extra);
    const dv = new DataView(h.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint16(4, zip64 ? 45 : 20, true);
    dv.setUint16(6, 0x800, true);
    dv.setUint16(8, w.method, true);
    dv.setUint32(14, w.crc, true);
    dv.setUint32(18, zip64 ? MAX32 : w.csize, true);
    dv.setUint32(22, zip64 ? MAX32 : w.size, true);
    dv.setUint16(26, w.name.length, true);
    dv.setUint16(28, extra, true);
    h.set(w.name, 30);
    if (zip64) {
      const x = 30 + w.name.length;
      dv.setUint16(x, 1, true);
      dv.setUint16(x + 2, 16, true);
      dv.setBigUint64(x + 4, BigInt(w.size), true);
      dv.setBigUint64(x + 12, BigInt(w.csize), true);
    }
    return h;
  };
  const needs64 = (w: Written): boolean =>
    !!o.zip64 || w.size >= MAX32 || w.csize >= MAX32 || w.offset >= MAX32;

  try {
    for (const [name, data] of Object.entries(files)) {
      const comp = deflateSync(data, { level: 6 });
      const w: Written = {
        name: strToU8(name),
        method: 8,
        crc: crc32(data),
        csize: comp.length,
        size: data.length,
        offset: pos,
      };
      put(localHeader(w, needs64(w)));
      put(comp);
      written.push(w);
    }
    // the large part: STORED, 8 MiB of random bytes repeated, CRC patched in afterwards
    const big: Written = {
      name: strToU8(mediaPart),
      method: 0,
      crc: 0,
      csize: mediaBytes,
      size: mediaBytes,
      offset: pos,
    };
    const zip64Big = needs64(big);
    const header = localHeader(big, zip64Big);
    put(header);
    const block = randomBytes(8 * 1024 * 1024);
    const mediaHash = createHash('sha256');
    let crc = 0;
    for (let left = mediaBytes; left > 0;) {
      const chunk = left >= block.length ? block : block.subarray(0, left);
      crc = crc32(chunk, crc);
      mediaHash.update(chunk);
      put(chunk);
      left -= chunk.length;
    }
    big.crc = crc;
    mediaSha = mediaHash.digest('hex');
    written.push(big);
    const patched = new Uint8Array(4);
    new DataView(patched.buffer).setUint32(0, crc, true);
    put(patched, big.offset + 14);

    const cdStart = pos;
    for (const w of written) {
      const z = needs64(w);
      const extra = z ? 28 : 0;
      const c = new Uint8Array(46 + w.name.length + extra);
      const dv = new DataView(c.buffer);
      dv.setUint32(0, 0x02014b50, true);
      dv.setUint16(4, z ? 45 : 20, true);
      dv.setUint16(6, z ? 45 : 20, true);
      dv.setUint16(8, 0x800, true);
      dv.setUint16(10, w.method, true);
      dv.setUint32(16, w.crc, true);
      dv.setUint32(20, z ? MAX32 : w.csize, true);
      dv.setUint32(24, z ? MAX32 : w.size, true);
      dv.setUint16(28, w.name.length, true);
      dv.setUint16(30, extra, true);
      dv.setUint32(42, z ? MAX32 : w.offset, true);
      c.set(w.name, 46);
      if (z) {
        const x = 46 + w.name.length;
        dv.setUint16(x, 1, true);
        dv.setUint16(x + 2, 24, true);
        dv.setBigUint64(x + 4, BigInt(w.size), true);
        dv.setBigUint64(x + 12, BigInt(w.csize), true);
        dv.setBigUint64(x + 20, BigInt(w.offset), true);
      }
      put(c);
    }
    const cdSize = pos - cdStart;
    const z64 = !!o.zip64 || cdStart >= MAX32 || written.some(needs64);
    if (z64) {
      const e64Off = pos;
      const r = new Uint8Array(56);
      const dv = new DataView(r.buffer);
      dv.setUint32(0, 0x06064b50, true);
      dv.setBigUint64(4, 44n, true);
      dv.setUint16(12, 45, true);
      dv.setUint16(14, 45, true);
      dv.setBigUint64(24, BigInt(written.length), true);
      dv.setBigUint64(32, BigInt(written.length), true);
      dv.setBigUint64(40, BigInt(cdSize), true);
      dv.setBigUint64(48, BigInt(cdStart), true);
      put(r);
      const l = new Uint8Array(20);
      const lv = new DataView(l.buffer);
      lv.setUint32(0, 0x07064b50, true);
      lv.setBigUint64(8, BigInt(e64Off), true);
      lv.setUint32(16, 1, true);
      put(l);
    }
    const e = new Uint8Array(22);
    const ev = new DataView(e.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, z64 ? 0xffff : written.length, true);
    ev.setUint16(10, z64 ? 0xffff : written.length, true);
    ev.setUint32(12, z64 ? MAX32 : cdSize, true);
    ev.setUint32(16, z64 ? MAX32 : cdStart, true);
    put(e);
  } finally {
    closeSync(fd);
  }
  return { bytes: pos, mediaPart, mediaBytes, mediaSha256: mediaSha, ms: performance.now() - t0 };
}

export interface IngestMeasure {
  status: string;
  error?: { code: string; message: string };
  slides: { idx: number; title: string | null }[];
  texts: { idx: number; layer: string; text: string }[];
  /** Peak resident set size of the ingesting process (VmHWM), MiB. */
  peakRssMiB: number;
  /** Wall time of the ingest call, ms (store opening excluded). */
  ms: number;
  timingsMs: Record<string, number>;
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'ingest-child.ts');

/** Ingests one deck into a fresh embedded store in a child process; returns what was stored and its peak RSS. */
export function ingestInChild(deck: string, storeDir: string, coreIndex?: string): IngestMeasure {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', CHILD, deck, storeDir, ...(coreIndex ? [coreIndex] : [])],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 900_000,
    },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith('{"status"'));
  if (r.status !== 0 || !line) throw new Error(`ingest child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as IngestMeasure;
}
