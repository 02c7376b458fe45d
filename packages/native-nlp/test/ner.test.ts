import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NER_LABELS, generateNerModel, labelOfPiece } from '../../../tools/models/ner/generate.js';
import { loadModel, type NlpModel, type Span } from '../src/index.js';
import { BUILT } from './helpers/addon.js';

// Token classification on the generated model, whose label for every vocabulary piece is known.
describe.skipIf(!BUILT)('token classification (generated NER model)', { timeout: 180_000 }, () => {
  let model: NlpModel;
  beforeAll(async () => {
    model = await loadModel({ path: generateNerModel(), device: 'cpu' });
  }, 240_000); // generates and loads an ONNX model
  afterAll(() => model?.dispose());

  const span = (text: string, part: string, label: string) => ({
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
    text: part,
    label,
  });
  const strip = (spans: Span[]) => spans.map(({ start, end, text, label }) => ({ start, end, text, label }));

  it('finds exact spans and labels, with UTF-16 offsets into the original text', async () => {
    const texts = [
      'John Smith works at Acme Corp in New York.',
      'Marie Curie visited Microsoft, Paris!',
      'The café in Zürich? No: ZURICH (São Paulo) 😀 with Ada Lovelace & Globex Inc.',
      'nothing to see here',
      '',
    ];
    const out = await model.classifyTokens(texts);
    expect(out.map(strip)).toEqual([
      [
        { start: 0, end: 10, text: 'John Smith', label: 'PER' },
        { start: 20, end: 29, text: 'Acme Corp', label: 'ORG' },
        { start: 33, end: 41, text: 'New York', label: 'LOC' },
      ],
      [
        { start: 0, end: 11, text: 'Marie Curie', label: 'PER' },
        { start: 20, end: 29, text: 'Microsoft', label: 'ORG' },
        { start: 31, end: 36, text: 'Paris', label: 'LOC' },
      ],
      [
        span(texts[2], 'Zürich', 'LOC'),
        span(texts[2], 'ZURICH', 'LOC'),
        span(texts[2], 'São Paulo', 'LOC'),
        span(texts[2], 'Ada Lovelace', 'PER'),
        span(texts[2], 'Globex Inc', 'ORG'),
      ],
      [],
      [],
    ]);
    for (const s of out.flat()) {
      expect(s.score).toBeGreaterThan(0.5);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('a B- tag starts a new entity; I- of another type does not continue one', async () => {
    const [spans] = await model.classifyTokens(['John Marie Smith Corp']);
    expect(strip(spans)).toEqual([
      { start: 0, end: 4, text: 'John', label: 'PER' },
      { start: 5, end: 16, text: 'Marie Smith', label: 'PER' },
      { start: 17, end: 21, text: 'Corp', label: 'ORG' },
    ]);
  });

  it('batched calls equal one-by-one calls and follow the construction on generated sentences', async () => {
    const words = [
      'acme',
      'corp',
      'john',
      'smith',
      'in',
      'paris',
      'the',
      'team',
      'new',
      'york',
      'osmose',
      'python',
      'a',
      'data',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = Array.from({ length: 200 }, (_, i) =>
      Array.from({ length: 1 + (i % 23) }, () => {
        const w = words[Math.floor(rnd() * words.length)];
        return rnd() < 0.3 ? w[0].toUpperCase() + w.slice(1) : w;
      }).join(' '),
    );
    const batched = await model.classifyTokens(texts);
    for (let i = 0; i < texts.length; i += 17)
      expect(await model.classifyTokens([texts[i]])).toEqual([batched[i]]);
    // Reference decoding from the lexicon: every word is one vocabulary piece here.
    texts.forEach((t, i) => {
      const expected: { text: string; label: string }[] = [];
      let prevType = '';
      for (const w of t.split(' ')) {
        const label = NER_LABELS[labelOfPiece(w.toLowerCase())];
        if (label === 'O') {
          prevType = '';
          continue;
        }
        const [tag, type] = label.split('-');
        if (tag === 'I' && type === prevType) expected[expected.length - 1].text += ' ' + w;
        else expected.push({ text: w, label: type });
        prevType = type;
      }
      expect(
        batched[i].map((s) => ({ text: s.text, label: s.label })),
        t,
      ).toEqual(expected);
    });
  });

  it('embed() on a token-classification model is a typed error', async () => {
    await expect(model.embed(['x'])).rejects.toMatchObject({ code: 'OSM_NATIVE_WRONG_TASK' });
  });
});
