/**
 * Nearest rows of a matrix by dot product, natively (AVX2 where the CPU has it): for unit vectors, cosine
 * similarity. The vector store's in-memory copy of the concept vectors answers entity resolution with it.
 */
import { NativeError } from './errors.js';
import { addonBuilt, binding } from './internal/binding.js';

export interface NearestResult {
  /** nq × k row numbers, best first per query; -1 in unused slots (fewer than k rows). */
  index: Int32Array;
  /** nq × k dot products, matching `index` (0 in unused slots). */
  score: Float32Array;
}

let available: boolean | undefined;
/** Whether `nearestRows` runs natively here: the addon is built, and recently enough to have it. */
export function nearestAvailable(): boolean {
  if (available === undefined) {
    try {
      available = addonBuilt() && typeof binding().nearest === 'function';
    } catch {
      available = false;
    }
  }
  return available;
}

/**
 * For each query of `queries` (nq × dim, row-major) the `k` rows of `matrix` (rows × dim, row-major) with the
 * highest dot product, best first (equal scores: the lower row first). Rows whose `alive` byte is 0 are skipped.
 * Synchronous: the arrays may change as soon as it returns. OSM_NATIVE_BAD_ARGUMENT for inconsistent sizes.
 */
export function nearestRows(
  matrix: Float32Array,
  dim: number,
  rows: number,
  queries: Float32Array,
  k: number,
  alive: Uint8Array | null = null,
): NearestResult {
  if (!Number.isInteger(k) || k < 0)
    throw new NativeError('OSM_NATIVE_BAD_ARGUMENT', `nearestRows(): k must be an integer ≥ 0, got ${k}`);
  return binding().nearest(matrix, dim, rows, queries, k, alive);
}
