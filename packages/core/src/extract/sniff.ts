/**
 * Looks at the raw bytes before unzipping and rejects what is not an OOXML package, with a typed
 * reason: empty file, Office lock file, legacy binary .ppt, encrypted OOXML (a CFB container with
 * an EncryptedPackage stream), or something that is not a zip at all (HTML saved as .pptx…).
 */
import { InputError } from '../errors.js';
import { BufferSource, type ByteSource } from './source.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type SniffResult = 'zip';

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** An Office "owner file": a length byte, that many name bytes padded to 54, the length again at 55. */
export function looksLikeOwnerFile(b: Uint8Array): boolean {
  if (b.length < 56 || b.length > 512) return false;
  const n = b[0];
  if (n < 1 || n > 54 || b[55] !== n) return false;
  for (let i = 1; i <= n; i++) if (b[i] < 0x20 && b[i] !== 0) return false;
  return true;
}

function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/** Names of the directory entries of a Compound File Binary container (best effort). */
export function cfbEntryNames(b: Uint8Array): string[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const sectorShift = dv.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const ss = 1 << sectorShift;
  const sectorOffset = (s: number): number => (s + 1) * ss;
  // FAT sectors from the header DIFAT (109 entries) + the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = dv.getUint32(0x4c + i * 4, true);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  let difat = dv.getUint32(0x44, true);
  let guard = 0;
  while (difat < 0xfffffffa && guard++ < 10_000) {
    const off = sectorOffset(difat);
    if (off + ss > b.length) break;
    for (let i = 0; i < ss / 4 - 1; i++) {
      const s = dv.getUint32(off + i * 4, true);
      if (s < 0xfffffffa) fatSectors.push(s);
    }
    difat = dv.getUint32(off + ss - 4, true);
  }
  const perFat = ss / 4;
  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perFat)];
    if (fs === undefined) return 0xfffffffe;
    const off = sectorOffset(fs) + (s % perFat) * 4;
    if (off + 4 > b.length) return 0xfffffffe;
    return dv.getUint32(off, true);
  };
  const names: string[] = [];
  let dir = dv.getUint32(0x30, true);
  guard = 0;
  while (dir < 0xfffffffa && guard++ < 100_000) {
    const off = sectorOffset(dir);
    if (off + ss > b.length) break;
    for (let e = 0; e < ss / 128; e++) {
      const eo = off + e * 128;
      const nameLen = dv.getUint16(eo + 0x40, true);
      if (nameLen < 2 || nameLen > 64) continue;
      let s = '';
      for (let k = 0; k < nameLen / 2 - 1; k++) s += String.fromCharCode(dv.getUint16(eo + k * 2, true));
      names.push(s);
    }
    dir = next(dir);
  }
  return names;
}

/** Largest prefix of a CFB container read to tell an encrypted deck from a legacy .ppt. */
const CFB_READ_MAX = 64 * 1024 * 1024;

/** Throws the typed rejection for anything that is not a zip package; returns 'zip' otherwise. */
export function sniff(bytes: Uint8Array, name: string): SniffResult {
  return sniffSource(new BufferSource(bytes), name);
}

/**
 * `sniff` over a random-access source: reads the first 512 bytes and the last 64 KiB only (and, for
 * a CFB container, its directory from the first 64 MiB).
 */
export function sniffSource(src: ByteSource, name: string): SniffResult {
  if (src.size === 0) throw new InputError('OSM_INPUT_EMPTY');
  const head = src.read(0, 512);
  const base = baseName(name);
  if (base.startsWith('~$') || (src.size <= 512 && looksLikeOwnerFile(head)))
    throw new InputError('OSM_INPUT_LOCK_FILE');
  if (startsWith(head, CFB_MAGIC)) {
    let names: string[] = [];
    try {
      names = cfbEntryNames(src.read(0, Math.min(src.size, CFB_READ_MAX)));
    } catch {
      names = [];
    }
    if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) {
      throw new InputError('OSM_INPUT_ENCRYPTED');
    }
    throw new InputError('OSM_INPUT_LEGACY_PPT');
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // A zip with a prefix (self-extracting stub) still has an end record near the end.
  const tail = src.read(Math.max(0, src.size - 65_557), 65_557);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 5 && tail[i + 3] === 6) return 'zip';
  }
  throw new InputError('OSM_INPUT_NOT_ZIP');
}
