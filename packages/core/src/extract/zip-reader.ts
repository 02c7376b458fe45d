/**
 * Hostile-input zip reader: parses the central directory once (limits checked on the declared
 * sizes), then inflates entries lazily with fflate, checking the actual size against the declared
 * one while inflating (a lying entry cannot expand past it) and the CRC-32 after.
 */
import { Inflate, inflateSync } from 'fflate';
import { InputError } from '../errors.js';
import { crc32 } from './crc32.js';
import { type ResolvedExtractOptions } from './options.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
/** Above this compressed size an entry is inflated in chunks, stopping as soon as it overruns. */
const CHUNKED_ABOVE = 256 * 1024;
const CHUNK = 64 * 1024;

const corrupt = (why: string, cause?: unknown): InputError =>
  new InputError('OSM_INPUT_CORRUPT_ZIP', `The deck is damaged: ${why}.`, { cause, details: { why } });

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(b: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(b);
  try {
    return utf8.decode(b);
  } catch {
    return latin1.decode(b);
  }
}

/** True when an entry name would escape the package root once extracted. */
export function isTraversalName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return true;
  return n.split('/').some((seg) => seg === '..');
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  /** Lower-cased name → real name, for producers that change case. */
  private readonly lower = new Map<string, string>();
  readonly warnings: string[] = [];
  private actualTotal = 0;

  constructor(
    private readonly buf: Uint8Array,
    private readonly opts: ResolvedExtractOptions,
  ) {
    this.readDirectory();
  }

  private u16(o: number): number {
    return this.buf[o] | (this.buf[o + 1] << 8);
  }
  private u32(o: number): number {
    return (this.buf[o] | (this.buf[o + 1] << 8) | (this.buf[o + 2] << 16) | (this.buf[o + 3] << 24)) >>> 0;
  }
  private u64(o: number): number {
    return this.u32(o) + this.u32(o + 4) * 0x100000000;
  }

  private findEocd(): number {
    const b = this.buf;
    const min = Math.max(0, b.length - 22 - 0xffff);
    for (let o = b.length - 22; o >= min; o--) {
      if (
        b[o] === 0x50 &&
        b[o + 1] === 0x4b &&
        b[o + 2] === 5 &&
        b[o + 3] === 6 &&
        this.u32(o) === SIG_EOCD
      ) {
        // the comment length must reach the end exactly (or be slack-tolerant: <= end)
        if (o + 22 + this.u16(o + 20) <= b.length) return o;
      }
    }
    return -1;
  }

  private readDirectory(): void {
    const b = this.buf;
    const eocd = this.findEocd();
    if (eocd < 0) throw corrupt('no end-of-central-directory record (truncated zip)');
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOff = this.u32(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOff === 0xffffffff) {
      const loc = eocd - 20;
      if (loc >= 0 && this.u32(loc) === SIG_LOC64) {
        const e64 = this.u64(loc + 8);
        if (e64 + 56 > b.length || this.u32(e64) !== SIG_EOCD64) throw corrupt('bad zip64 end record');
        count = this.u64(e64 + 32);
        cdSize = this.u64(e64 + 40);
        cdOff = this.u64(e64 + 48);
      }
    }
    if (count > this.opts.maxEntries) {
      throw new InputError(
        'OSM_INPUT_TOO_LARGE',
        `The deck has ${count} zip entries (limit ${this.opts.maxEntries}).`,
      );
    }
    if (cdOff + cdSize > b.length || cdOff > eocd) throw corrupt('central directory outside the file');
    let o = cdOff;
    let declaredTotal = 0;
    for (let n = 0; n < count; n++) {
      if (o + 46 > b.length || this.u32(o) !== SIG_CEN) throw corrupt('bad central directory entry');
      const flags = this.u16(o + 8);
      const method = this.u16(o + 10);
      const crc = this.u32(o + 16);
      let csize = this.u32(o + 20);
      let size = this.u32(o + 24);
      const nl = this.u16(o + 28);
      const el = this.u16(o + 30);
      const cl = this.u16(o + 32);
      let local = this.u32(o + 42);
      if (o + 46 + nl + el + cl > b.length) throw corrupt('central directory entry past the end');
      const name = decodeName(b.subarray(o + 46, o + 46 + nl), (flags & 0x800) !== 0);
      if (size === 0xffffffff || csize === 0xffffffff || local === 0xffffffff) {
        // zip64 extra field
        let x = o + 46 + nl;
        const xe = x + el;
        while (x + 4 <= xe) {
          const id = this.u16(x);
          const sz = this.u16(x + 2);
          if (id === 1) {
            let p = x + 4;
            if (size === 0xffffffff) {
              size = this.u64(p);
              p += 8;
            }
            if (csize === 0xffffffff) {
              csize = this.u64(p);
              p += 8;
            }
            if (local === 0xffffffff) local = this.u64(p);
            break;
          }
          x += 4 + sz;
        }
      }
      o += 46 + nl + el + cl;
      if (isTraversalName(name)) {
        throw new InputError(
          'OSM_INPUT_PATH_TRAVERSAL',
          `The deck contains an entry whose path escapes the package: ${JSON.stringify(name.slice(0, 200))}.`,
        );
      }
      if (name.endsWith('/')) continue;
      if (size > this.opts.ratioGraceBytes && size > Math.max(csize, 1) * this.opts.maxRatio) {
        throw new InputError(
          'OSM_INPUT_ZIP_BOMB',
          `The deck looks like a zip bomb: ${name} expands ${Math.round(size / Math.max(csize, 1))}× (limit ${this.opts.maxRatio}×).`,
        );
      }
      declaredTotal += size;
      if (declaredTotal > this.opts.maxUncompressedBytes) {
        throw new InputError(
          'OSM_INPUT_TOO_LARGE',
          `The deck expands to more than ${this.opts.maxUncompressedBytes} bytes (limit on the uncompressed size).`,
        );
      }
      if (local + 30 > b.length) throw corrupt(`local header of ${name} outside the file`);
      const norm = name.replace(/\\/g, '/').replace(/^\.?\//, '');
      if (this.entries.has(norm)) {
        this.warnings.push(`duplicate zip entry ${norm} ignored`);
        continue;
      }
      this.entries.set(norm, {
        name: norm,
        method,
        flags,
        crc,
        compressedSize: csize,
        size,
        localOffset: local,
      });
      this.lower.set(norm.toLowerCase(), norm);
    }
  }

  /** Resolves a part name (no leading slash), tolerating case differences. */
  resolve(name: string): string | undefined {
    const n = name.replace(/^\//, '');
    if (this.entries.has(n)) return n;
    return this.lower.get(n.toLowerCase());
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  /** Inflates one entry, checking local header, declared vs actual size, ratio and CRC. */
  read(name: string): Uint8Array {
    const key = this.resolve(name);
    const e = key === undefined ? undefined : this.entries.get(key);
    if (!e) throw new InputError('OSM_INPUT_MISSING_PART', `The deck is incomplete: ${name} is missing.`);
    const b = this.buf;
    const lo = e.localOffset;
    if (this.u32(lo) !== SIG_LOC) throw corrupt(`bad local header for ${e.name}`);
    if (e.flags & 1)
      throw new InputError('OSM_INPUT_ENCRYPTED', `The deck's zip entry ${e.name} is encrypted.`);
    const start = lo + 30 + this.u16(lo + 26) + this.u16(lo + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw corrupt(`${e.name} extends past the end of the file`);
    const data = b.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw corrupt(`stored entry ${e.name} has inconsistent sizes`);
      out = data;
    } else if (e.method === 8) {
      out = this.inflate(e, data);
    } else {
      throw corrupt(`${e.name} uses unsupported compression method ${e.method}`);
    }
    if (out.length !== e.size) throw corrupt(`${e.name} has ${out.length} bytes, ${e.size} declared`);
    if (crc32(out) !== e.crc) throw corrupt(`CRC mismatch in ${e.name}`);
    this.actualTotal += out.length;
    if (this.actualTotal > this.opts.maxUncompressedBytes) {
      throw new InputError(
        'OSM_INPUT_TOO_LARGE',
        'The deck expands past the limit on the uncompressed size.',
      );
    }
    return out;
  }

  private inflate(e: ZipEntry, data: Uint8Array): Uint8Array {
    try {
      if (e.compressedSize <= CHUNKED_ABOVE) {
        // Output buffer one byte larger than declared: an overrun is visible as a longer result,
        // and the work is bounded by the small compressed size (DEFLATE expands at most ~1032×).
        return inflateSync(data, { out: new Uint8Array(e.size + 1) });
      }
      const out = new Uint8Array(e.size);
      let filled = 0;
      let overrun = false;
      const inf = new Inflate((chunk) => {
        if (filled + chunk.length > e.size) {
          overrun = true;
          throw new Error('overrun');
        }
        out.set(chunk, filled);
        filled += chunk.length;
      });
      for (let p = 0; p < data.length; p += CHUNK) {
        const last = p + CHUNK >= data.length;
        inf.push(data.subarray(p, Math.min(p + CHUNK, data.length)), last);
      }
      if (overrun) throw new Error('overrun');
      return out.subarray(0, filled);
    } catch (err) {
      if (err instanceof Error && err.message === 'overrun') {
        throw new InputError(
          'OSM_INPUT_ZIP_BOMB',
          `The deck looks like a zip bomb: ${e.name} expands past its declared size.`,
          {
            cause: err,
          },
        );
      }
      throw corrupt(`${e.name} cannot be inflated`, err);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }
}
