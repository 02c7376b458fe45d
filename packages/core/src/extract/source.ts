/**
 * Random-access byte sources for the zip reader: a deck in memory (tests, tools) or a deck on disk
 * read with positioned reads, so that a package of any size costs only the parts actually read.
 */
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export interface ByteSource {
  /** Size of the whole package in bytes. */
  readonly size: number;
  /**
   * `len` bytes at `pos` (fewer only when the source ends first). The result may be a view into
   * the source (memory) or a fresh buffer (file); callers must not keep it past their use.
   */
  read(pos: number, len: number): Uint8Array;
  /** The same, without blocking the event loop where the source allows it. */
  readAsync(pos: number, len: number): Promise<Uint8Array>;
  /** Reads into `buf` (reused by the caller across a stream): bytes read. Optional. */
  readIntoAsync?(buf: Uint8Array, pos: number, len: number): Promise<number>;
}

/** A package held in memory. */
export class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly buf: Uint8Array) {
    this.size = buf.length;
  }
  read(pos: number, len: number): Uint8Array {
    const start = Math.max(0, Math.min(pos, this.size));
    return this.buf.subarray(start, Math.min(this.size, start + Math.max(0, len)));
  }
  readAsync(pos: number, len: number): Promise<Uint8Array> {
    return Promise.resolve(this.read(pos, len));
  }
}

/** Block size of the read cache of a file source (small reads: local headers, XML parts). */
const BLOCK = 64 * 1024;
/** Blocks kept (4 MiB): a deck's XML parts sit together, most small reads hit a block already read. */
const MAX_BLOCKS = 64;
/** Reads above this size bypass the cache (central directory, large parts, media streams). */
const DIRECT_ABOVE = 4 * BLOCK;

/**
 * A package on disk: every read is a positioned read on one open handle. Small reads go through a
 * bounded cache of 64 KiB blocks, so the hundreds of headers and parts of a deck cost a few reads.
 */
export class FileSource implements ByteSource {
  private readonly blocks = new Map<number, Buffer>();

  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string): Promise<FileSource> {
    const handle = await open(path, 'r');
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new Error(`${path} is not a file`);
      return new FileSource(handle, st.size);
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  private clamp(pos: number, len: number): number {
    return Math.max(0, Math.min(len, this.size - pos));
  }

  private readDirect(pos: number, n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const r = readSync(this.handle.fd, out, got, n - got, pos + got);
      if (r === 0) break;
      got += r;
    }
    return got === n ? out : out.subarray(0, got);
  }

  private block(i: number): Buffer {
    let b = this.blocks.get(i);
    if (b) {
      // most recently used last
      this.blocks.delete(i);
      this.blocks.set(i, b);
      return b;
    }
    b = this.readDirect(i * BLOCK, this.clamp(i * BLOCK, BLOCK));
    if (this.blocks.size >= MAX_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as number);
    this.blocks.set(i, b);
    return b;
  }

  read(pos: number, len: number): Uint8Array {
    const n = this.clamp(pos, len);
    if (n > DIRECT_ABOVE) return this.readDirect(pos, n);
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const p = pos + got;
      const b = this.block(Math.floor(p / BLOCK));
      const off = p % BLOCK;
      const take = Math.min(n - got, b.length - off);
      if (take <= 0) break;
      b.copy(out, got, off, off + take);
      got += take;
    }
    return got === n ? out : out.subarray(0, got);
  }

  async readAsync(pos: number, len: number): Promise<Uint8Array> {
    const out = Buffer.allocUnsafe(this.clamp(pos, len));
    const got = await this.readIntoAsync(out, pos, out.length);
    return got === out.length ? out : out.subarray(0, got);
  }

  async readIntoAsync(buf: Uint8Array, pos: number, len: number): Promise<number> {
    const n = Math.min(buf.length, this.clamp(pos, len));
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.handle.read(buf, got, n - got, pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got;
  }

  /** sha256 of the whole file, read in order through one reused 1 MiB buffer (memory stays flat). */
  async sha256(): Promise<string> {
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, Math.max(1, this.size)));
    for (let pos = 0; pos < this.size;) {
      const { bytesRead } = await this.handle.read(buf, 0, Math.min(buf.length, this.size - pos), pos);
      if (bytesRead === 0) throw new Error(`the file ended at ${pos} bytes, ${this.size} expected`);
      h.update(buf.subarray(0, bytesRead));
      pos += bytesRead;
    }
    return h.digest('hex');
  }

  close(): Promise<void> {
    this.blocks.clear();
    return this.handle.close();
  }
}
