import { OsmoseError } from '../errors.js';

/** Limits applied while reading a deck. Every limit has a safe default for hostile input. */
export interface ExtractOptions {
  /**
   * Largest accepted package, in bytes (default 16 GiB) → OSM_INPUT_TOO_LARGE. A deck on disk is read
   * with positioned reads (only its XML parts are held in memory; media are hashed as a stream), so
   * this bounds the time spent hashing, not memory.
   */
  maxFileBytes?: number;
  /** Most zip entries accepted (default 10 000) → OSM_INPUT_TOO_LARGE. */
  maxEntries?: number;
  /**
   * Largest uncompressed size (default 2 GiB) → OSM_INPUT_TOO_LARGE: of the parts held in memory
   * (actual), and of the whole package beyond its own size (declared; media stored or deflated about
   * 1:1 add nothing, and they are hashed as a stream, never held).
   */
  maxUncompressedBytes?: number;
  /** Largest compression ratio of an entry bigger than `ratioGraceBytes` (default 200) → OSM_INPUT_ZIP_BOMB. */
  maxRatio?: number;
  /**
   * Entries up to this uncompressed size are exempt from the ratio rule (default 16 MiB): real decks
   * hold vector images (EMF/WMF) of 1–2 MiB that compress 600×; the total-size limit and the
   * declared-vs-actual check still bound them.
   */
  ratioGraceBytes?: number;
  /**
   * Time limit for reading the deck's parts in ms (default 60 000) → OSM_INPUT_TIMEOUT. Hashing large
   * media as a stream is not counted: its time is linear in the package size, bounded by `maxFileBytes`.
   */
  timeoutMs?: number;
  /** Name used for sniffing and messages when reading bytes (defaults to the path's base name). */
  name?: string;
  /** sha256 of the file when the caller has already computed it (saves hashing the file twice). */
  sha256?: string;
}

export interface ResolvedExtractOptions {
  maxFileBytes: number;
  maxEntries: number;
  maxUncompressedBytes: number;
  maxRatio: number;
  ratioGraceBytes: number;
  timeoutMs: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ResolvedExtractOptions = Object.freeze({
  maxFileBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 16 * 1024 * 1024,
  timeoutMs: 60_000,
});

export function resolveExtractOptions(opts: ExtractOptions = {}): ResolvedExtractOptions {
  const out = { ...DEFAULT_EXTRACT_OPTIONS };
  for (const k of Object.keys(out) as (keyof ResolvedExtractOptions)[]) {
    const v = opts[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v > 0)) {
      throw new OsmoseError('OSM_CONFIG_INVALID', `ExtractOptions.${k} must be a positive number.`);
    }
    out[k] = v;
  }
  return out;
}
