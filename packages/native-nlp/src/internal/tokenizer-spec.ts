/** Reads a Hugging Face tokenizer.json into the flat spec the C++ tokenizer takes. */
import { readFileSync } from 'node:fs';
import { NativeError } from '../errors.js';
import { unicodeTables, type UnicodeTables } from './unicode-tables.js';

export interface TokenizerSpec extends Partial<UnicodeTables> {
  type: 'wordpiece' | 'unigram';
  vocab: string[];
  scores?: Float64Array;
  unkId: number;
  clsId: number;
  sepId: number;
  padId: number;
  lowercase: boolean;
  stripAccents: boolean;
  cleanText: boolean;
  handleChinese: boolean;
  addPrefixSpace: boolean;
  prefix: string;
  maxInputCharsPerWord: number;
}

interface TokJson {
  model?: {
    type?: string;
    vocab?: unknown;
    unk_token?: string;
    unk_id?: number;
    continuing_subword_prefix?: string;
    max_input_chars_per_word?: number;
  };
  normalizer?: {
    type?: string;
    lowercase?: boolean;
    strip_accents?: boolean | null;
    clean_text?: boolean;
    handle_chinese_chars?: boolean;
  } | null;
  pre_tokenizer?: { type?: string; add_prefix_space?: boolean; prepend_scheme?: string } | null;
  post_processor?: {
    type?: string;
    single?: unknown[];
    cls?: [string, number];
    sep?: [string, number];
  } | null;
  added_tokens?: { id: number; content: string }[];
}

function bad(path: string, why: string, cause?: unknown): NativeError {
  return new NativeError('OSM_NATIVE_TOKENIZER_INVALID', `tokenizer ${path}: ${why}`, { cause });
}

export function readTokenizerSpec(path: string): TokenizerSpec {
  let json: TokJson;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as TokJson;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new NativeError('OSM_NATIVE_MODEL_NOT_FOUND', `tokenizer.json not found: ${path}`);
    throw bad(path, 'not valid JSON', e);
  }
  const model = json.model;
  if (!model || typeof model !== 'object') throw bad(path, 'no model section');
  const type = model.type;
  let vocab: string[];
  let scores: Float64Array | undefined;
  let unkId = 0;
  if (type === 'WordPiece') {
    if (!model.vocab || typeof model.vocab !== 'object' || Array.isArray(model.vocab))
      throw bad(path, 'WordPiece vocab must be an object');
    const entries = Object.entries(model.vocab as Record<string, number>);
    vocab = new Array<string>(entries.length).fill('');
    for (const [tok, id] of entries) {
      if (!Number.isInteger(id) || id < 0 || id >= entries.length)
        throw bad(path, `vocab id ${id} out of range`);
      vocab[id] = tok;
    }
    unkId = (model.vocab as Record<string, number>)[model.unk_token ?? '[UNK]'] ?? 0;
  } else if (type === 'Unigram') {
    if (!Array.isArray(model.vocab)) throw bad(path, 'Unigram vocab must be an array');
    const list = model.vocab as [string, number][];
    vocab = list.map((p) => String(p[0]));
    scores = Float64Array.from(list.map((p) => Number(p[1])));
    unkId = model.unk_id ?? 0;
  } else {
    throw new NativeError(
      'OSM_NATIVE_TOKENIZER_UNSUPPORTED',
      `tokenizer ${path}: model type ${String(type)} is not supported (WordPiece, Unigram)`,
    );
  }
  const ids = new Map<string, number>();
  vocab.forEach((t, i) => ids.set(t, i));
  for (const a of json.added_tokens ?? []) ids.set(a.content, a.id);
  const norm = json.normalizer ?? null;
  const bert = norm?.type === 'BertNormalizer';
  const lowercase = bert ? norm!.lowercase !== false : false;
  const stripAccents = bert ? (norm!.strip_accents ?? lowercase) === true : false;
  // Special tokens from the post-processor (BertProcessing or TemplateProcessing), else none.
  let clsId = -1;
  let sepId = -1;
  const pp = json.post_processor ?? null;
  if (pp?.type === 'BertProcessing' || pp?.type === 'RobertaProcessing') {
    clsId = pp.cls?.[1] ?? -1;
    sepId = pp.sep?.[1] ?? -1;
  } else if (pp?.type === 'TemplateProcessing' && Array.isArray(pp.single)) {
    const items = pp.single as { SpecialToken?: { id: string }; Sequence?: unknown }[];
    const seqAt = items.findIndex((x) => x.Sequence);
    const first = items[0]?.SpecialToken?.id;
    const last = items[items.length - 1]?.SpecialToken?.id;
    if (seqAt > 0 && first) clsId = ids.get(first) ?? -1;
    if (seqAt < items.length - 1 && last) sepId = ids.get(last) ?? -1;
  }
  const pre = json.pre_tokenizer ?? null;
  const tables = bert ? unicodeTables(lowercase, stripAccents) : {};
  return {
    type: type === 'WordPiece' ? 'wordpiece' : 'unigram',
    vocab,
    scores,
    unkId,
    clsId,
    sepId,
    padId: ids.get('[PAD]') ?? ids.get('<pad>') ?? 0,
    lowercase,
    stripAccents,
    cleanText: bert ? norm!.clean_text !== false : false,
    handleChinese: bert ? norm!.handle_chinese_chars !== false : false,
    addPrefixSpace:
      pre?.type === 'Metaspace' ? pre.add_prefix_space !== false && pre.prepend_scheme !== 'never' : true,
    prefix: model.continuing_subword_prefix ?? '##',
    maxInputCharsPerWord: model.max_input_chars_per_word ?? 100,
    ...tables,
  };
}
