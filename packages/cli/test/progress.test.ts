import { describe, expect, it } from 'vitest';
import type { DocumentReport, PhaseStats } from '@osmose/core';
import { ProgressView } from '../src/progress.js';

const emptyPhaseStats = (): PhaseStats => ({ ms: 0, calls: 0, cacheHits: 0, fallbacks: 0, items: 0 });

class FakeStream {
  chunks: string[] = [];
  columns = 120;
  isTTY = true;
  write(s: string): boolean {
    this.chunks.push(s);
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

const report = (file: string): DocumentReport => ({
  file,
  status: 'ingested',
  slides: 25,
  hiddenSlides: 0,
  notes: 0,
  tables: 0,
  charts: 0,
  images: 0,
  textChars: 0,
  concepts: 40,
  mentions: 90,
  slidesReused: 0,
  timingsMs: { total: 12_400 },
  phases: {},
});

describe('ingest progress', () => {
  it('on a terminal: bars move inside a phase, with elapsed time and an ETA', () => {
    let now = 0;
    const out = new FakeStream();
    const v = new ProgressView(out as unknown as NodeJS.WriteStream, 'tty', { now: () => now, tick: false });
    v.documentStart('/d/deck.pptx', 1, 1);
    v.phaseStart('/d/deck.pptx', 'nlp');
    v.phase('/d/deck.pptx', 'nlp', 0, 400);
    now = 4000;
    v.phase('/d/deck.pptx', 'nlp', 100, 400);
    const bar = (rows: string[]) => rows.find((r) => r.trim().startsWith('nlp'))!;
    const a = bar(v.render());
    expect(a).toContain('100/400');
    expect(a).toContain('4.0 s'); // time in the phase
    expect(a).toMatch(/ETA 12\.0 s/); // 100 texts in 4 s → 300 more in 12 s
    expect((a.match(/█/g) ?? []).length).toBe(6); // a quarter of 24 cells
    now = 8000;
    v.phase('/d/deck.pptx', 'nlp', 300, 400);
    const b = bar(v.render());
    expect((b.match(/█/g) ?? []).length).toBe(18);
    expect(b).toMatch(/ETA 2\.7 s/);
    // the deck header shows the elapsed time even when nothing moves
    now = 9500;
    expect(v.render()[0]).toBe('[1/1] deck.pptx · 9.5 s');
    // drawn in place: each redraw moves the cursor up over the previous bars
    expect(out.text).toMatch(/\x1b\[7A\x1b\[0J/);
    v.phaseEnd('/d/deck.pptx', 'nlp', { ...emptyPhaseStats(), ms: 8100, items: 400 });
    expect(bar(v.render())).not.toContain('ETA');
    v.documentEnd(report('/d/deck.pptx'));
    expect(out.text).toContain('[1/1] \x1b[32mingested\x1b[0m deck.pptx — 25 slides, 40 concepts, 12.4 s');
    expect(v.render()).toEqual([]);
    v.close();
  });

  it('not on a terminal: one line per phase (with its time) and one per deck, no escape codes', () => {
    let now = 0;
    const out = new FakeStream();
    out.isTTY = false;
    const v = new ProgressView(out as unknown as NodeJS.WriteStream, 'lines', { now: () => now });
    v.documentStart('/d/a.pptx', 1, 2);
    for (const [p, ms] of [
      ['extract', 120],
      ['summarise', 30],
      ['nlp', 2500],
      ['segment', 10],
      ['concepts', 200],
      ['store', 40],
    ] as const) {
      v.phaseStart('/d/a.pptx', p);
      if (p === 'nlp') v.phase('/d/a.pptx', p, 400, 800); // texts embedded, then the stage's own "done"
      v.phase('/d/a.pptx', p, p === 'nlp' ? 800 : 1, p === 'nlp' ? 800 : 1);
      if (p === 'nlp') v.phase('/d/a.pptx', p, 1, 1);
      now += ms;
      v.phaseEnd('/d/a.pptx', p, { ...emptyPhaseStats(), ms, items: 3 });
    }
    v.documentEnd(report('/d/a.pptx'));
    v.close();
    expect(out.text.split('\n').filter(Boolean)).toEqual([
      '[1/2] a.pptx · extract 3 items · 120 ms',
      '[1/2] a.pptx · summarise 3 items · 30 ms',
      '[1/2] a.pptx · nlp 800/800 · 2.5 s',
      '[1/2] a.pptx · segment 3 items · 10 ms',
      '[1/2] a.pptx · concepts 3 items · 200 ms',
      '[1/2] a.pptx · store 3 items · 40 ms',
      '[1/2] ingested a.pptx — 25 slides, 40 concepts, 12.4 s',
    ]);
  });

  it('quiet under --json', () => {
    const out = new FakeStream();
    const v = new ProgressView(out as unknown as NodeJS.WriteStream, 'quiet');
    v.documentStart('/d/a.pptx', 1, 1);
    v.phaseStart('/d/a.pptx', 'nlp');
    v.phase('/d/a.pptx', 'nlp', 1, 2);
    v.phaseEnd('/d/a.pptx', 'nlp', emptyPhaseStats());
    v.warn('x');
    v.documentEnd(report('/d/a.pptx'));
    v.close();
    expect(out.text).toBe('');
  });
});
