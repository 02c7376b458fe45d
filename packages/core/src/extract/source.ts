/**
 * Random-access byte sources for the zip reader: a deck in memory (tests, tools) or a deck on disk
 * read with positioned reads, so that a package of any size costs only the parts actually read.
 */
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

/** A package on disk: every read is a positioned read on one open handle. */
export class FileSource implements ByteSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string): Promise<FileSource> {
    const handle = await open(path, 'r');
    try {
      const st = await handle.stat();
      return new FileSource(handle, st.size);
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  private clamp(pos: number, len: number): number {
    return Math.max(0, Math.min(len, this.size - pos));
  }

  read(pos: number, len: number): Uint8Array {
    const n = this.clamp(pos, len);
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const r = readSync(this.handle.fd, out, got, n - got, pos + got);
      if (r === 0) break;
      got += r;
    }
    return got === n ? out : out.subarray(0, got);
  }

  async readAsync(pos: number, len: number): Promise<Uint8Array> {
    const n = this.clamp(pos, len);
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const { bytesRead } = await this.handle.read(out, got, n - got, pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === n ? out : out.subarray(0, got);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
