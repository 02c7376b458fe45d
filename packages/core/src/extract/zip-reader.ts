/**
 * Hostile-input zip reader over a random-access source (a file read with positioned reads, or bytes
 * in memory): the end record and the central directory are read from the end of the package and
 * checked against the limits on their declared sizes; each entry is then read and inflated only when
 * asked for, checking the actual size against the declared one while inflating (a lying entry cannot
 * expand past it) and the CRC-32 after. Large entries (video, audio) are never held in memory: they
 * are hashed as a stream (`hashEntry`), in chunks.
 */
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { InputError } from '../errors.js';
import { crc32 } from './crc32.js';
import { type ResolvedExtractOptions } from './options.js';
import { BufferSource, type ByteSource } from './source.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** What a streamed read of an entry gives: its sha256, size and first bytes (for image headers). */
export interface StreamedEntry {
  sha256: string;
  size: number;
  head: Uint8Array;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
/** Above this compressed size an entry that expands past its declared size is reported as a zip bomb. */
const BOMB_ABOVE = 256 * 1024;
/** Largest single output buffer of an inflate (a larger entry is inflated into several, then joined). */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;
/** Read size of a streamed entry. */
const STREAM_CHUNK = 1024 * 1024;
/** Largest declared size of an entry `hashEntrySync` inflates whole in memory rather than streamed. */
const WHOLE_INFLATE_MAX = 16 * 1024 * 1024;
/** Largest central directory read (a real one for 10 000 entries is about 1 MiB). */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;

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

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x100000000;

/** True when an entry name would escape the package root once extracted. */
export function isTraversalName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return true;
  return n.split('/').some((seg) => seg === '..');
}

const zipBomb = (e: ZipEntry, cause?: unknown): InputError =>
  new InputError(
    'OSM_INPUT_ZIP_BOMB',
    `The deck looks like a zip bomb: ${e.name} expands past its declared size.`,
    { cause },
  );

class Overrun extends Error {
  constructor() {
    super('overrun');
  }
}

/** Receives the inflated bytes of one entry: size bound, CRC-32, sha256 and the first bytes. */
class EntrySink {
  private filled = 0;
  private crc = 0;
  private readonly hash = createHash('sha256');
  private readonly head: Uint8Array;
  private headLen = 0;

  constructor(
    private readonly e: ZipEntry,
    headMax: number,
  ) {
    this.head = new Uint8Array(Math.min(headMax, e.size));
  }

  push = (chunk: Uint8Array): void => {
    if (this.filled + chunk.length > this.e.size) throw new Overrun();
    this.crc = crc32(chunk, this.crc);
    this.hash.update(chunk);
    if (this.headLen < this.head.length) {
      const n = Math.min(chunk.length, this.head.length - this.headLen);
      this.head.set(chunk.subarray(0, n), this.headLen);
      this.headLen += n;
    }
    this.filled += chunk.length;
  };

  finish(): StreamedEntry {
    const e = this.e;
    if (this.filled !== e.size) throw corrupt(`${e.name} has ${this.filled} bytes, ${e.size} declared`);
    if (this.crc !== e.crc) throw corrupt(`CRC mismatch in ${e.name}`);
    return { sha256: this.hash.digest('hex'), size: e.size, head: this.head.subarray(0, this.headLen) };
  }
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  /** Lower-cased name → real name, for producers that change case. */
  private readonly lower = new Map<string, string>();
  readonly warnings: string[] = [];
  private actualTotal = 0;
  private readonly src: ByteSource;

  constructor(
    source: ByteSource | Uint8Array,
    private readonly opts: ResolvedExtractOptions,
  ) {
    this.src = source instanceof Uint8Array ? new BufferSource(source) : source;
    this.readDirectory();
  }

  /** Size of the whole package. */
  get packageSize(): number {
    return this.src.size;
  }

  /** Reads exactly `len` bytes at `pos`, or says the package is damaged. */
  private readExact(pos: number, len: number, what: string): Uint8Array {
    const b = this.src.read(pos, len);
    if (b.length !== len) throw corrupt(`${what} extends past the end of the file`);
    return b;
  }

  /** Finds the end-of-central-directory record in the last 64 KiB (+22 bytes) of the package. */
  private findEocd(): number {
    const size = this.src.size;
    const tailLen = Math.min(size, 22 + 0xffff);
    const base = size - tailLen;
    const b = this.src.read(base, tailLen);
    for (let o = b.length - 22; o >= 0; o--) {
      if (b[o] === 0x50 && b[o + 1] === 0x4b && b[o + 2] === 5 && b[o + 3] === 6 && u32(b, o) === SIG_EOCD) {
        // the comment length must reach the end exactly (or be slack-tolerant: <= end)
        if (o + 22 + u16(b, o + 20) <= b.length) return base + o;
      }
    }
    return -1;
  }

  private readDirectory(): void {
    const size = this.src.size;
    const eocd = this.findEocd();
    if (eocd < 0) throw corrupt('no end-of-central-directory record (truncated zip)');
    const end = this.src.read(eocd, 22);
    let count = u16(end, 10);
    let cdSize = u32(end, 12);
    let cdOff = u32(end, 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOff === 0xffffffff) {
      const loc = eocd - 20;
      const lb = loc >= 0 ? this.src.read(loc, 20) : new Uint8Array(0);
      if (lb.length === 20 && u32(lb, 0) === SIG_LOC64) {
        const e64 = u64(lb, 8);
        if (e64 + 56 > size) throw corrupt('bad zip64 end record');
        const r = this.src.read(e64, 56);
        if (u32(r, 0) !== SIG_EOCD64) throw corrupt('bad zip64 end record');
        count = u64(r, 32);
        cdSize = u64(r, 40);
        cdOff = u64(r, 48);
      }
    }
    if (count > this.opts.maxEntries) {
      throw new InputError(
        'OSM_INPUT_TOO_LARGE',
        `The deck has ${count} zip entries (limit ${this.opts.maxEntries}).`,
      );
    }
    if (cdOff + cdSize > size || cdOff > eocd) throw corrupt('central directory outside the file');
    if (cdSize > MAX_DIRECTORY_BYTES) {
      throw new InputError(
        'OSM_INPUT_TOO_LARGE',
        `The deck's zip directory is ${cdSize} bytes (limit ${MAX_DIRECTORY_BYTES}).`,
      );
    }
    const b = this.readExact(cdOff, cdSize, 'the central directory');
    let o = 0;
    let declaredTotal = 0;
    for (let n = 0; n < count; n++) {
      if (o + 46 > b.length || u32(b, o) !== SIG_CEN) throw corrupt('bad central directory entry');
      const flags = u16(b, o + 8);
      const method = u16(b, o + 10);
      const crc = u32(b, o + 16);
      let csize = u32(b, o + 20);
      let esize = u32(b, o + 24);
      const nl = u16(b, o + 28);
      const el = u16(b, o + 30);
      const cl = u16(b, o + 32);
      let local = u32(b, o + 42);
      if (o + 46 + nl + el + cl > b.length) throw corrupt('central directory entry past the end');
      const name = decodeName(b.subarray(o + 46, o + 46 + nl), (flags & 0x800) !== 0);
      if (esize === 0xffffffff || csize === 0xffffffff || local === 0xffffffff) {
        // zip64 extra field
        let x = o + 46 + nl;
        const xe = x + el;
        while (x + 4 <= xe) {
          const id = u16(b, x);
          const sz = u16(b, x + 2);
          if (id === 1) {
            let p = x + 4;
            if (esize === 0xffffffff) {
              esize = u64(b, p);
              p += 8;
            }
            if (csize === 0xffffffff) {
              csize = u64(b, p);
              p += 8;
            }
            if (local === 0xffffffff) local = u64(b, p);
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
      if (esize > this.opts.ratioGraceBytes && esize > Math.max(csize, 1) * this.opts.maxRatio) {
        throw new InputError(
          'OSM_INPUT_ZIP_BOMB',
          `The deck looks like a zip bomb: ${name} expands ${Math.round(esize / Math.max(csize, 1))}× (limit ${this.opts.maxRatio}×).`,
        );
      }
      declaredTotal += esize;
      // Media stored or deflated about 1:1 weigh what they weigh in the package, and they are hashed
      // as a stream, never held: the limit is on what the package expands to beyond its own size.
      if (declaredTotal > this.opts.maxUncompressedBytes + size) {
        throw new InputError(
          'OSM_INPUT_TOO_LARGE',
          `The deck expands to more than ${this.opts.maxUncompressedBytes} bytes beyond its own size (limit on the uncompressed size).`,
        );
      }
      if (local + 30 > size) throw corrupt(`local header of ${name} outside the file`);
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
        size: esize,
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

  /** The directory entry of a part (declared sizes), without reading it. */
  entry(name: string): ZipEntry | undefined {
    const key = this.resolve(name);
    return key === undefined ? undefined : this.entries.get(key);
  }

  /** Checks the local header of an entry; returns where its data starts. */
  private dataStart(e: ZipEntry): number {
    const lo = e.localOffset;
    const h = this.src.read(lo, 30);
    if (h.length < 30 || u32(h, 0) !== SIG_LOC) throw corrupt(`bad local header for ${e.name}`);
    if (e.flags & 1)
      throw new InputError('OSM_INPUT_ENCRYPTED', `The deck's zip entry ${e.name} is encrypted.`);
    if (e.method !== 0 && e.method !== 8)
      throw corrupt(`${e.name} uses unsupported compression method ${e.method}`);
    if (e.method === 0 && e.compressedSize !== e.size)
      throw corrupt(`stored entry ${e.name} has inconsistent sizes`);
    const start = lo + 30 + u16(h, 26) + u16(h, 28);
    if (start + e.compressedSize > this.src.size) throw corrupt(`${e.name} extends past the end of the file`);
    return start;
  }

  private need(name: string): ZipEntry {
    const e = this.entry(name);
    if (!e) throw new InputError('OSM_INPUT_MISSING_PART', `The deck is incomplete: ${name} is missing.`);
    return e;
  }

  /** Inflates one entry into memory, checking local header, declared vs actual size, ratio and CRC. */
  read(name: string): Uint8Array {
    const e = this.need(name);
    const start = this.dataStart(e);
    const data = this.readExact(start, e.compressedSize, e.name);
    const out = e.method === 0 ? data : this.inflate(e, data);
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

  /** A pusher of compressed chunks that feeds the inflated bytes to `sink`. */
  private feeder(e: ZipEntry, sink: EntrySink): (chunk: Uint8Array, last: boolean) => void {
    if (e.method === 0) return (chunk) => sink.push(chunk);
    const inf = new Inflate((chunk) => sink.push(chunk));
    return (chunk, last) => inf.push(chunk, last);
  }

  private streamError(e: ZipEntry, err: unknown): never {
    if (err instanceof Overrun) throw zipBomb(e, err);
    if (err instanceof InputError) throw err;
    throw corrupt(`${e.name} cannot be inflated`, err);
  }

  /**
   * Reads an entry as a stream (never whole in memory): its sha256, size and first `headMax` bytes,
   * with the same checks as `read` (declared size bound while inflating, CRC-32 after).
   */
  hashEntrySync(name: string, headMax = 0): StreamedEntry {
    const e = this.need(name);
    const start = this.dataStart(e);
    const sink = new EntrySink(e, headMax);
    try {
      if (e.method === 8 && e.compressedSize <= STREAM_CHUNK && e.size <= WHOLE_INFLATE_MAX) {
        // a small deflated entry (most images): one native inflate instead of fflate's stream
        sink.push(this.inflate(e, this.readExact(start, e.compressedSize, e.name)));
        return sink.finish();
      }
      const feed = this.feeder(e, sink);
      const end = start + e.compressedSize;
      if (start === end) feed(new Uint8Array(0), true);
      for (let p = start; p < end; p += STREAM_CHUNK) {
        const n = Math.min(STREAM_CHUNK, end - p);
        feed(this.readExact(p, n, e.name), p + n >= end);
      }
    } catch (err) {
      this.streamError(e, err);
    }
    return sink.finish();
  }

  /** `hashEntrySync` with reads that do not block the event loop. */
  async hashEntry(name: string, headMax = 0): Promise<StreamedEntry> {
    const e = this.need(name);
    const start = this.dataStart(e);
    const sink = new EntrySink(e, headMax);
    try {
      const feed = this.feeder(e, sink);
      const end = start + e.compressedSize;
      if (start === end) feed(new Uint8Array(0), true);
      // a stored entry goes through one reused buffer (the sink keeps nothing); the inflater may keep
      // a reference to its input, so deflated chunks are fresh buffers
      const reuse =
        e.method === 0 && this.src.readIntoAsync
          ? new Uint8Array(Math.min(STREAM_CHUNK, e.compressedSize))
          : null;
      for (let p = start; p < end; p += STREAM_CHUNK) {
        const n = Math.min(STREAM_CHUNK, end - p);
        let chunk: Uint8Array;
        if (reuse) {
          const got = await this.src.readIntoAsync!(reuse, p, n);
          chunk = reuse.subarray(0, got);
        } else {
          chunk = await this.src.readAsync(p, n);
        }
        if (chunk.length !== n) throw corrupt(`${e.name} extends past the end of the file`);
        feed(chunk, p + n >= end);
      }
    } catch (err) {
      this.streamError(e, err);
    }
    return sink.finish();
  }

  /**
   * Inflates a whole entry with node:zlib (native; the corpus extracts in 2.1 s instead of fflate's 2.7 s). The output is
   * bounded to one byte past the declared size while inflating, so a lying entry costs no more than its
   * declared size: a result one byte too long fails the caller's size check (damaged); more than that stops
   * zlib at once (a small entry: damaged; a large one, whose expansion is the risk: a zip bomb).
   */
  private inflate(e: ZipEntry, data: Uint8Array): Uint8Array {
    const bound = e.size + 1;
    try {
      const out = inflateRawSync(data, {
        maxOutputLength: bound,
        // one output buffer for the whole entry (no concatenation of 16 KiB chunks)
        chunkSize: Math.max(64, Math.min(bound, MAX_CHUNK_BYTES)),
      });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        if (e.compressedSize > BOMB_ABOVE) throw zipBomb(e, err);
        throw corrupt(`${e.name} expands past its declared size`, err);
      }
      throw corrupt(`${e.name} cannot be inflated`, err);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }
}
