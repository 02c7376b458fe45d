import { describe, expect, it } from 'vitest';
import { joinHyphenatedBreaks } from '../../src/extract/hyphenation.js';
import type { SlideData } from '../../src/model/deck.js';

const slide = (index: number, texts: string[], notes = '', rows: string[][] = []): SlideData => ({
  index,
  part: `ppt/slides/slide${index}.xml`,
  hidden: false,
  title: null,
  section: null,
  layout: null,
  master: null,
  texts: texts.map((text, i) => ({ shapeId: String(i + 2), layer: 'body', text })),
  notes,
  tables: rows.length ? [{ shapeId: '9', rows }] : [],
  charts: [],
  images: [],
  hasSmartArt: false,
  hash: String(index),
});

describe('words hyphenated at a line break', () => {
  it('are whole again where the deck writes the word whole, or a form of it', () => {
    const slides = [
      slide(1, ['关联容器\n(Associative Container)', '单重关联容器\n(Unique Asso-\nciative Container)']),
      slide(2, ['Jede Schwach-\n\tstelle zählt'], 'Zwei Maßnahmen', [['Maß-\nnahme', 'x']]),
      slide(3, ['Schwachstellen im Überblick']),
    ];
    joinHyphenatedBreaks(slides);
    expect(slides[0].texts[1].text).toBe('单重关联容器\n(Unique Associative Container)');
    expect(slides[1].texts[0].text).toBe('Jede Schwachstelle zählt');
    expect(slides[1].tables[0].rows[0][0]).toBe('Maßnahme');
  });

  it('keep the hyphen of a compound the deck writes hyphenated, and leave unattested breaks alone', () => {
    const slides = [
      slide(1, [
        'A real-\ntime feed',
        'well-\nknown risks',
        'Birth-to-\nCareer',
        'Thema umsetzen-\nmit Energie',
      ]),
      slide(2, ['Real-time data everywhere'], 'auto-\n\nembedded'),
    ];
    joinHyphenatedBreaks(slides);
    expect(slides[0].texts.map((t) => t.text)).toEqual([
      'A real-time feed',
      'well-\nknown risks',
      'Birth-to-\nCareer',
      'Thema umsetzen-\nmit Energie',
    ]);
    expect(slides[1].notes).toBe('auto-\n\nembedded');
  });
});
