import { describe, expect, it } from 'vitest';
import { nearestRows } from '../src/index.js';
import { BUILT } from './helpers/addon.js';

// nearestRows: the native top-k scan the vector store's copy of the concept vectors answers with.
let seed = 11;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648 - 0.5;
};

/** Brute force in JavaScript: indices and scores, best first, equal scores by lower row. */
function reference(
  mat: Float32Array,
  dim: number,
  rows: number,
  q: Float32Array,
  k: number,
  alive?: Uint8Array,
) {
  const all: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    if (alive && !alive[r]) continue;
    let s = 0;
    for (let j = 0; j < dim; j++) s += mat[r * dim + j] * q[j];
    all.push([s, r]);
  }
  all.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return all.slice(0, k);
}

describe.skipIf(!BUILT)('nearestRows', () => {
  it('equals a brute-force scan: several queries, dimensions that are not multiples of 16, dead rows', () => {
    for (const [dim, rows, nq, k] of [
      [384, 2500, 7, 10],
      [37, 300, 3, 5],
      [8, 1, 2, 4],
      [16, 1100, 1, 1100],
    ]) {
      const mat = Float32Array.from({ length: dim * rows }, rand);
      const queries = Float32Array.from({ length: dim * nq }, rand);
      const alive = Uint8Array.from({ length: rows }, (_, i) => (i % 5 === 3 ? 0 : 1));
      for (const mask of [undefined, alive]) {
        const got = nearestRows(mat, dim, rows, queries, k, mask ?? null);
        expect(got.index.length).toBe(nq * k);
        for (let q = 0; q < nq; q++) {
          const want = reference(mat, dim, rows, queries.subarray(q * dim, (q + 1) * dim), k, mask);
          const idx = [...got.index.subarray(q * k, (q + 1) * k)];
          expect(idx.slice(0, want.length)).toEqual(want.map((w) => w[1]));
          expect(idx.slice(want.length).every((i) => i === -1)).toBe(true);
          want.forEach(([s], i) => expect(Math.abs(got.score[q * k + i] - s)).toBeLessThan(1e-4));
        }
      }
    }
  });

  it('equal scores keep the lower row first; k = 0 and no rows give nothing', () => {
    const dim = 4;
    const mat = Float32Array.from([1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    const q = Float32Array.from([1, 0, 0, 0]);
    expect([...nearestRows(mat, dim, 4, q, 3).index]).toEqual([0, 2, 3]);
    expect(nearestRows(mat, dim, 4, q, 0).index.length).toBe(0);
    expect([...nearestRows(mat, dim, 0, q, 2).index]).toEqual([-1, -1]);
  });

  it('inconsistent arguments are OSM_NATIVE_BAD_ARGUMENT errors', () => {
    const mat = new Float32Array(8);
    const q = new Float32Array(4);
    const bad = (f: () => unknown) =>
      expect(f).toThrow(expect.objectContaining({ code: 'OSM_NATIVE_BAD_ARGUMENT' }));
    bad(() => nearestRows(mat, 4, 3, q, 1)); // 3 rows of 4 need 12 values
    bad(() => nearestRows(mat, 4, 2, new Float32Array(6), 1)); // not whole query rows
    bad(() => nearestRows(mat, 0, 2, q, 1));
    bad(() => nearestRows(mat, 4, 2, q, -1));
    bad(() => nearestRows(mat, 4, 2, q, 1, new Uint8Array(1)));
    bad(() => nearestRows(new Float64Array(8) as unknown as Float32Array, 4, 2, q, 1));
    bad(() => nearestRows(mat, 4.5, 2, q, 1));
  });
});
