import { describe, expect, it } from 'vitest';
import { alignSpans } from '../../src/nlp/term-spans.js';

const show = (text: string, spans: { start: number; end: number; label: string }[]) =>
  alignSpans(text, spans).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

describe('word-level decoding of tagged pieces', () => {
  it('gives a word the label most of its characters carry, never half a word', () => {
    const t = 'Oracle Database 19c runs here';
    // "Or" untagged, "##acle Database 19c" TERM: the whole word follows the majority
    expect(show(t, [{ start: 2, end: 19, label: 'TERM' }])).toEqual(['TERM:Oracle Database 19c']);
    // a piece that is a minority of its word does not tag it
    expect(show(t, [{ start: 0, end: 1, label: 'ORG' }])).toEqual([]);
  });

  it('keeps hyphenated and apostrophe names as one word and joins pieces of one entity', () => {
    const t = "Emerson Murphy-Hill met Seán O'Brien.";
    expect(
      show(t, [
        { start: 0, end: 7, label: 'PER' },
        { start: 8, end: 14, label: 'PER' },
        { start: 14, end: 19, label: 'ORG' },
        { start: 24, end: 36, label: 'PER' },
      ]),
    ).toEqual(['PER:Emerson', 'PER:Murphy-Hill', "PER:Seán O'Brien"]);
  });

  it('joins consecutive words of one label unless the model started a new entity there', () => {
    const t = 'Andrew van der Stock and Jim Manico';
    expect(
      show(t, [
        { start: 0, end: 20, label: 'PER' },
        { start: 25, end: 35, label: 'PER' },
      ]),
    ).toEqual(['PER:Andrew van der Stock', 'PER:Jim Manico']);
    expect(
      show('threat modeling practice', [
        { start: 0, end: 15, label: 'TERM' },
        { start: 16, end: 24, label: 'TERM' },
      ]),
    ).toEqual(['TERM:threat modeling practice']);
  });

  it('is empty without spans and stable under span order', () => {
    expect(alignSpans('anything', [])).toEqual([]);
    const t = 'ISO/IEC 27001 controls';
    const a = [
      { start: 0, end: 7, label: 'STANDARD' },
      { start: 8, end: 13, label: 'STANDARD' },
    ];
    expect(alignSpans(t, a)).toEqual(alignSpans(t, [...a].reverse()));
  });
});
