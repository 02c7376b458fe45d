/**
 * Content-addressed blob folder under the store: `<store>/blobs/<sha256>/<file name>`. Uploads are
 * streamed to `<store>/blobs/tmp/` while hashed and counted, checked, then renamed into place; a
 * rejected upload leaves nothing behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempBlob {
  tmpPath: string;
  sha256: string;
  size: number;
  name: string;
}

export class BlobStore {
  readonly root: string;
  constructor(storeDir: string) {
    this.root = join(storeDir, 'blobs');
  }

  /** Streams to a temp file, hashing as it goes. */
  async receive(stream: Readable, name: string): Promise<TempBlob> {
    await mkdir(join(this.root, 'tmp'), { recursive: true });
    const tmpPath = join(this.root, 'tmp', randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(tmpPath));
    } catch (e) {
      await rm(tmpPath, { force: true });
      throw e;
    }
    return { tmpPath, sha256: hash.digest('hex'), size, name: safeName(name) };
  }

  /** Moves a checked temp blob into place; returns its final path (an existing copy wins). */
  async keep(t: TempBlob): Promise<string> {
    const dir = join(this.root, t.sha256);
    const final = join(dir, t.name);
    await mkdir(dir, { recursive: true });
    const exists = await stat(final).then(
      () => true,
      () => false,
    );
    if (exists) await rm(t.tmpPath, { force: true });
    else await rename(t.tmpPath, final);
    return final;
  }

  async discard(t: TempBlob): Promise<void> {
    await rm(t.tmpPath, { force: true });
  }

  /** The stored deck with this content hash, if any. */
  async find(sha256: string): Promise<string | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const dir = join(this.root, sha256);
    const names = await readdir(dir).catch(() => [] as string[]);
    return names.length ? join(dir, names.sort()[0]) : null;
  }
}

/** A file name safe to keep: its last path segment, no control characters, bounded length. */
export function safeName(name: string): string {
  const n = basename(String(name || '').replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(-200);
  return n && n !== '.' && n !== '..' ? n : 'upload.pptx';
}
