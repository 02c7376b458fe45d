/**
 * Generates a small token-classification model deterministically: a WordPiece tokenizer.json over a
 * fixed lexicon and an ONNX graph  logits = (Gather(E, input_ids) · W) ⊙ mask  where each vocabulary
 * row of E points at the label the lexicon gives it. The labels of any sentence are therefore known
 * by construction (see expectedTokenLabels), which lets tests check decoding, offsets, aggregation
 * and batching of the real NER path. Usage: npx tsx tools/models/ner/generate.ts [outDir]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOAT, INT64, writeModel } from './onnx-writer.js';

export const NER_MODEL_NAME = 'osmose-ner-tiny';
export const NER_LABELS = [
  'O',
  'B-ORG',
  'I-ORG',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const PUNCT = ['.', ',', '!', '?', "'", '-', '(', ')', ':', ';', '&', '/'];

/** piece -> label. Pieces not listed are O. */
export const NER_LEXICON: Record<string, (typeof NER_LABELS)[number]> = {
  acme: 'B-ORG',
  globex: 'B-ORG',
  initech: 'B-ORG',
  umbrella: 'B-ORG',
  micro: 'B-ORG',
  '##soft': 'I-ORG',
  corp: 'I-ORG',
  corporation: 'I-ORG',
  inc: 'I-ORG',
  labs: 'I-ORG',
  group: 'I-ORG',
  john: 'B-PER',
  marie: 'B-PER',
  ada: 'B-PER',
  zoe: 'B-PER',
  smith: 'I-PER',
  curie: 'I-PER',
  lovelace: 'I-PER',
  paris: 'B-LOC',
  london: 'B-LOC',
  berlin: 'B-LOC',
  new: 'B-LOC',
  york: 'I-LOC',
  zurich: 'B-LOC',
  sao: 'B-LOC',
  paulo: 'I-LOC',
  osmose: 'B-MISC',
  '##cloud': 'I-MISC',
  python: 'B-MISC',
};
const PLAIN = [
  'the',
  'in',
  'at',
  'works',
  'met',
  'visited',
  'and',
  'for',
  'from',
  'with',
  'a',
  'of',
  'team',
  'office',
  'today',
  'cafe',
  'is',
  'to',
  'moved',
  'uses',
  'on',
  'we',
  'our',
  'deck',
  'slide',
  'about',
  'sales',
  'q3',
  'report',
  'by',
  'www',
  'com',
  '##s',
  '##ing',
  '##ed',
  'data',
];

export function nerVocab(): string[] {
  const v = [...SPECIALS, ...PUNCT, ...Object.keys(NER_LEXICON), ...PLAIN];
  for (let c = 0x61; c <= 0x7a; c++) v.push(String.fromCharCode(c), `##${String.fromCharCode(c)}`);
  for (let d = 0; d <= 9; d++) v.push(String(d), `##${d}`);
  return [...new Set(v)];
}

export function labelOfPiece(piece: string): number {
  const l = NER_LEXICON[piece];
  return l ? NER_LABELS.indexOf(l) : 0;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

export function buildNerModel(): { onnx: Uint8Array; tokenizer: string; config: string } {
  const vocab = nerVocab();
  const V = vocab.length;
  const L = NER_LABELS.length;
  const H = 16;
  const rnd = lcg(42);
  const E = new Float32Array(V * H);
  for (let i = 0; i < V; i++) {
    for (let h = 0; h < H; h++) E[i * H + h] = 0.05 * rnd();
    E[i * H + labelOfPiece(vocab[i])] += 4 + 0.5 * rnd();
  }
  const W = new Float32Array(H * L);
  for (let h = 0; h < H; h++) for (let l = 0; l < L; l++) W[h * L + l] = (h === l ? 1 : 0) + 0.02 * rnd();
  const onnx = writeModel({
    name: 'osmose_ner_tiny',
    opset: 13,
    inputs: [
      { name: 'input_ids', type: INT64, shape: ['batch', 'sequence'] },
      { name: 'attention_mask', type: INT64, shape: ['batch', 'sequence'] },
    ],
    outputs: [{ name: 'logits', type: FLOAT, shape: ['batch', 'sequence', L] }],
    initializers: [
      { name: 'E', dims: [V, H], type: FLOAT, data: E },
      { name: 'W', dims: [H, L], type: FLOAT, data: W },
      { name: 'axes', dims: [1], type: INT64, data: BigInt64Array.from([-1n]) },
    ],
    nodes: [
      { op: 'Gather', inputs: ['E', 'input_ids'], outputs: ['h'], attrs: [{ name: 'axis', int: 0 }] },
      { op: 'MatMul', inputs: ['h', 'W'], outputs: ['raw'] },
      { op: 'Cast', inputs: ['attention_mask'], outputs: ['maskf'], attrs: [{ name: 'to', int: FLOAT }] },
      { op: 'Unsqueeze', inputs: ['maskf', 'axes'], outputs: ['mask3'] },
      { op: 'Mul', inputs: ['raw', 'mask3'], outputs: ['logits'] },
    ],
  });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content, id) => ({
      id,
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
      strip_accents: null,
      lowercase: true,
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
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
  const config = {
    name: NER_MODEL_NAME,
    task: 'token-classification',
    labels: [...NER_LABELS],
    maxLength: 64,
    id2label: Object.fromEntries(NER_LABELS.map((l, i) => [String(i), l])),
  };
  return { onnx, tokenizer: JSON.stringify(tokenizer), config: JSON.stringify(config, null, 2) + '\n' };
}

export function nerModelDir(): string {
  return join(process.env.OSMOSE_CACHE_DIR ?? join(homedir(), '.cache', 'osmose'), 'models', NER_MODEL_NAME);
}

/** Writes the model folder; a no-op when the files already have the generated content. */
export function generateNerModel(dir = nerModelDir()): string {
  const m = buildNerModel();
  const files: [string, Uint8Array | string][] = [
    ['model.onnx', m.onnx],
    ['tokenizer.json', m.tokenizer],
    ['config.json', m.config],
  ];
  mkdirSync(dir, { recursive: true });
  const h = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
  for (const [name, data] of files) {
    const p = join(dir, name);
    if (existsSync(p) && h(readFileSync(p)) === h(data)) continue;
    // atomic: test workers may generate and load it concurrently
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, p);
  }
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`models: NER test model at ${generateNerModel(process.argv[2])}`);
}
