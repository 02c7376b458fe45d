import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/estimate.js';
import { needsVision, visionInputOf } from '../../src/needs-vision.js';
import { textSummary } from '../../src/text-summary.js';

const deckSlide = (over: Partial<Parameters<typeof visionInputOf>[0]> = {}) => ({
  title: 'Quarterly review',
  texts: [
    { text: 'Quarterly review', layer: 'title' },
    { text: 'Revenue grew in every region.' },
    { text: 'Confidential', boilerplate: true },
  ],
  notes: '',
  images: [] as unknown[],
  charts: [] as unknown[],
  hasSmartArt: false,
  ...over,
});

describe('the needs-vision rule (one home)', () => {
  it('all / off / visual: pictures, charts, SmartArt or under minTextChars of title + body + notes', () => {
    const text = visionInputOf(deckSlide());
    expect(text.hasVisual).toBe(false);
    expect(text.text).toBe('Quarterly review\nQuarterly review\nRevenue grew in every region.'); // boilerplate left out
    expect(needsVision(text, 'all')).toBe(true);
    expect(needsVision(text, 'off')).toBe(false);
    expect(needsVision(text, 'visual')).toBe(true); // 62 characters < 120
    expect(needsVision(text, 'visual', 40)).toBe(false);
    const long = visionInputOf(deckSlide({ notes: 'x'.repeat(200) }));
    expect(needsVision(long, 'visual')).toBe(false); // notes count as text
    for (const v of [{ images: [{}] }, { charts: [{}] }, { hasSmartArt: true }]) {
      const s = visionInputOf(deckSlide({ notes: 'x'.repeat(200), ...v }));
      expect([s.hasVisual, needsVision(s, 'visual')]).toEqual([true, true]);
    }
  });

  it('estimateRun applies the same rule, counts duplicates once, and gives the LLM calls as a range', () => {
    const slides = [
      { index: 1, hash: 'a', text: 'short', hasVisual: false },
      { index: 2, hash: 'b', text: 'long text '.repeat(20), hasVisual: false },
      { index: 3, hash: 'c', text: 'long text '.repeat(20), hasVisual: true },
      { index: 4, hash: 'c', text: 'long text '.repeat(20), hasVisual: true },
    ];
    const e = estimateRun(slides, { policy: 'visual', llmTopics: 11, judgeConcepts: 41 });
    expect(e.visionSlides).toEqual([1, 3, 4]);
    expect([e.slides, e.calls, e.duplicates, e.deckSlides]).toEqual([3, 2, 1, 4]);
    expect(e.llm).toEqual({ extraction: { min: 0, max: 3 }, pairJudge: { min: 0, max: 3 } });
    expect(e.totalCalls).toEqual({ min: 2, max: 8 });
    expect(estimateRun(slides).calls).toBe(3); // default policy all, dedupe on
  });
});

describe('textSummary (one home)', () => {
  it('condenses title, body, tables, charts and notes; boilerplate and title layers left out', () => {
    const s = textSummary({
      title: 'Sales',
      texts: [
        { text: 'Sales', layer: 'title' },
        { text: 'Line one\nline two' },
        { text: 'A chart of sales', layer: 'alt' },
        { text: 'Footer', boilerplate: true },
      ],
      tables: [
        {
          rows: [
            ['Region', 'Q1'],
            ['EU', '10'],
          ],
        },
      ],
      charts: [
        {
          type: 'bar',
          title: 'Revenue',
          series: [{ name: 'Q', categories: ['EU', 'US'], values: [1, null] }],
        },
      ],
      notes: 'Say it\nslowly',
    });
    expect(s).toBe(
      'Sales\nLine one; line two\n[image: A chart of sales]\nTable: Region | Q1 / EU | 10\nChart (bar, Revenue): Q: EU=1, US=–\nNotes: Say it slowly',
    );
  });

  it('a flattened { title, text } gives the same shape, without repeating the title; never empty', () => {
    expect(textSummary({ title: 'Slide 1', text: 'Slide 1 Revenue grew.' })).toBe('Slide 1\nRevenue grew.');
    expect(textSummary({ title: null, text: '' })).toBe('(this slide has no text)');
    expect(textSummary({ title: 'T', text: 'x'.repeat(3000) }).length).toBe(2000);
  });
});
