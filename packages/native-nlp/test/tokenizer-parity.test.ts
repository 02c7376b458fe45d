import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, resolveModelFolder, type NlpModel } from '../src/index.js';
import { BUILT } from './helpers/addon.js';
import { corpusParagraphs } from './helpers/corpus-phrases.js';

// Parity of the C++ WordPiece/BERT tokenizer with the reference @huggingface/tokenizers on corpus text.
// whole-corpus passes: generous under load
describe.skipIf(!BUILT)('tokenizer parity with @huggingface/tokenizers', { timeout: 240_000 }, () => {
  let model: NlpModel;
  let ref: Tokenizer;
  beforeAll(async () => {
    model = await loadModel({ path: 'all-minilm-l6-v2-q', device: 'cpu' });
    const dir = resolveModelFolder('all-minilm-l6-v2-q');
    ref = new Tokenizer(JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')), {});
  });
  afterAll(() => model?.dispose());

  it('≥ 99.9 % identical id sequences on corpus paragraphs (untruncated)', async () => {
    const texts = corpusParagraphs();
    expect(texts.length).toBeGreaterThan(1000);
    const ours = await model.encode(texts);
    let same = 0;
    const diffs: string[] = [];
    texts.forEach((t, i) => {
      const want = ref.encode(t).ids as number[];
      const got = Array.from(ours[i].ids);
      if (want.length === got.length && want.every((v: number, k: number) => v === got[k])) same++;
      else if (diffs.length < 5) diffs.push(JSON.stringify(t.slice(0, 80)));
    });
    const rate = same / texts.length;
    console.log(
      `tokenizer parity: ${same}/${texts.length} = ${(rate * 100).toFixed(3)} %${diffs.length ? `; first diffs: ${diffs.join(' | ')}` : ''}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.999);
  });

  it('handles accents, CJK, punctuation and control characters like the reference', async () => {
    const texts = [
      'Héllo, Wörld! naïve café',
      '東京タワー and 北京',
      'tab\there\u0000nul\u200bzw',
      'ÅNGSTRÖM Ⅻ ﬁne',
      'e\u0301t\u00e9 coöperate',
      "don't-stop (now)",
    ];
    const ours = await model.encode(texts);
    texts.forEach((t, i) => expect(Array.from(ours[i].ids), t).toEqual(ref.encode(t).ids));
  });

  it('offsets point at the original UTF-16 text of each token', async () => {
    const text = 'Le café «Très» 東京 😀 Acme';
    const [enc] = await model.encode([text]);
    const pieces = Array.from(enc.ids).map((_, k) => text.slice(enc.start[k], enc.end[k]));
    expect(pieces).toEqual(['', 'Le', 'café', '«', 'Très', '»', '東', '京', '😀', 'Ac', 'me', '']);
  });

  it('truncates to maxLength including [CLS] and [SEP]', async () => {
    const [enc] = await model.encode(['word '.repeat(1000)], 16);
    expect(enc.ids.length).toBe(16);
    expect(enc.ids[0]).toBe(101);
    expect(enc.ids[15]).toBe(102);
  });
});
