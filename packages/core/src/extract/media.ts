/** Media parts: content hash, size, content type and pixel size read from PNG/JPEG/GIF headers. */
import { createHash } from 'node:crypto';
import { FileSource } from './source.js';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * sha256 of a file, read as a stream through one reused 1 MiB buffer (memory stays flat whatever the
 * size): the same value as `sha256Hex` of its bytes.
 */
export async function sha256File(path: string): Promise<string> {
  const src = await FileSource.open(path);
  try {
    return await src.sha256();
  } finally {
    await src.close();
  }
}

/**
 * Media parts above this size are never read whole: their sha256 is computed as a stream and their
 * pixel size read from their first `MEDIA_HEAD_BYTES` bytes.
 */
export const MEDIA_STREAM_ABOVE = 16 * 1024 * 1024;
export const MEDIA_HEAD_BYTES = 4 * 1024 * 1024;

export interface PixelSize {
  width: number;
  height: number;
}

/** Pixel size from a PNG, JPEG or GIF header; undefined for other formats or broken headers. */
export function imageSize(b: Uint8Array): PixelSize | undefined {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    // IHDR is the first chunk
    if (b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52) {
      return { width: dv.getUint32(16), height: dv.getUint32(20) };
    }
    return undefined;
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { width: b[6] | (b[7] << 8), height: b[8] | (b[9] << 8) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let o = 2;
    while (o + 9 < b.length) {
      if (b[o] !== 0xff) return undefined;
      const marker = b[o + 1];
      if (marker === 0xff) {
        o++;
        continue;
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        o += 2;
        continue;
      }
      const len = (b[o + 2] << 8) | b[o + 3];
      // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (b[o + 5] << 8) | b[o + 6], width: (b[o + 7] << 8) | b[o + 8] };
      }
      if (len < 2) return undefined;
      o += 2 + len;
    }
  }
  return undefined;
}
