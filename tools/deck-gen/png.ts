/** Small deterministic PNG images generated in code (RGB, 8-bit), for pictures in generated decks. */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../packages/core/src/extract/crc32.js';

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A width×height PNG whose pixel (x, y) colour comes from `pixel` as [r, g, b]. */
export function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[o++] = r;
      raw[o++] = g;
      raw[o++] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      sig,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** A simple icon: a coloured disc on a light background, with a seed-dependent hue. */
export function iconPng(seed: number, size = 64): Uint8Array {
  const hue = (seed * 67) % 360;
  const c = (n: number): number => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (0.55 - 0.45 * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  const rgb: [number, number, number] = [c(0), c(8), c(4)];
  const r = size / 2;
  return makePng(size, size, (x, y) =>
    (x - r) ** 2 + (y - r) ** 2 < (r * 0.8) ** 2 ? rgb : [245, 247, 250],
  );
}
