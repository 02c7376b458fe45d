/** CRC-32 of zip entries: node:zlib's native crc32 when present (Node ≥ 20.15), else a table. */
import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value?: number) => number;

/** CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it; 0 to start). */
export const crc32: Crc32 =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (d, v = 0) => (zlib as unknown as { crc32(d: Uint8Array, v: number): number }).crc32(d, v) >>> 0
    : crc32Js;

let CRC_TABLE: Int32Array | null = null;
export function crc32Js(d: Uint8Array, value = 0): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let c = ~value;
  for (let i = 0; i < d.length; i++) c = CRC_TABLE[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
