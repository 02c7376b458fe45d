/** Small dense-vector helpers for L2-normalised embeddings. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  const d = Math.sqrt(dot(a, a) * dot(b, b));
  return d === 0 ? 0 : dot(a, b) / d;
}

/** Mean of vectors, L2-normalised (a centroid on the unit sphere). */
export function centroid(vecs: Float32Array[]): Float32Array {
  const out = new Float32Array(vecs[0]?.length ?? 0);
  for (const v of vecs) for (let i = 0; i < out.length; i++) out[i] += v[i];
  const n = Math.sqrt(dot(out, out));
  if (n > 0) for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}
