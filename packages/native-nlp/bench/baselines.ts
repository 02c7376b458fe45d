/** The straightforward JS pipeline: @huggingface/tokenizers + onnxruntime-node + JS pooling. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { FLOAT, writeModel } from '../../../tools/models/ner/onnx-writer.js';

export class JsEmbedder {
  private constructor(
    private session: ort.InferenceSession,
    private tok: Tokenizer,
    private maxLength: number,
    private pooling: string,
  ) {}
  static async create(
    folder: string,
    maxLength: number,
    pooling: string,
    threads: number,
  ): Promise<JsEmbedder> {
    const session = await ort.InferenceSession.create(join(folder, 'model.onnx'), {
      intraOpNumThreads: threads,
      graphOptimizationLevel: 'all',
    });
    const tok = new Tokenizer(JSON.parse(readFileSync(join(folder, 'tokenizer.json'), 'utf8')), {});
    return new JsEmbedder(session, tok, maxLength, pooling);
  }
  /** Embeds one batch in input order (padded to its longest row). Returns padded token count. */
  async embedBatch(texts: string[]): Promise<{ data: Float32Array; padded: number; tokens: number }> {
    const rows = texts.map((t) => (this.tok.encode(t).ids as number[]).slice(0, this.maxLength));
    const B = rows.length;
    const S = Math.max(...rows.map((r) => r.length));
    const ids = new BigInt64Array(B * S);
    const mask = new BigInt64Array(B * S);
    let tokens = 0;
    rows.forEach((r, i) => {
      tokens += r.length;
      r.forEach((id, t) => {
        ids[i * S + t] = BigInt(id);
        mask[i * S + t] = 1n;
      });
    });
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', ids, [B, S]),
      attention_mask: new ort.Tensor('int64', mask, [B, S]),
    };
    if (this.session.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(B * S), [B, S]);
    const out = await this.session.run(feeds);
    const h = out[this.session.outputNames[0]];
    const H = h.dims[2];
    const d = h.data as Float32Array;
    const res = new Float32Array(B * H);
    rows.forEach((r, i) => {
      const n = this.pooling === 'cls' ? 1 : r.length;
      for (let t = 0; t < n; t++) for (let k = 0; k < H; k++) res[i * H + k] += d[(i * S + t) * H + k];
      let ss = 0;
      for (let k = 0; k < H; k++) ss += (res[i * H + k] /= n) ** 2;
      const inv = 1 / Math.sqrt(ss || 1);
      for (let k = 0; k < H; k++) res[i * H + k] *= inv;
    });
    return { data: res, padded: B * S, tokens };
  }
  async release(): Promise<void> {
    await this.session.release();
  }
}

/** Single-precision matmul ceiling: ONNX Runtime's own SGEMM (MLAS) on an N×N·N×N MatMul graph. */
export async function matmulGflops(threads: number, n = 1024, reps = 10): Promise<number> {
  const model = writeModel({
    name: 'matmul',
    opset: 13,
    inputs: [
      { name: 'a', type: FLOAT, shape: [n, n] },
      { name: 'b', type: FLOAT, shape: [n, n] },
    ],
    outputs: [{ name: 'c', type: FLOAT, shape: [n, n] }],
    initializers: [],
    nodes: [{ op: 'MatMul', inputs: ['a', 'b'], outputs: ['c'] }],
  });
  const s = await ort.InferenceSession.create(model, { intraOpNumThreads: threads });
  const a = new ort.Tensor(
    'float32',
    Float32Array.from({ length: n * n }, (_, i) => ((i * 7919) % 1000) / 1000),
    [n, n],
  );
  await s.run({ a, b: a });
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await s.run({ a, b: a });
    best = Math.min(best, performance.now() - t0);
  }
  await s.release();
  return (2 * n ** 3) / (best / 1000) / 1e9;
}
