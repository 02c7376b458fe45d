/** Reference embeddings from the onnxruntime-node JS binding: same model and token ids, own pooling. */
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';

export async function referenceSession(folder: string): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(join(folder, 'model.onnx'), {
    intraOpNumThreads: 2,
    graphOptimizationLevel: 'all',
  });
}

/** Runs one padded batch of token id rows; mean or CLS pooling, then L2 normalisation. */
export async function referenceEmbed(
  session: ort.InferenceSession,
  rows: number[][],
  pooling: 'mean' | 'cls',
): Promise<Float32Array[]> {
  const B = rows.length;
  const S = Math.max(...rows.map((r) => r.length));
  const ids = new BigInt64Array(B * S);
  const mask = new BigInt64Array(B * S);
  rows.forEach((r, i) =>
    r.forEach((id, t) => {
      ids[i * S + t] = BigInt(id);
      mask[i * S + t] = 1n;
    }),
  );
  const feeds: Record<string, ort.Tensor> = {
    input_ids: new ort.Tensor('int64', ids, [B, S]),
    attention_mask: new ort.Tensor('int64', mask, [B, S]),
  };
  if (session.inputNames.includes('token_type_ids'))
    feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(B * S), [B, S]);
  const out = await session.run(feeds);
  const h = out[session.outputNames[0]];
  const H = h.dims[h.dims.length - 1];
  const data = h.data as Float32Array;
  return rows.map((r, i) => {
    const v = new Float32Array(H);
    const n = pooling === 'cls' ? 1 : r.length;
    for (let t = 0; t < n; t++) for (let k = 0; k < H; k++) v[k] += data[(i * S + t) * H + k];
    let ss = 0;
    for (let k = 0; k < H; k++) ss += (v[k] /= n) ** 2;
    const inv = 1 / Math.max(Math.sqrt(ss), 1e-12);
    for (let k = 0; k < H; k++) v[k] *= inv;
    return v;
  });
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0,
    na = 0,
    nb = 0;
  for (let k = 0; k < a.length; k++) {
    d += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  return d / Math.sqrt(na * nb);
}
